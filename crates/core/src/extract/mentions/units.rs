//! Units and organizations named by their structure: unit designation chains ("Detachment 1,
//! Company C (Medevac), 2-211th General Support Aviation Battalion"), a country's ministry
//! ("Chile's foreign ministry"), and owners named before a possessive or inside a longer name.

use std::ops::Range;

use crate::model::EntityKind;

use super::super::lexicon::{gazetteer, lookup, number_value, GazetteerKind, Head, Role};
use super::super::text::TokenKind;
use super::finder::{Finder, Mention};
use super::shapes::{first_char_upper, is_acronym, is_designator, is_digits, is_letter};

impl Finder<'_, '_> {
    /// "Chile's foreign ministry": a country's lowercase ministry, embassy or government. Its
    /// lowercase parliament or cabinet is the common noun, no name ("Chile's parliament voted").
    pub(super) fn possessive_organization(
        &mut self,
        sentence_index: usize,
        i: usize,
        end: usize,
    ) -> Option<usize> {
        let entry = gazetteer().get(self.tok(i)).filter(|e| e.kind == GazetteerKind::Country)?;
        if i + 2 >= end || self.seg.tokens[i + 1].kind != TokenKind::Possessive {
            return None;
        }
        let mut j = i + 2;
        while j < end && j - i < 5 && self.is_word(j) && !first_char_upper(self.tok(j)) {
            if matches!(self.tok(j), "ministry" | "government" | "embassy") {
                let place =
                    self.mention(EntityKind::Place, i..i + 1, entry.canonical.to_string(), sentence_index);
                self.push(place);
                let mut ministry =
                    self.mention(EntityKind::Organization, i..j + 1, self.text(i..j + 1), sentence_index);
                ministry.attributes.insert("country".into(), entry.canonical.to_string());
                self.push(ministry);
                return Some(j + 1);
            }
            j += 1;
        }
        None
    }

    /// "Coast Guard Sector Kelmouth", "Coast Guard Air Station Dunmere": a force's name, a post
    /// head and the place the post serves name one unit (what follows, "Command Center", belongs
    /// to it and names nothing else); "Station Harrowby" after it is that unit again. Whether
    /// `range` was read so.
    pub(super) fn force_post(&mut self, sentence_index: usize, range: Range<usize>) -> bool {
        let is_post = |k: usize| self.seg.word(k).is(Role::PostHead) && first_char_upper(self.tok(k));
        let unit_head = |k: usize| self.seg.word(k).head() == Some(Head::Unit);
        let Some(post) = (range.start..range.end - 1).find(|&k| {
            is_post(k) && (k > range.start && unit_head(k - 1) || k > range.start + 1 && unit_head(k - 2))
                || k == range.start && is_post(k)
        }) else {
            return false;
        };
        let mut end = post + 1;
        // The place served: plain words, the first may be the prefix of a town's name ("Station
        // Fort Lauderdale"; "Air Station Camp Kelmo" names a base, a place) and the last a place's
        // head ("Station Harbor Bay"); a model's code after it ("… HH-60 Jayhawk") names an
        // aircraft of the post.
        let model_code =
            |k: usize| self.tok(k).contains('-') && self.tok(k).bytes().any(|b| b.is_ascii_digit());
        let town_prefix = |k: usize| {
            self.seg.word(k).is(Role::PlacePrefix)
                && (k + 2..=(k + 3).min(range.end))
                    .any(|e| gazetteer().world_place(self.seg.slice(k..e)).is_some())
        };
        while end < range.end
            && (self.seg.word(end).head().is_none()
                || end == post + 1 && town_prefix(end)
                || end > post + 1 && self.seg.word(end).head() == Some(Head::Place))
            && !self.seg.word(end).is(Role::TitleHead)
            && !self.seg.word(end).is(Role::TitleModifier)
            && !model_code(end)
        {
            end += 1;
        }
        if end == post + 1 {
            return false;
        }
        let name = if post == range.start {
            // A short form: the unit named before whose name ends in it.
            let short = format!(" {}", self.text(post..end));
            let Some(unit) = (self.mentions.iter())
                .rev()
                .find(|m| m.kind == EntityKind::Unit && !m.repeat && m.name.ends_with(&short))
            else {
                return false;
            };
            unit.name.clone()
        } else {
            self.text(range.start..end)
        };
        let mut mention = self.mention(EntityKind::Unit, range.start..end, name, sentence_index);
        mention.repeat = post == range.start;
        self.push(mention);
        self.taken[end..range.end].fill(true);
        true
    }

