//! Word data of general English and of news about armed forces and governments: the word table
//! (`words.txt`, the roles of words) and the gazetteers (the other `*.txt` files, names of
//! places, organizations and outlets).
//!
//! Nothing here names a fact of any particular article: these are the dictionaries a reader
//! brings to any news story. Both are data files read once, on first use.

mod gazetteer;
mod words;

pub(crate) use gazetteer::{gazetteer, GazetteerEntry, GazetteerKind};
pub(crate) use words::{
    lookup, lookup_lowercase, month_number, month_number_of, number_value, number_value_of, Head, Role, Word,
    UNKNOWN,
};
