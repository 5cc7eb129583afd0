//! Capitalized name chunks: how far a name runs ("University of Norland at Eastbrook"), and what it
//! names, by the gazetteer, its head word ("… Battalion", "… Ministry", "Camp …") or its context
//! ("in Ames", "the city of Gjilian", "Ilocos Norte province").

use std::ops::Range;

use crate::model::EntityKind;

use super::super::lexicon::{
    gazetteer, lookup, number_value, GazetteerEntry, GazetteerKind, Head, Role, Word, UNKNOWN,
};
use super::super::text::TokenKind;
use super::finder::{Finder, Mention, Unclassified};
use super::shapes::{
    first_char_upper, initials, is_acronym, is_article_joined_name, is_designator, is_digits, is_direction,
    is_follower_word, is_long_acronym, is_mixed_acronym, is_ordinal, title_case,
};

/// "US", not "us": a function word written in capitals that the gazetteer knows is a name.
fn is_country_code(word: &str) -> bool {
    is_acronym(word) && gazetteer().get(word).is_some()
}

/// "Coastal Gunnery and Tactics Squadron Two (CGTS-2)": an acronym and a number for a name ending
/// in that number in words.
fn numbered_acronym(name: &str, acronym: &str) -> bool {
    let Some((letters, digits)) = acronym.rsplit_once('-') else { return false };
    let Some((words, last)) = name.rsplit_once(' ') else { return false };
    is_acronym(letters)
        && digits.bytes().all(|b| b.is_ascii_digit())
        && last.starts_with(char::is_alphabetic)
        && number_value(last).is_some_and(|n| digits.parse() == Ok(n))
        && initials(words).contains(letters)
}

/// "Rangers’ Battalion (Rangerbataljon)": one capitalized word the lexicon and the gazetteer
/// do not know, in brackets after a body's name and opening with the stem of one of its words
/// (four letters or more), is its name in its own language ("Embassy (Kingston)" is a place).
fn body_in_own_language(mention: &Mention, word: &str) -> bool {
    let four = |w: &str| w.chars().take(4).flat_map(char::to_lowercase).collect::<String>();
    let stem = |w: &str| w.chars().count() >= 4 && word.len() > w.len() && four(word) == four(w);
    matches!(mention.kind, EntityKind::Organization | EntityKind::Unit)
        && mention.name.contains(' ')
        && mention.name.split(' ').any(stem)
        && first_char_upper(word)
        && word.chars().skip(1).all(char::is_lowercase)
        && *lookup(word) == UNKNOWN
        && gazetteer().get(word).is_none()
}

/// The most title words a person's title runs to before the name ("Lieutenant General", "Lt. Gen.").
const MAX_TITLE_WORDS: usize = 4;

impl Finder<'_, '_> {
    /// Extends a capitalized chunk from `i` and classifies it. Returns where to continue.
    pub(super) fn chunk(&mut self, sentence_index: usize, i: usize, sentence: Range<usize>) -> usize {
        let end = sentence.end;
        let mut j = i;
        let mut has_of_head = false;
        let mut has_university = false;
        // Whether a word after the first is not capitalized ("Center for …", "Mission in …").
        let mut has_complement = false;
        let known_end = self.known_name_with_lowercase(i, end);
        while j < end && !self.taken[j] {
            has_complement |= j > i + 1 && !first_char_upper(self.tok(j - 1));
            if j < known_end {
                j += 1;
                continue;
            }
            let w = self.tok(j);
            let word = self.seg.word(j);
            let capitalized = first_char_upper(w) || is_designator(w) || j > i && is_article_joined_name(w);
            if self.is_word(j) && capitalized && !word.is(Role::DateName) {
                has_of_head |= word.is(Role::OfComplement);
                has_university |= matches!(self.seg.low(j), "university" | "college");
                // Consecutive acronyms are separate names ("NATO KFOR"), but not capitals
                // ("SIOUX CITY" in a dateline).
                if j > i && is_acronym(w) && is_acronym(self.tok(j - 1)) && word.head().is_none() {
                    break;
                }
                // "… National Army Maj Gen Ann Lee": a title of dotless ranks opens a person's name;
                // "The Harbor-based Battery K": a home opens what it is the home of.
                if j > i && (self.dotless_rank(j, j, end).is_some() || w.ends_with("-based")) {
                    break;
                }
                // "… Defense Force Field Marshal Ann Lee": a rank of two words before a name.
                if j > i && self.two_word_rank(j, end) && self.name_word_at(j + 2, end) {
                    break;
                }
                if has_complement && self.title_opens_person(j, end) {
                    break;
                }
                j += 1;
            } else if j > i && j + 1 < end && self.connector_joins(i..j, end, has_of_head, has_university) {
                j += 1;
            } else if j > i && self.styled_word_in_name(i..j, end) {
                // "the NATO enhanced Forward Presence Battle Group": the owner's own styling.
                j += 1;
            } else if j > i && j + 1 < end && self.possessive_in_name(j) {
                // "St. Anthony’s Hospital": the possessive and the head after it.
                has_complement = true;
                j += 2;
            } else {
                break;
            }
        }
        // Trailing connectors are not part of the name.
        while j > i + 1 && self.seg.word(j - 1).is(Role::NameConnector) {
            j -= 1;
        }
        if j == i {
            return i + 1;
        }
        self.chunk_range(sentence_index, i..j);
        j
    }

    /// "the Center for Border Studies Colonel Ann Lee", "the UN Mission in Norland Lt. Gen. Bo
    /// Lind": after a name that took a complement ("for …", "in …"), a title word at `j` that a
    /// person's name follows (after at most [`MAX_TITLE_WORDS`] title words, "Lt. Gen.") opens that
    /// person's name; the body's name ends before it.
    fn title_opens_person(&self, j: usize, end: usize) -> bool {
        if !(self.seg.word(j).is(Role::TitleHead) || self.seg.word(j).is(Role::TitleAbbreviation)) {
            return false;
        }
        let capitalized = |k: usize| self.is_word(k) && first_char_upper(self.tok(k));
        let title_word = |k: usize| {
            let word = self.seg.word(k);
            word.is(Role::TitleHead) || word.is(Role::TitleAbbreviation) || word.is(Role::TitleModifier)
        };
        let after = (j..end.min(j + MAX_TITLE_WORDS + 1)).find(|&k| !(capitalized(k) && title_word(k)));
        after.is_some_and(|k| capitalized(k) && self.seg.word(k).head().is_none())
    }

    /// Where a name the gazetteer knows that starts at `i` and holds a lowercase word ends
    /// ("Bosnia and Herzegovina", a French "… d'…"), or `i` when none does: the lowercase word
    /// is part of the name, no connector between two names. A known name written in capitals
    /// ("NEW DELHI" in a dateline) is one name too, not two acronyms.
    fn known_name_with_lowercase(&self, i: usize, end: usize) -> usize {
        let gazetteer = gazetteer();
        let words = gazetteer.longest_from(self.tok(i));
        if words < 2 {
            return i;
        }
        let limit = (i + 2 * words + 1).min(end);
        let lowercase_inside =
            |k: usize| (i + 1..k).any(|t| self.is_word(t) && self.tok(t).starts_with(char::is_lowercase));
        let in_capitals = |k: usize| (i..k).all(|t| !self.tok(t).chars().any(char::is_lowercase));
        (i + 2..=limit)
            .rev()
            .find(|&k| {
                self.is_word(k - 1)
                    && (lowercase_inside(k) || in_capitals(k))
                    && !(i..k).any(|t| self.taken[t])
                    && gazetteer.get(self.seg.slice(i..k)).is_some()
            })
            .unwrap_or(i)
    }

