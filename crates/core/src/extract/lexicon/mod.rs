//! Word data of general English and of news about armed forces and governments: the word table
//! (`words.txt`, the roles of words) and the gazetteers (the other `*.txt` files, names of
//! places, organizations and outlets).
//!
//! Nothing here names a fact of any particular article: these are the dictionaries a reader
//! brings to any news story. Both are data files read once, on first use.

mod gazetteer;
mod words;

use std::borrow::Cow;

pub(crate) use gazetteer::{gazetteer, GazetteerEntry, GazetteerKind};
pub(crate) use words::{lookup, month_number, number_value, Head, Role, Word, UNKNOWN};

/// A word in lowercase, borrowed when it already is.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}
