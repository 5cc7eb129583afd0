//! Upper-case words that name no body, told by what surrounds them or by their shape: a code of
//! a quantity before a number ("XYZ 4.5 billion"), a compass point ("the NE coast"), letters
//! written after a person's name between commas ("Ann Lee, QPM, the chief of …"), and the
//! acronyms of names of kinds of equipment ("Heavy Rocket System (HRS)", "Norland Navy Ship
//! (NNS)") and of posts ("Chief of Army Staff (CAS)", "Chief of Naval Staff": CNS).

use rustc_hash::FxHashSet as HashSet;

use crate::model::EntityKind;

use super::super::lexicon::Role;
use super::finder::Finder;
use super::shapes::{first_char_upper, initials, is_acronym, is_roman_number};

/// "NE", "SW", "NNE", "WSW": a compass point, two or three of N, S, E, W, the last two a
/// north-or-south and an east-or-west, a third letter repeating one of them.
pub(super) fn is_compass_point(word: &str) -> bool {
    let b = word.as_bytes();
    let pair = |ns: u8, ew: u8| matches!(ns, b'N' | b'S') && matches!(ew, b'E' | b'W');
    match b {
        [ns, ew] => pair(*ns, *ew),
        [first, ns, ew] => pair(*ns, *ew) && (first == ns || first == ew),
        _ => false,
    }
}

/// The upper-case words of an article that name no body: acronyms met in brackets after such a
/// name, and the initials such names shorten to (an all-capital word spelling one names no body).
#[derive(Default)]
pub(super) struct Terms<'t> {
    /// Acronyms written in brackets after a name of equipment, a post or a law, or shown to be
    /// terms or codes where they stand.
    pub(super) bracketed: HashSet<&'t str>,
    /// The initials of such names.
    pub(super) initials: HashSet<String>,
}

impl Terms<'_> {
    /// Whether `word` names no body: bracketed after a term, or an acronym spelling a term's initials.
    pub(super) fn contains(&self, word: &str) -> bool {
        self.bracketed.contains(word) || is_acronym(word) && self.initials.contains(word)
    }
}

impl Finder<'_, '_> {
    /// Where the names of people found so far end, for `names_no_body`.
    pub(super) fn person_ends(&self) -> HashSet<usize> {
        (self.mentions.iter()).filter(|m| m.kind == EntityKind::Official).map(|m| m.tokens.end).collect()
    }

    /// Whether the upper-case word at `i` names no body: a compass point, a code before a number
    /// (a currency or a measure), or letters after a person's name (`person_ends`), between
    /// commas ("Ann Lee, QPM, the chief of …": an honour or a degree of that person).
    pub(super) fn names_no_body(&self, i: usize, person_ends: &HashSet<usize>) -> bool {
        let n = self.seg.tokens.len();
        let before_number = i + 1 < n && self.tok(i + 1).starts_with(|c: char| c.is_ascii_digit());
        let between_commas = i >= 2 && i + 1 < n && self.tok(i - 1) == "," && self.tok(i + 1) == ",";
        // "TIDEWAY LXI": a Roman number after a capitalized word numbers what it names.
        let numbered = i > 0 && is_roman_number(self.tok(i)) && first_char_upper(self.tok(i - 1));
        // "the BOLDSTRIKE exercise", "the TIDEWAY LXI drills": an exercise's name.
        let noun_at = if i + 1 < n && is_roman_number(self.tok(i + 1)) { i + 2 } else { i + 1 };
        let exercise = noun_at < n && matches!(self.tok(noun_at), "exercise" | "exercises" | "drills");
        is_compass_point(self.tok(i))
            || before_number
            || numbered
            || exercise
            || between_commas && person_ends.contains(&(i - 1))
    }
}

impl<'t> Finder<'_, 't> {
    /// Adds the acronyms that name equipment in the article to `terms`: one in brackets right after
    /// a capitalized word of equipment or a kind of vessel ("… Rocket System (HRS)", "Norland Navy
    /// Ship (NNS)"), and the initials of a capitalized name ending in such a word ("Heavy Rocket
    /// System": HRS), read back a few words from each such word.
    pub(super) fn equipment_acronyms(&self, terms: &mut Terms<'t>) {
        let n = self.seg.tokens.len();
        let capital = |k: usize| self.is_word(k) && first_char_upper(self.tok(k));
        for k in 0..n {
            let word = self.seg.word(k);
            if !(capital(k) && (word.is(Role::EquipmentHead) || word.is(Role::VesselKind))) {
                continue;
            }
            if k + 3 < n && self.tok(k + 1) == "(" && self.tok(k + 3) == ")" && is_acronym(self.tok(k + 2)) {
                terms.bracketed.insert(self.tok(k + 2));
            }
            let mut start = k;
            while start > k.saturating_sub(5) && capital(start - 1) {
                start -= 1;
            }
            while start < k && self.seg.word(start).is(Role::FunctionWord) {
                start += 1;
            }
            terms.initials.insert(initials(self.seg.slice(start..k + 1)));
        }
    }
}