    /// Whether the word after `name`, an acronym, is a lowercase word inside one name: after "the"
    /// or "a", an acronym is an owner's name used as a modifier, so the noun phrase runs on to its
    /// head, and a lowercase word right after it that capitalized words ending in a unit's head
    /// follow belongs to the name ("the NATO enhanced Forward Presence Battle Group", "a NATO eFP
    /// Battle Group").
    fn styled_word_in_name(&self, name: Range<usize>, end: usize) -> bool {
        let (i, j) = (name.end - 1, name.end);
        let determiner = i > 0 && matches!(self.seg.low(i - 1), "the" | "a" | "an");
        let only_acronym = (name.start..i).all(|k| self.seg.word(k).is(Role::FunctionWord));
        let styled = j + 1 < end
            && self.is_word(j)
            && !self.taken[j]
            && self.tok(j).starts_with(char::is_lowercase)
            && !self.seg.word(j).is(Role::FunctionWord);
        if !(determiner && only_acronym && is_acronym(self.tok(i)) && styled) {
            return false;
        }
        let run_end = (j + 1..end).find(|&k| !self.is_cap(k)).unwrap_or(end);
        (j + 2..=run_end).any(|k| self.seg.word(k - 1).head() == Some(Head::Unit))
    }

    /// Whether the possessive ending `j` joins a name to the place or organization head right after
    /// it ("St. Anthony’s Hospital", "Children’s Hospital"), the name before it no known place
    /// ("Ohio’s Camp Bramwell" is two names), or a country to its force ("Norland’s Navy").
    fn possessive_in_name(&self, j: usize) -> bool {
        let head = self.seg.word(j + 1).head();
        let owner = gazetteer().get(self.tok(j - 1));
        let country = owner.is_some_and(|e| e.kind == GazetteerKind::Country);
        self.seg.tokens[j].kind == TokenKind::Possessive
            && self.is_cap(j + 1)
            && (owner.is_none() && matches!(head, Some(Head::Place | Head::Organization))
                || owner.is_none() && self.owner_of_force(j)
                || country && self.force_word_alone(j + 1))
            && !self.seg.word(j + 1).is(Role::PlacePrefix)
    }

    /// Whether the capitalized word at `k` is a force's head alone, no capitalized word after it
    /// ("Norland’s Navy", not "Norland’s Defence Forces", which names its force in full).
    fn force_word_alone(&self, k: usize) -> bool {
        self.seg.word(k).head() == Some(Head::Unit) && !(k + 1 < self.seg.tokens.len() && self.is_cap(k + 1))
    }

    /// "the Regent’s Home Forces", "the Rangers’ Battalion": an owner that names no body of
    /// its own (no head, no acronym) and the unit's name after its possessive, one to three
    /// capitalized words ending in a unit's head, are one name (for a known country, see
    /// [`Self::force_word_alone`]).
    fn owner_of_force(&self, j: usize) -> bool {
        let owner = self.seg.word(j - 1);
        let end = self.seg.tokens.len().min(j + 5);
        let run_end = (j + 1..end).find(|&k| !self.is_cap(k)).unwrap_or(end);
        owner.head().is_none()
            && !is_acronym(self.tok(j - 1))
            && run_end > j + 1
            && run_end <= j + 4
            && self.seg.word(run_end - 1).head() == Some(Head::Unit)
    }

    /// Whether the lowercase word ending the name `name` joins it to the capitalized words after
    /// it: "of" after a head that takes it ("Ministry of Defense"), "the" after "of", "at" in the
    /// name of a university, "and" inside a complement ("Ministry of Foreign Affairs and Trade"),
    /// "in" (and "the") or "for" after a body of an international organization ("United Nations
    /// Mission in the Republic of Norland", "… Force for Abyei"), particles ("de", "van") and an
    /// ampersand ("Research & Development").
    fn connector_joins(
        &self,
        name: Range<usize>,
        end: usize,
        has_of_head: bool,
        has_university: bool,
    ) -> bool {
        let j = name.end;
        let lower = self.seg.low(j);
        let followed_by_name = self.is_cap(j + 1)
            || matches!(lower, "of" | "in") && j + 2 < end && self.tok(j + 1) == "the" && self.is_cap(j + 2);
        // "Research & Development": an ampersand between capitalized words joins them.
        (self.seg.word(j).is(Role::NameConnector) || matches!(lower, "in" | "&"))
            && followed_by_name
            && match lower {
                "of" => {
                    has_of_head
                        && (self.seg.word(j - 1).is(Role::OfComplement) || self.tok(j - 1) != "the")
                        && !self.parent_unit_after_of(j, end)
                        || self.force_of_complement(name.clone(), end)
                }
                "the" => matches!(self.tok(j - 1), "of" | "in"),
                "at" => has_university,
                "and" if self.directions_joined(j) => true,
                "and" if self.title_and_name(name.clone()) => false,
                "and" => {
                    has_of_head && self.and_in_complement(name.clone(), end)
                        || self.and_before_head(j, end)
                        || self.and_after_head(j, end)
                }
                "in" => self.international_body(name.clone()),
                "for" => self.international_body(name.clone()) || self.purpose_after_body(j),
                "on" => false,
                _ => true,
            }
    }

    /// "Central and Eastern Europe": "and" between two capitalized words of direction joins them
    /// into one name.
    fn directions_joined(&self, and_at: usize) -> bool {
        let direction = |k: usize| k < self.seg.tokens.len() && self.is_cap(k) && is_direction(self.tok(k));
        self.seg.low(and_at) == "and" && direction(and_at - 1) && direction(and_at + 1)
    }

    /// Where a part of a known place named by its direction ends, when `range` opens with one:
    /// capitalized words of direction (joined by "and") right before a known country, state,
    /// region or city ("Southern Norland", "the Eastern Pacific", "Central and Eastern Europe").
    fn part_by_direction(&self, range: Range<usize>) -> Option<usize> {
        let mut k = range.start;
        while k < range.end && (is_direction(self.tok(k)) || k > range.start && self.directions_joined(k)) {
            k += 1;
        }
        if k == range.start || k == range.end {
            return None;
        }
        let gazetteer = gazetteer();
        let place = |len: usize| {
            gazetteer.get(self.seg.slice(k..k + len)).is_some_and(|entry| {
                !matches!(entry.kind, GazetteerKind::Organization | GazetteerKind::Outlet)
            })
        };
        (1..=gazetteer.longest_from(self.tok(k)).min(range.end - k))
            .rev()
            .find(|&len| place(len))
            .map(|len| k + len)
    }

    /// "1st Division of the Norland Army": after a unit's head, "of" and a name ending in a unit's
    /// head name the parent unit, another name ("Corps of Engineers", "Division of Emergency
    /// Management" go on).
    fn parent_unit_after_of(&self, of_at: usize, end: usize) -> bool {
        if self.seg.word(of_at - 1).head() != Some(Head::Unit) {
            return false;
        }
        let start = if self.tok(of_at + 1) == "the" { of_at + 2 } else { of_at + 1 };
        let run_end = (start..end).find(|&k| !self.is_cap(k)).unwrap_or(end);
        (start..run_end).any(|k| self.seg.word(k).head() == Some(Head::Unit))
    }

