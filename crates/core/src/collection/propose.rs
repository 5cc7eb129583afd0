//! [`propose`]: a title and a publication date read from the top of a new article, for the person
//! adding it to accept or change. General rules only: a headline-like first line, and a date line
//! or dateline among the first lines, read with the extractor's date grammar.

use crate::date::Precision;
use crate::extract::complete_dates;

/// What the top of a text suggests about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Proposal {
    /// The first line, when it reads like a headline.
    pub title: Option<String>,
    /// The date of a date line or dateline near the top, as `YYYY-MM-DD` or `YYYY-MM`.
    pub published: Option<String>,
}

/// How many non-blank lines from the top a date line may be.
const TOP_LINES: usize = 8;

/// The most words a headline has.
const MAX_HEADLINE_WORDS: usize = 25;

/// The most words a date line has besides its date ("Published", "Updated", a time, a byline).
const MAX_DATE_LINE_WORDS: usize = 8;

/// How far into its line a dateline's date may start, in bytes ("WASHINGTON (AP) — ").
const MAX_DATELINE_OFFSET: usize = 60;

/// The longest line read whole, in bytes; of a longer line only its start is read for a
/// dateline (so a text without line breaks costs no more than a short one).
const MAX_LINE: usize = 300;

/// Proposes a title and a publication date for a text.
pub fn propose(text: &str) -> Proposal {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().filter(|l| reads_like_headline(l)).map(str::to_string);
    let published =
        text.lines().map(str::trim).filter(|l| !l.is_empty()).take(TOP_LINES).find_map(date_of_line);
    Proposal { title, published }
}

/// A headline: 2 to 25 words with a letter, not starting in lowercase, not ending like a
/// sentence part (`.`, `,`, `;`, `:`), and not just a date.
fn reads_like_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if line.len() > MAX_LINE || !(2..=MAX_HEADLINE_WORDS).contains(&words) {
        return false;
    }
    let starts_low = line.chars().next().is_some_and(char::is_lowercase);
    let ends_open = line.ends_with(['.', ',', ';', ':']);
    let only_date = complete_dates(line).iter().any(|(span, _)| span.len() * 2 > line.len());
    line.chars().any(char::is_alphabetic) && !starts_low && !ends_open && !only_date
}

/// The date a line gives as a date line ("Published Feb. 28, 2020 5:30 PM": a date at day or
/// month precision with few other words, not a sentence) or as a dateline ("KABUL (AP) — March
/// 3, 2024 — …": a day early in the line followed by a dash).
fn date_of_line(line: &str) -> Option<String> {
    let whole = line.len() <= MAX_LINE;
    let line =
        if whole { line } else { &line[..(0..=MAX_LINE).rev().find(|&i| line.is_char_boundary(i))?] };
    let sentence = !whole || line.ends_with(['.', '!', '?']);
    complete_dates(line).into_iter().find_map(|(span, date)| {
        let precision = date.precision();
        let other_words =
            line[..span.start].split_whitespace().count() + line[span.end..].split_whitespace().count();
        let date_line = !sentence && precision != Precision::Year && other_words <= MAX_DATE_LINE_WORDS;
        let after = line[span.end..].trim_start_matches([' ', ',']);
        let dateline = precision == Precision::Day
            && span.start <= MAX_DATELINE_OFFSET
            && after.starts_with(['—', '–', '-']);
        (date_line || dateline).then(|| date.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(text: &str) -> Option<String> {
        propose(text).published
    }

    #[test]
    fn a_headline_first_line_is_the_title() {
        let p = propose(
            "\n  Iowa Guard Soldiers Return From Kosovo  \nDes Moines, Iowa\n\nThe soldiers returned.",
        );
        assert_eq!(p.title.as_deref(), Some("Iowa Guard Soldiers Return From Kosovo"));
        assert_eq!(
            propose("Will the unit deploy again?\n\nText.").title.as_deref(),
            Some("Will the unit deploy again?")
        );
        for not_headline in [
            "The soldiers returned on Friday after a year away.\nMore text.",
            "the soldiers returned\n",
            "Headline\n",
            "March 3, 2024\nText.",
            "By the numbers:\nText.",
            &format!("{}\n", "word ".repeat(30)),
        ] {
            assert_eq!(propose(not_headline).title, None, "{not_headline:?}");
        }
    }

    #[test]
    fn a_date_line_near_the_top_is_the_publication_date() {
        assert_eq!(
            published("Guard Returns\nPublished Feb. 28, 2020 5:30 PM\n\nThe unit…").as_deref(),
            Some("2020-02-28")
        );
        assert_eq!(published("Guard Returns\nMarch 3, 2024\nText.").as_deref(), Some("2024-03-03"));
        assert_eq!(published("Guard Returns\nUpdated 2023-12-28\nText.").as_deref(), Some("2023-12-28"));
        assert_eq!(published("Monthly Report\nFebruary 2022\nText.").as_deref(), Some("2022-02"));
    }

    #[test]
    fn a_dateline_gives_the_date() {
        let text = "WASHINGTON (AP) — March 3, 2024 — The president met the minister on Sunday.";
        assert_eq!(published(text).as_deref(), Some("2024-03-03"));
    }

    #[test]
    fn a_long_line_is_read_only_for_a_dateline() {
        let long = format!("KABUL (AP) — March 3, 2024 — {}", "The talks went on. ".repeat(100_000));
        assert_eq!(published(&long).as_deref(), Some("2024-03-03"));
        let late = format!("{}March 3, 2024", "The talks went on. ".repeat(20));
        assert_eq!(published(&late), None);
        assert_eq!(propose(&"Word ".repeat(100_000)).title, None);
    }

    #[test]
    fn dates_inside_sentences_or_far_down_are_not_publication_dates() {
        for text in [
            "Guard Returns\nOn March 11, 2011, an earthquake struck Japan.",
            "Guard Returns\nThe war began in 2022 and the unit left.",
            "Guard Returns\n© 2024\nText.",
            &format!("Guard Returns\n{}March 3, 2024\n", "A line of text.\n".repeat(TOP_LINES)),
        ] {
            assert_eq!(published(text), None, "{text:?}");
        }
    }
}