    /// One element of a unit designation: "Detachment 1", "Company C (Medevac)", "Bravo Company",
    /// "Task Force 2-310", "Headquarters and Headquarters Company", "Headquarters",
    /// "1st “Red Horse” Squadron", "2-211th General Support Aviation Battalion". Returns its end.
    fn unit_element(&self, i: usize, end: usize) -> Option<usize> {
        self.lettered_element(i, end)
            .or_else(|| self.headquarters_element(i, end))
            .or_else(|| self.designated_element(i, end))
    }

    /// "Company C", "Detachment 1", "Troop K", "Task Force 2-310" (a head, or a word and a head,
    /// then a letter or number, and an optional parenthesized name), or "Bravo Company", "C Company";
    /// else a longer numbered name ("Harbor Task Force 52", whose "Task" is a head too).
    fn lettered_element(&self, i: usize, end: usize) -> Option<usize> {
        let is_head = |k: usize| {
            k < end && self.seg.word(k).head() == Some(Head::Unit) && first_char_upper(self.tok(k))
        };
        let letter_word = self.seg.word(i).is(Role::LetterWord) || is_letter(self.tok(i));
        if letter_word && first_char_upper(self.tok(i)) && is_head(i + 1) {
            return Some(i + 2);
        }
        let head = if first_char_upper(self.tok(i)) && is_head(i + 1) {
            i + 1
        } else if is_head(i) {
            i
        } else {
            return self.long_numbered_element(i, end);
        };
        if head + 1 >= end {
            return None;
        }
        let designation = self.tok(head + 1);
        let letter = is_letter(designation);
        if !(letter || is_unit_number(designation)) {
            // "Harbor Task Force 52": the first head was a word of a longer name.
            return self.long_numbered_element(i, end);
        }
        let mut j = head + 2;
        if j + 2 < end && self.tok(j) == "(" && first_char_upper(self.tok(j + 1)) && self.tok(j + 2) == ")" {
            j += 3;
        }
        Some(j)
    }

    /// "Harbor Patrol Wing 12", "Coastal Strike Squadron One": two or three capitalized words
    /// before a unit's head, then its number in digits or a capitalized number word that counts
    /// nothing after it ("the Air Force 10 years ago", "… Force 40 troops" name no unit).
    fn long_numbered_element(&self, i: usize, end: usize) -> Option<usize> {
        let named = |k: usize| {
            k < end
                && self.is_word(k)
                && first_char_upper(self.tok(k))
                && !self.seg.word(k).is(Role::FunctionWord)
        };
        let head = (i + 2..(i + 4).min(end)).find(|&k| self.seg.word(k).head() == Some(Head::Unit))?;
        let number_at = head + 1;
        if !(i..=head).all(named) || number_at >= end {
            return None;
        }
        let number = self.tok(number_at);
        let in_words = first_char_upper(number) && number_value(number).is_some();
        let next = number_at + 1;
        let counts = next < end
            && self.is_word(next)
            && !first_char_upper(self.tok(next))
            && (self.tok(next).ends_with('s') || self.seg.word(next).is(Role::Force));
        ((is_unit_number(number) || in_words) && !counts).then_some(number_at + 1)
    }

    /// "Headquarters and Headquarters Company", or a bare "Headquarters" that a comma and another
    /// element follow.
    fn headquarters_element(&self, i: usize, end: usize) -> Option<usize> {
        if self.tok(i) != "Headquarters" {
            return None;
        }
        if i + 3 < end && self.tok(i + 1) == "and" && self.tok(i + 2) == "Headquarters" {
            return (self.seg.word(i + 3).head() == Some(Head::Unit)).then_some(i + 4);
        }
        let chained = i + 2 < end && self.tok(i + 1) == "," && self.designated_element(i + 2, end).is_some();
        chained.then_some(i + 1)
    }