    /// "Sovereign Navy of Tonga", "Naval Forces of the Army of Belize", "Highland Regiment of
    /// Fusiliers": after the head of an undesignated force, "of" goes on with a known country or
    /// state (not inside another body's complement: "Secretariat of the Navy of …") or with one
    /// unit's head ("1st Division of the Norland Army" is two names: a designated unit and its parent).
    fn force_of_complement(&self, name: Range<usize>, end: usize) -> bool {
        let of_at = name.end;
        // "Secretariat of the Navy of …": a force named in another name's complement stays there.
        let complement = (name.start.saturating_sub(2)..name.start).any(|k| self.tok(k) == "of");
        if self.seg.word(of_at - 1).head() != Some(Head::Unit)
            || name.clone().any(|k| is_designator(self.tok(k)))
            || complement
        {
            return false;
        }
        let start = if self.tok(of_at + 1) == "the" { of_at + 2 } else { of_at + 1 };
        let run_end = (start..end).find(|&k| !self.is_cap(k)).unwrap_or(end);
        let gazetteer = gazetteer();
        let country = run_end > start
            && gazetteer.get(self.seg.slice(start..run_end)).is_some_and(|entry| entry.is_country_or_state());
        let force = run_end == start + 1 && self.seg.word(start).head() == Some(Head::Unit);
        let in_complement = name.clone().any(|k| self.tok(k) == "of")
            && !name.clone().any(|k| self.seg.word(k).head() == Some(Head::Unit) && k + 1 < of_at);
        country && !in_complement || force
    }

    /// "Search and Rescue Team": "and" inside a name, between a word that names nothing of its own
    /// (no head, no known name) and one to three capitalized words ending in a unit's or an
    /// organization's head ("Army and Air Force", "Iowa and Kosovo" are two names).
    fn and_before_head(&self, and_at: usize, end: usize) -> bool {
        let before = self.seg.word(and_at - 1);
        let plain = before.head().is_none()
            && !before.is(Role::TitleHead)
            && gazetteer().get(self.tok(and_at - 1)).is_none()
            && !is_acronym(self.tok(and_at - 1));
        let run_end = (and_at + 1..end).find(|&k| !self.is_cap(k)).unwrap_or(end);
        // The head may take a number after it ("Weapons and Tactics Squadron One").
        let numbered = run_end > and_at + 2 && self.number_word(run_end - 1);
        let head_end = if numbered { run_end - 1 } else { run_end };
        let head = head_end > and_at + 1
            && matches!(self.seg.word(head_end - 1).head(), Some(Head::Unit | Head::Organization));
        // "… Cutter Kell and U.S. Army": a known place opening the run names a body of its own.
        let owned = head_end > and_at + 2 && gazetteer().get(self.tok(and_at + 1)).is_some();
        plain && head && !owned && head_end - and_at - 1 <= 3
    }

    /// "Major General Ann Lee": a name opened by a title and holding no head of a body is a person,
    /// and "and" after it goes on with someone or something else ("… Ann Lee and Kelmo Border Force").
    fn title_and_name(&self, name: Range<usize>) -> bool {
        name.len() > 2
            && self.seg.word(name.start).is(Role::TitleHead)
            && name.clone().all(|k| self.seg.word(k).head().is_none())
    }

    /// "Joint Force and Monitors": after a body's head, "and" and one capitalized plural word
    /// that names nothing of its own (no head, no known name, not an acronym) and ends the name
    /// end the body's name ("Army and Air Force", "Navy and Marines", "Army and Smith" are two).
    fn and_after_head(&self, and_at: usize, end: usize) -> bool {
        let next = and_at + 1;
        let after_head = matches!(self.seg.word(and_at - 1).head(), Some(Head::Unit | Head::Organization));
        let word = self.seg.word(next);
        let w = self.tok(next);
        let plain_plural = word.head().is_none()
            && !word.is(Role::TitleHead)
            && !word.is(Role::CivilWord)
            && gazetteer().get(w).is_none()
            && !is_acronym(w)
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss");
        let ends_name = next + 1 >= end
            || !self.is_cap(next + 1)
                && self.seg.tokens[next + 1].kind != TokenKind::Possessive
                && !matches!(self.seg.low(next + 1), "of" | "and" | "the");
        after_head && plain_plural && ends_name
    }

    /// "Ministry of Foreign Affairs and Foreign Trade": after "of", "and" goes on with the
    /// complement when the capitalized words after it name nothing of their own (no head word, no
    /// known name: "Ministry of Defence and NATO" are two).
    fn and_in_complement(&self, name: Range<usize>, end: usize) -> bool {
        let after_of = name.clone().any(|k| self.tok(k) == "of");
        let rest_end = (name.end + 1..end).find(|&k| !self.is_cap(k)).unwrap_or(end);
        let plain = |k: usize| {
            let word = self.seg.word(k);
            word.head().is_none()
                && !word.is(Role::TitleHead)
                && gazetteer().get(self.tok(k)).is_none()
                && !self.tok(k).contains('-')
        };
        // The run ends the name: "… and Commander-in-Chief of the …" goes on to another name.
        // A connector that never joins names ("on", "for") ends it all the same.
        let ends = rest_end >= end
            || !self.seg.word(rest_end).is(Role::NameConnector)
            || matches!(self.seg.low(rest_end), "on" | "for");
        after_of && rest_end > name.end + 1 && ends && (name.end + 1..rest_end).all(plain)
    }

    /// The last word of `range`, or the head a tail that names nothing of its own follows: a number
    /// ("… Squadron Two", and in digits after a place's head, "Highway 61", "Pier 4") or "and" and a
    /// plain word ("… Force and Monitors").
    fn head_before_tail(&self, range: Range<usize>) -> usize {
        let last = range.end - 1;
        let head = |k: usize| self.seg.word(k).head().is_some();
        if head(last) || range.len() < 2 {
            return last;
        }
        let numbered_place = is_digits(self.tok(last)) && self.seg.word(last - 1).head() == Some(Head::Place);
        if (self.number_word(last) || numbered_place) && head(last - 1) {
            last - 1
        } else if range.len() > 2 && self.tok(last - 1) == "and" && head(last - 2) {
            last - 2
        } else {
            last
        }
    }

    /// Whether the word at `k` is a number in words ("Two"; a year after a head names a plan or a programme).
    fn number_word(&self, k: usize) -> bool {
        let w = self.tok(k);
        w.starts_with(char::is_alphabetic) && number_value(w).is_some()
    }

    /// Whether `name` is a body of an international organization the gazetteer knows, its name
    /// opening with it and ending in a head ("United Nations Observer Force", "EU Training Mission").
    fn international_body(&self, name: Range<usize>) -> bool {
        let start = (name.clone()).find(|&k| !self.seg.word(k).is(Role::FunctionWord)).unwrap_or(name.end);
        let opens = (start + 1..name.end).any(|k| {
            gazetteer().get(self.seg.slice(start..k)).is_some_and(|e| e.kind == GazetteerKind::Organization)
        });
        opens && self.seg.word(name.end - 1).head().is_some()
    }

    /// "Centre for Strategic Studies", "Commission for Human Rights", "Training School for
    /// Peacekeepers": "for" at `for_at` right after the head of a body or a place (no unit: "the
    /// Army for Exercise Dragon") goes on with the purpose it serves, not with a day or a month
    /// ("thanked the Ministry for Tuesday's help").
    fn purpose_after_body(&self, for_at: usize) -> bool {
        let head = self.seg.word(for_at - 1).head();
        let next = self.seg.word(for_at + 1);
        matches!(head, Some(Head::Organization | Head::Place))
            && next.month().is_none()
            && next.weekday().is_none()
    }

    /// Whether the name `name`, ending in a unit's head, names a military formation: a word of one
    /// or another unit head before its head ("Carrier Strike Group", "Battalion Battle Group").
    fn formation(&self, name: Range<usize>) -> bool {
        (name.start..name.end - 1).any(|k| {
            let word = self.seg.word(k);
            word.is(Role::FormationWord) || word.head() == Some(Head::Unit)
        })
    }

