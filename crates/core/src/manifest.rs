//! The article manifest (`articles.toml`) and loading a corpus through it.
//!
//! The core does no I/O: callers pass a function that reads a file named by the manifest.

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;

use crate::date::PartialDate;
use crate::model::{Article, Document};

/// One `[[article]]` table of the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// Unique id, used in URLs and evidence: ASCII letters, digits, `-` and `_`.
    pub id: String,
    /// Path of the text file, relative to the manifest and inside its folder (no `..`, not absolute).
    pub file: String,
    /// Headline or descriptive title.
    pub title: String,
    /// Publisher.
    pub outlet: Option<String>,
    /// Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Address of the original.
    pub url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    article: Vec<ManifestEntry>,
}

/// Why a manifest or one of its articles cannot be used. Every variant names the file at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestError {
    /// The manifest is not valid TOML or does not have the expected tables and keys.
    Syntax {
        /// The manifest's path.
        manifest: String,
        /// The parser's message.
        message: String,
    },
    /// The manifest lists no article.
    Empty {
        /// The manifest's path.
        manifest: String,
    },
    /// Two articles share an id.
    DuplicateId {
        /// The manifest's path.
        manifest: String,
        /// The repeated id.
        id: String,
    },
    /// An id is empty or uses characters other than ASCII letters, digits, `-` and `_`.
    InvalidId {
        /// The manifest's path.
        manifest: String,
        /// The offending id.
        id: String,
    },
    /// A field is empty or malformed.
    InvalidField {
        /// The manifest's path.
        manifest: String,
        /// Id of the article.
        id: String,
        /// The field's name.
        field: &'static str,
        /// What is wrong.
        message: String,
    },
    /// An entry's file lies outside the manifest's folder: an absolute path, a drive, or a `..`.
    OutsideFolder {
        /// The manifest's path.
        manifest: String,
        /// Id of the article.
        id: String,
        /// The entry's `file`, as written.
        file: String,
    },
    /// An article file could not be read (the reader may refuse one that leaves the manifest's
    /// folder through a symbolic link).
    Unreadable {
        /// The article file's path.
        file: String,
        /// Id of the article.
        id: String,
        /// The reader's message.
        message: String,
    },
    /// An article file is not valid UTF-8.
    NotUtf8 {
        /// The article file's path.
        file: String,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax { manifest, message } => {
                write!(f, "{manifest}: not a valid manifest: {}", message.trim().replace('\n', " "))
            }
            Self::Empty { manifest } => write!(f, "{manifest}: the manifest lists no [[article]]"),
            Self::DuplicateId { manifest, id } => {
                write!(f, "{manifest}: the article id `{id}` is used more than once")
            }
            Self::InvalidId { manifest, id } => write!(
                f,
                "{manifest}: the article id `{id}` must be non-empty ASCII letters, digits, `-` or `_`"
            ),
            Self::InvalidField { manifest, id, field, message } => {
                write!(f, "{manifest}: article `{id}`: `{field}` {message}")
            }
            Self::OutsideFolder { manifest, id, file } => write!(
                f,
                "{manifest}: article `{id}`: the file `{file}` is outside the manifest's folder \
                 (articles must be named by a relative path without `..`)"
            ),
            Self::Unreadable { file, id, message } => {
                write!(f, "{file}: cannot read the article `{id}`: {message}")
            }
            Self::NotUtf8 { file, offset } => {
                write!(f, "{file}: the article is not valid UTF-8 (first bad byte at offset {offset})")
            }
        }
    }
}

impl std::error::Error for ManifestError {}

/// Parses and validates a manifest. `manifest` is its path, used in error messages only.
pub fn parse_manifest(manifest: &str, source: &str) -> Result<Vec<ManifestEntry>, ManifestError> {
    let parsed: ManifestFile = toml::from_str(source)
        .map_err(|e| ManifestError::Syntax { manifest: manifest.to_string(), message: e.to_string() })?;
    if parsed.article.is_empty() {
        return Err(ManifestError::Empty { manifest: manifest.to_string() });
    }
    let mut seen = HashSet::new();
    for entry in &parsed.article {
        let id_ok = !entry.id.is_empty()
            && entry.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !id_ok {
            return Err(ManifestError::InvalidId { manifest: manifest.to_string(), id: entry.id.clone() });
        }
        if !seen.insert(entry.id.as_str()) {
            return Err(ManifestError::DuplicateId { manifest: manifest.to_string(), id: entry.id.clone() });
        }
        let invalid = |field, message: &str| ManifestError::InvalidField {
            manifest: manifest.to_string(),
            id: entry.id.clone(),
            field,
            message: message.to_string(),
        };
        if entry.file.trim().is_empty() {
            return Err(invalid("file", "is empty"));
        }
        if !stays_inside(&entry.file) {
            return Err(ManifestError::OutsideFolder {
                manifest: manifest.to_string(),
                id: entry.id.clone(),
                file: entry.file.clone(),
            });
        }
        if entry.title.trim().is_empty() {
            return Err(invalid("title", "is empty"));
        }
        if let Some(published) = &entry.published {
            published
                .parse::<PartialDate>()
                .map_err(|e| invalid("published", &format!("is invalid: {e}")))?;
        }
    }
    Ok(parsed.article)
}