    /// "2-211th … Battalion", "1st “Red Horse” Squadron": a designator, capitalized (or quoted)
    /// words, a unit head (or, after a force's possessive, a post's head: "the Coast Guard’s 9th
    /// District").
    fn designated_element(&self, i: usize, end: usize) -> Option<usize> {
        let w = self.tok(i);
        if !(is_designator(w) && (!is_digits(w) || w.contains('-'))) {
            return None;
        }
        let quote = |k: usize| matches!(self.tok(k), "“" | "”" | "\"");
        // "the Coast Guard’s 9th District": a force's numbered post is one of its units.
        let post_of_force = self.owned_by_force(i);
        let mut j = i + 1;
        let mut last_head = None;
        while j < end && (self.is_word(j) && first_char_upper(self.tok(j)) || quote(j)) && j - i < 10 {
            let word = self.seg.word(j);
            if word.head() == Some(Head::Unit) || post_of_force && word.is(Role::PostHead) {
                last_head = Some(j + 1);
            }
            j += 1;
        }
        // "the 4th Battalion KRR": the regiment's initials closing the name belong to it.
        last_head.map(|at| if at + 1 == j && self.regiment_initials(at) { at + 1 } else { at })
    }

    /// Whether the word at `at` is a regiment's initials after a numbered unit: an acronym of two to
    /// four capitals, no known name, that ends the run of capitals.
    fn regiment_initials(&self, at: usize) -> bool {
        let w = self.tok(at);
        is_acronym(w)
            && w.len() <= 4
            && self.seg.word(at).head().is_none()
            && self.seg.word(at - 1).head() == Some(Head::Unit)
            && gazetteer().get(w).is_none()
    }

    /// Whether the word at `i` follows a force's possessive ("the Coast Guard’s …").
    fn owned_by_force(&self, i: usize) -> bool {
        i >= 2
            && self.seg.tokens[i - 1].kind == TokenKind::Possessive
            && self.seg.word(i - 2).head() == Some(Head::Unit)
    }

    /// "the 7th and 8th Lancer Brigades", "the 101st and 82nd Airborne Divisions": numbered units
    /// sharing one name and a plural unit head are units each, named with the head in the singular
    /// (all but the last quoted by their number alone). Returns where the last one ends.
    pub(super) fn coordinated_units(&mut self, sentence_index: usize, i: usize, end: usize) -> Option<usize> {
        let ordinal = |k: usize| k < end && is_designator(self.tok(k)) && !self.taken[k];
        if !ordinal(i) {
            return None;
        }
        let mut numbers = vec![i];
        let mut k = i + 1;
        while k + 1 < end && matches!(self.tok(k), "," | "and") && ordinal(k + 1) {
            numbers.push(k + 1);
            k += 2;
        }
        if numbers.len() < 2 || self.tok(k - 2) != "and" {
            return None;
        }
        let middle = k;
        let (k, singular) = (middle..end.min(middle + 4))
            .take_while(|&j| self.is_cap(j))
            .find_map(|j| Some((j, singular_unit_head(self.tok(j))?)))?;
        let shared = if k > middle { format!("{} ", self.text(middle..k)) } else { String::new() };
        // "… Battalions of the Border Rifles": the parent they belong to.
        let parent = self.parent_after(k + 1, end);
        let tail = parent.clone().map_or(String::new(), |p| format!(" of {}", self.text(p)));
        let last = *numbers.last()?;
        for &number in &numbers {
            let tokens = if number == last {
                number..parent.clone().map_or(k + 1, |p| p.end)
            } else {
                number..number + 1
            };
            let name = format!("{} {shared}{singular}{tail}", self.tok(number));
            let mut unit = self.mention(EntityKind::Unit, tokens, name, sentence_index);
            if let Some(p) = parent.clone() {
                let owner = self.text(p.start + usize::from(self.seg.low(p.start) == "the")..p.end);
                unit.attributes.insert("part_of".into(), owner);
            }
            self.push(unit);
        }
        Some(parent.map_or(k + 1, |p| p.end))
    }

    /// "of the Border Rifles" at `at`: the words after "of" (with "the"), capitalized and
    /// ending in a unit's head, within five words.
    fn parent_after(&self, at: usize, end: usize) -> Option<Range<usize>> {
        if at + 1 >= end || self.seg.low(at) != "of" {
            return None;
        }
        let start = at + 1;
        let first = start + usize::from(self.seg.low(start) == "the");
        let last = (first..end.min(first + 5))
            .take_while(|&j| self.is_cap(j) && !self.taken[j])
            .filter(|&j| self.seg.word(j).head() == Some(Head::Unit))
            .last()?;
        Some(start..last + 1)
    }