    /// Classifies the capitalized chunk `range` and records its mention(s).
    pub(super) fn chunk_range(&mut self, sentence_index: usize, range: Range<usize>) {
        let sentence = self.seg.sentences[sentence_index].tokens.clone();
        // "AB Skarholm", "Nordvik Verft AS": a company by its legal form.
        if self.company(sentence_index, range.clone()) {
            return;
        }
        let Some(range) = self.trim_chunk(range) else { return };
        if let Some(end) = self.named_happening(range.clone()) {
            self.taken[range.start..end].fill(true);
            return;
        }
        let sentence_initial = range.start == sentence.start
            || (range.start == sentence.start + 1
                && matches!(self.tok(sentence.start), "“" | "\"" | "‘" | "("));
        // A person introduced by an apposition.
        if self.appositive_person(sentence_index, range.clone(), sentence.end) {
            return;
        }
        // "Coast Guard Sector Kelmouth": a force's post, a unit.
        if self.force_post(sentence_index, range.clone()) {
            return;
        }
        // The article's own broadcaster by its call sign ("ABC15 spoke with residents").
        if self.names_own_outlet(range.clone()) {
            let name = self.text(range.clone());
            let mut mention = self.mention(EntityKind::Organization, range.clone(), name, sentence_index);
            // In a dateline, "DULUTH, Minn. (KBJR 6) -", it is the source, not a subject.
            mention.credit |= range.start > 0 && self.tok(range.start - 1) == "(";
            self.push(mention);
            return;
        }
        let range = self.without_count(range);
        // The whole chunk in the gazetteer.
        if let Some(entry) = gazetteer().get(self.seg.slice(range.clone())) {
            self.gazetteer_mention(sentence_index, range.clone(), entry);
            self.after_name(range.end);
            return;
        }
        // A head word, read from the end (or before an "of" complement).
        if let Some((kind, head_at)) = self.classify_by_head(range.clone()) {
            // "A Harbor Relief Aid Station ship": a place does not run a ship, a body does.
            let kind = if kind == EntityKind::Place && self.vessel_after(range.end) {
                EntityKind::Organization
            } else {
                kind
            };
            self.headed_name(sentence_index, range, kind, head_at);
            return;
        }
        if range.len() > 1 {
            self.unknown_name(sentence_index, range, sentence_initial);
        } else {
            self.unknown_word(sentence_index, range, sentence_initial);
        }
    }

    /// The chunk without a count that opens it before a known place ("in 58 Minnesota
    /// communities") or before a name that a place or its people open ("300 Ohio National Guard
    /// soldiers", "40 Maltese Army officers"). A small number may name a formation ("2 Norland
    /// Division"): ten or more counts.
    fn without_count(&self, range: Range<usize>) -> Range<usize> {
        let counted = range.len() > 1 && is_digits(self.tok(range.start));
        let known_place = counted && gazetteer().get(self.seg.slice(range.start + 1..range.end)).is_some();
        let people_counted = counted
            && self.tok(range.start).len() >= 2
            && self.seg.tokens.get(range.end).is_some_and(|t| t.kind == TokenKind::Word)
            && self.tok(range.end).starts_with(char::is_lowercase)
            && self.opens_with_place(range.start + 1..range.end);
        if known_place || people_counted {
            range.start + 1..range.end
        } else {
            range
        }
    }

    /// "Operation Sea Lance", "Exercise Cold Harbor": a name opened by a word for an operation or
    /// an exercise, not ending in a unit's head ("Operation … Task Force" is a unit), names a
    /// happening, no entity.
    /// Returns where the happening's name ends; a quoted name after the word alone is part of it
    /// ("the Exercise “Cold Harbor”").
    fn named_happening(&self, range: Range<usize>) -> Option<usize> {
        let opener = self.seg.word(range.start).event_type();
        if !(first_char_upper(self.tok(range.start)) && matches!(opener, Some("operation" | "training"))) {
            return None;
        }
        if range.len() == 1 {
            let open = range.end;
            let close =
                (open + 1..self.seg.tokens.len().min(open + 6)).find(|&k| matches!(self.tok(k), "”" | "\""));
            let quoted = open < self.seg.tokens.len() && matches!(self.tok(open), "“" | "\"");
            return close
                .filter(|&c| quoted && c > open + 1 && (open + 1..c).all(|k| self.is_cap(k)))
                .map(|c| c + 1);
        }
        (self.seg.word(range.end - 1).head() != Some(Head::Unit)).then_some(range.end)
    }

    /// Whether the name `range` is a known place or opens with one or with its people's name
    /// ("Ohio National Guard", "Maltese Army").
    fn opens_with_place(&self, range: Range<usize>) -> bool {
        let gazetteer = gazetteer();
        let first = self.tok(range.start);
        gazetteer.country_of_demonym(first).is_some()
            || (1..=gazetteer.longest_from(first).min(range.len()))
                .any(|len| gazetteer.get(self.seg.slice(range.start..range.start + len)).is_some())
    }

    /// Whether a lowercase kind of vessel stands at `at` ("… ship", "… vessel").
    fn vessel_after(&self, at: usize) -> bool {
        at < self.seg.tokens.len()
            && self.is_word(at)
            && !first_char_upper(self.tok(at))
            && self.seg.word(at).is(Role::VesselKind)
    }

    /// The chunk without capitalized sentence openers and numbers before it ("The",
    /// "Thirty-three") and without title words after it, which belong to a person that follows
    /// ("174th Refueling Wing Commander"); `None` when nothing is left.
    fn trim_chunk(&self, range: Range<usize>) -> Option<Range<usize>> {
        let mut start = range.start;
        let mut end = range.end;
        while start < end {
            let w = self.tok(start);
            let word = self.seg.word(start);
            if word.is(Role::FunctionWord) && !is_country_code(w) && !self.opens_known_name(start..end)
                || number_value(w).is_some() && !is_designator(w)
                || word.is(Role::Honorific)
            {
                start += 1;
            } else {
                break;
            }
        }
        // A place named by its prefix keeps a title word it ends in when no name follows ("Port
        // Au Prince, Haiti").
        let named_place = self.seg.word(start).is(Role::PlacePrefix)
            && (end >= self.seg.tokens.len() || !(self.is_word(end) && first_char_upper(self.tok(end))));
        while end > start
            && !named_place
            && self.seg.word(end - 1).is(Role::TitleHead)
            && self.seg.word(end - 1).head().is_none()
        {
            end -= 1;
        }
        // "UNIFIL Force Commander", "Deputy Force Commander": "Force" before a title trimmed is part
        // of that title after an acronym or a deputy's word ("Air Force Chief" keeps its force).
        let force_title = end < range.end
            && end >= start + 2
            && self.tok(end - 1) == "Force"
            && (is_acronym(self.tok(end - 2))
                || matches!(self.seg.low(end - 2), "deputy" | "acting" | "assistant"));
        if force_title {
            end -= 1;
        }
        // "Office of the Governor", "Office of the Adjutant General": titles after "of (the)" are
        // the post a body serves, part of its name, not a person's title left over.
        if end < range.end && self.title_complement(start, end) {
            end = range.end;
        }
        self.without_posts_and_counts(start..end, end < range.end)
    }