impl<'t> Finder<'_, 't> {
    /// Adds the acronyms of common nouns in the article to `terms`: news spells out the short
    /// form of a thing in lowercase, a body's in capitals. A plural acronym in brackets after
    /// lowercase words ("unmanned aerial vehicles (UAVs)") leaves its singular a term ("a UAV"),
    /// and an acronym followed by its spelling in lowercase words in brackets ("IED (improvised
    /// explosive device)") is one.
    pub(super) fn term_acronyms(&self, terms: &mut Terms<'t>) {
        let n = self.seg.tokens.len();
        let lowercase = |k: usize| self.is_word(k) && self.tok(k).starts_with(char::is_lowercase);
        for k in (1..n.saturating_sub(2)).filter(|&k| self.tok(k) == "(") {
            let inside = self.tok(k + 1);
            if let Some(singular) = inside.strip_suffix('s').filter(|s| is_acronym(s)) {
                if self.tok(k + 2) == ")" && lowercase(k - 1) {
                    terms.bracketed.insert(singular);
                }
            }
            let before = self.tok(k - 1);
            let close = (k + 1..n.min(k + 8)).find(|&j| self.tok(j) == ")");
            if let Some(close) = close.filter(|&c| c > k + 1 && is_acronym(before)) {
                let spelled: String = (k + 1..close)
                    .flat_map(|j| self.tok(j).split('-'))
                    .filter_map(|w| w.chars().next())
                    .collect();
                if (k + 1..close).all(lowercase) && spelled.eq_ignore_ascii_case(before) {
                    terms.bracketed.insert(before);
                }
            }
        }
    }
}

impl<'t> Finder<'_, 't> {
    /// Adds the acronyms that name laws, treaties and memoranda in the article, no body, to
    /// `terms`: one in brackets right after a capitalized word ending such a name ("… Authorization
    /// Act (DAA)"), and the initials, with or without "of", of a capitalized name ending in one, in
    /// any case ("Memorandum of Understanding (MoU)", later "the MOU").
    pub(super) fn document_acronyms(&self, terms: &mut Terms<'t>) {
        let n = self.seg.tokens.len();
        let capital = |k: usize| self.is_word(k) && first_char_upper(self.tok(k));
        for k in (0..n).filter(|&k| capital(k) && self.seg.word(k).is(Role::DocumentHead)) {
            if k + 3 < n && self.tok(k + 1) == "(" && self.tok(k + 3) == ")" && is_acronym(self.tok(k + 2)) {
                terms.bracketed.insert(self.tok(k + 2));
            }
            let mut start = k;
            while start > k.saturating_sub(6) && (capital(start - 1) || self.tok(start - 1) == "of") {
                start -= 1;
            }
            while start < k && (!capital(start) || self.seg.word(start).is(Role::FunctionWord)) {
                start += 1;
            }
            let words: Vec<&str> = (start..=k).map(|t| self.tok(t)).collect();
            terms.initials.extend(title_initials(&words));
        }
    }
}

impl<'t> Finder<'_, 't> {
    /// Adds the acronyms that name posts in the article, no body, to `terms`: one in brackets right
    /// after a capitalized title phrase and sharing its first letter ("Chief of Army Staff (CAS)", not the
    /// body it serves: "Commander of Coastal Task Force (CTF)"), and
    /// the initials of such a phrase, with or without its "of" and an owner's acronym inside it
    /// ("Chief of Naval Staff": CNS, CONS; "Commander of the KDF Air Wing": CAW).
    pub(super) fn title_acronyms(&self, terms: &mut Terms<'t>) {
        let n = self.seg.tokens.len();
        let capital = |k: usize| self.is_word(k) && first_char_upper(self.tok(k));
        for k in (0..n).filter(|&k| capital(k) && self.seg.word(k).is(Role::TitleHead)) {
            let mut end = k + 1;
            while end < n && end - k < 8 && (capital(end) || self.seg.word(end).is(Role::NameConnector)) {
                end += 1;
            }
            while end > k + 1 && !capital(end - 1) {
                end -= 1;
            }
            let words: Vec<&str> = (k..end).map(|t| self.tok(t)).collect();
            if end + 2 < n
                && self.tok(end) == "("
                && self.tok(end + 2) == ")"
                && is_acronym(self.tok(end + 1))
            {
                // "Commander of Joint Task Force (JTF)": the acronym of the body served.
                let acronym = self.tok(end + 1);
                let served =
                    words.iter().rposition(|w| *w == "of").map(|of| initials(&words[of..].join(" ")));
                if acronym.chars().next() == self.tok(k).chars().next() && served.as_deref() != Some(acronym)
                {
                    terms.bracketed.insert(acronym);
                }
            }
            terms.initials.extend(title_initials(&words));
        }
    }
}