    /// A unit designation chain, elements joined by commas, as one unit.
    pub(super) fn unit_chain(&mut self, sentence_index: usize, i: usize, end: usize) -> Option<usize> {
        let first_end = self.unit_element(i, end)?;
        let mut chain_end = first_end;
        let mut elements = 1;
        // "Strike Squadron 41 Detachment 3": a part of the element before it, which is its parent.
        let part_end = self.numbered_part(i..first_end, end);
        if let Some(part_end) = part_end {
            chain_end = part_end;
            elements += 1;
        }
        // "Coastal Patrol Squadron 7, Coastal Patrol Squadron 12": an echelon the chain has named
        // already opens a list, not a parent.
        let mut heads: Vec<&str> = (i..chain_end)
            .filter(|&k| self.seg.word(k).head() == Some(Head::Unit))
            .map(|k| self.seg.low(k))
            .collect();
        while chain_end + 1 < end && self.tok(chain_end) == "," {
            let Some(next) = self.unit_element(chain_end + 1, end) else { break };
            let head = self.element_head(chain_end + 1..next);
            if head.is_some_and(|h| heads.contains(&h)) {
                break;
            }
            heads.extend(head);
            chain_end = next;
            elements += 1;
        }
        let name = self.text(i..chain_end);
        let mut unit = self.mention(EntityKind::Unit, i..chain_end, name, sentence_index);
        if part_end.is_some() {
            unit.attributes.insert("part_of".into(), self.text(i..first_end));
        } else if elements > 1 {
            // "Company A, 1st Battalion, 194th Armor" is part of "1st Battalion, 194th Armor".
            unit.attributes.insert("part_of".into(), self.text(first_end + 1..chain_end));
        }
        if elements == 1 {
            // A single element may still continue as a longer name: leave it to the chunker.
            // "A Company" alone may be "a company": a letter before a head opens a chain only.
            if chain_end < end && self.is_cap(chain_end) || is_letter(self.tok(i)) {
                return None;
            }
        }
        self.attach_possessive_owner(&mut unit, i);
        self.push(unit);
        Some(chain_end)
    }

    /// "The Norland Defence Force comprises the Norland Army, Air Force and National Service": the
    /// bodies a force is said to be made of are its units, part of it.
    pub(super) fn branches_of_forces(&mut self) {
        let seg = self.seg;
        let made_of = |k: usize| match seg.low(k) {
            "comprises" | "comprising" | "comprise" => true,
            "consists" | "composed" => k + 1 < seg.tokens.len() && seg.low(k + 1) == "of",
            "made" => k + 2 < seg.tokens.len() && seg.low(k + 1) == "up" && seg.low(k + 2) == "of",
            _ => false,
        };
        let forces: Vec<(usize, usize, String)> = (self.mentions.iter())
            .filter(|m| m.kind == EntityKind::Unit && m.tokens.end < seg.tokens.len())
            .filter(|m| made_of(m.tokens.end) || seg.low(m.tokens.end) == "is" && made_of(m.tokens.end + 1))
            .map(|m| (m.sentence, m.tokens.end, m.name.clone()))
            .collect();
        for (sentence, after, force) in forces {
            let branches = self.mentions.iter_mut().filter(|m| {
                m.sentence == sentence && m.tokens.start > after && m.kind == EntityKind::Organization
            });
            for branch in branches {
                branch.kind = EntityKind::Unit;
                branch.attributes.insert("part_of".into(), force.clone());
            }
        }
    }

    /// "Strike Squadron 41 Detachment 3": a numbered element (`parent`) and, right after it with no
    /// comma, a lettered or numbered element, its part. Where the part ends.
    fn numbered_part(&self, parent: Range<usize>, end: usize) -> Option<usize> {
        let at = parent.end;
        if at >= end || self.tok(at) == "," || !self.numbered(parent) {
            return None;
        }
        self.lettered_element(at, end).filter(|&part_end| self.numbered(at..part_end))
    }

