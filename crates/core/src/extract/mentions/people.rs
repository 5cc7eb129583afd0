//! People: titled people ("Ohio Governor Ann Whitaker", "Senior Master Sgt. Paul Van Dyke"),
//! people introduced by an apposition ("Lena Varga, the president of Ruritania"), and the roles
//! stated around them.

use std::ops::Range;

use crate::model::EntityKind;

use super::super::lexicon::{gazetteer, lookup, GazetteerKind, Head, Role, Word, UNKNOWN};
use super::super::text::TokenKind;
use super::finder::{Finder, Mention};
use super::shapes::{
    first_char_upper, is_acronym, is_designator, is_direction, is_dotted_capitals, is_letter, is_ordinal,
    is_roman_number,
};

/// The most words of a portfolio between a title and the comma before its holder's name ("the
/// Minister of Police Affairs, Jane Doe").
const MAX_PORTFOLIO_WORDS_BEFORE_COMMA: usize = 5;

/// The most tokens a role phrase before a comma and a name may span ("the … of …, Ann Lee").
const ROLE_BEFORE_REACH: usize = 16;

/// A title phrase before a name, with a role named before it ("Commander, Colonel …").
struct Title {
    /// Its first token.
    start: usize,
    /// The first token of the name after it.
    name_start: usize,
    /// A role before a comma and a second title.
    role: Option<String>,
}

impl Finder<'_, '_> {
    /// A run of title words ending in a title head, starting at `i`: its end.
    pub(super) fn title_phrase(&self, i: usize, end: usize) -> Option<usize> {
        let mut j = i;
        let mut last_head = None;
        while j < end && self.is_word(j) && !self.taken[j] {
            let w = self.tok(j);
            let lower = self.seg.low(j);
            // "then-", "ex-" before a title, "-designate", "-elect" after it ("Prime Minister-designate").
            let then = lower.strip_prefix("then-").or_else(|| lower.strip_prefix("ex-")).unwrap_or(lower);
            let then =
                then.strip_suffix("-designate").or_else(|| then.strip_suffix("-elect")).unwrap_or(then);
            let word = if then.len() == lower.len() { self.seg.word(j) } else { lookup(then) };
            let word = self.dotless_rank(j, i, end).or_else(|| hyphenated_title(then)).unwrap_or(word);
            let capital_word = first_char_upper(w) || then != lower;
            let class_after_ordinal = then == "class" && j > i && is_ordinal(self.tok(j - 1));
            if self.two_word_rank(j, end) {
                j += 2;
                last_head = Some(j);
                continue;
            }
            if word.is(Role::TitleHead) && capital_word || class_after_ordinal {
                last_head = Some(j + 1);
            } else if !((word.is(Role::TitleModifier) && capital_word) || (is_ordinal(w) && j > i)) {
                break;
            }
            j += 1;
        }
        last_head
    }

    /// "Wing Commander", "Field Marshal", "Sqn Ldr": two capitalized words that the word table
    /// knows together as a title, at `j`, though the first alone is no title word (a unit's
    /// head, a place's, a common word).
    pub(super) fn two_word_rank(&self, j: usize, end: usize) -> bool {
        let capital = |k: usize| self.is_word(k) && first_char_upper(self.tok(k));
        j + 1 < end
            && capital(j)
            && capital(j + 1)
            && (self.seg.word(j + 1).is(Role::TitleHead) || self.seg.word(j + 1).is(Role::Abbreviation))
            && !self.seg.word(j).is(Role::TitleHead)
            && !self.seg.word(j).is(Role::TitleModifier)
            && lookup(&format!("{} {}", self.seg.low(j), self.seg.low(j + 1))).is(Role::TitleHead)
    }