    /// The name `name` of a trimmed chunk without the words that name a post or count people
    /// before a body: `None` when only a title's modifiers are left (`titles_trimmed`: a title
    /// was cut off its end) or the chunk counts a post's holders.
    fn without_posts_and_counts(&self, name: Range<usize>, titles_trimmed: bool) -> Option<Range<usize>> {
        let (mut start, end) = (name.start, name.end);
        // "promoted to Rear Admiral": a title with no name after it leaves only its modifiers.
        let only_modifiers = titles_trimmed && (start..end).all(|k| self.seg.word(k).is(Role::TitleModifier));
        // "the 77th Secretary of the Navy": an ordinal before a title counts the post's holders.
        let counted_post = start + 1 < end && is_ordinal(self.tok(start)) && self.is_title_word(start + 1);
        // "sworn in as Secretary of the Navy": a title and "of (the)" name a post of the body after.
        if start + 2 < end && self.is_title_word(start) && self.tok(start + 1) == "of" {
            start += if self.seg.low(start + 2) == "the" { 3 } else { 2 };
        }
        // "44 Army members", "300 U.S. Army …": a number before a whole service counts its people.
        if start + 1 < end && is_digits(self.tok(start)) && self.seg.word(end - 1).is(Role::Service) {
            start += 1;
        }
        // "Commander Norland Fleet", "Commander Air Force": a title (no modifier of one) before a
        // country's force or a force named by its head is the post, not part of the force's name.
        let country_after =
            || gazetteer().get(self.tok(start + 1)).is_some_and(|e| e.kind == GazetteerKind::Country);
        let force_after = || {
            !self.seg.word(start).is(Role::TitleModifier) && self.seg.word(end - 1).head() == Some(Head::Unit)
        };
        if start + 2 < end && self.is_title_word(start) && (country_after() || force_after()) {
            start += 1;
        }
        (start < end && !only_modifiers && !counted_post).then_some(start..end)
    }

    /// Whether the name `start..end` ends in "of" or "of the" after a head that takes such a
    /// complement, so that the title words after it complete it.
    fn title_complement(&self, start: usize, end: usize) -> bool {
        if end <= start + 1 {
            return false;
        }
        let of_at = if self.seg.low(end - 1) == "the" { end.saturating_sub(2) } else { end - 1 };
        of_at > start && self.seg.low(of_at) == "of" && self.seg.word(of_at - 1).is(Role::OfComplement)
    }

    /// Whether the word at `k` is a title's head and no head of a name ("Secretary", "Commander").
    fn is_title_word(&self, k: usize) -> bool {
        self.seg.word(k).is(Role::TitleHead) && self.seg.word(k).head().is_none()
    }

    /// Whether `range` opens with a name of two words or more that the gazetteer or the lists of
    /// the world's places know ("New Zealand", "New Caledonia"), whose first word alone would be a
    /// function word.
    fn opens_known_name(&self, range: Range<usize>) -> bool {
        let gazetteer = gazetteer();
        let longest = gazetteer.longest_from(self.tok(range.start)).min(range.len());
        let slice = |len: usize| self.seg.slice(range.start..range.start + len);
        (2..=longest).any(|len| gazetteer.get(slice(len)).is_some())
            || (2..=range.len().min(3)).any(|len| gazetteer.world_place(slice(len)).is_some())
    }

    /// A name classified by its head word at `head_at`, with the attributes its first words give
    /// and an owner named inside it.
    fn headed_name(&mut self, sentence_index: usize, range: Range<usize>, kind: EntityKind, head_at: usize) {
        let sentence_end = self.seg.sentences[sentence_index].tokens.end;
        let name_start = self.strip_demonym_before_designator(range.clone());
        let name = self.canonical(name_start..range.end);
        let mut mention = self.mention(kind, range.clone(), name, sentence_index);
        if name_start > range.start {
            if let Some(country) = gazetteer().country_of_demonym(self.tok(range.start)) {
                mention.attributes.insert("country".into(), country.to_string());
            }
        } else {
            self.leading_place_attribute(&mut mention, range.clone());
        }
        self.attach_possessive_owner(&mut mention, range.start);
        // "Port Authority Harbor Partner Program": the owner is an organization too.
        let nested = self.nested_owner(range.clone(), head_at);
        self.define_acronym(&mut mention, range.end, sentence_end);
        self.push(mention);
        if let Some(owner) = nested {
            let name = self.text(owner.clone());
            let mut owner_mention = self.mention(EntityKind::Organization, owner, name, sentence_index);
            owner_mention.repeat = false;
            self.mentions.push(owner_mention);
        }
        self.after_name(range.end);
    }

    /// A name of several words that no head classifies.
    fn unknown_name(&mut self, sentence_index: usize, range: Range<usize>, sentence_initial: bool) {
        let sentence = self.seg.sentences[sentence_index].tokens.clone();
        // "the Ohio Distinguished Service Award": an award's name names no entity.
        if self.seg.word(range.end - 1).is(Role::AwardHead) {
            self.taken[range].fill(true);
            return;
        }
        // "Southern Norland", "Central and Eastern Europe": a part of a known place, a place.
        if let Some(end) = self.part_by_direction(range.clone()) {
            self.push_place(sentence_index, range.start..end);
            if end < range.end {
                self.chunk_range(sentence_index, end..range.end);
            }
            return;
        }
        // A known name at the start, unknown words after: "U.S. Air Force KC-135 Statotanker";
        // but a base or station is named after its head: "Joint Base Elmendorf-Richardson".
        let named_after = (range.start..range.end - 1)
            .any(|k| matches!(self.seg.low(k), "base" | "station" | "airfield" | "camp" | "fort" | "port"));
        if named_after {
            self.push_place(sentence_index, range);
            return;
        }
        if self.seat_of_command(sentence_index, range.clone(), sentence.start) {
            return;
        }
        // "the Harbor Shield programme": the capitalized words and the noun after them.
        if self.programme_named(range.clone(), sentence.end) {
            let end = range.end + 1;
            self.taken[range.end] = true;
            self.push_organization(sentence_index, range.start..end);
            return;
        }
        if let Some(head_end) =
            (range.start + 1..range.end).rev().find(|&k| self.seg.word(k - 1).head().is_some())
        {
            if self.unit_named_with_its_place(range.clone(), head_end) {
                self.headed_name(sentence_index, range, EntityKind::Unit, head_end - 1);
                return;
            }
            if head_end > range.start + 1 {
                self.chunk_range(sentence_index, range.start..head_end);
                return;
            }
        }
        if self.named_as_organization(range.clone(), sentence.start) {
            self.push_organization(sentence_index, range);
            return;
        }
        // "in Norland Ann Lee and …", "back in Norland Covid free": a country, then other words.
        if let Some(end) = self.country_before_other_words(range.clone()) {
            self.push_place(sentence_index, range.start..end);
            self.chunk_range(sentence_index, end..range.end);
            return;
        }
        // "in Ilocos Norte province": a short unknown name placed by its context.
        if range.len() <= 3 && !sentence_initial && self.place_by_context(range.clone(), sentence) {
            self.push_place(sentence_index, range);
            return;
        }
        // Gazetteer names inside a chunk of unknown words are left alone ("Iowa State Fair").
        self.unclassified.push(Unclassified { tokens: range, sentence: sentence_index, sentence_initial });
    }

    /// "in Norland Ann Lee", "in Norland Covid free": a known country opening an unknown chunk after
    /// a locative, followed by capitalized words that are no head or abbreviation of a name ("…
    /// City", "… Strait"), ends there: the words after name something else. Returns where.
    fn country_before_other_words(&self, range: Range<usize>) -> Option<usize> {
        let locative = range.start > 0 && self.seg.word(range.start - 1).is(Role::Locative);
        if !locative {
            return None;
        }
        let gazetteer = gazetteer();
        let longest = gazetteer.longest_from(self.tok(range.start)).min(range.len() - 1);
        let end = (1..=longest).rev().find_map(|len| {
            let entry = gazetteer.get(self.seg.slice(range.start..range.start + len))?;
            (entry.kind == GazetteerKind::Country).then_some(range.start + len)
        })?;
        let other = (end..range.end).all(|k| {
            let word = self.seg.word(k);
            self.is_word(k)
                && word.head().is_none()
                && !word.is(Role::PlaceSuffix)
                && !word.is(Role::Abbreviation)
        });
        other.then_some(end)
    }

