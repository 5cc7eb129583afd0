//! How the engine stores facet values: per facet a value column (row → values, in the narrowest
//! integers that hold them) and postings (value → rows, ascending); and the single-valued facets
//! again as row-major records, one fixed-width record per row.

/// "No value" in a single-valued column.
pub(crate) const NO_VALUE: u32 = u32::MAX;

/// A value stored in a byte: its largest number means "no value".
#[inline]
fn widen8(x: u8) -> u32 {
    if x == u8::MAX {
        NO_VALUE
    } else {
        x as u32
    }
}

/// A value stored in two bytes: its largest number means "no value".
#[inline]
fn widen16(x: u16) -> u32 {
    if x == u16::MAX {
        NO_VALUE
    } else {
        x as u32
    }
}

/// Value numbers in the narrowest integers that hold them: counting reads a column at scattered
/// rows, so a column of bytes touches a quarter of the memory (and cache lines) of one of `u32`.
#[derive(Debug, Clone)]
enum Cells {
    U8(Vec<u8>),
    U16(Vec<u16>),
    U32(Vec<u32>),
}

impl Cells {
    /// Stores `values`, each below `count` or [`NO_VALUE`], in the narrowest type whose largest
    /// number is free to mean "no value".
    fn new(values: Vec<u32>, count: usize) -> Self {
        let narrow = |max: u32| values.iter().map(move |&v| if v == NO_VALUE { max } else { v });
        if count < u8::MAX as usize {
            Cells::U8(narrow(u8::MAX as u32).map(|v| v as u8).collect())
        } else if count < u16::MAX as usize {
            Cells::U16(narrow(u16::MAX as u32).map(|v| v as u16).collect())
        } else {
            Cells::U32(values)
        }
    }

    #[inline]
    fn get(&self, i: usize) -> u32 {
        match self {
            Cells::U8(v) => widen8(v[i]),
            Cells::U16(v) => widen16(v[i]),
            Cells::U32(v) => v[i],
        }
    }
}

/// One facet's values: a column (row → values) and postings (value → rows).
#[derive(Debug, Clone)]
pub(super) struct Column {
    /// Value count.
    values: usize,
    /// Row `r`'s values are `row_values[row_offsets[r]..row_offsets[r + 1]]`; for single-valued
    /// columns `row_offsets` is empty and row `r`'s value is `row_values[r]` ([`NO_VALUE`] for none).
    row_offsets: Vec<u32>,
    row_values: Cells,
    /// Value `v`'s rows are `postings[posting_offsets[v]..posting_offsets[v + 1]]`, ascending.
    posting_offsets: Vec<u32>,
    postings: Vec<u32>,
}

impl Column {
    /// A column of `values` values over `rows` rows; `row_offsets` empty for a single-valued one
    /// (see the fields).
    pub(super) fn build(values: usize, rows: usize, row_offsets: Vec<u32>, row_values: Vec<u32>) -> Self {
        let mut sizes = vec![0u32; values + 1];
        for &v in &row_values {
            if v != NO_VALUE {
                sizes[v as usize + 1] += 1;
            }
        }
        for v in 0..values {
            sizes[v + 1] += sizes[v];
        }
        let posting_offsets = sizes.clone();
        let mut fill = sizes;
        let mut postings = vec![0u32; row_values.iter().filter(|&&v| v != NO_VALUE).count()];
        for r in 0..rows {
            let mut put = |v: u32| {
                if v != NO_VALUE {
                    postings[fill[v as usize] as usize] = r as u32;
                    fill[v as usize] += 1;
                }
            };
            if row_offsets.is_empty() {
                put(row_values[r]);
            } else {
                for &v in &row_values[row_offsets[r] as usize..row_offsets[r + 1] as usize] {
                    put(v);
                }
            }
        }
        Column { values, row_offsets, row_values: Cells::new(row_values, values), posting_offsets, postings }
    }

    /// The number of values.
    #[inline]
    pub(super) fn values(&self) -> usize {
        self.values
    }

    /// Whether every row has at most one value (then its postings are disjoint).
    #[inline]
    pub(super) fn is_single(&self) -> bool {
        self.row_offsets.is_empty()
    }

    /// A single-valued column's value at `row` ([`NO_VALUE`] for none).
    #[inline]
    pub(super) fn value_at(&self, row: usize) -> u32 {
        self.row_values.get(row)
    }

    /// The rows that have `value`, ascending (none for an unknown value).
    pub(super) fn rows_of(&self, value: u32) -> &[u32] {
        let v = value as usize;
        if v >= self.values {
            return &[];
        }
        &self.postings[self.posting_offsets[v] as usize..self.posting_offsets[v + 1] as usize]
    }

    /// The counts over every row: the postings' lengths.
    pub(super) fn all_counts(&self, counts: &mut [u32], touched: &mut Vec<u32>) {
        for (v, (c, w)) in counts.iter_mut().zip(self.posting_offsets.windows(2)).enumerate() {
            *c = w[1] - w[0];
            if *c > 0 {
                touched.push(v as u32);
            }
        }
    }