    /// "Lt Gen", "Maj. Gen", "Brig Gen": a rank abbreviation written without its dot is the dotted
    /// title word when it opens a title, or follows a title word ("Force Commander Lt Gen …"),
    /// before another rank, or follows one; alone it opens a title right before a person's name
    /// ("Capt Ann Lee"); after other title words ("… National Army Maj Gen …", a unit's name) it
    /// stays unknown.
    pub(super) fn dotless_rank(&self, j: usize, start: usize, end: usize) -> Option<&'static Word> {
        let dotted = |k: usize| {
            let w = self.tok(k);
            let dotless = self.is_word(k)
                && first_char_upper(w)
                && !w.ends_with('.')
                && self.seg.word(k).is(Role::Abbreviation);
            let word = dotless.then(|| dotted(w))?;
            word.is(Role::TitleAbbreviation).then_some(word)
        };
        let word = dotted(j)?;
        let rank = |k: usize| self.seg.word(k).is(Role::TitleAbbreviation) || dotted(k).is_some();
        let opens = j == start || self.seg.word(j - 1).is(Role::TitleHead);
        let beside = opens && j + 1 < end && rank(j + 1) || j > start && rank(j - 1);
        let alone = j == start && word.is(Role::TitleHead) && self.name_word_at(j + 1, end);
        (beside || alone).then_some(word)
    }

    /// Whether the word at `k` can open a person's name: capitalized, in lowercase after its first
    /// letter, and no title, head, function word or known place.
    pub(super) fn name_word_at(&self, k: usize, end: usize) -> bool {
        let word = self.seg.word(k);
        k < end
            && self.is_word(k)
            && first_char_upper(self.tok(k))
            && self.tok(k).chars().count() > 1
            && self.tok(k).chars().skip(1).all(char::is_lowercase)
            && word.head().is_none()
            && !word.is(Role::TitleHead)
            && !word.is(Role::TitleModifier)
            && !word.is(Role::FunctionWord)
            && !word.is(Role::Abbreviation)
            && !word.is(Role::DateName)
            && gazetteer().get(self.tok(k)).is_none()
    }

    /// A person's name at `i`: up to four capitalized words, with particles ("De", "van", "bin"),
    /// a quoted nickname ("Robert “Bob” Hale"), and a last word that could be a title ("Ann
    /// Marshal").
    fn person_name(&self, i: usize, end: usize) -> Option<usize> {
        if self.undotted_initials(i, end) {
            // The name after the initials ends the run of capitals ("VLN Defence Force" is none).
            let name_end = self.person_name(i + 1, end)?;
            let capital_after =
                name_end < end && self.is_word(name_end) && first_char_upper(self.tok(name_end));
            return (!capital_after).then_some(name_end);
        }
        let (mut j, mut nickname) = (i, 0);
        while j < end && j - i - nickname < 4 {
            if j > i && nickname == 0 && self.quoted_nickname(j, end) {
                (j, nickname) = (j + 3, 3);
                continue;
            }
            if !self.is_word(j) || self.taken[j] {
                break;
            }
            let w = self.tok(j);
            let word = self.seg.word(j);
            let particle = word.is(Role::NameParticle)
                && j + 1 < end
                && self.is_word(j + 1)
                && first_char_upper(self.tok(j + 1));
            let last_capital = !(j + 1 < end && self.is_word(j + 1) && first_char_upper(self.tok(j + 1)));
            let name_word = first_char_upper(w)
                && !is_acronym(w)
                && (!word.is(Role::TitleHead) || j > i && last_capital)
                && !word.is(Role::FunctionWord)
                && !word.is(Role::DateName)
                && word.head().is_none()
                && w.chars().any(char::is_lowercase)
                && !w.ends_with('.');
            let capital_next = j + 1 < end && self.is_word(j + 1) && first_char_upper(self.tok(j + 1));
            // "R. Ann Lee", "V.R. Lerwick", "R Ann Lee", "Ann G Lee": initials, alone or
            // joined, with or without dots.
            // "Captain A Lee": "A" opens a name when one plain capitalized word closes it.
            let closing_word = capital_next
                && !(j + 2 < end && self.is_word(j + 2) && first_char_upper(self.tok(j + 2)))
                && self.seg.word(j + 1).head().is_none();
            let initial = w.len() == 2 && w.ends_with('.') && first_char_upper(w)
                || is_dotted_capitals(w) && capital_next
                || is_letter(w) && capital_next && (!word.is(Role::FunctionWord) || j == i && closing_word);
            // "King Ann XVI Lee", "Ann Lee II": a regnal or generational number inside or closing it.
            let regnal = j > i && is_roman_number(w);
            if !(name_word || particle && j > i || initial || regnal) {
                break;
            }
            j += 1;
        }
        (j > i).then_some(j)
    }

    /// "MRK Tanvir Alam", "BS Rana": initials written as two or three capitals without dots at `i`,
    /// a word neither table knows, before a capitalized word.
    fn undotted_initials(&self, i: usize, end: usize) -> bool {
        if i + 1 >= end {
            return false;
        }
        let w = self.tok(i);
        self.is_word(i)
            && (2..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && *self.seg.word(i) == UNKNOWN
            && gazetteer().get(w).is_none()
            && self.is_word(i + 1)
            && first_char_upper(self.tok(i + 1))
    }

    /// Whether a quoted nickname stands at `j`, before a capitalized name word: "“Bob” Hale".
    fn quoted_nickname(&self, j: usize, end: usize) -> bool {
        j + 3 < end
            && matches!(self.tok(j), "“" | "\"")
            && self.is_word(j + 1)
            && first_char_upper(self.tok(j + 1))
            && matches!(self.tok(j + 2), "”" | "\"")
            && self.is_word(j + 3)
            && first_char_upper(self.tok(j + 3))
    }

    /// "[Affiliation] Title Name": "Ohio Governor Ann Whitaker", "Senior Master Sgt. Paul Van Dyke",
    /// "NATO Secretary General Erik Moen", "then-Governor Tom Baxter".
    pub(super) fn titled_person(&mut self, sentence_index: usize, i: usize, end: usize) -> Option<usize> {
        // An optional affiliation before the title: a known place, a demonym or an acronym.
        let (affiliation, title_start) = match self.affiliation_prefix(i, end) {
            Some((value, next)) if next < end && self.title_phrase(next, end).is_some() => {
                (Some(value), next)
            }
            _ => (None, i),
        };
        if affiliation.is_none() && self.seg.word(i).is(Role::Honorific) {
            return self.honorific_person(sentence_index, i, end);
        }
        let mut title = self.title_before_name(title_start, end)?;
        if let Some(name_start) = self.name_after_title_comma(&title, sentence_index, i, end) {
            title.name_start = name_start;
        }
        let name_end = match self.person_name(title.name_start, end) {
            // "the General Staff": a word of titles alone after a title names a body, no person.
            Some(name_end)
                if name_end == title.name_start + 1
                    && self.seg.word(title.name_start).is(Role::TitleModifier) =>
            {
                return None
            }
            // "the IGP Ohio said": a country or state alone after a title is the post's
            // territory, no person.
            Some(name_end) if name_end == title.name_start + 1 && self.territory_at(title.name_start) => {
                return None
            }
            // "Commander Coastal Force (Ann Lee)": what looked like a name ends in a body's head, so
            // the body is part of the post; the person, if any, is named after it.
            Some(name_end) if self.formation_after_title(title.name_start, name_end, end) => {
                title.name_start = name_end + 1;
                let person = self.person_name(title.name_start, end);
                match person.filter(|&e| (2..=4).contains(&(e - title.name_start))) {
                    Some(person_end) => person_end,
                    // A post alone ("…, Commander Coastal Force, visited"): no entity.
                    None => {
                        self.taken[title.start..name_end + 1].fill(true);
                        return Some(name_end + 1);
                    }
                }
            }
            Some(name_end) => name_end,
            None => {
                title.name_start = self.surname_in_title(&title)?;
                title.name_start + 1
            }
        };
        if let Some(place_end) = self.place_named_after(sentence_index, i, name_end, end) {
            return Some(place_end);
        }
        let name = self.text(title.name_start..name_end);
        let mut person = self.mention(EntityKind::Official, title.start..name_end, name, sentence_index);
        let title_text = self.text(title.start..title.name_start);
        let title_text = title_text.trim_end_matches([',', ' ']);
        let title_text = title_text
            .strip_prefix("then-")
            .or_else(|| title_text.strip_prefix("ex-"))
            .unwrap_or(title_text)
            .to_string();
        person.attributes.insert("title".into(), title_text);
        if let Some(role) = title.role {
            person.attributes.insert("role".into(), role);
        }
        if let Some((kind, value)) = affiliation {
            person.attributes.insert(kind.into(), value);
        }
        self.add_apposition_role(&mut person, name_end, end);
        // The prefix itself is a mention of the place or organization.
        if title.start > i && !self.taken[i] {
            let prefix_end = if self.tok(title.start - 1) == "," { title.start - 1 } else { title.start };
            self.chunk_range(sentence_index, i..title.start.min(prefix_end));
        }
        self.push(person);
        Some(name_end)
    }

    /// Whether the word at `k` is a country or a state the gazetteer knows.
    fn territory_at(&self, k: usize) -> bool {
        gazetteer().get(self.tok(k)).is_some_and(|e| e.is_country_or_state())
    }

    /// Whether the words `start..name_end` after a title, with the word at `name_end`, name a
    /// formation the title commands, no person: they end in a unit's or body's head ("Land
    /// Force"), or open with a direction and end in a place's head ("Western Naval Area").
    fn formation_after_title(&self, start: usize, name_end: usize, end: usize) -> bool {
        let k = name_end;
        let capital_head = k < end && self.is_word(k) && first_char_upper(self.tok(k));
        let head = self.seg.word(k).head();
        capital_head
            && (matches!(head, Some(Head::Unit | Head::Organization))
                || head == Some(Head::Place) && is_direction(self.tok(start)))
    }

    /// "U.S. Senators Jane Doe and John Roe", "Generals Ann Lee and Ivo Dahl": a capitalized title
    /// in the plural (at most two capitalized words after `i` before it) right before two names
    /// joined by "and" makes both people, each with the title as written. Returns the end.
    pub(super) fn plural_titled_people(
        &mut self,
        sentence_index: usize,
        i: usize,
        end: usize,
    ) -> Option<usize> {
        let plural_title = |k: usize| {
            let lower = self.seg.low(k);
            self.is_word(k)
                && first_char_upper(self.tok(k))
                && !self.seg.word(k).is(Role::TitleHead)
                && lower.strip_suffix('s').is_some_and(|stem| lookup(stem).is(Role::TitleHead))
        };
        let title_at = (i..end.min(i + 3)).find(|&k| plural_title(k))?;
        if !(i..title_at).all(|k| self.is_word(k) && first_char_upper(self.tok(k))) {
            return None;
        }
        let name_words = |start: usize| {
            let name_end = self.person_name(start, end)?;
            let name_like = (start..name_end).all(|k| self.seg.word(k).head().is_none())
                && gazetteer().get(self.seg.slice(start..name_end)).is_none();
            ((2..=3).contains(&(name_end - start)) && name_like).then_some(name_end)
        };
        let first_end = name_words(title_at + 1)?;
        // "Defence Ministers Ann Lee of Norland and Ivo Dahl of Kelmo": each one's country after.
        let first_place = self.of_country_or_state(first_end, end);
        let and_at = first_place.unwrap_or(first_end);
        let second_end =
            (and_at + 1 < end && self.tok(and_at) == "and").then(|| name_words(and_at + 1)).flatten()?;
        let title = self.text(i..title_at + 1);
        for (tokens, name) in
            [(i..first_end, title_at + 1..first_end), (and_at + 1..second_end, and_at + 1..second_end)]
        {
            let mut person = self.mention(EntityKind::Official, tokens, self.text(name), sentence_index);
            person.attributes.insert("title".into(), title.clone());
            self.push(person);
        }
        if let Some(place_end) = first_place {
            self.push_place(sentence_index, first_end + 1..place_end);
        }
        Some(second_end)
    }

    /// "of Norland", "of New Kelmo": "of" at `at` and a country or state the gazetteer knows (up to
    /// three words) after it: where it ends.
    fn of_country_or_state(&self, at: usize, end: usize) -> Option<usize> {
        if !(at + 1 < end && self.seg.low(at) == "of") {
            return None;
        }
        (at + 2..=end.min(at + 4)).rev().find(|&e| {
            gazetteer().get(self.seg.slice(at + 1..e)).is_some_and(|entry| entry.is_country_or_state())
        })
    }

    /// "park spokeswoman Jo Rivers", "agency director Ann Lee": a position written in
    /// lowercase right before a name of two to four words makes it a person's.
    pub(super) fn person_after_position(
        &mut self,
        sentence_index: usize,
        i: usize,
        end: usize,
    ) -> Option<usize> {
        let title = i.checked_sub(1)?;
        let position = self.tok(title);
        let word = self.seg.word(title);
        // "air marshal Ann Lee": a rank with its modifier, in lowercase, is a position too.
        let modified_rank = word.is(Role::TitleHead)
            && title > 0
            && self.role_word(title - 1)
            && self.seg.word(title - 1).is(Role::TitleModifier);
        if self.taken[title] || first_char_upper(position) || !(word.is(Role::Position) || modified_rank) {
            return None;
        }
        // "the Kelmo Border Force (KBF) head Ann Lee": a position no title, right after a body.
        if !word.is(Role::TitleHead) && !self.after_body(title) {
            return None;
        }
        let name_end = self.person_name(i, end)?;
        // "general Ann de Lee": a particle inside the name; "air marshal AB Lee": initials opening it.
        let particle = |k: usize| k > i && k + 1 < name_end && self.seg.word(k).is(Role::NameParticle);
        let initials = |k: usize| {
            k == i && self.tok(k).len() <= 3 && self.tok(k).bytes().all(|b| b.is_ascii_uppercase())
        };
        let name_like = (i..name_end).all(|k| {
            let w = self.tok(k);
            particle(k)
                || initials(k)
                || first_char_upper(w) && !is_acronym(w) && self.seg.word(k).head().is_none()
        });
        if !(2..=4).contains(&(name_end - i))
            || !name_like
            || gazetteer().get(self.seg.slice(i..name_end)).is_some()
        {
            return None;
        }
        let mut person =
            self.mention(EntityKind::Official, title..name_end, self.text(i..name_end), sentence_index);
        person.attributes.insert("title".into(), position.to_string());
        self.push(person);
        Some(name_end)
    }

    /// Whether a body's name ends right before `k`: a capitalized word or an acronym in brackets.
    fn after_body(&self, k: usize) -> bool {
        let Some(before) = k.checked_sub(1) else { return false };
        let w = self.tok(before);
        w == ")" && before > 0 && is_acronym(self.tok(before - 1))
            || self.is_word(before) && (is_acronym(w) || self.seg.word(before).head().is_some())
    }

    /// "Mr. Varga", "Dame Jane Smith": a person without a title attribute.
    fn honorific_person(&mut self, sentence_index: usize, i: usize, end: usize) -> Option<usize> {
        let name_end = self.person_name(i + 1, end)?;
        if let Some(place_end) = self.place_named_after(sentence_index, i, name_end, end) {
            return Some(place_end);
        }
        let name = self.text(i + 1..name_end);
        let person = self.mention(EntityKind::Official, i..name_end, name, sentence_index);
        self.push(person);
        Some(name_end)
    }

    /// "Sir Thomas Smith Square", "General Jane Doe Airport": a titled name followed by a capitalized
    /// place head is a place named after the person, and the person is no participant of anything.
    /// Pushes the place and returns where it ends, or `None` when no place head follows.
    fn place_named_after(
        &mut self,
        sentence_index: usize,
        start: usize,
        name_end: usize,
        end: usize,
    ) -> Option<usize> {
        let head = (name_end < end).then_some(name_end)?;
        let place = first_char_upper(self.tok(head)) && self.seg.word(head).is(Role::PlaceHead);
        if !place {
            return None;
        }
        self.push_place(sentence_index, start..head + 1);
        Some(head + 1)
    }

    /// "Gov. Marshal said": a surname that is also a title word, after a dotted title with no
    /// name after it; where it stands (it is no position, rank or abbreviation), or `None`.
    fn surname_in_title(&self, title: &Title) -> Option<usize> {
        let last = title.name_start.checked_sub(1).filter(|&k| k > title.start)?;
        let w = self.tok(last);
        let surname = !w.ends_with('.')
            && w.chars().any(char::is_lowercase)
            && !self.seg.word(last).is(Role::Position)
            && self.seg.word(last - 1).is(Role::TitleAbbreviation)
            && self.title_phrase(title.start, last) == Some(last);
        surname.then_some(last)
    }

    /// The title phrase at `start`; "Commander, Colonel Dan Price" is a role, a comma, then the
    /// title; "Minister of Defence Jane Doe" a title with its portfolio.
    fn title_before_name(&self, start: usize, end: usize) -> Option<Title> {
        let title_end = self.title_phrase(start, end)?;
        if let Some(name_start) = self.portfolio_after_title(title_end, end) {
            return Some(Title { start, name_start, role: None });
        }
        if let Some(comma) = self.portfolio_before_comma(title_end, end) {
            return Some(Title { start, name_start: comma, role: None });
        }
        if title_end + 1 < end && self.tok(title_end) == "," {
            if let Some(second_end) = self.title_phrase(title_end + 1, end) {
                let role = Some(self.text(start..title_end));
                return Some(Title { start: title_end + 1, name_start: second_end, role });
            }
        }
        Some(Title { start, name_start: title_end, role: None })
    }

    /// "Prime Minister, Jane Doe and Defence Minister, John Roe were …": a capitalized title that
    /// opens the sentence or a member of a list (at `phrase_start`, its affiliation included),
    /// set off from the name by a comma; where the name of two to four words starts.
    fn name_after_title_comma(
        &self,
        title: &Title,
        sentence_index: usize,
        phrase_start: usize,
        end: usize,
    ) -> Option<usize> {
        let comma = title.name_start;
        let sentence_start = self.seg.sentences[sentence_index].tokens.start;
        let opens = phrase_start == sentence_start || matches!(self.tok(phrase_start - 1), "and" | ",");
        // "the EU High Representative, Ann Lee, said": after "the", the name closed by a comma.
        let the_before = phrase_start > sentence_start && self.seg.low(phrase_start - 1) == "the";
        if !((opens || the_before) && title.role.is_none() && comma + 1 < end && self.tok(comma) == ",") {
            return None;
        }
        let name_start = comma + 1;
        let name_end = self.person_name(name_start, end)?;
        if the_before && !opens && !(name_end < end && matches!(self.tok(name_end), "," | ";")) {
            return None;
        }
        let name_like = (name_start..name_end).all(|k| self.seg.word(k).head().is_none())
            && gazetteer().get(self.seg.slice(name_start..name_end)).is_none();
        ((2..=4).contains(&(name_end - name_start)) && name_like).then_some(name_start)
    }

    /// "the Minister of Police Affairs, Jane Doe": after a title, "of" or "for" and capitalized words
    /// of a portfolio (no known place), closed by a comma before the name: where the comma is.
    fn portfolio_before_comma(&self, title_end: usize, end: usize) -> Option<usize> {
        let run = self.portfolio_run(title_end, end)?;
        let no_known_place = run.clone().all(|k| !self.is_cap(k) || gazetteer().get(self.tok(k)).is_none());
        let closed = run.end < end && self.tok(run.end) == ",";
        (!run.is_empty() && run.len() <= MAX_PORTFOLIO_WORDS_BEFORE_COMMA && no_known_place && closed)
            .then_some(run.end)
    }

    /// After a title ending at `title_end`, "of" or "for" and the run of capitalized words (with
    /// "and" between them) that may name its portfolio, at most eight: the run's tokens.
    fn portfolio_run(&self, title_end: usize, end: usize) -> Option<Range<usize>> {
        if title_end + 2 >= end || !matches!(self.tok(title_end), "of" | "for") {
            return None;
        }
        let first = title_end + 1;
        let mut run_end = first;
        while run_end < end && run_end - first < 8 {
            let joined = run_end > first && self.seg.low(run_end) == "and" && run_end + 1 < end;
            if !(self.is_cap(run_end) || joined) {
                break;
            }
            run_end += 1;
        }
        Some(first..run_end)
    }

    /// "Minister of Defence Jane Doe", "Secretary of State Ann Lee", "Minister of Public Safety and
    /// Solicitor General Jane Doe": after a title, "of" or "for" and capitalized words of a
    /// portfolio (no head, no known name), then a person's name, or a second title and a name.
    /// Returns where the name starts.
    fn portfolio_after_title(&self, title_end: usize, end: usize) -> Option<usize> {
        let Range { start: first, end: run_end } = self.portfolio_run(title_end, end)?;
        let portfolio_word = |k: usize| {
            self.is_cap(k) && self.seg.word(k).head().is_none() && gazetteer().get(self.tok(k)).is_none()
        };
        let named_after = |k: usize| self.person_name(k, end).is_some_and(|name_end| name_end <= run_end);
        // "… and Solicitor General Jane Doe": a second title, then the name.
        for k in first + 1..run_end {
            if !(first..k).all(|m| portfolio_word(m) || self.seg.low(m) == "and") {
                break;
            }
            if let Some(name_start) = self.title_phrase(k, run_end).filter(|&e| named_after(e)) {
                return Some(name_start);
            }
        }
        // "Minister of Foreign Affairs Jane Doe": words of a title's portfolio, then the name.
        let name_start = (first..run_end).find(|&k| {
            !(self.seg.word(k).is(Role::TitleModifier) && portfolio_word(k) || self.seg.low(k) == "and")
        })?;
        (name_start > first && named_after(name_start)).then_some(name_start)
    }

    /// A role in apposition: "the adjutant general of the Ohio National Guard, Major General
    /// Ray Fisher", or "Lt. Col. Omar Reed, the battalion commander".
    fn add_apposition_role(&self, person: &mut Mention, name_end: usize, end: usize) {
        let start = person.tokens.start;
        if let Some((role, affiliation)) = self.role_before(start).or_else(|| self.role_after(name_end, end))
        {
            person.attributes.entry("role".into()).or_insert(role);
            if let Some(affiliation) = affiliation {
                person.attributes.entry("affiliation".into()).or_insert(affiliation);
            }
        }
    }

    /// ("affiliation", "NATO").
    fn affiliation_prefix(&self, i: usize, end: usize) -> Option<((&'static str, String), usize)> {
        let w = self.tok(i);
        if !first_char_upper(w) && !is_designator(w) {
            return None;
        }
        let gazetteer = gazetteer();
        if let Some(country) = gazetteer.country_of_demonym(w) {
            return Some((("country", country.to_string()), i + 1));
        }
        for len in (1..=gazetteer.longest_from(w).min(end - i)).rev() {
            if let Some(entry) = gazetteer.get(self.seg.slice(i..i + len)) {
                let attribute = match entry.kind {
                    GazetteerKind::Country => ("country", entry.canonical.to_string()),
                    GazetteerKind::State | GazetteerKind::City | GazetteerKind::Region => {
                        ("state", entry.canonical.to_string())
                    }
                    GazetteerKind::Organization | GazetteerKind::Outlet => {
                        ("affiliation", entry.canonical.to_string())
                    }
                };
                return Some((attribute, i + len));
            }
        }
        if is_acronym(w) {
            return Some((("affiliation", w.to_string()), i + 1));
        }
        // "B.C. Minister …": capitals with dots abbreviate a place.
        if is_dotted_capitals(w) {
            return Some((("state", w.to_string()), i + 1));
        }
        // "Kelmore Mayor Ann Lee": one capitalized word no table knows, right before a title,
        // names what the title serves (a town, a body, a people); "Able Seaman" is one title.
        if self.name_word_at(i, end) && !self.two_word_rank(i, end) && self.title_phrase(i + 1, end).is_some()
        {
            return Some((("affiliation", w.to_string()), i + 1));
        }
        // A unit or organization: "174th Refueling Wing Commander …".
        let mut j = i;
        while j < end
            && j - i < 7
            && self.is_word(j)
            && (first_char_upper(self.tok(j)) || is_designator(self.tok(j)))
        {
            // "Wing Commander Ann Lee", "Command Sgt. Maj. Roy Tubbs" are ranks; "174th Refueling
            // Wing Commander …" a unit's.
            let rank = j == i && (self.two_word_rank(j, end) || self.seg.word(j).is(Role::TitleModifier));
            if self.seg.word(j).head().is_some()
                && !rank
                && j + 1 < end
                && self.title_phrase(j + 1, end).is_some()
            {
                return Some((("affiliation", self.text(i..j + 1)), j + 1));
            }
            j += 1;
        }
        None
    }

    /// "Lena Varga, the president of Ruritania", "Ilir Berisha, head of …", "Besnik Gashi, who is
    /// the mayor of …", "appointed Ann Lee as army chief", "taking over from Bo Lind": a name that
    /// a role or a handover of a post makes a person's.
    pub(super) fn appositive_person(
        &mut self,
        sentence_index: usize,
        name: Range<usize>,
        end: usize,
    ) -> bool {
        if name.len() < 2 || name.len() > 4 || self.placed_by_locative(name.start) {
            return false;
        }
        if !self.name_like(name.clone()) {
            return false;
        }
        // "…, the province's high commissioner, Jane Doe, said": a role before, the name closed.
        let closed = name.end < end && matches!(self.tok(name.end), "," | "." | ";");
        let role = self.role_after(name.end, end).or_else(|| self.role_before(name.start).filter(|_| closed));
        let succeeded = role.is_none() && self.succession_before(name.start);
        if role.is_none() && !succeeded {
            return false;
        }
        let mut person =
            self.mention(EntityKind::Official, name.clone(), self.text(name.clone()), sentence_index);
        if let Some((role, affiliation)) = role {
            person.attributes.insert("role".into(), role);
            if let Some(affiliation) = affiliation {
                person.attributes.insert("affiliation".into(), affiliation);
            }
        }
        self.push(person);
        true
    }

    /// "The ceremony of Ann B. Lee …" after "Mr. Lee said": an unclassified name of two to four
    /// words that ends in the name or surname of an official of the article is that person.
    pub(super) fn people_by_known_surname(&mut self) {
        // The officials' names by their last word, so that each chunk is compared only with the
        // names of its own surname.
        let mut by_surname: rustc_hash::FxHashMap<String, Vec<String>> = rustc_hash::FxHashMap::default();
        for m in self.mentions.iter().filter(|m| m.kind == EntityKind::Official) {
            if let Some(last) = m.name.rsplit(' ').next() {
                by_surname.entry(last.to_string()).or_default().push(m.name.clone());
            }
        }
        for chunk in std::mem::take(&mut self.unclassified) {
            let tokens = chunk.tokens.clone();
            let text = self.seg.slice(tokens.clone());
            let named =
                (2..=4).contains(&tokens.len()).then(|| by_surname.get(self.tok(tokens.end - 1))).flatten();
            // "Ruiz Mendez" after "Ana Ruiz Mendez" repeats that name: left to the repeats.
            let known = named
                .is_some_and(|names| !names.iter().any(|name| name.contains(' ') && name.ends_with(text)))
                && self.person_name(tokens.start, tokens.end) == Some(tokens.end)
                && !tokens.clone().any(|k| self.taken[k]);
            if known {
                let mention =
                    self.mention(EntityKind::Official, tokens.clone(), self.text(tokens), chunk.sentence);
                self.push(mention);
            } else {
                self.unclassified.push(chunk);
            }
        }
    }

    /// Whether `name` could be a person's name: capitalized words, no acronym, head or function
    /// word, and not a name the gazetteer knows.
    fn name_like(&self, name: Range<usize>) -> bool {
        name.clone().all(|k| {
            let w = self.tok(k);
            first_char_upper(w)
                && !is_acronym(w)
                && self.seg.word(k).head().is_none()
                && !self.seg.word(k).is(Role::FunctionWord)
        }) && gazetteer().get(self.seg.slice(name)).is_none()
    }

    /// "taking over from Ann Lee", "succeeding Ann Lee", "from Ann Lee and Bo Lind": a handover
    /// of a post names the person handing it over right before `start` (or before the first of
    /// two names joined by "and").
    fn succession_before(&self, start: usize) -> bool {
        let low = |k: usize| self.seg.low(k);
        let handed = |k: usize| {
            matches!(low(k), "succeeds" | "succeeded" | "succeeding")
                || k >= 2
                    && low(k) == "from"
                    && low(k - 1) == "over"
                    && matches!(low(k - 2), "take" | "takes" | "took" | "taking" | "taken")
        };
        if start == 0 {
            return false;
        }
        if handed(start - 1) {
            return true;
        }
        // "… from Ann Lee and Bo Lind": the second name of the pair.
        let first_end = start.checked_sub(1).filter(|&k| low(k) == "and");
        first_end.is_some_and(|and| {
            let first = (and.saturating_sub(4)..and).find(|&k| k > 0 && handed(k - 1));
            first.is_some_and(|k| self.name_like(k..and))
        })
    }

    /// "freed 20 hostages in Kelmo State, the army spokesman said": a name right after a locative
    /// ("in", "at", "near") is where something happens, not a person the role after it describes.
    fn placed_by_locative(&self, start: usize) -> bool {
        start > 0
            && matches!(self.seg.low(start - 1), "in" | "at" | "near" | "into" | "across" | "throughout")
    }

    /// A role in apposition after a name: ", the president of Kosovo", ", head of …",
    /// ", who is the mayor of …", ", who commands the Japanese troops"; or given to it: " as army
    /// chief", " to the position of army commander". Returns the role and the organization or
    /// place it names.
    fn role_after(&self, after: usize, end: usize) -> Option<(String, Option<String>)> {
        let lower = |k: usize| self.seg.low(k);
        if after + 2 >= end {
            return None;
        }
        // "appointed Ann Lee as army chief", "elevated Ann Lee to the position of army commander".
        let raised = after + 4 < end
            && self.tok(after) == "to"
            && lower(after + 1) == "the"
            && matches!(lower(after + 2), "position" | "post" | "rank" | "office" | "role")
            && lower(after + 3) == "of";
        let mut j = match self.tok(after) {
            "," => after + 1,
            "as" => return self.role_named(after + 1, end),
            _ if raised => return self.role_named(after + 4, end),
            _ => return None,
        };
        if lower(j) == "who"
            && j + 1 < end
            && matches!(lower(j + 1), "commands" | "leads" | "heads" | "directs" | "runs")
        {
            let stop = (j + 2..end).find(|&k| matches!(self.tok(k), "," | "." | ";")).unwrap_or(end);
            return Some((self.text(j + 1..stop), None));
        }
        if lower(j) == "who" && j + 1 < end && matches!(lower(j + 1), "is" | "was" | "serves" | "served") {
            j += 2;
            if j < end && lower(j) == "as" {
                j += 1;
            }
        }
        self.role_named(j, end)
    }

    /// The role phrase that starts at `j` (after an optional determiner): a body's name and a
    /// role noun, a capitalized title, or up to four lowercase words ending in a role noun.
    fn role_named(&self, mut j: usize, end: usize) -> Option<(String, Option<String>)> {
        if j < end && self.seg.word(j).is(Role::Determiner) {
            j += 1;
        }
        if let Some(role) = self.named_body_role(j, end).or_else(|| self.capitalized_role(j, end)) {
            return Some(role);
        }
        // Up to three lowercase words, the last a role noun; an acronym, a people's or a place's
        // name may qualify it (", the UN peacekeeping chief", ", Norland's army chief").
        let role_start = j;
        let mut role_end = None;
        while j < end && j - role_start < 5 && (self.role_word(j) || self.role_qualifier(j, end)) {
            if self.seg.word(j).is(Role::Position) {
                role_end = Some(j + 1);
            }
            j += 1;
        }
        let role_end = role_end?;
        // "…, air marshal Ann Lee": a role before a name is that person's title, no apposition.
        let titles_next = role_end < end && self.is_word(role_end) && first_char_upper(self.tok(role_end));
        if !(1..=4).contains(&(role_end - role_start)) || titles_next {
            return None;
        }
        let role_text_end = self.role_phrase_end(role_end, end);
        Some((self.text(role_start..role_text_end), self.role_complement(role_end, role_text_end)))
    }

    /// Whether the word at `k` is lowercase, a word of a role phrase.
    fn role_word(&self, k: usize) -> bool {
        self.is_word(k) && !first_char_upper(self.tok(k))
    }

    /// "UN", "French", "Norland's" before a lowercase word: an acronym, a demonym, a known place or
    /// body, or a capitalized word and its possessive, qualifying the role noun after it.
    fn role_qualifier(&self, k: usize, end: usize) -> bool {
        let w = self.tok(k);
        if self.seg.tokens[k].kind == TokenKind::Possessive {
            return k > 0 && first_char_upper(self.tok(k - 1));
        }
        let next_lower =
            k + 1 < end && (self.role_word(k + 1) || self.seg.tokens[k + 1].kind == TokenKind::Possessive);
        self.is_word(k)
            && next_lower
            && (is_acronym(w)
                || gazetteer().country_of_demonym(w).is_some()
                || gazetteer().get(w).is_some()
                || self.seg.tokens[k + 1].kind == TokenKind::Possessive && first_char_upper(w))
    }

    /// ", the Ohio Division of Emergency Management director": a body's name in capitals (with
    /// "of", "and", "for" inside) and a lowercase role noun after it; the role and the body.
    fn named_body_role(&self, start: usize, end: usize) -> Option<(String, Option<String>)> {
        let capital = |k: usize| self.is_word(k) && first_char_upper(self.tok(k)) && !self.taken[k];
        if start >= end || !capital(start) {
            return None;
        }
        let mut k = start;
        while k < end && k - start < 8 {
            let inner = matches!(self.seg.low(k), "of" | "and" | "for") && k + 1 < end && capital(k + 1);
            if !(capital(k) || k > start && inner) {
                break;
            }
            k += 1;
        }
        let role_noun = k < end
            && self.is_word(k)
            && !first_char_upper(self.tok(k))
            && self.seg.word(k).is(Role::Position)
            && (k + 1 >= end || !self.is_word(k + 1) || !self.seg.word(k + 1).is(Role::Position));
        (role_noun && k > start).then(|| (self.text(start..k + 1), Some(self.text(start..k))))
    }

    /// ", Cabinet Secretary for Defense,", ", Minister of Foreign Affairs.": a capitalized title
    /// (up to three capitalized words before its head), with its portfolio after "of" or "for",
    /// that closes the apposition; no name follows it (", General Jane Doe" is another person).
    fn capitalized_role(&self, start: usize, end: usize) -> Option<(String, Option<String>)> {
        let capital = |k: usize| self.is_word(k) && first_char_upper(self.tok(k)) && !self.taken[k];
        let title_end = (start..(start + 4).min(end))
            .take_while(|&k| capital(k))
            .find_map(|k| self.title_phrase(k, end))?;
        let role_end = self.portfolio_end(title_end, end);
        let closes = role_end >= end || matches!(self.tok(role_end), "," | "." | ";" | ")" | "—" | "–");
        let named = role_end == title_end && self.person_name(title_end, end).is_some();
        (closes && !named).then(|| (self.text(start..role_end), self.role_complement(title_end, role_end)))
    }

    /// Where a capitalized title's portfolio after `title_end` ends: "of", "for", "with" or "to"
    /// (and "the") before capitalized words, which small words may join ("Minister with
    /// Responsibility for Ports", "Chief of the General Staff of the Norland Army").
    fn portfolio_end(&self, title_end: usize, end: usize) -> usize {
        let capital = |k: usize| k < end && self.is_word(k) && first_char_upper(self.tok(k));
        let small = |k: usize| matches!(self.seg.low(k), "of" | "for" | "with" | "to" | "and" | "the");
        // The first capital after small words at `k`, if one follows within two words.
        let joined = |k: usize| (k..(k + 3).min(end)).find(|&j| !small(j)).filter(|&j| j > k && capital(j));
        if title_end >= end || !matches!(self.seg.low(title_end), "of" | "for" | "with" | "to") {
            return title_end;
        }
        let mut role_end = title_end;
        while let Some(next) = joined(role_end).or_else(|| capital(role_end).then_some(role_end)) {
            role_end = next + 1;
        }
        role_end
    }

    /// A role phrase that ends with a comma right before `start`: "the president of Kosovo, …", or
    /// a capitalized title and its portfolio: "The Chief of the General Staff of Norland, …".
    fn role_before(&self, start: usize) -> Option<(String, Option<String>)> {
        if start < 4 || self.tok(start - 1) != "," {
            return None;
        }
        let comma = start - 1;
        if let Some(role) = self.capitalized_role_before(comma) {
            return Some(role);
        }
        for k in (start.saturating_sub(ROLE_BEFORE_REACH)..comma).rev() {
            let w = self.seg.low(k);
            if matches!(w, "," | "." | ";" | "“" | "”" | "\"" | "(" | ")") {
                return None;
            }
            // "the …", "its …", "Norland's …".
            let possessive = self.seg.tokens[k].kind == TokenKind::Possessive;
            if !self.seg.word(k).is(Role::Determiner) && !possessive {
                continue;
            }
            // Lowercase words up to a role noun, then "of/for/to …" to the comma.
            let mut j = k + 1;
            let mut role_end = None;
            // Lowercase words, or a demonym ("her French counterpart").
            let lower_or_demonym = |j: usize| {
                !first_char_upper(self.tok(j))
                    || gazetteer().country_of_demonym(self.tok(j)).is_some()
                    || self.role_qualifier(j, comma)
            };
            while j < comma && j - k <= 5 && lower_or_demonym(j) {
                if self.seg.word(j).is(Role::Position) {
                    role_end = Some(j + 1);
                }
                j += 1;
            }
            let Some(role_end) = role_end else { continue };
            let complete = role_end == comma || matches!(self.tok(role_end), "of" | "for" | "at" | "to");
            if !complete {
                continue;
            }
            return Some((self.text(k + 1..comma), self.role_complement(role_end, comma)));
        }
        None
    }

    /// "The Chief of the General Staff of Norland, …", "the Secretary to the Government, …": a
    /// capitalized title and its portfolio ending at the comma at `comma`, opening the sentence or
    /// after "the" or a comma.
    fn capitalized_role_before(&self, comma: usize) -> Option<(String, Option<String>)> {
        let opens = |k: usize| k == 0 || matches!(self.seg.low(k - 1), "the" | "," | ";" | "and" | "." | ":");
        (comma.saturating_sub(ROLE_BEFORE_REACH)..comma)
            .filter(|&k| self.is_word(k) && first_char_upper(self.tok(k)) && opens(k))
            .find_map(|k| {
                let title_end = self.title_phrase(k, comma)?;
                (self.portfolio_end(title_end, comma) == comma)
                    .then(|| (self.text(k..comma), self.role_complement(title_end, comma)))
            })
    }

    /// The end of a role phrase: the role noun, then "of/for/from/at …" up to a comma or the end.
    fn role_phrase_end(&self, role_end: usize, end: usize) -> usize {
        if role_end < end && matches!(self.tok(role_end), "of" | "for" | "from" | "at") {
            let mut j = role_end + 1;
            while j < end && !matches!(self.tok(j), "," | "." | ";" | "”" | "\"" | ")" | "—" | "–") {
                j += 1;
            }
            j
        } else {
            role_end
        }
    }

    /// The name after "of/for/at" in a role phrase, without a leading "the".
    fn role_complement(&self, role_end: usize, phrase_end: usize) -> Option<String> {
        if role_end + 1 >= phrase_end || !matches!(self.tok(role_end), "of" | "for" | "at") {
            return None;
        }
        let mut start = role_end + 1;
        if self.tok(start).eq_ignore_ascii_case("the") {
            start += 1;
        }
        (start < phrase_end && first_char_upper(self.tok(start))).then(|| self.text(start..phrase_end))
    }
}

/// "Under-Secretary-General", "Lt-Gen": a hyphenated word the table does not know whose last part
/// is a title head and whose other parts are titles, their modifiers or rank abbreviations.
fn hyphenated_title(lower: &str) -> Option<&'static Word> {
    if !lower.contains('-') || *lookup(lower) != UNKNOWN {
        return None;
    }
    let title_part = |part: &str| {
        let word = lookup(part);
        word.is(Role::TitleHead)
            || word.is(Role::TitleModifier)
            || word.is(Role::Abbreviation) && dotted(part).is(Role::TitleAbbreviation)
    };
    let (before, last) = lower.rsplit_once('-')?;
    let head = [lookup(last), dotted(last)].into_iter().find(|w| w.is(Role::TitleHead))?;
    (title_part(before) || before.split('-').all(title_part)).then_some(head)
}

/// The word table's entry for an abbreviation written without its dot ("Lt" → "Lt.").
fn dotted(word: &str) -> &'static Word {
    lookup(&format!("{word}."))
}
