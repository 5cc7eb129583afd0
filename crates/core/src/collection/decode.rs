//! [`decode_file`]: the bytes of a file someone chose, as article text: size and binary checks,
//! the text encoding, and per kind of file (a saved web page reduced to its article, Markdown's
//! marks dropped).

use super::draft::{check_text, looks_binary};
use super::html::read_page;
use super::limits::MAX_FILE_BYTES;
use super::markdown::plain_markdown;
use super::propose::{propose, Proposal};
use super::refusal::{thousands, Refusal};

/// A file read as article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The article text.
    pub text: String,
    /// What reading it changed or left out, in sentences for the person adding it.
    pub notes: Vec<String>,
    /// The title and date the file suggests: a web page's own metadata first, else what
    /// [`propose`] reads from the text.
    pub proposed: Proposal,
}

/// Reads the file `name` as article text. Refuses a file over [`MAX_FILE_BYTES`], binary data and
/// a file with no text. Text is UTF-8 (a byte order mark dropped) or UTF-16 with a byte order
/// mark; invalid UTF-8 is decoded with replacement characters and a note. A `.html` or `.htm`
/// file is reduced to its article's text (never rendered), `.md` and `.markdown` lose their
/// heading and emphasis marks, anything else is kept as it is.
pub fn decode_file(name: &str, bytes: &[u8]) -> Result<Decoded, Refusal> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge { name: name.to_string(), bytes: bytes.len() });
    }
    let (text, mut notes) = decode_text(name, bytes)?;
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let (text, page) = match extension.as_str() {
        "html" | "htm" | "xhtml" => {
            let page = read_page(&text);
            notes.extend(page.note.clone());
            (page.text.clone(), Some(page))
        }
        "md" | "markdown" => (plain_markdown(&text), None),
        _ => (text, None),
    };
    check_text(name, &text)?;
    let from_text = propose(&text);
    let proposed = match page {
        Some(page) => Proposal {
            title: page.title.or(from_text.title),
            published: page.published.or(from_text.published),
        },
        None => from_text,
    };
    Ok(Decoded { text, notes, proposed })
}

/// The text of the bytes and a note when some could not be decoded; binary data refused.
fn decode_text(name: &str, bytes: &[u8]) -> Result<(String, Vec<String>), Refusal> {
    let binary = || Refusal::Binary { name: name.to_string() };
    let text = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        String::from_utf8_lossy(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        utf16(rest, u16::from_le_bytes).into()
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        utf16(rest, u16::from_be_bytes).into()
    } else if bytes.contains(&0) {
        return Err(binary());
    } else {
        String::from_utf8_lossy(bytes)
    };
    if looks_binary(&text) {
        return Err(binary());
    }
    let replaced =
        text.matches(char::REPLACEMENT_CHARACTER).count().saturating_sub(count_in_bytes(bytes, "\u{FFFD}"));
    if replaced * 4 > text.chars().count() {
        return Err(binary());
    }
    let notes = match replaced {
        0 => Vec::new(),
        n => vec![format!(
            "{} byte sequence{} that are not UTF-8 became “\u{FFFD}” (the file may be in another encoding)",
            thousands(n),
            if n == 1 { "" } else { "s" }
        )],
    };
    Ok((text.into_owned(), notes))
}

/// UTF-16 code units read with `unit`, unpaired surrogates replaced; an odd last byte dropped.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// How many times `needle` is written in the bytes themselves (a replacement character the file
/// already held is not one decoding made).
fn count_in_bytes(bytes: &[u8], needle: &str) -> usize {
    bytes.windows(needle.len()).filter(|w| *w == needle.as_bytes()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(name: &str, bytes: &[u8]) -> String {
        decode_file(name, bytes).unwrap().text
    }

    #[test]
    fn utf8_with_or_without_a_byte_order_mark() {
        assert_eq!(text_of("a.txt", "Café, naïve.".as_bytes()), "Café, naïve.");
        assert_eq!(text_of("a.txt", b"\xef\xbb\xbfHello."), "Hello.");
        assert!(decode_file("a.txt", b"Hello.").unwrap().notes.is_empty());
    }

    #[test]
    fn utf16_with_a_byte_order_mark() {
        let le: Vec<u8> =
            [0xff, 0xfe].into_iter().chain("Né 2024.".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xfe, 0xff].into_iter().chain("Né 2024.".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(text_of("a.txt", &le), "Né 2024.");
        assert_eq!(text_of("a.txt", &be), "Né 2024.");
    }

    #[test]
    fn invalid_utf8_is_replaced_and_counted_in_a_note() {
        let decoded = decode_file("latin1.txt", b"caf\xe9 and cr\xe8me, \xef\xbf\xbd kept").unwrap();
        assert_eq!(decoded.text, "caf\u{FFFD} and cr\u{FFFD}me, \u{FFFD} kept");
        assert_eq!(decoded.notes.len(), 1);
        assert!(decoded.notes[0].starts_with("2 byte sequences that are not UTF-8"), "{:?}", decoded.notes);
    }

    #[test]
    fn binary_empty_and_oversized_files_are_refused() {
        let name = || "x.bin".to_string();
        assert_eq!(
            decode_file("x.bin", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(Refusal::Binary { name: name() })
        );
        assert_eq!(decode_file("x.bin", &[0xff; 64]), Err(Refusal::Binary { name: name() }));
        assert_eq!(decode_file("x.bin", &[0x01; 64]), Err(Refusal::Binary { name: name() }));
        assert_eq!(decode_file("x.bin", b" \r\n"), Err(Refusal::Empty { name: name() }));
        assert_eq!(decode_file("x.bin", b""), Err(Refusal::Empty { name: name() }));
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        assert_eq!(decode_file("x.bin", &big), Err(Refusal::TooLarge { name: name(), bytes: big.len() }));
        assert!(
            decode_file("notes.unknown", b"Plain words.").is_ok(),
            "an unknown extension with text is text"
        );
    }

    #[test]
    fn markdown_loses_its_marks_and_text_files_keep_theirs() {
        assert_eq!(
            text_of("a.md", b"# Guard Returns\n\nThe **unit** came home."),
            "Guard Returns\n\nThe unit came home."
        );
        assert_eq!(text_of("a.txt", b"# Guard Returns"), "# Guard Returns");
    }

    #[test]
    fn the_proposal_comes_from_the_text() {
        let decoded =
            decode_file("a.txt", b"Guard Unit Returns\nMarch 3, 2024\n\nThe unit came home.").unwrap();
        assert_eq!(decoded.proposed.title.as_deref(), Some("Guard Unit Returns"));
        assert_eq!(decoded.proposed.published.as_deref(), Some("2024-03-03"));
    }
}