    /// The last unit head word of an element, in lowercase ("squadron").
    fn element_head(&self, element: Range<usize>) -> Option<&str> {
        element.rev().find(|&k| self.seg.word(k).head() == Some(Head::Unit)).map(|k| self.seg.low(k))
    }

    /// Whether an element ends in its number ("Squadron 23", "Detachment 9").
    fn numbered(&self, element: Range<usize>) -> bool {
        element.end > element.start && is_unit_number(self.tok(element.end - 1))
    }

    /// "Ohio Air National Guard’s 174th …": records the owner before a possessive as affiliation.
    pub(super) fn attach_possessive_owner(&self, mention: &mut Mention, start: usize) {
        if start >= 2 && self.seg.tokens[start - 1].kind == TokenKind::Possessive {
            if let Some(owner) = self.mentions.iter().rev().find(|other| other.tokens.end == start - 1) {
                if owner.kind != EntityKind::Place {
                    mention.attributes.entry("affiliation".into()).or_insert_with(|| owner.name.clone());
                } else if let Some(country) = owner.attributes.get("country").cloned() {
                    mention.attributes.entry("state".into()).or_insert_with(|| owner.name.clone());
                    mention.attributes.entry("country".into()).or_insert(country);
                } else {
                    mention.attributes.entry("country".into()).or_insert_with(|| owner.name.clone());
                }
            }
        }
    }

    /// An organization head inside a longer organization name marks its owner; an owner that opens
    /// with an organization the gazetteer knows is that organization ("United Nations Organisation
    /// Observer Mission": the United Nations).
    pub(super) fn nested_owner(&self, range: Range<usize>, head_at: usize) -> Option<Range<usize>> {
        let first_head =
            (range.start + 1..head_at).find(|&k| self.seg.word(k).head() == Some(Head::Organization))?;
        let owner = (first_head + 1 < head_at && self.seg.word(head_at).head() == Some(Head::Organization))
            .then_some(range.start..first_head + 1)?;
        let known = (range.start + 1..owner.end).rev().find(|&end| {
            gazetteer()
                .get(self.seg.slice(range.start..end))
                .is_some_and(|e| e.kind == GazetteerKind::Organization)
        });
        Some(known.map_or(owner, |end| range.start..end))
    }
}

/// The singular of a plural unit head ("Brigades", "Companies"), when the lexicon knows it as one.
fn singular_unit_head(word: &str) -> Option<String> {
    let singular = match word.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => word.strip_suffix('s')?.to_string(),
    };
    (lookup(&singular).head() == Some(Head::Unit)).then_some(singular)
}

/// A unit's number: digits, with hyphens between ("39", "2-310"), not a year.
fn is_unit_number(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit())
        && text.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && !(text.len() == 4 && is_digits(text))
}

#[cfg(test)]
mod tests {
    use super::super::super::text::segment;
    use super::super::find_mentions;
    use super::super::tests::{found, kinds_and_names, names_of};
    use crate::model::EntityKind;

    #[test]
    fn a_countrys_lowercase_ministry_is_a_name_and_its_parliament_is_not() {
        let f = found("Peru's parliament approved the mission, and Peru's foreign ministry welcomed it.");
        let names = kinds_and_names(&f);
        assert!(names.contains(&(EntityKind::Organization, "Peru's foreign ministry")), "{f:?}");
        assert!(!names.iter().any(|(_, n)| n.contains("parliament")), "{f:?}");
    }

    #[test]
    fn a_forces_numbered_part_is_one_unit() {
        let f = found(
            "Boats of Coastal Task Force 41 and Norland Coast Guard District 7 sailed. Later the Sapper \
             Unit Rotation 3 came home, said the commander of the Coast Guard’s 9th District. The city’s \
             5th District voted.",
        );
        let names = kinds_and_names(&f);
        for unit in [
            "Coastal Task Force 41",
            "Norland Coast Guard District 7",
            "Sapper Unit Rotation 3",
            "9th District",
        ] {
            assert!(names.contains(&(EntityKind::Unit, unit)), "{unit}: {f:?}");
        }
        assert!(!names.contains(&(EntityKind::Unit, "5th District")), "{f:?}");
    }

