//! An official named again by the title alone: "Governor Ann Lee … The Governor took part in a
//! ceremony". The title after "the" points back to the official last named with it, who takes part
//! in the clause's event beside those it names (not in a saying: "…, the Minister said" is its
//! source, whose speaker the saying's own rule reads).

use std::ops::Range;

use crate::model::EntityKind;

use super::super::lexicon::Role;
use super::super::mentions::Mention;
use super::super::text::{Segmented, TokenKind};

/// How many sentences back the official a title points to may be named.
const REACH: usize = 8;

/// The official (index into `mentions`) that a title after "the" in `clause` points back to: the
/// last one named before the clause, in its sentence or the `REACH` before, whose title or role
/// has that word ("the Governor" for "Gov. Ann Lee"). `None` when the clause has no such title,
/// or the title is part of a name ("the Secretary of the Navy", "the General Staff").
pub(super) fn official_by_title(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    clause: Range<usize>,
    sentence: usize,
) -> Option<usize> {
    let title = (clause.start + 1..clause.end).find(|&k| bare_title(seg, mentions, k))?;
    let word = seg.low(title);
    let before = mentions.partition_point(|m| m.tokens.start < clause.start);
    // Mentions are in text order: the search stops at the first one too far back.
    mentions[..before]
        .iter()
        .rev()
        .take_while(|m| m.sentence + REACH >= sentence)
        .position(|m| m.kind == EntityKind::Official && has_title(m, word))
        .map(|back| before - 1 - back)
}

/// Whether token `k` is a title word right after "the", standing alone: not inside a name, not
/// followed by a name or an "of" that would make it one.
fn bare_title(seg: &Segmented<'_>, mentions: &[Mention], k: usize) -> bool {
    let word = seg.word(k);
    let next_is_word = k + 1 < seg.tokens.len() && seg.tokens[k + 1].kind == TokenKind::Word;
    let next_names =
        next_is_word && (seg.tok(k + 1).starts_with(char::is_uppercase) || seg.low(k + 1) == "of");
    let first = mentions.partition_point(|m| m.tokens.end <= k);
    let inside_a_name = || mentions.get(first).is_some_and(|m| m.tokens.start <= k);
    seg.low(k - 1) == "the"
        && seg.tok(k).starts_with(char::is_uppercase)
        && word.is(Role::TitleHead)
        && word.is(Role::Position)
        && !next_names
        && !inside_a_name()
}

/// Whether an official's title or role has `word`, written out or abbreviated ("Gov." for
/// "governor").
fn has_title(official: &Mention, word: &str) -> bool {
    let stated = ["title", "role"].iter().filter_map(|key| official.attributes.get(*key));
    stated.flat_map(|text| text.split_whitespace()).any(|part| {
        let part = part.trim_end_matches(['.', ',']).to_lowercase();
        part == word || part.len() >= 3 && part.len() < word.len() && word.starts_with(&part)
    })
}

#[cfg(test)]
mod tests {
    use super::super::roles::tests::places_and_participants;

    #[test]
    fn a_title_after_the_points_to_the_official_named_with_it() {
        let found = places_and_participants(
            "Gov. Ana Ruiz spoke on Monday. Colonel Bo Lind spoke too. \
             The Governor took part in a ceremony at Camp Ash on Tuesday. \
             The Secretary of the Navy visited Camp Ash on Friday.",
        );
        let ceremony = found.iter().find(|e| e.0 == "ceremony").unwrap();
        assert_eq!(ceremony.2, ["Gov. Ana Ruiz"], "{found:?}");
        let visit = found.iter().find(|e| e.0 == "visit").unwrap();
        assert!(!visit.2.contains(&"Gov. Ana Ruiz".to_string()), "{found:?}");
    }

    #[test]
    fn a_title_points_back_beside_other_officials_named() {
        let found = places_and_participants(
            "Gov. Ana Ruiz spoke on Monday. \
             The Governor was joined by Colonel Bo Lind on a visit to Camp Ash on Tuesday.",
        );
        let visit = found.iter().find(|e| e.0 == "visit").unwrap();
        assert!(visit.2.contains(&"Gov. Ana Ruiz".to_string()), "{found:?}");
        assert!(visit.2.contains(&"Colonel Bo Lind".to_string()), "{found:?}");
    }
}
