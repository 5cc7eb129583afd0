//! [`Refusal`]: why an article cannot join a collection, or a file cannot be read as one. Every
//! message names the file (or "Pasted text") it is about.

use std::fmt;

/// Why a draft or a file was refused. Every variant carries `name`, the file's name (or "Pasted
/// text"), and its message names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The text is empty or only white space.
    Empty {
        /// The file's name.
        name: String,
    },
    /// The bytes are not text: they hold NUL bytes or many control characters.
    Binary {
        /// The file's name.
        name: String,
    },
    /// The file is larger than [`MAX_FILE_BYTES`](super::limits::MAX_FILE_BYTES).
    TooLarge {
        /// The file's name.
        name: String,
        /// Its size in bytes.
        bytes: usize,
    },
    /// The same text (white space aside) is already in the collection.
    Duplicate {
        /// The file's name.
        name: String,
        /// The title of the article already there.
        of: String,
    },
    /// The publication date is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadPublished {
        /// The file's name.
        name: String,
        /// The date as given.
        value: String,
    },
    /// The address is not an `http` or `https` URL.
    BadUrl {
        /// The file's name.
        name: String,
        /// The address as given.
        value: String,
    },
    /// An article id given with the article is not ASCII letters, digits, `-` and `_`, or is
    /// already used by another article.
    BadId {
        /// The file's name.
        name: String,
        /// The id as given.
        value: String,
    },
    /// The file is an export of a newer version of the collection format.
    NewerFormat {
        /// The file's name.
        name: String,
        /// The version it declares.
        version: u32,
    },
    /// The file claims to be a factlens file but does not parse as one.
    Malformed {
        /// The file's name.
        name: String,
        /// What is wrong.
        message: String,
    },
}

impl Refusal {
    /// The name of the file the refusal is about.
    pub fn name(&self) -> &str {
        match self {
            Self::Empty { name }
            | Self::Binary { name }
            | Self::TooLarge { name, .. }
            | Self::Duplicate { name, .. }
            | Self::BadPublished { name, .. }
            | Self::BadUrl { name, .. }
            | Self::BadId { name, .. }
            | Self::NewerFormat { name, .. }
            | Self::Malformed { name, .. } => name,
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.name())?;
        match self {
            Self::Empty { .. } => f.write_str("there is no text in it"),
            Self::Binary { .. } => f.write_str("it is not a text file (it holds binary data)"),
            Self::TooLarge { bytes, .. } => write!(
                f,
                "it is too large ({} bytes; at most {} bytes)",
                thousands(*bytes),
                thousands(super::limits::MAX_FILE_BYTES)
            ),
            Self::Duplicate { of, .. } => write!(f, "the same text is already here, as “{of}”"),
            Self::BadPublished { value, .. } => {
                write!(f, "the date “{value}” is not YYYY, YYYY-MM or YYYY-MM-DD")
            }
            Self::BadUrl { value, .. } => write!(f, "the address “{value}” is not an http or https URL"),
            Self::BadId { value, .. } => write!(
                f,
                "the id “{value}” must be ASCII letters, digits, - or _, and not used by another article"
            ),
            Self::NewerFormat { version, .. } => write!(
                f,
                "it was exported by a newer factlens (collection format version {version}); \
                 this one reads version {}",
                super::limits::FORMAT_VERSION
            ),
            Self::Malformed { message, .. } => write!(f, "not a readable factlens file: {message}"),
        }
    }
}

impl std::error::Error for Refusal {}

/// A number with thousands separators: `3214` → `3,214`.
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_names_the_file() {
        let name = || "notes.txt".to_string();
        let all = [
            Refusal::Empty { name: name() },
            Refusal::Binary { name: name() },
            Refusal::TooLarge { name: name(), bytes: 6_000_000 },
            Refusal::Duplicate { name: name(), of: "Earlier".into() },
            Refusal::BadPublished { name: name(), value: "soon".into() },
            Refusal::BadUrl { name: name(), value: "ftp://x".into() },
            Refusal::BadId { name: name(), value: "a b".into() },
            Refusal::NewerFormat { name: name(), version: 2 },
            Refusal::Malformed { name: name(), message: "bad".into() },
        ];
        for refusal in all {
            assert!(refusal.to_string().starts_with("notes.txt: "), "{refusal}");
            assert_eq!(refusal.name(), "notes.txt");
        }
    }

    #[test]
    fn sizes_read_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(3214), "3,214");
        assert_eq!(thousands(5_242_880), "5,242,880");
    }
}