/// The initials a title phrase may be shortened to: of its capitalized words, with and without
/// its "of" and the acronyms inside it. Phrases of one word shorten to nothing.
fn title_initials(words: &[&str]) -> Vec<String> {
    if words.len() < 2 {
        return Vec::new();
    }
    let spell = |with_of: bool, with_acronyms: bool| -> String {
        (words.iter())
            .filter(|w| first_char_upper(w) && (with_acronyms || !is_acronym(w)) || with_of && **w == "of")
            .filter_map(|w| w.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    let mut forms: Vec<String> = [(false, false), (false, true), (true, false), (true, true)]
        .into_iter()
        .map(|(of, acronyms)| spell(of, acronyms))
        .filter(|form| form.len() >= 2)
        .collect();
    forms.dedup();
    forms
}

#[cfg(test)]
mod tests {
    use super::super::tests::{found, kinds_and_names};
    use super::*;

    #[test]
    fn compass_points_are_two_or_three_letters_of_one_direction() {
        for word in ["NE", "SW", "NNE", "WSW", "ESE"] {
            assert!(is_compass_point(word), "{word}");
        }
        for word in ["NS", "EW", "NSW", "SWE", "NATO", "N"] {
            assert!(!is_compass_point(word), "{word}");
        }
    }

    #[test]
    fn an_upper_case_word_of_a_quantity_a_direction_or_an_honour_names_no_body() {
        let f = found(
            "Norland signed a XYZ 4.5 billion deal. The ship sank off the NE coast. \
             Mayor Ann Lee, QPM, spoke. The KDRF said it would help.",
        );
        let names = kinds_and_names(&f);
        for code in ["XYZ", "NE", "QPM"] {
            assert!(!names.iter().any(|(_, n)| *n == code), "{f:?}");
        }
        assert!(names.contains(&(EntityKind::Organization, "KDRF")), "{f:?}");
    }

    #[test]
    fn the_acronym_of_a_kind_of_equipment_names_no_body() {
        let f = found(
            "Battery C fires the Heavy Rocket System. The HRS arrived. A Norland Navy Ship (NNS) \
             Valiant crew helped. NNS Valiant sailed. KDRF staff said it would help.",
        );
        let names = kinds_and_names(&f);
        for code in ["HRS", "NNS"] {
            assert!(!names.iter().any(|(_, n)| *n == code), "{f:?}");
        }
        assert!(names.contains(&(EntityKind::Organization, "KDRF")), "{f:?}");
    }

    #[test]
    fn the_acronym_of_a_law_or_a_memorandum_names_no_body() {
        let f = found(
            "The Border Funding Act (BFA) passed on Friday. Norland signed a Memorandum of \
             Understanding (MoU) with Sudland. The MOU covers training. KDRF staff said it would help.",
        );
        let names = kinds_and_names(&f);
        for code in ["BFA", "MOU"] {
            assert!(!names.iter().any(|(_, n)| *n == code), "{f:?}");
        }
        assert!(names.contains(&(EntityKind::Organization, "KDRF")), "{f:?}");
    }

    #[test]
    fn the_acronym_of_a_post_names_no_body() {
        let f = found(
            "Chief of the Army Staff (COAS) Ann Lee flew to Norland. The COAS met the KDRF. \
             Former Chief of Naval Staff, Admiral Ivo Brandt, spoke. The outgoing CNS left. \
             He is Commander of the NDF Air Wing. The CAW said it would help. \
             The Commander of Coastal Task Force (CTF) came.",
        );
        let names = kinds_and_names(&f);
        for code in ["COAS", "CNS", "CAW"] {
            assert!(!names.iter().any(|(_, n)| *n == code), "{f:?}");
        }
        assert!(names.contains(&(EntityKind::Organization, "KDRF")), "{f:?}");
        assert!(names.contains(&(EntityKind::Unit, "Coastal Task Force")), "{f:?}");
    }

    #[test]
    fn an_exercises_name_and_its_roman_number_name_no_body() {
        let f = found(
            "Ships joined the TIDEWAY LXI exercise this week. The BOLDSTRIKE drills began. \
             The KDRF said it would help.",
        );
        let names = kinds_and_names(&f);
        for code in ["TIDEWAY", "LXI", "BOLDSTRIKE"] {
            assert!(!names.iter().any(|(_, n)| *n == code), "{code}: {f:?}");
        }
        assert!(names.contains(&(EntityKind::Organization, "KDRF")), "{f:?}");
    }
}
