//! Markdown read as plain text: heading marks and strong emphasis dropped, nothing else touched
//! (offsets of evidence point into the text this gives).

/// The text of a Markdown document without `#` heading marks at line starts and without the
/// `**` and `__` around strongly emphasized words.
pub(crate) fn plain_markdown(markdown: &str) -> String {
    markdown.split_inclusive('\n').map(plain_line).collect()
}

/// One line without its heading marks and strong emphasis.
fn plain_line(line: &str) -> String {
    let trimmed = line.trim_start_matches(' ');
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    let line = if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with([' ', '\t']) {
        trimmed[hashes..].trim_start()
    } else {
        line
    };
    let mut out = line.to_string();
    for mark in ["**", "__"] {
        if out.matches(mark).count().is_multiple_of(2) {
            out = out.replace(mark, "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_heading_marks_and_strong_emphasis_only() {
        let md =
            "## Guard Returns\n\nThe **unit** and __staff__ came home.\n#hashtag and 2 * 3 and snake_case\n";
        assert_eq!(
            plain_markdown(md),
            "Guard Returns\n\nThe unit and staff came home.\n#hashtag and 2 * 3 and snake_case\n"
        );
        assert_eq!(plain_markdown("A lone ** stays."), "A lone ** stays.");
    }
}