/// Whether a manifest entry's `file` names a file inside the manifest's folder, as text: not
/// absolute (`/x`, `\\x`, `C:x`), no `..` component, no NUL. A reader must still refuse a path that
/// leaves the folder through a symbolic link: only it can see the file system.
fn stays_inside(file: &str) -> bool {
    let absolute = file.starts_with(['/', '\\']) || file.as_bytes().get(1) == Some(&b':');
    let climbs = file.split(['/', '\\']).any(|part| part == "..");
    !absolute && !climbs && !file.contains('\0')
}

/// Loads every article of a manifest. `manifest` is the manifest's path; `read` is given the path of
/// each article file (the manifest's folder joined with the entry's `file`, which [`parse_manifest`]
/// has checked stays inside that folder) and returns its bytes.
pub fn load_corpus(
    manifest: &str,
    source: &str,
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
) -> Result<Vec<Article>, ManifestError> {
    let entries = parse_manifest(manifest, source)?;
    let folder = match manifest.rfind('/') {
        Some(i) => &manifest[..=i],
        None => "",
    };
    entries
        .into_iter()
        .map(|entry| {
            let file = format!("{folder}{}", entry.file);
            let bytes = read(&file).map_err(|message| ManifestError::Unreadable {
                file: file.clone(),
                id: entry.id.clone(),
                message,
            })?;
            let text = String::from_utf8(bytes).map_err(|e| ManifestError::NotUtf8 {
                file: file.clone(),
                offset: e.utf8_error().valid_up_to(),
            })?;
            let published = entry.published.as_deref().map(|p| p.parse().expect("validated above"));
            let document = Document {
                id: entry.id,
                title: entry.title,
                outlet: entry.outlet,
                published,
                url: entry.url,
            };
            Ok(Article { document, text })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[article]]
id = "a"
file = "a.txt"
title = "A"
published = "2020-02"

[[article]]
id = "b"
file = "sub/b.txt"
title = "B"
outlet = "Daily"
"#;

    fn reader(path: &str) -> Result<Vec<u8>, String> {
        match path {
            "m/a.txt" => Ok(b"alpha".to_vec()),
            "m/sub/b.txt" => Ok(b"beta".to_vec()),
            "m/bad.txt" => Ok(vec![b'o', b'k', 0xff]),
            _ => Err("No such file or directory".into()),
        }
    }

    #[test]
    fn loads_articles_relative_to_the_manifest() {
        let articles = load_corpus("m/articles.toml", GOOD, reader).unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].text, "alpha");
        assert_eq!(articles[0].document.published.unwrap().to_string(), "2020-02");
        assert_eq!(articles[1].document.outlet.as_deref(), Some("Daily"));
    }

    #[test]
    fn refuses_a_duplicate_id_naming_the_manifest() {
        let dup = GOOD.replace("id = \"b\"", "id = \"a\"");
        let err = load_corpus("m/articles.toml", &dup, reader).unwrap_err();
        assert_eq!(err.to_string(), "m/articles.toml: the article id `a` is used more than once");
    }

    #[test]
    fn refuses_a_missing_file_naming_it() {
        let missing = GOOD.replace("a.txt", "gone.txt");
        let err = load_corpus("m/articles.toml", &missing, reader).unwrap_err();
        assert_eq!(err.to_string(), "m/gone.txt: cannot read the article `a`: No such file or directory");
    }

    #[test]
    fn refuses_a_file_outside_the_folder_naming_the_entry() {
        for outside in
            ["../../../../../etc/hostname", "/etc/hostname", "sub/../../x.txt", "C:/x.txt", "\\\\srv\\x"]
        {
            let toml = GOOD.replace("sub/b.txt", &outside.replace('\\', "\\\\"));
            let err = load_corpus("m/articles.toml", &toml, reader).unwrap_err();
            assert_eq!(
                err,
                ManifestError::OutsideFolder {
                    manifest: "m/articles.toml".into(),
                    id: "b".into(),
                    file: outside.into()
                },
                "{outside}"
            );
            assert!(err.to_string().starts_with("m/articles.toml: article `b`: the file"), "{err}");
        }
        for inside in ["a.txt", "sub/b.txt", "./a.txt", "..a.txt", "sub/..b/c.txt"] {
            assert!(stays_inside(inside), "{inside}");
        }
    }

    #[test]
    fn refuses_non_utf8_text_naming_the_file() {
        let bad = GOOD.replace("a.txt", "bad.txt");
        let err = load_corpus("m/articles.toml", &bad, reader).unwrap_err();
        assert_eq!(err.to_string(), "m/bad.txt: the article is not valid UTF-8 (first bad byte at offset 2)");
    }

    #[test]
    fn refuses_malformed_fields() {
        for (from, to) in
            [("published = \"2020-02\"", "published = \"Feb 2020\""), ("id = \"a\"", "id = \"a b\"")]
        {
            let err = parse_manifest("m.toml", &GOOD.replace(from, to)).unwrap_err();
            assert!(err.to_string().starts_with("m.toml: "), "{err}");
        }
        assert!(matches!(parse_manifest("m.toml", "article = 3"), Err(ManifestError::Syntax { .. })));
        assert!(matches!(parse_manifest("m.toml", ""), Err(ManifestError::Empty { .. })));
        assert!(matches!(
            parse_manifest("m.toml", &GOOD.replace("title = \"A\"", "title = \"A\"\ncolour = 1")),
            Err(ManifestError::Syntax { .. })
        ));
    }
}