    /// "Western Fleet Command Headquarters": a force's seat of command is one name with the force,
    /// the unit, or its site after a preposition of place; visited, the force alone is the host
    /// (left to the head word). Returns whether it recorded a mention.
    fn seat_of_command(&mut self, sentence_index: usize, range: Range<usize>, sentence_start: usize) -> bool {
        let before = self.word_before_name(range.start, sentence_start);
        let visited = before.is_some_and(|w| w.is(Role::Verb) && w.event_type() == Some("visit"));
        if !self.command_seat(range.clone()) || visited {
            return false;
        }
        if before.is_some_and(|w| w.is(Role::Locative)) {
            self.push_place(sentence_index, range);
        } else {
            self.headed_name(sentence_index, range.clone(), EntityKind::Unit, range.end - 2);
        }
        true
    }

    /// Whether a lowercase word for a programme follows `range`, capitalized words that name no body
    /// of their own (no head word), and ends the noun phrase ("the Harbor Shield programme",
    /// not "the Harbor Shield project office").
    fn programme_named(&self, range: Range<usize>, sentence_end: usize) -> bool {
        let at = range.end;
        let plain = (range.clone()).all(|k| self.seg.word(k).head().is_none());
        let phrase_ends = at + 1 >= sentence_end
            || !self.is_word(at + 1)
            || self.seg.word(at + 1).is(Role::FunctionWord)
            || self.seg.word(at + 1).is(Role::Verb);
        range.len() >= 2 && plain && self.lowercase_is(at, Role::ProgrammeNoun) && phrase_ends
    }

    /// Whether `range` is a force's name of two words or more ending in a unit's head, and the
    /// word for its seat of command after it ("Western Fleet Command Headquarters"); a unit's head
    /// alone before it ("Army Headquarters") names no particular force.
    fn command_seat(&self, range: Range<usize>) -> bool {
        range.len() >= 3
            && self.seg.word(range.end - 1).is(Role::CommandSeat)
            && self.seg.word(range.end - 2).head() == Some(Head::Unit)
    }

    /// The word before a name at `start`, past a "the" ("at the …", "visited the …").
    fn word_before_name(&self, start: usize, sentence_start: usize) -> Option<&Word> {
        let mut k = start;
        if k > sentence_start && self.seg.low(k - 1) == "the" {
            k -= 1;
        }
        (k > sentence_start).then(|| self.seg.word(k - 1))
    }

    /// "… Battle Group Lithuania", "Task Force Iraq": a unit's name whose head a known country,
    /// state or city follows names the unit by the place it serves.
    /// "Naval Forces Eastern Kelmo", "Joint Task Force North East": so is one whose head a part
    /// of a country named by its direction follows.
    fn unit_named_with_its_place(&self, range: Range<usize>, head_end: usize) -> bool {
        head_end > range.start + 1
            && head_end < range.end
            && self.seg.word(head_end - 1).head() == Some(Head::Unit)
            && (is_direction(self.tok(head_end))
                || gazetteer().get(self.seg.slice(head_end..range.end)).is_some_and(|entry| {
                    matches!(entry.kind, GazetteerKind::Country | GazetteerKind::State | GazetteerKind::City)
                }))
    }

    /// One unknown capitalized word; a demonym ("Serbian") is an adjective, not a name.
    fn unknown_word(&mut self, sentence_index: usize, range: Range<usize>, sentence_initial: bool) {
        let sentence = self.seg.sentences[sentence_index].tokens.clone();
        let w = self.tok(range.start);
        // "the Army": a service's word is no place; it is read with the article's units.
        if gazetteer().country_of_demonym(w).is_some() || self.seg.word(range.start).is(Role::Service) {
            return;
        }
        // "their EPIRB": a thing someone has, not a name of a body.
        let possessed = range.start > sentence.start
            && matches!(
                self.seg.low(range.start - 1),
                "their" | "his" | "her" | "its" | "our" | "your" | "my"
            );
        // "EUNAVFOR", "MONUSCO": a longer all-capital word inside a sentence is an acronym too.
        let long_acronym = !sentence_initial && is_long_acronym(w);
        if (is_acronym(w) || long_acronym) && !possessed {
            self.acronyms.push((range.start, sentence_index));
            return;
        }
        // "Newsroom.com": a website is the body that runs it.
        if is_domain(w) {
            self.push_organization(sentence_index, range);
            return;
        }
        // A surname of a person named before ("according to Ducey’s office") is left to the
        // second pass, which finds it as that person; a word with digits ("COVID-19") is no place.
        let surname_before = self.surname_of_official(w);
        if !surname_before && self.named_as_organization(range.clone(), sentence.start) {
            self.push_organization(sentence_index, range);
            return;
        }
        // "threats from Islamist fighters", "pressure from Maoists": followers are no place.
        let no_place = surname_before || w.bytes().any(|b| b.is_ascii_digit()) || is_follower_word(w);
        if !sentence_initial && !no_place && self.place_by_context(range.clone(), sentence) {
            let end = range.end;
            self.push_place(sentence_index, range);
            self.after_name(end);
            return;
        }
        self.unclassified.push(Unclassified { tokens: range, sentence: sentence_index, sentence_initial });
    }

    /// Whether `range` names the outlet that published the article: its whole name, or its
    /// call sign, the first words of its name when they hold a digit or are in capitals ("ABC15"
    /// of "KOLD13 Arizona", "KBJR 6", "WXYZ").
    fn names_own_outlet(&self, range: Range<usize>) -> bool {
        let Some(outlet) = self.outlet else { return false };
        let text = self.seg.slice(range);
        let call_sign = text.bytes().any(|b| b.is_ascii_digit())
            || text.len() >= 3 && !text.chars().any(char::is_lowercase);
        outlet == text
            || call_sign && outlet.strip_prefix(text).is_some_and(|rest| rest.starts_with([' ', '(']))
    }

    /// "the Italian company Leonardo", "defence firm Saab": a lowercase noun of a kind of body right
    /// before an unknown name makes it an organization; so does one right after it ("the Kora Vetu
    /// terrorist group", "the Kora Vetu organization"), and so does a word for an armed group's
    /// people after a name of two words or more ("Kora Vetu militants"; one word is mostly a creed
    /// or a people, "Islamist militants", and a digit makes aircraft, "F-18 fighters").
    fn named_as_organization(&self, range: Range<usize>, sentence_start: usize) -> bool {
        let class_before = range.start > sentence_start
            && self.seg.word(range.start - 1).is(Role::OrganizationClass)
            && !self.is_cap(range.start - 1);
        let words_only =
            range.len() > 1 && !self.seg.slice(range.clone()).bytes().any(|b| b.is_ascii_digit());
        class_before
            || words_only && self.lowercase_is(range.end, Role::Combatants)
            || self.organization_after(range.end)
            || self.party_to_agreement(range.start, sentence_start)
    }

    /// "a contract with Kestrel", "in partnership with Norvik": an unknown name right after "with"
    /// that follows a noun of agreement is the other party, a body (a country or a person would
    /// be known by the gazetteer or a title).
    fn party_to_agreement(&self, start: usize, sentence_start: usize) -> bool {
        let noun = |k: usize| {
            let word = self.seg.word(k);
            self.lowercase_word(k) && !word.is(Role::Verb) && word.event_type() == Some("agreement")
        };
        start >= sentence_start + 2 && self.seg.low(start - 1) == "with" && noun(start - 2)
    }