    /// Counts the values of one row.
    #[inline]
    pub(super) fn count_row(&self, row: usize, counts: &mut [u32], touched: &mut Vec<u32>) {
        if self.row_offsets.is_empty() {
            count_value(self.row_values.get(row), counts, touched);
        } else {
            let (a, b) = (self.row_offsets[row] as usize, self.row_offsets[row + 1] as usize);
            for k in a..b {
                count_value(self.row_values.get(k), counts, touched);
            }
        }
    }
}

impl Column {
    /// Adds one row's values to `counts` (indexed by value).
    #[inline]
    pub(super) fn add_row(&self, row: usize, counts: &mut [u32]) {
        let mut add = |v: u32| {
            if v != NO_VALUE {
                counts[v as usize] += 1;
            }
        };
        if self.row_offsets.is_empty() {
            add(self.row_values.get(row));
        } else {
            (self.row_offsets[row] as usize..self.row_offsets[row + 1] as usize)
                .for_each(|k| add(self.row_values.get(k)));
        }
    }
}

impl Column {
    /// Takes one row's values off `counts` (they were counted).
    #[inline]
    pub(super) fn uncount_row(&self, row: usize, counts: &mut [u32]) {
        let mut take = |v: u32| {
            if v != NO_VALUE {
                counts[v as usize] -= 1;
            }
        };
        if self.row_offsets.is_empty() {
            take(self.row_values.get(row));
        } else {
            (self.row_offsets[row] as usize..self.row_offsets[row + 1] as usize)
                .for_each(|k| take(self.row_values.get(k)));
        }
    }
}

/// Counts one value (none for [`NO_VALUE`]), noting the values counted for the first time.
#[inline]
pub(super) fn count_value(v: u32, counts: &mut [u32], touched: &mut Vec<u32>) {
    if v != NO_VALUE {
        let c = &mut counts[v as usize];
        if *c == 0 {
            touched.push(v);
        }
        *c += 1;
    }
}

/// The single-valued facets again, row by row: one fixed-width record per row. Counting the rows
/// of a small result reads them scattered; a record brings every facet's value of a row in one
/// cache line, where the columns would need one line per facet.
#[derive(Debug, Clone, Default)]
pub(super) struct Records {
    stride: usize,
    /// Per facet: where its value sits in a record, and its width in bytes (0: not in records).
    fields: Vec<(usize, usize)>,
    bytes: Vec<u8>,
}

impl Records {
    /// The records of the single-valued columns among `columns`, over `rows` rows.
    pub(super) fn build(columns: &[Column], rows: usize) -> Self {
        let mut fields = Vec::with_capacity(columns.len());
        let mut stride = 0;
        for c in columns {
            let width = match (&c.row_values, c.is_single()) {
                (_, false) => 0,
                (Cells::U8(_), true) => 1,
                (Cells::U16(_), true) => 2,
                (Cells::U32(_), true) => 4,
            };
            fields.push((stride, width));
            stride += width;
        }
        let mut bytes = vec![0u8; stride * rows];
        for (c, &(offset, width)) in columns.iter().zip(&fields) {
            if width == 0 {
                continue;
            }
            for row in 0..rows {
                let at = row * stride + offset;
                match &c.row_values {
                    Cells::U8(v) => bytes[at] = v[row],
                    Cells::U16(v) => bytes[at..at + 2].copy_from_slice(&v[row].to_le_bytes()),
                    Cells::U32(v) => bytes[at..at + 4].copy_from_slice(&v[row].to_le_bytes()),
                }
            }
        }
        Records { stride, fields, bytes }
    }

    /// Row `row`'s value in facet `f` ([`NO_VALUE`] for none), if `f` is single-valued.
    #[inline]
    pub(super) fn get(&self, row: usize, f: usize) -> Option<u32> {
        let (offset, width) = self.fields[f];
        let at = row * self.stride + offset;
        match width {
            1 => Some(widen8(self.bytes[at])),
            2 => Some(widen16(u16::from_le_bytes([self.bytes[at], self.bytes[at + 1]]))),
            4 => Some(u32::from_le_bytes(self.bytes[at..at + 4].try_into().expect("four bytes"))),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_narrow_and_keep_every_value() {
        for (count, width) in [(254, 1), (255, 2), (65_534, 2), (65_535, 4)] {
            let values = vec![0, count as u32 - 1, NO_VALUE, 7];
            let cells = Cells::new(values.clone(), count);
            let got_width = match &cells {
                Cells::U8(_) => 1,
                Cells::U16(_) => 2,
                Cells::U32(_) => 4,
            };
            assert_eq!(got_width, width, "{count} values");
            assert_eq!((0..values.len()).map(|i| cells.get(i)).collect::<Vec<_>>(), values);
        }
    }
}