    #[test]
    fn a_number_after_a_long_units_name_designates_it_unless_it_counts() {
        let f = found(
            "Crews of Harbor Patrol Wing 12 flew. They joined Coastal Strike Squadron One at Eastbrook. \
             It has served the Royal Norland Force 10 years.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Unit, "Harbor Patrol Wing 12"),
                (EntityKind::Unit, "Coastal Strike Squadron One"),
                (EntityKind::Place, "Eastbrook"),
                (EntityKind::Unit, "Royal Norland Force")
            ]
        );
    }

    #[test]
    fn numbered_units_sharing_a_plural_head_are_units_each() {
        let f = found(
            "Commanders of the 7th and 8th Lancer Brigades came. The 4th, 5th and 6th Companies trained. \
             He met the 1st and 3rd Battalions of the Border Rifles.",
        );
        let units = names_of(&f, EntityKind::Unit);
        assert_eq!(
            units,
            [
                "7th Lancer Brigade",
                "8th Lancer Brigade",
                "4th Company",
                "5th Company",
                "6th Company",
                "1st Battalion of the Border Rifles",
                "3rd Battalion of the Border Rifles"
            ],
            "{f:?}"
        );
    }

    #[test]
    fn units_of_one_echelon_after_commas_are_a_list_and_a_numbered_part_joins_its_parent() {
        let f = found(
            "Taking part are Harbor Strike Squadron 41 Detachment 3, Coastal Patrol Squadron 7, Coastal \
             Patrol Squadron 12 and Troop C, 2nd Battalion, 140th Rifles.",
        );
        let units = names_of(&f, EntityKind::Unit);
        assert_eq!(
            units,
            [
                "Harbor Strike Squadron 41 Detachment 3",
                "Coastal Patrol Squadron 7",
                "Coastal Patrol Squadron 12",
                "Troop C, 2nd Battalion, 140th Rifles"
            ],
            "{f:?}"
        );
    }

    #[test]
    fn a_numbered_part_is_part_of_the_element_before_it() {
        let seg = segment("Crews of Harbor Strike Squadron 41 Detachment 3 flew.");
        let mentions = find_mentions(&seg, &vec![false; seg.tokens.len()], None);
        let part =
            mentions.iter().find(|m| m.name == "Harbor Strike Squadron 41 Detachment 3").expect("found");
        assert_eq!(part.attributes.get("part_of").map(String::as_str), Some("Harbor Strike Squadron 41"));
    }

    #[test]
    fn a_countrys_force_named_by_its_head_alone_is_one_unit() {
        let f = found("The drill was hosted by Norway’s Navy. Norway's Home Guard Command sent boats.");
        let units = names_of(&f, EntityKind::Unit);
        assert!(units.contains(&"Norway’s Navy"), "{f:?}");
        assert!(!units.iter().any(|u| u.starts_with("Norway's")), "{f:?}");
    }

    #[test]
    fn a_known_place_after_and_opens_another_forces_name() {
        let f = found("Vessels came from the Harbor Cutter Kestrel and U.S. Army units.");
        assert!(names_of(&f, EntityKind::Unit).contains(&"U.S. Army"), "{f:?}");
    }

    #[test]
    fn the_bodies_a_force_is_made_of_are_its_units() {
        let seg = segment(
            "The Norland Defence Force comprises the Norland Army, Norland Air Force and Norland \
             Youth Service (NYS). The Norland Police Service stayed out.",
        );
        let mentions = find_mentions(&seg, &vec![false; seg.tokens.len()], None);
        let service = mentions.iter().find(|m| m.name == "Norland Youth Service").expect("found");
        assert_eq!(service.kind, EntityKind::Unit, "{mentions:?}");
        assert_eq!(service.attributes.get("part_of").map(String::as_str), Some("Norland Defence Force"));
        let police = mentions.iter().find(|m| m.name == "Norland Police Service").expect("found");
        assert_eq!(police.kind, EntityKind::Organization, "{mentions:?}");
    }

    #[test]
    fn a_regiments_initials_closing_a_numbered_units_name_belong_to_it() {
        let f = found("He led the 4th Battalion KRR in 2001. The 1st Battalion NATO troops trained.");
        let units = names_of(&f, EntityKind::Unit);
        assert!(units.contains(&"4th Battalion KRR"), "{f:?}");
        assert!(!units.iter().any(|u| u.contains("NATO")), "{f:?}");
    }
}