    /// Whether a lowercase noun that makes the name before it a body stands at `at` ("…
    /// organization"), or a kind of body after one lowercase word describing it ("… terrorist
    /// group"; bare, a business "group" is mostly part of the name); not when a name follows the
    /// noun, which it classes instead ("the Sunni militant group Jaish al-Nour").
    fn organization_after(&self, at: usize) -> bool {
        let describing = self.lowercase_word(at) && !self.seg.word(at).is(Role::FunctionWord);
        let noun_at = if describing && self.lowercase_is(at + 1, Role::OrganizationSuffix) {
            at + 1
        } else if self.lowercase_is(at, Role::OrganizationHead) {
            at
        } else {
            return false;
        };
        self.lowercase_is(noun_at, Role::OrganizationSuffix)
            && !(noun_at + 1 < self.seg.tokens.len() && self.capital[noun_at + 1])
    }

    /// Whether token `at` is a lowercase word of `role`.
    fn lowercase_is(&self, at: usize, role: Role) -> bool {
        self.lowercase_word(at) && self.seg.word(at).is(role)
    }

    /// Whether token `at` is a word in lowercase.
    fn lowercase_word(&self, at: usize) -> bool {
        at < self.seg.tokens.len() && self.is_word(at) && !first_char_upper(self.tok(at))
    }

    /// Records the organization named by `range`, and its later forms ("(ACR)").
    pub(super) fn push_organization(&mut self, sentence_index: usize, range: Range<usize>) {
        let end = range.end;
        let mention =
            self.mention(EntityKind::Organization, range.clone(), self.canonical(range), sentence_index);
        self.push(mention);
        self.after_name(end);
    }

    /// Records the place named by `range`.
    pub(super) fn push_place(&mut self, sentence_index: usize, range: Range<usize>) {
        let mention = self.mention(EntityKind::Place, range.clone(), self.canonical(range), sentence_index);
        self.push(mention);
    }

    /// A mention for a gazetteer name.
    fn gazetteer_mention(&mut self, sentence_index: usize, range: Range<usize>, entry: GazetteerEntry) {
        let kind = match entry.kind {
            GazetteerKind::Organization | GazetteerKind::Outlet => EntityKind::Organization,
            _ => EntityKind::Place,
        };
        let mut mention = self.mention(kind, range.clone(), entry.canonical.to_string(), sentence_index);
        if matches!(entry.kind, GazetteerKind::State | GazetteerKind::Country) {
            if let Some(country) = entry.country {
                mention.attributes.insert("country".into(), country.to_string());
            }
        }
        let sentence_end = self.seg.sentences[sentence_index].tokens.end;
        self.define_acronym(&mut mention, range.end, sentence_end);
        self.push(mention);
    }

    /// The head word right before the first "in" or "for" of `range`, when there is one: the body
    /// of an international organization named by the place it serves ("… Mission in Norland").
    fn head_before_place_served(&self, range: Range<usize>) -> Option<usize> {
        let at = (range.clone()).find(|&k| matches!(self.tok(k), "in" | "for"))?;
        (at > range.start && self.seg.word(at - 1).head().is_some()).then(|| at - 1)
    }

    /// The entity kind given by the chunk's head word and the head's position.
    fn classify_by_head(&self, range: Range<usize>) -> Option<(EntityKind, usize)> {
        if range.len() > 1
            && self.seg.word(range.start).is(Role::PlacePrefix)
            && !self.seg.word(range.start + 1).is(Role::TitleHead)
            // "Naval Forces of …": a prefix before a unit's head names a force, no place.
            && self.seg.word(range.start + 1).head() != Some(Head::Unit)
        {
            return Some((EntityKind::Place, range.start));
        }
        let head_at = self.head_position(range.clone());
        let kind = match self.seg.word(head_at).head()? {
            Head::Unit => self.unit_or_organization(range.clone(), head_at),
            Head::Organization => EntityKind::Organization,
            // "Dunmere Coordination Centre": a centre named by what it does is the body doing it.
            Head::Place if head_at > range.start && self.seg.word(head_at - 1).is(Role::BodyTask) => {
                EntityKind::Organization
            }
            // "Norland Centre for Peacekeeping": a centre serving a purpose is the body serving it.
            Head::Place if self.serves_purpose(range.clone(), head_at) => EntityKind::Organization,
            Head::Place => EntityKind::Place,
        };
        // A head alone is a common noun ("Guard", "City"), not a name, except for acronym-free
        // names of bodies such as "Senate" which the gazetteer knows.
        if range.len() == 1 {
            return None;
        }
        Some((kind, head_at))
    }

    /// Whether the place head at `head_at`, one that takes no "of" ("Centre", not "School"), is
    /// followed inside `range` by "for" and the purpose it serves.
    fn serves_purpose(&self, range: Range<usize>, head_at: usize) -> bool {
        head_at + 2 < range.end
            && self.tok(head_at + 1) == "for"
            && !self.seg.word(head_at).is(Role::OfComplement)
    }

    /// Where the chunk's head word is: before its "of" when that word takes a complement ("Corps of
    /// Engineers", "Navy of Norland"), before the place an international body serves, else at the end.
    fn head_position(&self, range: Range<usize>) -> usize {
        // "Mission of the Consulate …", "Corps of Engineers", "University of Norland at Eastbrook".
        let first_of = (range.clone()).find(|&k| self.tok(k) == "of");
        // "… Mission in the Republic of Norland": an "of" inside the place served is not the head's.
        let served_first =
            self.head_before_place_served(range.clone()).is_some_and(|h| first_of.is_some_and(|o| h < o));
        match first_of.filter(|_| !served_first) {
            Some(of_at) if of_at > range.start => {
                let before = self.seg.word(of_at - 1);
                let force =
                    before.head() == Some(Head::Unit) && !(range.clone()).any(|k| is_designator(self.tok(k)));
                if (before.is(Role::OfComplement) || force) && before.head().is_some() {
                    of_at - 1
                } else {
                    range.end - 1
                }
            }
            // "United Nations Observer Force in Norland", "… Force for Abyei": the head before
            // "in" or "for".
            _ => self.head_before_place_served(range.clone()).unwrap_or_else(|| self.head_before_tail(range)),
        }
    }

    /// A name headed by a unit's word at `head_at`: a unit, or an organization when it names no
    /// military formation.
    fn unit_or_organization(&self, range: Range<usize>, head_at: usize) -> EntityKind {
        // "Wagner Group", "Eurasia Group": without a designator or a word of a military
        // formation, a Group is an organization; so are an undesignated civilian body
        // ("Norland Constabulary Force", "Northern Interagency Task Force") and the forces
        // and missions of an international organization ("United Nations Observer Force").
        let designated = (range.clone()).any(|k| is_designator(self.tok(k)));
        let formation = self.formation(range.start..head_at + 1);
        let civil = !designated && (range.clone()).any(|k| self.seg.word(k).is(Role::CivilWord));
        let international = self.international_body(range.start..head_at + 1) && !formation;
        // "Northern Force and Monitors": a body named by more than its head is no formation.
        let joint = head_at + 2 < range.end && self.tok(head_at + 1) == "and";
        let group = self.tok(head_at).eq_ignore_ascii_case("group") && !designated && !formation;
        if group || civil || international || joint {
            EntityKind::Organization
        } else {
            EntityKind::Unit
        }
    }

    /// "Dutch 43rd Mechanized Brigade": the demonym is not part of the name.
    fn strip_demonym_before_designator(&self, range: Range<usize>) -> usize {
        if range.len() > 2
            && gazetteer().country_of_demonym(self.tok(range.start)).is_some()
            && is_designator(self.tok(range.start + 1))
        {
            range.start + 1
        } else {
            range.start
        }
    }

    /// "Chile Defense Ministry" → country Chile; "Ohio National Guard" → state Ohio, country United States.
    fn leading_place_attribute(&self, mention: &mut Mention, range: Range<usize>) {
        let gazetteer = gazetteer();
        for len in (1..=gazetteer.longest_from(self.tok(range.start)).min(range.len() - 1)).rev() {
            if let Some(entry) = gazetteer.get(self.seg.slice(range.start..range.start + len)) {
                match entry.kind {
                    GazetteerKind::Country => {
                        mention.attributes.insert("country".into(), entry.canonical.to_string());
                    }
                    GazetteerKind::State => {
                        mention.attributes.insert("state".into(), entry.canonical.to_string());
                        if let Some(country) = entry.country {
                            mention.attributes.insert("country".into(), country.to_string());
                        }
                    }
                    _ => {}
                }
                return;
            }
        }
        if let Some(country) = gazetteer.country_of_demonym(self.tok(range.start)) {
            mention.attributes.insert("country".into(), country.to_string());
        }
    }

    /// "Norland Security Forces (NSF)", "(NSF, Norland)": the acronym in brackets is an alias when its letters fit,
    /// or, after the name of a body of two words or more, whatever its letters: a ministry or
    /// agency abroad is known by the acronym of its own language ("Ministry of National Defence
    /// (MON)", "Ministry of Defence (MoD)").
    fn define_acronym(&self, mention: &mut Mention, after: usize, end: usize) {
        if after + 2 < end && self.tok(after) == "(" && matches!(self.tok(after + 2), ")" | ",") {
            let acronym = self.tok(after + 1);
            let body = matches!(mention.kind, EntityKind::Organization | EntityKind::Unit)
                && mention.name.contains(' ')
                && (is_acronym(acronym) || is_mixed_acronym(acronym));
            if body
                || is_acronym(acronym) && initials(&mention.name).contains(acronym.trim_end_matches('s'))
                || numbered_acronym(&mention.name, acronym)
                || body_in_own_language(mention, acronym)
            {
                mention.aliases.push(acronym.to_string());
            }
        }
    }

    /// After a name, "(ACR)" has been read by `define_acronym`: take its tokens too.
    fn after_name(&mut self, after: usize) {
        let end = self.taken.len();
        if after + 2 < end && self.tok(after) == "(" && matches!(self.tok(after + 2), ")" | ",") {
            if let Some(last) = self.mentions.last() {
                if last.aliases.iter().any(|a| a == self.tok(after + 1)) {
                    self.taken[after + 1] = true;
                    let mut repeat =
                        self.mention(last.kind, after + 1..after + 2, last.name.clone(), last.sentence);
                    repeat.repeat = true;
                    self.mentions.push(repeat);
                }
            }
        }
    }

    /// Context that makes an unknown name a place: "in Ames", "the city of Gjilian",
    /// "Fort Cavazos, Texas", "Ilocos Norte province", "the Ashby sea area".
    pub(super) fn place_by_context(&self, range: Range<usize>, sentence: Range<usize>) -> bool {
        // "towards Humanitarian Aid": a name ending in a word for a happening names no place.
        if self.seg.word(range.end - 1).event_type().is_some() {
            return false;
        }
        let before = |k: usize| (range.start >= sentence.start + k).then(|| range.start - k);
        let after = |k: usize| (range.end + k - 1 < sentence.end).then(|| self.tok(range.end + k - 1));
        if let Some(locative) = self.locative_before_direction(range.clone(), sentence.clone()) {
            return locative;
        }
        if before(1).is_some_and(|k| self.seg.word(k).is(Role::Locative)) {
            // "to Kosovo", but not "to Newsweek" after "told": a verb of speech takes a person or outlet.
            let after_speech = before(2).is_some_and(|k| {
                matches!(self.seg.low(k), "told" | "said" | "wrote" | "spoke" | "talked" | "email")
            });
            return !after_speech;
        }
        // "the Italian port city Messina", "the town Vernon": a kind of place right before.
        let class_before = before(1).is_some_and(|k| {
            self.seg.word(k).is(Role::PlaceClass)
                && !self.is_cap(k)
                && matches!(
                    self.seg.low(k),
                    "city" | "town" | "village" | "capital" | "municipality" | "province"
                )
        });
        if class_before {
            return true;
        }
        if before(1).is_some_and(|k| self.seg.low(k) == "of")
            && before(2).is_some_and(|k| {
                self.seg.word(k).is(Role::PlaceClass) || matches!(self.seg.low(k), "mayor" | "governor")
            })
        {
            return true;
        }
        if after(1) == Some(",") {
            if let Some(next) = after(2) {
                if gazetteer()
                    .get(next)
                    .is_some_and(|entry| matches!(entry.kind, GazetteerKind::State | GazetteerKind::Country))
                {
                    return true;
                }
            }
        }
        // "Tiwino canton", and past a lowercase kind of place, "the Ashby sea area".
        let suffix = |k: usize| k < sentence.end && self.seg.word(k).is(Role::PlaceSuffix);
        let lowercase_place = |k: usize| {
            k < sentence.end
                && self.is_word(k)
                && !self.is_cap(k)
                && self.seg.word(k).head() == Some(Head::Place)
        };
        suffix(range.end) || lowercase_place(range.end) && suffix(range.end + 1)
    }

    /// "in northern Evia", "in the western Ashland": a locative before a lowercase word of direction
    /// (and "the") places the name `range` after it, unless a noun follows that the name qualifies
    /// ("from the southeastern European nation"); `Some(true)` there, `None` when no such word
    /// stands right before the name.
    fn locative_before_direction(&self, range: Range<usize>, sentence: Range<usize>) -> Option<bool> {
        let (start, sentence_start) = (range.start, sentence.start);
        let noun_after = range.end < sentence.end
            && self.is_word(range.end)
            && self.tok(range.end).starts_with(char::is_lowercase)
            && !self.seg.word(range.end).is(Role::FunctionWord);
        if noun_after {
            return None;
        }
        let direction = start.checked_sub(1).filter(|&k| k > sentence_start)?;
        let w = self.tok(direction);
        if !(self.is_word(direction) && w.starts_with(char::is_lowercase) && is_direction(w)) {
            return None;
        }
        let mut k = direction - 1;
        if self.seg.low(k) == "the" && k > sentence_start {
            k -= 1;
        }
        self.seg.word(k).is(Role::Locative).then_some(true)
    }

    /// The name of a chunk as it should be shown: no leading "the", all-capital words title-cased.
    fn canonical(&self, range: Range<usize>) -> String {
        let text = self.text(range.clone());
        let words: Vec<&str> = text.split(' ').collect();
        let shouting = words.len() > 1 && words.iter().all(|w| !w.chars().any(char::is_lowercase))
            || words.len() == 1 && words[0].len() > 6 && !words[0].chars().any(char::is_lowercase);
        let mut name = if shouting { title_case(&text) } else { text };
        if let Some(rest) = name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")) {
            name = rest.to_string();
        }
        // "Ilocos Norte province" is named without the lowercase noun.
        name
    }
}

/// Whether `word` is a web domain: a name, a dot and a lowercase ending of two letters or more
/// ("Newsroom.com", "agerpres.ro").
fn is_domain(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(name, ending)| {
        !name.is_empty() && (2..=6).contains(&ending.len()) && ending.bytes().all(|b| b.is_ascii_lowercase())
    })
}
