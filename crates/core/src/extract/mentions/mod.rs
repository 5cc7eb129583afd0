//! Finding named units, officials, organizations and places in a segmented article.
//!
//! First-pass rules, tried at each capitalized word in this order: titled people ("Iowa
//! Governor Ann Whitaker", in `people`), a country's ministry ("Peru's foreign ministry") and
//! unit designation chains ("Detachment 3, Company F (Medevac), 4-127th …", in `units`), then
//! capitalized name chunks (`names`): a company by its legal form ("… AS", "AB …", in
//! `companies`), a person introduced by an apposition ("Lena Varga, the president of
//! Ruritania"), the gazetteer, a head word ("… Battalion", "… Ministry", "Camp …"), acronyms and
//! context ("in Ames", "the city of …"). Unknown names that the article gives as a speaker
//! ("said Lee.") are people's (`speakers`), and so are unknown full names ending in the surname
//! of a titled person of the article ("the swearing in of Ann B. Lee" after "Mr. Lee", in
//! `people`). Named vessels, by a prefix, a kind or a hull symbol, are taken first and name no
//! entity (`vessels`). A second pass (`repeats`) places unknown
//! names listed with a known place and finds later mentions of the names found (surnames,
//! acronyms, short forms), also in headlines; acronyms left over are organizations unless what
//! surrounds them says they name no body (`codes`: a currency, a compass point, an honour, a kind
//! of equipment). The rules share one `Finder` (`finder`) and the word shapes of `shapes`.

mod codes;
mod companies;
mod finder;
mod names;
mod people;
mod repeats;
mod shapes;
mod speakers;
mod units;
mod vessels;
mod world_places;

use std::ops::Range;

use super::lexicon::{gazetteer, GazetteerKind, Role};
use super::text::{Segmented, TokenKind};
use crate::model::EntityKind;
use finder::{Finder, Surnames};
use shapes::{first_char_upper, is_designator};

pub(crate) use finder::Mention;

/// Finds every entity mention of an article. `blocked` marks tokens that are dates.
pub(crate) fn find_mentions(seg: &Segmented<'_>, blocked: &[bool], outlet: Option<&str>) -> Vec<Mention> {
    let mut finder = Finder {
        seg,
        taken: blocked.to_vec(),
        mentions: Vec::new(),
        unclassified: Vec::new(),
        acronyms: Vec::new(),
        capital: (0..seg.tokens.len())
            .map(|i| {
                seg.tokens[i].kind == TokenKind::Word
                    && first_char_upper(seg.tok(i))
                    && !seg.word(i).is(Role::DateName)
            })
            .collect(),
        outlet,
        surnames: Surnames::default(),
    };
    finder.take_vessel_names();
    let first_body = seg.sentences.iter().position(|s| !s.headline && !s.boilerplate);
    for (index, sentence) in seg.sentences.iter().enumerate() {
        let opens_paragraph = index == 0 || seg.sentences[index - 1].paragraph != sentence.paragraph;
        if opens_paragraph && !sentence.boilerplate {
            finder.dateline(index, sentence.tokens.clone(), first_body == Some(index));
        }
        if sentence.boilerplate {
            continue;
        }
        if sentence.headline && in_sentence_case(seg, sentence.tokens.clone()) {
            finder.headline_people_and_places(index, sentence.tokens.clone());
        } else if sentence.headline {
            finder.unit_chains_only(index, sentence.tokens.clone());
        } else {
            finder.sentence(index, sentence.tokens.clone());
        }
    }
    finder.resolve_unclassified();
    finder.branches_of_forces();
    finder.people_named_as_speakers();
    finder.people_by_known_surname();
    finder.repeat_known_names();
    finder.repeat_unit_heads();
    finder.remaining_acronyms();
    finder.organizations_in_lists();
    finder.places_of_the_world();
    finder.mentions.retain(|m| !names_a_kind(seg, m.tokens.clone()) && !describes_a_country(seg, m));
    finder.mentions.sort_by_key(|m| (m.tokens.start, m.tokens.end));
    people_are_not_places(seg, &mut finder.mentions);
    place_places_in_countries(seg, &mut finder.mentions);
    finder.mentions
}

/// "… officials close to Ann Lee said": a name that a preposition of place made a place, but that
/// the article gives a titled person elsewhere ("Minister Ann Lee"), and that no gazetteer knows,
/// is that person; not after "the" ("at the Lee House"), which names no person.
fn people_are_not_places(seg: &Segmented<'_>, mentions: &mut [Mention]) {
    let people: rustc_hash::FxHashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Official && m.attributes.contains_key("title"))
        .map(|m| m.name.to_lowercase())
        .collect();
    for mention in mentions.iter_mut() {
        let after_the = mention.tokens.start > 0 && seg.low(mention.tokens.start - 1) == "the";
        let person = mention.kind == EntityKind::Place
            && !after_the
            && people.contains(&mention.name.to_lowercase())
            && gazetteer().get(&mention.name).is_none();
        if person {
            mention.kind = EntityKind::Official;
            mention.attributes.clear();
        }
    }
}

/// "Norland coast guard to hold drills with Kelmo": a headline written in sentence case, with
/// lowercase words other than function words, whose capitals mark names as a sentence's do.
fn in_sentence_case(seg: &Segmented<'_>, tokens: Range<usize>) -> bool {
    let lower = |i: usize| {
        seg.tokens[i].kind == TokenKind::Word
            && seg.tok(i).starts_with(|c: char| c.is_lowercase())
            && !seg.word(i).is(Role::FunctionWord)
    };
    tokens.filter(|&i| lower(i)).count() >= 2
}

/// "the city of Tartu, in Estonia", "Sioux Falls, South Dakota": a place followed by a comma (and
/// "in") and a known country or state lies in it.
fn place_places_in_countries(seg: &Segmented<'_>, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let (place, region) = (&mut before[k - 1], &after[0]);
        let Some(before_region) = region.tokens.start.checked_sub(1) else { continue };
        let comma_at =
            if seg.low(before_region) == "in" { before_region.saturating_sub(1) } else { before_region };
        if place.kind != EntityKind::Place || place.tokens.end != comma_at || seg.tok(comma_at) != "," {
            continue;
        }
        let Some(entry) = gazetteer().get(&region.name) else { continue };
        let (key, country) = match entry.kind {
            GazetteerKind::Country => ("country", None),
            GazetteerKind::State => ("state", entry.country),
            _ => continue,
        };
        place.attributes.entry(key.into()).or_insert_with(|| entry.canonical.to_string());
        if let Some(country) = country {
            place.attributes.entry("country".into()).or_insert_with(|| country.to_string());
        }
    }
}

/// A name written in capitals, in title case: "CAMP HILL" → "Camp Hill", "ST. PAUL" → "St. Paul".
fn title_case(text: &str) -> String {
    let word = |w: &str| {
        let mut chars = w.chars();
        chars.next().map_or_else(String::new, |first| first.to_string() + &chars.as_str().to_lowercase())
    };
    text.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// Whether a name stands between a quantifier and a lowercase noun, naming a kind of thing rather
/// than one ("several National Guard units", "several Army units").
fn names_a_kind(seg: &Segmented<'_>, tokens: Range<usize>) -> bool {
    tokens.start > 0
        && tokens.end < seg.tokens.len()
        && seg.word(tokens.start - 1).is(Role::Quantifier)
        && seg.tokens[tokens.end].kind == TokenKind::Word
        && seg.tok(tokens.end).starts_with(char::is_lowercase)
}

/// Whether a place that is no country stands right before a lowercase word for a country, so
/// describing that country rather than naming a place of its own ("the Caribbean nation", "the
/// North Atlantic nation", "south Pacific countries").
fn describes_a_country(seg: &Segmented<'_>, mention: &Mention) -> bool {
    let end = mention.tokens.end;
    mention.kind == EntityKind::Place
        && end < seg.tokens.len()
        && matches!(seg.tok(end), "nation" | "nations" | "country" | "countries")
        && gazetteer().get(&mention.name).is_none_or(|entry| entry.kind != GazetteerKind::Country)
}

impl Finder<'_, '_> {
    /// Runs every first-pass rule over one sentence.
    fn sentence(&mut self, sentence_index: usize, range: Range<usize>) {
        let mut i = range.start;
        while i < range.end {
            i = match self.first_pass_at(sentence_index, i, range.clone()) {
                Some(next) => next,
                None => i + 1,
            };
        }
    }

    /// A dateline opening a paragraph, "CAMP HILL, Pa. (WXYZ) —": the town in capitals is a place,
    /// and the state after the comma names no organization ("PA", "W.Va."). Opening the article's
    /// first sentence (`first`), the town alone before a dash is one too ("PORT ELLIS — …").
    fn dateline(&mut self, sentence_index: usize, range: Range<usize>, first: bool) {
        let capitals = |k: usize| {
            let w = self.tok(k);
            self.is_word(k)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        };
        let town_end = (range.start..range.end).find(|&k| !capitals(k)).unwrap_or(range.end);
        let dash = |k: usize| matches!(self.tok(k), "—" | "–" | "-" | "--");
        if first && town_end > range.start && town_end + 1 < range.end && dash(town_end) {
            if !(range.start..town_end).any(|k| self.taken[k]) {
                let name = title_case(&self.text(range.start..town_end));
                let town = self.mention(EntityKind::Place, range.start..town_end, name, sentence_index);
                self.push(town);
            }
            return;
        }
        if town_end == range.start || town_end + 2 >= range.end || self.tok(town_end) != "," {
            return;
        }
        let state = town_end + 1;
        let after_state = state + 1;
        let state_like =
            self.is_word(state) && first_char_upper(self.tok(state)) && self.tok(state).len() <= 14;
        let closes = matches!(self.tok(after_state), "(" | "—" | "–" | "-" | "," | ":");
        if !(state_like && closes) || (range.start..town_end).any(|k| self.taken[k]) {
            return;
        }
        let name = title_case(&self.text(range.start..town_end));
        let town = self.mention(EntityKind::Place, range.start..town_end, name, sentence_index);
        self.push(town);
        if gazetteer().get(self.tok(state)).is_none() {
            self.taken[state] = true;
        }
    }

    /// A headline in sentence case names people as a sentence does, and places the gazetteer
    /// knows, and bodies named in full (three words or more); a shorter body's name is often a
    /// short form of the name the text gives ("Norland Guard"), and an unknown capitalized word a
    /// headline's styling: those are left to the repeats of the text's names.
    fn headline_people_and_places(&mut self, sentence_index: usize, range: Range<usize>) {
        let counts = (self.mentions.len(), self.unclassified.len(), self.acronyms.len());
        self.sentence(sentence_index, range);
        let known_place = |m: &Mention| m.kind == EntityKind::Place && gazetteer().get(&m.name).is_some();
        let full_body = |m: &Mention| {
            matches!(m.kind, EntityKind::Unit | EntityKind::Organization) && m.name.split(' ').count() >= 3
        };
        self.keep_found_since(counts, |m| m.kind == EntityKind::Official || known_place(m) || full_body(m));
    }

    /// In a headline or a list line, where capitals say little, only unit designation chains,
    /// whose shape is their own ("- Company D, 2nd Combined Arms Battalion, 198th Armor – …").
    fn unit_chains_only(&mut self, sentence_index: usize, range: Range<usize>) {
        let mut i = range.start;
        while i < range.end {
            let free = !self.taken[i] && self.is_word(i);
            i = match free.then(|| self.unit_chain(sentence_index, i, range.end)).flatten() {
                Some(next) => self.home_after_dash(sentence_index, next, range.end),
                None => i + 1,
            };
        }
    }

    /// "- Company A, 1st Battalion, 194th Armor – Sauk Centre": the capitalized words after a dash
    /// that end a unit's list line name its home town, a place. Returns where to go on.
    fn home_after_dash(&mut self, sentence_index: usize, at: usize, end: usize) -> usize {
        if at + 1 >= end || !matches!(self.tok(at), "–" | "—" | "-") {
            return at;
        }
        let words_to_end = (at + 1..end).all(|k| !self.taken[k] && (self.is_cap(k) || self.tok(k) == "."));
        if !words_to_end || end - at > 5 {
            return at;
        }
        let town = self.mention(EntityKind::Place, at + 1..end, self.text(at + 1..end), sentence_index);
        self.push(town);
        end
    }

    /// The first rule that finds a mention at token `i` of sentence `s`: where to go on.
    fn first_pass_at(&mut self, sentence_index: usize, i: usize, range: Range<usize>) -> Option<usize> {
        if self.taken[i] || !self.is_word(i) {
            return None;
        }
        // Names start with a capital or a designator ("174th"), titles also with "then-".
        let w = self.tok(i);
        if !(first_char_upper(w) || is_designator(w) || w.starts_with("then-") || w.starts_with("ex-")) {
            return None;
        }
        if self.counts_people(i, range.end) {
            return Some(i + 1);
        }
        // "The Minister of Defence, Ann Lee, said": an opening "The" before a title is read from
        // the title, as inside a sentence.
        if self.seg.low(i) == "the" && i + 1 < range.end && self.title_phrase(i + 1, range.end).is_some() {
            return Some(i + 1);
        }
        if let Some(next) = self.clock_time(i, range.end) {
            return Some(next);
        }
        if let Some(next) = self.based_in(sentence_index, i) {
            return Some(next);
        }
        if let Some(next) = self.plural_titled_people(sentence_index, i, range.end) {
            return Some(next);
        }
        if let Some(next) = self.titled_person(sentence_index, i, range.end) {
            return Some(next);
        }
        if let Some(next) = self.person_after_position(sentence_index, i, range.end) {
            return Some(next);
        }
        if let Some(next) = self.possessive_organization(sentence_index, i, range.end) {
            return Some(next);
        }
        // "The 7th and 8th Lancer Brigades": read past an opening "The".
        let numbered_at = i + usize::from(self.seg.low(i) == "the");
        if let Some(next) = self.coordinated_units(sentence_index, numbered_at, range.end) {
            return Some(next);
        }
        if let Some(next) = self.unit_chain(sentence_index, i, range.end) {
            return Some(next);
        }
        if self.is_cap(i) || (is_designator(self.tok(i)) && i + 1 < range.end && self.is_cap(i + 1)) {
            return Some(self.chunk(sentence_index, i, range));
        }
        None
    }

    /// "at 9 AM", "by 10:30 PM": a number and the half of the day after it tell a time of day, no
    /// name. Returns where to go on (past the half of the day).
    fn clock_time(&self, i: usize, end: usize) -> Option<usize> {
        let half = |k: usize| k < end && matches!(self.tok(k), "AM" | "PM" | "Am" | "Pm" | "A.M." | "P.M.");
        let number = |k: usize| self.tok(k).bytes().last().is_some_and(|b| b.is_ascii_digit());
        if number(i) && half(i + 1) {
            Some(i + 2)
        } else if i > 0 && number(i - 1) && half(i) {
            Some(i + 1)
        } else {
            None
        }
    }

    /// "the 700 Rangers", "300 Marines": a cardinal number before a plural word for people who serve
    /// counts them; it designates no unit ("45 Commando", "7 Rifles" do).
    fn counts_people(&self, i: usize, end: usize) -> bool {
        let w = self.tok(i);
        i + 1 < end
            && w.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && self.seg.word(i + 1).is(Role::ServicePeople)
            && self.seg.low(i + 1).ends_with('s')
    }
}

impl Finder<'_, '_> {
    /// "the Harbor-based Battery K", "Lakeview-based FSC": the name before "-based" is a place,
    /// the home of what follows. Returns where to go on.
    fn based_in(&mut self, sentence_index: usize, i: usize) -> Option<usize> {
        let place = self.tok(i).strip_suffix("-based")?;
        let name_like = first_char_upper(place)
            && place.chars().any(char::is_lowercase)
            && place.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.'));
        if !name_like {
            return None;
        }
        let home = self.mention(EntityKind::Place, i..i + 1, place.to_string(), sentence_index);
        self.push(home);
        Some(i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::segment;
    use super::*;

    pub(super) fn found(text: &str) -> Vec<(EntityKind, String, String)> {
        let seg = segment(text);
        let blocked = vec![false; seg.tokens.len()];
        find_mentions(&seg, &blocked, None)
            .into_iter()
            .map(|m| (m.kind, m.name, seg.slice(m.tokens).to_string()))
            .collect()
    }

    /// The names of the mentions of `kind` among those `found` gives, in text order.
    pub(super) fn names_of(found: &[(EntityKind, String, String)], kind: EntityKind) -> Vec<&str> {
        found.iter().filter(|(k, _, _)| *k == kind).map(|(_, n, _)| n.as_str()).collect()
    }

    /// The (kind, name) of each mention `found` gives.
    pub(super) fn kinds_and_names(found: &[(EntityKind, String, String)]) -> Vec<(EntityKind, &str)> {
        found.iter().map(|(k, n, _)| (*k, n.as_str())).collect()
    }

    #[test]
    fn a_headline_in_sentence_case_names_people_known_places_and_bodies_in_full() {
        let f = found(
            "Defence chief Gen Ivo Dahl visits troops of Kelmo Highland Rifle Brigade and Kelmo Guard \
             in Norway\n\nIt was a fine day for the troops.",
        );
        assert_eq!(
            kinds_and_names(&f),
            [
                (EntityKind::Official, "Ivo Dahl"),
                (EntityKind::Unit, "Kelmo Highland Rifle Brigade"),
                (EntityKind::Place, "Norway"),
            ]
        );
        // In title case, capitals say little: only designation chains.
        let f = found("Kelmo Navy Chief Ivo Dahl Visits Norway\n\nIt was a fine day for the troops.");
        assert!(names_of(&f, EntityKind::Official).is_empty(), "{f:?}");
    }

    #[test]
    fn a_text_opening_with_a_possessive_name_reads_without_overflow() {
        for text in ["Norway's parliament on Friday approved the mission.", "Norway's Parliament met."] {
            let f = found(text);
            assert!(!f.is_empty(), "{text}: {f:?}");
        }
    }

    #[test]
    fn compressed_rank_abbreviations_are_titles_and_a_bare_title_names_nothing() {
        let f = found(
            "BRIG Ann Berg will succeed MAJGEN Tom Rask, and CMDRE Jo Lund will be promoted to Rear Admiral.",
        );
        assert_eq!(names_of(&f, EntityKind::Official), ["Ann Berg", "Tom Rask", "Jo Lund"], "{f:?}");
        assert!(names_of(&f, EntityKind::Place).is_empty(), "{f:?}");
    }

    #[test]
    fn a_lowercase_rank_with_its_modifier_titles_a_name_opened_by_initials() {
        let f = found("He came with the vice chief of Air Staff, air marshal KB Lerwick.");
        assert_eq!(names_of(&f, EntityKind::Official), ["KB Lerwick"], "{f:?}");
    }

    #[test]
    fn initials_without_dots_open_or_split_a_titled_name() {
        let f = found("Vice Admiral R Kelmo Lerwick came. Rear Admiral Bo G Lerwick spoke.");
        assert_eq!(names_of(&f, EntityKind::Official), ["R Kelmo Lerwick", "Bo G Lerwick"], "{f:?}");
    }

    #[test]
    fn a_capitalized_title_with_its_portfolio_beside_a_name_makes_a_person() {
        let f = found(
            "Ann Lerwick, Minister with Responsibility for Ports, welcomed the troops. The Chief of the \
             General Staff of the Norland Army, Bo Kelmo, came.",
        );
        assert_eq!(names_of(&f, EntityKind::Official), ["Ann Lerwick", "Bo Kelmo"], "{f:?}");
    }

    #[test]
    fn a_lone_initial_a_a_lowercase_warlord_and_a_prefixed_dockyard() {
        let f = found(
            "The flights are led by Group Captain A Lerwick. Ashby is held by warlord Bo Kelmo. A flag was \
             raised at the RSS Dockyard.",
        );
        assert_eq!(names_of(&f, EntityKind::Official), ["A Lerwick", "Bo Kelmo"], "{f:?}");
        assert!(names_of(&f, EntityKind::Place).contains(&"RSS Dockyard"), "{f:?}");
    }

    #[test]
    fn a_full_name_ending_in_a_titled_persons_surname_is_that_person() {
        let f = found("The swearing in of Ann B. Lerwick was brief. Mr. Lerwick thanked the crews.");
        assert_eq!(names_of(&f, EntityKind::Official), ["Ann B. Lerwick", "Lerwick"], "{f:?}");
    }

    #[test]
    fn a_number_before_a_service_counts_its_people_and_a_title_before_a_force_is_no_part_of_it() {
        let f = found(
            "A contingent of 44 Navy members left. The Commander Air Force spoke to the 4 Kelmo Battalion.",
        );
        // The service alone, with other units named, is the word, no unit.
        assert_eq!(names_of(&f, EntityKind::Unit), ["Air Force", "4 Kelmo Battalion"], "{f:?}");
    }

    #[test]
    fn force_before_a_title_after_an_acronym_or_a_deputys_word_is_part_of_the_title() {
        let f = found(
            "He met the KFM Force Commander, Gen. Ann Lee, and the Deputy Force Commander. The Norland Air \
             Force Chief spoke.",
        );
        assert_eq!(names_of(&f, EntityKind::Unit), ["Norland Air Force"], "{f:?}");
    }

    #[test]
    fn a_regnal_number_stays_in_a_name_and_a_title_after_a_vessels_name_opens_a_person() {
        let f = found(
            "They came at the invitation of King Ann XVI Lerwick. Commanding officer RSS Kelmo Commodore \
             B Tarn saw them off. The ship FS Commandant Ashby sailed.",
        );
        assert_eq!(names_of(&f, EntityKind::Official), ["Ann XVI Lerwick", "B Tarn"], "{f:?}");
    }

    #[test]
    fn a_legislature_named_alone_and_a_hall_are_found() {
        let f = found("The minister won Sejm approval. The send-off is at the Kelmo Auditorium.");
        assert_eq!(names_of(&f, EntityKind::Organization), ["Sejm"], "{f:?}");
        assert_eq!(names_of(&f, EntityKind::Place), ["Kelmo Auditorium"], "{f:?}");
    }

    #[test]
    fn a_person_after_a_preposition_of_place_is_the_person_named_before() {
        let f = found("Minister Ann Lerwick flew home. Officials close to Ann Lerwick said so.");
        assert!(!kinds_and_names(&f).contains(&(EntityKind::Place, "Ann Lerwick")), "{f:?}");
        assert!(kinds_and_names(&f).contains(&(EntityKind::Official, "Ann Lerwick")), "{f:?}");
    }

    #[test]
    fn a_world_place_opened_by_a_function_word_keeps_it() {
        let f = found("Rain fell in Queensland and New South Wales states.");
        assert!(kinds_and_names(&f).contains(&(EntityKind::Place, "New South Wales")), "{f:?}");
    }

    #[test]
    fn a_known_place_opened_by_a_function_word_keeps_it() {
        let f = found(
            "Envoys came from New Zealand on Monday. New Zealand and Norwegian Defence personnel \
             stayed.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(names, [(EntityKind::Place, "New Zealand"), (EntityKind::Place, "New Zealand")], "{f:?}");
    }

    #[test]
    fn a_name_before_area_or_canton_is_a_place() {
        let f = found(
            "Troops patrolled the Marrow Ridge area and the Tolvo canton, and boats waited in the \
             Ashby sea area.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [(EntityKind::Place, "Marrow Ridge"), (EntityKind::Place, "Tolvo"), (EntityKind::Place, "Ashby")],
            "{f:?}"
        );
    }

    #[test]
    fn a_name_after_a_locative_and_a_lowercase_direction_is_a_place() {
        let f = found(
            "Fires burned in northern Tolvia and in the western Marrowland, and envoys came from the \
             southeastern Ashlandic nation.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(names, [(EntityKind::Place, "Tolvia"), (EntityKind::Place, "Marrowland")], "{f:?}");
    }

    #[test]
    fn councillors_aldermen_and_archbishops_are_titled() {
        let f = found("Councillor Ann Lee and Alderman Tom Ray met Archbishop Ivo on Monday.");
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Official, "Ann Lee"),
                (EntityKind::Official, "Tom Ray"),
                (EntityKind::Official, "Ivo")
            ],
            "{f:?}"
        );
    }

    #[test]
    fn a_known_name_holding_a_lowercase_word_is_one_place() {
        let f = found("Envoys came from Norland, Bosnia and Herzegovina and Ruritania.");
        let names: Vec<&str> = f.iter().map(|m| m.1.as_str()).collect();
        assert!(names.contains(&"Bosnia and Herzegovina"), "{f:?}");
        assert!(!names.contains(&"Herzegovina"), "{f:?}");
    }

    #[test]
    fn a_tribunal_named_after_a_force_is_an_organization() {
        let f = found("The case went to the Harbor Force Tribunal (HFT) in May.");
        assert_eq!(f[0].0, EntityKind::Organization, "{f:?}");
        assert_eq!(f[0].1, "Harbor Force Tribunal");
    }

    #[test]
    fn designation_chains_are_one_unit_each() {
        let quotes: Vec<String> = found(
            "Soldiers of Detachment 3, Charlie Company, 2nd Battalion, 149th Aviation Regiment left. \
             Soldiers of Headquarters and Headquarters Company, 3rd Infantry Brigade Combat Team, 28th Infantry Division left. \
             Soldiers of Headquarters, 2nd “Black Hawk” Squadron, 104th Cavalry Regiment left. \
             Soldiers of Company D, 2nd Combined Arms Battalion, 198th Armor left. \
             Soldiers of Task Force 2-135 left.",
        )
        .into_iter()
        .map(|(_, _, quote)| quote)
        .collect();
        assert_eq!(
            quotes,
            [
                "Detachment 3, Charlie Company, 2nd Battalion, 149th Aviation Regiment",
                "Headquarters and Headquarters Company, 3rd Infantry Brigade Combat Team, 28th Infantry Division",
                "Headquarters, 2nd “Black Hawk” Squadron, 104th Cavalry Regiment",
                "Company D, 2nd Combined Arms Battalion, 198th Armor",
                "Task Force 2-135"
            ]
        );
        let seg = segment(
            "Soldiers of Detachment 3, Charlie Company, 2nd Battalion, 149th Aviation Regiment left.",
        );
        let chain = &find_mentions(&seg, &vec![false; seg.tokens.len()], None)[0];
        assert_eq!(chain.attributes["part_of"], "Charlie Company, 2nd Battalion, 149th Aviation Regiment");
    }

    #[test]
    fn a_dateline_names_a_town_and_no_organization() {
        let found = found("CAMP HILL, PA (WXYZ) — Soldiers left the armory.\n\nLAKE CITY, Fla. — More left.");
        let places: Vec<&str> = found
            .iter()
            .filter(|(kind, _, _)| *kind == EntityKind::Place)
            .map(|(_, name, _)| name.as_str())
            .collect();
        assert_eq!(places[..2], ["Camp Hill", "Lake City"], "{found:?}");
        assert!(!found.iter().any(|(_, name, _)| name == "PA"), "{found:?}");
    }

    #[test]
    fn every_sovereign_state_and_capital_is_known_also_in_capitals() {
        let f =
            found("ADDIS ABABA, May 2 — Envoys of St. Kitts and Nevis met in Nouakchott and Antananarivo.");
        let places = names_of(&f, EntityKind::Place);
        assert_eq!(places, ["Addis Ababa", "Saint Kitts and Nevis", "Nouakchott", "Antananarivo"], "{f:?}");
        assert!(!f.iter().any(|(k, _, _)| *k == EntityKind::Organization), "{f:?}");
    }

    #[test]
    fn a_town_alone_before_a_dash_opening_the_article_is_a_place() {
        let found = found("PORT ELLIS—A cutter left the pier.\n\nKVXR — Later it came back.");
        let names: Vec<(EntityKind, &str)> = found.iter().map(|(k, n, _)| (*k, n.as_str())).collect();
        assert_eq!(names, [(EntityKind::Place, "Port Ellis"), (EntityKind::Organization, "KVXR")]);
    }

    #[test]
    fn a_unit_list_line_names_the_units_home_town() {
        let found = found("Units:\n\n- Company D, 2nd Battalion, 198th Armor – Hill Town\n\nThey left.");
        let kinds: Vec<(EntityKind, &str)> =
            found.iter().map(|(kind, _, quote)| (*kind, quote.as_str())).collect();
        assert_eq!(
            kinds,
            [(EntityKind::Unit, "Company D, 2nd Battalion, 198th Armor"), (EntityKind::Place, "Hill Town")]
        );
    }

    #[test]
    fn a_count_before_a_force_that_a_place_opens_is_no_part_of_its_name() {
        let f = found(
            "More than 300 Ohio National Guard soldiers left. Over 40 Maltese Army officers helped. \
             The 2 Canadian Division staff came.",
        );
        let units = names_of(&f, EntityKind::Unit);
        assert_eq!(units, ["Ohio National Guard", "Maltese Army", "2 Canadian Division"], "{f:?}");
    }

    #[test]
    fn counts_possessions_codes_and_surnames_are_no_places_or_bodies() {
        let f = found(
            "Gov. Ann Marsh spoke. Guard members live in 58 Ohio towns. They lit their EPIRB. \
             Due to COVID-19 rules, they went to Marsh’s office.",
        );
        let kinds = kinds_and_names(&f);
        assert_eq!(
            kinds,
            [
                (EntityKind::Official, "Ann Marsh"),
                (EntityKind::Place, "Ohio"),
                (EntityKind::Official, "Ann Marsh")
            ]
        );
    }

    #[test]
    fn the_articles_own_outlet_is_an_organization_and_in_a_dateline_a_source() {
        let seg = segment("LAKE CITY, Fla. (WXYZ 7) - Soldiers left. WXYZ 7 spoke with them.");
        let m = find_mentions(&seg, &vec![false; seg.tokens.len()], Some("WXYZ 7 News"));
        let outlet: Vec<(EntityKind, bool)> =
            m.iter().filter(|m| m.name == "WXYZ 7").map(|m| (m.kind, m.credit)).collect();
        assert_eq!(outlet, [(EntityKind::Organization, true), (EntityKind::Organization, false)], "{m:?}");
    }

    #[test]
    fn a_surname_that_is_a_title_word_after_a_dotted_title_is_a_person() {
        let f = found("“We are happy,” Gov. Marshal said. Maj. Gen. said nothing.");
        let people = kinds_and_names(&f);
        assert_eq!(people, [(EntityKind::Official, "Marshal")], "{f:?}");
    }

    #[test]
    fn a_role_after_a_bodys_name_makes_an_apposition_a_person() {
        let seg = segment("Ann Webb, the Ohio Office of Emergency Management director, spoke.");
        let m = find_mentions(&seg, &vec![false; seg.tokens.len()], None);
        let webb = m.iter().find(|m| m.name == "Ann Webb").unwrap_or_else(|| panic!("{m:?}"));
        assert_eq!(webb.kind, EntityKind::Official);
        assert_eq!(webb.attributes["affiliation"], "Ohio Office of Emergency Management");
    }

    #[test]
    fn a_laboratory_is_a_body() {
        let f = found("Engineers of the Norland Materials Laboratory tested the parts.");
        let names = kinds_and_names(&f);
        assert_eq!(names, [(EntityKind::Organization, "Norland Materials Laboratory")], "{f:?}");
    }

    #[test]
    fn an_ampersand_between_capitalized_words_joins_one_name() {
        let f = found(
            "The Mayor of Eastbrook & Harrow Borough Council welcomed the Norland Research & Supply Agency.",
        );
        let names = kinds_and_names(&f);
        assert!(names.contains(&(EntityKind::Organization, "Eastbrook & Harrow Borough Council")), "{f:?}");
        assert!(names.contains(&(EntityKind::Organization, "Norland Research & Supply Agency")), "{f:?}");
    }

    #[test]
    fn a_possessive_before_a_head_stays_in_the_name() {
        let f = found("He was flown to St. Mary’s Hospital. Ohio’s Camp Bramwell waited.");
        let names: Vec<(EntityKind, &str)> = f.iter().map(|(k, _, quote)| (*k, quote.as_str())).collect();
        assert_eq!(
            names,
            [
                (EntityKind::Place, "St. Mary’s Hospital"),
                (EntityKind::Place, "Ohio"),
                (EntityKind::Place, "Camp Bramwell")
            ]
        );
    }

    #[test]
    fn a_lone_capitalized_head_names_the_unit_and_an_award_nothing() {
        let f = found(
            "The Ohio National Guard left. He says Guard members trained. \
             The governor gave him the Ohio Distinguished Service Award.",
        );
        let names: Vec<(EntityKind, &str, &str)> =
            f.iter().map(|(k, n, quote)| (*k, n.as_str(), quote.as_str())).collect();
        assert_eq!(
            names,
            [
                (EntityKind::Unit, "Ohio National Guard", "Ohio National Guard"),
                (EntityKind::Unit, "Ohio National Guard", "Guard")
            ]
        );
    }

    #[test]
    fn an_unknown_word_before_a_title_is_what_the_title_serves() {
        let f = found("The troops met Kelmore Mayor Ryan Sorn. Vestrian Minister of Defence Ivo Dahl spoke.");
        let people: Vec<&str> = names_of(&f, EntityKind::Official);
        assert_eq!(people, ["Ryan Sorn", "Ivo Dahl"], "{f:?}");
    }

    #[test]
    fn undotted_initials_after_a_title_open_the_name() {
        let f = found("Air Vice Marshal MRK Tanvir Alam leads the probe. Brigadier BS Kalen Roy spoke.");
        let people: Vec<&str> = names_of(&f, EntityKind::Official);
        assert_eq!(people, ["MRK Tanvir Alam", "BS Kalen Roy"], "{f:?}");
        // A title or initials closing the text are read without reading past it.
        assert!(names_of(&found("The new chief is Brigadier BS"), EntityKind::Official).is_empty());
        assert!(names_of(&found("The new chief is a Brigadier"), EntityKind::Official).is_empty());
    }

    #[test]
    fn a_service_named_alone_is_a_unit_unless_a_name_holds_it() {
        let f = found("The Commander of the Army, Lieutenant General Ann Lee, said the Army sent troops.");
        assert_eq!(names_of(&f, EntityKind::Unit), ["Army", "Army"], "{f:?}");
        assert!(names_of(&f, EntityKind::Place).is_empty(), "{f:?}");
        let f = found("He served in the Norland Army Reserve. Later the Army said he left.");
        assert_eq!(names_of(&f, EntityKind::Unit), ["Norland Army Reserve"], "{f:?}");
    }

    #[test]
    fn a_forces_post_named_by_its_place_is_a_unit() {
        let f = found(
            "Navy Sector Midway Command Center staff took the call. A boat from Navy Air Station Ridgeton \
             helped. The crew was taken to Sector Midway.",
        );
        let names: Vec<(EntityKind, &str, &str)> =
            f.iter().map(|(k, n, quote)| (*k, n.as_str(), quote.as_str())).collect();
        assert_eq!(
            names,
            [
                (EntityKind::Unit, "Navy Sector Midway", "Navy Sector Midway"),
                (EntityKind::Unit, "Navy Air Station Ridgeton", "Navy Air Station Ridgeton"),
                (EntityKind::Unit, "Navy Sector Midway", "Sector Midway")
            ]
        );
    }

    #[test]
    fn a_forces_post_named_by_a_town_with_a_prefix_is_a_unit_and_a_base_a_place() {
        let f = found("A Navy Station Fort Lauderdale boat crew arrived from Navy Air Station Camp Kelmo.");
        assert_eq!(names_of(&f, EntityKind::Unit), ["Navy Station Fort Lauderdale"], "{f:?}");
        assert_eq!(names_of(&f, EntityKind::Place), ["Navy Air Station Camp Kelmo"], "{f:?}");
    }

    #[test]
    fn a_kind_of_body_before_a_name_makes_an_organization_and_a_counterpart_a_person() {
        let f = found(
            "The ministry signed a deal with the shipbuilder Nordvik Verft. Defence firm Brakon \
             will supply radars. The minister met his Danish counterpart Ole Berg. The border agency \
             Grenzwacht and the charity Seahelp rescued 30 people.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Organization, "Nordvik Verft"),
                (EntityKind::Organization, "Brakon"),
                (EntityKind::Official, "Ole Berg"),
                (EntityKind::Organization, "Grenzwacht"),
                (EntityKind::Organization, "Seahelp")
            ]
        );
    }

    #[test]
    fn a_named_vessel_is_no_entity() {
        let f = found(
            "HMS Queen Elizabeth arrived in Portsmouth. The support ship Frankfurt am Main sailed on Monday. \
             The crew of the Frankfurt am Main rested.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(names, [(EntityKind::Place, "Portsmouth")]);
    }

    #[test]
    fn a_vessel_named_by_its_hull_symbol_or_kind_is_no_entity_nor_is_a_counted_post() {
        let f = found(
            "Ships came from Norland: Kelmo DDG 112, Ashby FFG 575 and the Dunmore Tug Boat. The Tarn Tanker \
             stayed. Ann Lee was sworn in as the 77th Secretary of the Navy. The Commander Peru Fleet spoke.",
        );
        assert_eq!(names_of(&f, EntityKind::Unit), ["Navy", "Peru Fleet"], "{f:?}");
        assert_eq!(names_of(&f, EntityKind::Place), ["Norland"], "{f:?}");
    }

    #[test]
    fn complements_with_and_international_bodies_and_police_are_organizations() {
        let f = found(
            "The Ministry of Culture and Sport met the Airports Authority of Norland. \
             The United Nations Observer Force in Norland and the Norland Constabulary Force helped. \
             The Ministry of Defence and NATO spoke.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Organization, "Ministry of Culture and Sport"),
                (EntityKind::Organization, "Airports Authority of Norland"),
                (EntityKind::Organization, "United Nations Observer Force in Norland"),
                (EntityKind::Organization, "Norland Constabulary Force"),
                (EntityKind::Organization, "Ministry of Defence"),
                (EntityKind::Organization, "North Atlantic Treaty Organization")
            ]
        );
    }

    #[test]
    fn an_international_body_keeps_the_place_it_serves_and_its_acronym() {
        let f = found(
            "Officers served with the UN Mission in the Republic of Norland (UNMRN, Norland) and \
             the UN Interim Patrol Force for Eastmark. The UNMRN grew.",
        );
        let owner =
            found("Troops relieved the United Nations Organisation Patrol Mission (Unopam) in Eastmark.");
        assert!(
            owner.iter().any(|(k, n, _)| *k == EntityKind::Organization && n == "United Nations"),
            "{owner:?}"
        );
        let orgs: Vec<(&str, &str)> = (f.iter())
            .filter(|(k, _, _)| *k == EntityKind::Organization)
            .map(|(_, n, t)| (n.as_str(), t.as_str()))
            .collect();
        let mission = "UN Mission in the Republic of Norland";
        let force = "UN Interim Patrol Force for Eastmark";
        assert_eq!(
            orgs,
            [(mission, mission), (mission, "UNMRN"), (force, force), (mission, "UNMRN")],
            "{f:?}"
        );
    }

    #[test]
    fn a_country_code_in_capitals_is_a_name_and_the_pronoun_is_not() {
        let f = found("A plane came from the US and one from Norland. Tell us more, he said.");
        let names: Vec<(EntityKind, &str, &str)> =
            f.iter().map(|(k, n, quote)| (*k, n.as_str(), quote.as_str())).collect();
        assert_eq!(
            names,
            [(EntityKind::Place, "United States", "US"), (EntityKind::Place, "Norland", "Norland")]
        );
    }

    #[test]
    fn geographic_heads_and_an_area_of_operations_make_places() {
        let f = found("Troops trained in the Moro Highlands and the Kell Basin area, then joined the XCOM Area of Operations.");
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Place, "Moro Highlands"),
                (EntityKind::Place, "Kell Basin"),
                (EntityKind::Place, "XCOM Area of Operations")
            ]
        );
    }

    #[test]
    fn a_group_named_for_a_military_formation_is_a_unit() {
        let f = found(
            "The Carrier Strike Group sailed with the Forward Battalion Battle Group. The Orbis Group advised.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Unit, "Carrier Strike Group"),
                (EntityKind::Unit, "Forward Battalion Battle Group"),
                (EntityKind::Organization, "Orbis Group")
            ]
        );
    }

    #[test]
    fn an_owners_styling_and_the_place_it_serves_stay_in_a_units_name() {
        let f = found(
            "A rotation of the NATO enhanced Forward Reach Battalion Battle Group Estonia began. \
             Troops of the NATO eFR Battle Group in Estonia trained.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Unit, "NATO enhanced Forward Reach Battalion Battle Group Estonia"),
                (EntityKind::Unit, "NATO eFR Battle Group in Estonia")
            ]
        );
    }

    #[test]
    fn civilian_bodies_headed_like_units_are_organizations() {
        let f = found(
            "The Ohio Division of Emergency Management, the Northern Interagency Task Force and the Park \
             Search and Rescue Team helped. The 129th Rescue Wing flew. The 1st Division of the Norland \
             Army stayed. The Royal Army and Air Force left.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Organization, "Ohio Division of Emergency Management"),
                (EntityKind::Organization, "Northern Interagency Task Force"),
                (EntityKind::Organization, "Park Search and Rescue Team"),
                (EntityKind::Unit, "129th Rescue Wing"),
                (EntityKind::Unit, "1st Division"),
                (EntityKind::Unit, "Norland Army"),
                (EntityKind::Unit, "Royal Army"),
                (EntityKind::Unit, "Air Force")
            ]
        );
    }

    #[test]
    fn a_name_joined_by_and_ends_where_its_last_part_ends() {
        let f = found(
            "Pilots of Coastal Gunnery and Tactics Squadron Two flew. The Northern Force and Monitors in \
             Ruritania stayed. The Council of the Blue Lamp and Green Lamp on Monday met. The Royal Army and \
             Air Force left. The Harbor Army 2031 plan and the Coastal Navy and Marines stayed.",
        );
        assert_eq!(
            kinds_and_names(&f),
            [
                (EntityKind::Unit, "Coastal Gunnery and Tactics Squadron Two"),
                (EntityKind::Organization, "Northern Force and Monitors"),
                (EntityKind::Place, "Ruritania"),
                (EntityKind::Organization, "Council of the Blue Lamp and Green Lamp"),
                (EntityKind::Unit, "Royal Army"),
                (EntityKind::Unit, "Air Force"),
                (EntityKind::Unit, "Harbor Army"),
                (EntityKind::Unit, "Coastal Navy")
            ],
            "{f:?}"
        );
        let seg = segment("Pilots of Coastal Gunnery and Tactics Squadron Two (CGTS-2) flew.");
        let squadron = find_mentions(&seg, &vec![false; seg.tokens.len()], None);
        assert_eq!(squadron[0].aliases, ["CGTS-2"], "{squadron:?}");
    }

    #[test]
    fn an_owner_in_the_possessive_opens_a_units_name() {
        let text = "The Regent’s Home Forces met the 2nd Rifle Brigade’s Pathfinders’ Battalion \
                    (Pathfinderbataljon) near the Harbor Embassy (Eastbrook). Ireland’s Army came.";
        let f = found(text);
        let names: Vec<&str> = f.iter().map(|m| m.1.as_str()).collect();
        assert!(names.contains(&"Regent’s Home Forces"), "{f:?}");
        assert!(names.contains(&"Pathfinders’ Battalion"), "{f:?}");
        assert!(names.contains(&"2nd Rifle Brigade"), "{f:?}");
        // A country's force by its head alone is named with its country.
        assert!(names.contains(&"Ireland’s Army"), "{f:?}");
        let seg = segment(text);
        let mentions = find_mentions(&seg, &vec![false; seg.tokens.len()], None);
        let aliases = |name: &str| mentions.iter().find(|m| m.name == name).map(|m| m.aliases.clone());
        assert_eq!(aliases("Pathfinders’ Battalion"), Some(vec!["Pathfinderbataljon".to_string()]));
        assert_eq!(aliases("Harbor Embassy"), Some(vec![]));
    }

    #[test]
    fn a_title_with_its_portfolio_and_a_second_title_precede_a_name() {
        let f = found(
            "Troops came at the request of N.S. Minister of Public Safety and Solicitor General Ann Lee. \
             He met Minister of Foreign Affairs Jane Doe.",
        );
        let people: Vec<(EntityKind, &str, &str)> =
            f.iter().map(|(k, n, quote)| (*k, n.as_str(), quote.as_str())).collect();
        assert_eq!(
            people,
            [
                (EntityKind::Official, "Ann Lee", "Minister of Public Safety and Solicitor General Ann Lee"),
                (EntityKind::Official, "Jane Doe", "Minister of Foreign Affairs Jane Doe")
            ]
        );
    }

    #[test]
    fn a_capitalized_title_in_apposition_makes_a_person() {
        let f = found(
            "The council, chaired by Omar Bare Hassan, Cabinet Secretary for Defense, met. \
             Ann Lee, Deputy Mayor, spoke. Tom Ray, General Ed Poe and others came.",
        );
        let people: Vec<(EntityKind, &str)> = f
            .iter()
            .filter(|(k, _, _)| *k == EntityKind::Official)
            .map(|(k, n, _)| (*k, n.as_str()))
            .collect();
        assert_eq!(
            people,
            [
                (EntityKind::Official, "Omar Bare Hassan"),
                (EntityKind::Official, "Ann Lee"),
                (EntityKind::Official, "Ed Poe")
            ]
        );
    }

    #[test]
    fn a_role_before_a_name_in_commas_makes_a_person() {
        let f = found(
            "The district's high commissioner, Omar Sidi, blamed militants. She called her French \
             counterpart, Jean Morel, who is visiting. Later, Tom Ray, came.",
        );
        let people = names_of(&f, EntityKind::Official);
        assert_eq!(people, ["Omar Sidi", "Jean Morel"], "{f:?}");
    }

    #[test]
    fn names_listed_after_or_before_a_plural_kind_of_place_are_places() {
        let f = found("Troops helped the districts of Arvo, Belin and Corra, and the Dunmo and Esk regions.");
        let places = names_of(&f, EntityKind::Place);
        assert_eq!(places, ["Arvo", "Belin", "Corra", "Dunmo", "Esk"], "{f:?}");
    }

    #[test]
    fn a_part_of_a_known_place_named_by_its_direction_is_a_place() {
        let f = found("Ships patrolled the Eastern Atlantic, and aid reached Southern Nevada Tuesday and Central and Western Asia.");
        let places = names_of(&f, EntityKind::Place);
        assert_eq!(places, ["Eastern Atlantic", "Southern Nevada", "Central and Western Asia"], "{f:?}");
    }

    #[test]
    fn an_undesignated_force_of_a_country_or_of_a_force_is_one_unit() {
        let f = found(
            "The Sovereign Navy of Tonga, the Naval Forces of the Army of Belize, the Highland Regiment of \
             Fusiliers and the 1st Division of the Norland Army trained.",
        );
        let units = names_of(&f, EntityKind::Unit);
        assert!(units.contains(&"Sovereign Navy of Tonga"), "{f:?}");
        assert!(units.contains(&"Naval Forces of the Army of Belize"), "{f:?}");
        assert!(units.contains(&"Highland Regiment of Fusiliers"), "{f:?}");
        assert!(units.contains(&"1st Division"), "{f:?}");
    }

    #[test]
    fn military_ordinals_designate_units() {
        let f = found("The 2d Marine Logistics Group and the 3d Battalion left; 12d was no unit.");
        let units = names_of(&f, EntityKind::Unit);
        assert_eq!(units, ["2d Marine Logistics Group", "3d Battalion"], "{f:?}");
        assert!(!is_designator("12d") && is_designator("22d"));
    }

    #[test]
    fn an_unknown_acronym_before_people_of_a_force_is_a_unit() {
        let f = found("Aid came by ship. NDF troops helped and XYZ radio reported it. The NDF stayed.");
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [(EntityKind::Unit, "NDF"), (EntityKind::Organization, "XYZ"), (EntityKind::Unit, "NDF")]
        );
    }

    #[test]
    fn a_coastguard_written_as_one_word_is_an_organization() {
        let f = found("The Brindle Coastguard sent a lifeboat to the yacht.");
        let names = kinds_and_names(&f);
        assert_eq!(names, [(EntityKind::Organization, "Brindle Coastguard")]);
    }

    #[test]
    fn a_long_all_capital_word_inside_a_sentence_is_an_acronym() {
        let f = found("The ship joined the EUNORFOR mission. BREAKING stories ran.");
        let names = kinds_and_names(&f);
        assert_eq!(names, [(EntityKind::Organization, "EUNORFOR")]);
    }

    #[test]
    fn the_acronym_of_an_activity_spelled_in_capitals_names_no_body() {
        let f = found(
            "The ship carried Humanitarian Aid and Disaster Relief (HADR) stores. More HADR stores \
             followed. The Varnian Coastal Alliance (VCA) met.",
        );
        let names = kinds_and_names(&f);
        assert!(!names.iter().any(|(_, name)| *name == "HADR"), "{names:?}");
        assert!(names.iter().any(|(_, name)| *name == "Varnian Coastal Alliance"), "{names:?}");
    }

    #[test]
    fn a_name_headed_like_a_place_that_runs_a_ship_is_a_body() {
        let f = found("A Sea Relief Station ship took them to the Harbor Station pier.");
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [(EntityKind::Organization, "Sea Relief Station"), (EntityKind::Place, "Harbor Station")]
        );
    }

    #[test]
    fn an_acronym_shortening_a_term_or_an_exercise_names_no_body() {
        let f = found(
            "The cutter went to search and rescue (SAR). The SAR team and the Norland Defence Force \
             (NDF) held a Passage Exercise (PAX). The PAX and the NDF ended. The XKR came.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Unit, "Norland Defence Force"),
                (EntityKind::Unit, "Norland Defence Force"),
                (EntityKind::Unit, "Norland Defence Force"),
                (EntityKind::Organization, "XKR")
            ]
        );
    }

    #[test]
    fn a_word_of_titles_alone_after_a_title_is_no_person() {
        let f = found("He thanked the General Staff and the Chief of Air Staff. General Ann Lee spoke.");
        let people = names_of(&f, EntityKind::Official);
        assert_eq!(people, ["Ann Lee"], "{f:?}");
    }

    #[test]
    fn an_operation_or_exercise_named_is_a_happening_no_entity() {
        let f = found(
            "Ships joined Operation Sea Lance in Norland. The Exercise “Cold Harbor” began. \
             Operation Dawn Task Force left.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [(EntityKind::Place, "Norland"), (EntityKind::Unit, "Operation Dawn Task Force")],
            "{f:?}"
        );
    }

    #[test]
    fn a_centre_named_by_what_it_does_is_a_body() {
        let f = found("The Dunmere Coordination Centre called the crew to the Harbor Operations Centre.");
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Organization, "Dunmere Coordination Centre"),
                (EntityKind::Place, "Harbor Operations Centre")
            ]
        );
    }

    #[test]
    fn a_body_goes_on_with_the_purpose_it_serves() {
        let f = found(
            "Ann Lee heads the Dunmere Centre for Harbor Studies. The cadets trained at the Kelmo \
             Training School for Border Guards. Ivo Dahl thanked the Kelmo Commission for Tuesday's help.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Organization, "Dunmere Centre for Harbor Studies"),
                (EntityKind::Place, "Kelmo Training School for Border Guards"),
                (EntityKind::Organization, "Kelmo Commission")
            ],
            "{f:?}"
        );
    }

    #[test]
    fn a_titled_name_and_a_body_after_and_are_not_one_name() {
        // The single undotted initial keeps the name from being read as a person's (not handled yet).
        let f = found(
            "Talks between Major General M Tarun Islam and Norland Border Force (NBF) will begin on Sunday.",
        );
        assert_eq!(names_of(&f, EntityKind::Unit), ["Norland Border Force", "Norland Border Force"], "{f:?}");
        assert!(f.iter().all(|(_, name, _)| !name.contains(" and ")), "{f:?}");
    }

    #[test]
    fn police_forces_are_organizations() {
        let f = found(
            "The Kelmo National Police arrested two men. Officers of the Royal Dunmere Constabulary helped.",
        );
        let organizations = names_of(&f, EntityKind::Organization);
        assert_eq!(organizations, ["Kelmo National Police", "Royal Dunmere Constabulary"], "{f:?}");
        assert!(names_of(&f, EntityKind::Official).is_empty(), "{f:?}");
    }

    #[test]
    fn a_direction_after_a_units_head_goes_on_with_its_name() {
        let f = found("Joint Task Force North East moved north. The Naval Forces Eastern Kelmo sailed.");
        let units = names_of(&f, EntityKind::Unit);
        assert_eq!(units, ["Joint Task Force North East", "Naval Forces Eastern Kelmo"], "{f:?}");
    }

    #[test]
    fn acronyms_of_common_nouns_are_no_bodies() {
        let f = found(
            "The soldiers flew unmanned aerial vehicles (UAVs) over the valley. A UAV crashed. \
             An IED (improvised explosive device) was found near the road.",
        );
        assert!(f.iter().all(|(_, name, _)| name != "UAV" && name != "IED"), "{f:?}");
    }

    #[test]
    fn a_time_of_day_is_no_name() {
        let f = found("The ministers met at 9 AM in Ravello and left by 4 PM.");
        assert_eq!(kinds_and_names(&f), [(EntityKind::Place, "Ravello")], "{f:?}");
    }

    #[test]
    fn a_name_after_in_is_no_person_a_role_after_it_describes() {
        let f = found("Troops freed 20 hostages in Kelmo State, the army spokesman said.");
        assert!(names_of(&f, EntityKind::Official).is_empty(), "{f:?}");
        assert_eq!(names_of(&f, EntityKind::Place), ["Kelmo State"], "{f:?}");
    }

    #[test]
    fn a_kind_of_place_right_before_a_name_makes_it_a_place() {
        let f = found("The migrants were brought to the port city Ravello on Monday.");
        let names = kinds_and_names(&f);
        assert_eq!(names, [(EntityKind::Place, "Ravello")]);
    }

    #[test]
    fn a_name_used_as_a_kind_is_no_mention() {
        let names: Vec<String> = found(
            "The Delaware National Guard deploys. The mission is fulfilled by multiple National Guard entities.",
        )
        .into_iter()
        .map(|(_, _, quote)| quote)
        .collect();
        assert_eq!(names, ["Delaware National Guard"]);
    }

    #[test]
    fn titled_people_keep_title_and_affiliation_apart() {
        let seg = segment(
            "As invited by Ohio Governor Ann Whitaker and Senior Master Sgt. Paul Van Dyke, they came.",
        );
        let m = find_mentions(&seg, &vec![false; seg.tokens.len()], None);
        let governor = m.iter().find(|m| m.name == "Ann Whitaker").unwrap();
        assert_eq!(governor.attributes["title"], "Governor");
        assert_eq!(governor.attributes["state"], "Ohio");
        let sergeant = m.iter().find(|m| m.name == "Paul Van Dyke").unwrap();
        assert_eq!(sergeant.attributes["title"], "Senior Master Sgt.");
        assert!(m.iter().any(|m| m.name == "Ohio" && m.kind == EntityKind::Place));
    }

    #[test]
    fn the_last_two_words_of_a_full_name_repeat_the_person() {
        let f = found(
            "Gov. Ana Ruiz Mendez spoke on Friday. The ceremony ends the tour. Ruiz Mendez will pin \
             the new rank.",
        );
        let repeat = f.iter().find(|(_, _, surface)| surface == "Ruiz Mendez");
        assert_eq!(
            repeat.map(|(k, n, _)| (*k, n.as_str())),
            Some((EntityKind::Official, "Ana Ruiz Mendez")),
            "{f:?}"
        );
    }

    #[test]
    fn the_other_party_of_an_agreement_is_a_body() {
        let f = found(
            "The ministry signed a contract with Kestrel to buy six boats. In partnership with \
             Norvik, Kestrel will build them. The deal with Norway stands.",
        );
        let names = kinds_and_names(&f);
        assert!(names.contains(&(EntityKind::Organization, "Kestrel")), "{names:?}");
        assert!(names.contains(&(EntityKind::Organization, "Norvik")), "{names:?}");
        assert!(names.contains(&(EntityKind::Place, "Norway")), "{names:?}");
    }

    #[test]
    fn a_title_after_a_name_with_a_complement_opens_a_persons_name() {
        let f = found(
            "It was attended by the Head of the Center for Border Studies Colonel Ann Ruiz and the \
             commander of the United Nations Mission in Norland Lt. Gen. Bo Lind. They met at the \
             Office of the Adjutant General in Ostrel.",
        );
        let names = kinds_and_names(&f);
        for (kind, name) in [
            (EntityKind::Organization, "Center for Border Studies"),
            (EntityKind::Official, "Ann Ruiz"),
            (EntityKind::Organization, "United Nations Mission in Norland"),
            (EntityKind::Official, "Bo Lind"),
            (EntityKind::Organization, "Office of the Adjutant General"),
        ] {
            assert!(names.contains(&(kind, name)), "{name}: {names:?}");
        }
    }

    #[test]
    fn dotless_ranks_make_a_title_before_a_name() {
        let f = found(
            "Lt Gen Omar Tabo met the chief of the Norland National Army Maj Gen Ali Dera. \
             Col. Gen Ivo Brandt came. Gen Ann Lee stayed home.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(
            names[..4],
            [
                (EntityKind::Official, "Omar Tabo"),
                (EntityKind::Unit, "Norland National Army"),
                (EntityKind::Official, "Ali Dera"),
                (EntityKind::Official, "Ivo Brandt")
            ],
            "{f:?}"
        );
        assert!(names.contains(&(EntityKind::Official, "Ann Lee")), "{f:?}");
    }

    #[test]
    fn one_dotless_rank_before_a_name_is_a_title() {
        let f = found(
            "Command passed from Gen Ivo Brandt to Gen Ola Berg. \"We flew,\" said Capt Mia Holm, a \
             pilot. Norland Minister of Defence Gen Leo Lund signed. Cpl Dahl spoke. Gen Z voters came.",
        );
        let names = kinds_and_names(&f);
        for person in ["Ivo Brandt", "Ola Berg", "Mia Holm", "Leo Lund", "Dahl"] {
            assert!(names.contains(&(EntityKind::Official, person)), "{person}: {f:?}");
        }
        assert!(
            !names.iter().any(|(kind, name)| *kind == EntityKind::Place || name.contains("Gen")),
            "{f:?}"
        );
    }

    #[test]
    fn ranks_of_other_services_and_hyphenated_ranks_are_titles() {
        let f = found(
            "Wing Commander Ina Sove met Squadron Leader Tomas Brell and Field Marshal Oren Tal. \
             Lieutenant-General Arvid Holmqvist, Tech. Sgt. Dana Wills and Seaman Luis Ortega came. \
             Councillor Mary Dunne spoke. The 174th Refueling Wing Commander Col. Rob Tait stayed.",
        );
        let officials: Vec<(&str, Option<&str>)> = f
            .iter()
            .filter(|m| m.0 == EntityKind::Official)
            .map(|m| (m.1.as_str(), m.2.split(&m.1).next().map(str::trim)))
            .collect();
        assert_eq!(
            officials,
            [
                ("Ina Sove", Some("Wing Commander")),
                ("Tomas Brell", Some("Squadron Leader")),
                ("Oren Tal", Some("Field Marshal")),
                ("Arvid Holmqvist", Some("Lieutenant-General")),
                ("Dana Wills", Some("Tech. Sgt.")),
                ("Luis Ortega", Some("Seaman")),
                ("Mary Dunne", Some("Councillor")),
                ("Rob Tait", Some("Commander Col.")),
            ],
            "{f:?}"
        );
        let units = kinds_and_names(&f).into_iter().filter(|m| m.0 == EntityKind::Unit).count();
        assert_eq!(units, 1, "only the 174th Refueling Wing is a unit: {f:?}");
    }

    #[test]
    fn a_title_set_off_by_a_comma_opening_a_list_names_the_person_after() {
        let f = found(
            "Prime Minister, Ana Ruiz and Defence Minister, Ivo Dahl were there. Speaking to the \
             Defence Minister, Ola Berg said so.",
        );
        let officials: Vec<(&str, &str)> =
            f.iter().filter(|m| m.0 == EntityKind::Official).map(|m| (m.1.as_str(), m.2.as_str())).collect();
        assert!(officials.contains(&("Ana Ruiz", "Prime Minister, Ana Ruiz")), "{f:?}");
        assert!(officials.contains(&("Ivo Dahl", "Defence Minister, Ivo Dahl")), "{f:?}");
        // After "the", the title is the one spoken to; the name opens the next clause.
        assert!(!officials.iter().any(|(_, text)| text.contains("Minister, Ola")), "{f:?}");
    }

    #[test]
    fn hyphenated_and_ordinal_titles_particles_posts_after_bodies_and_predecessors_name_people() {
        let f = found(
            "Under-Secretary-General Ana Ruiz arrived. Third Deputy Prime Minister Ivo Dahl spoke. \
             The force is led by general Ola de Berg. The Kelmo Border Force (KBF) head Mia Holm \
             met his predecessor Leo Lund.",
        );
        let officials = names_of(&f, EntityKind::Official);
        for name in ["Ana Ruiz", "Ivo Dahl", "Ola de Berg", "Mia Holm", "Leo Lund"] {
            assert!(officials.contains(&name), "{name}: {f:?}");
        }
    }

    #[test]
    fn a_role_qualified_by_a_body_or_owner_and_a_title_after_the_set_off_by_commas_name_people() {
        let f = found(
            "Ann Lee, UN peacekeeping chief, said the talks went well. Norland's army chief, Ivo \
             Dahl, agreed. Later the EU High Representative, Ana Soto, said so too.",
        );
        let officials = names_of(&f, EntityKind::Official);
        for name in ["Ann Lee", "Ivo Dahl", "Ana Soto"] {
            assert!(officials.contains(&name), "{name}: {f:?}");
        }
    }

    #[test]
    fn an_office_of_a_title_is_one_name_and_a_title_before_a_formation_is_a_post() {
        let f = found(
            "Staff of the Office of the Adjutant General met on Monday. The ships met the \
             Commander Western Naval Area, and Commander Coastal Force visited the camp.",
        );
        let names = kinds_and_names(&f);
        assert!(names.iter().any(|(_, n)| *n == "Office of the Adjutant General"), "{f:?}");
        assert!(names_of(&f, EntityKind::Official).is_empty(), "{f:?}");
    }

    #[test]
    fn titles_with_a_portfolio_set_off_by_a_comma_designates_and_ministers_of_two_countries() {
        let f = found(
            "The Minister of Police Affairs, Ana Ruiz, spoke. Present were the outgoing chief, Ola \
             Berg; the Minister of Interior Affairs, Mia Holm; and others. Talks with Prime \
             Minister-designate Leo Lund went well. Defence Ministers Ivo Dahl of Norway and Eva \
             Sand of Sweden met in the Conference Hall.",
        );
        let officials = names_of(&f, EntityKind::Official);
        for name in ["Ana Ruiz", "Mia Holm", "Leo Lund", "Ivo Dahl", "Eva Sand"] {
            assert!(officials.contains(&name), "{name}: {f:?}");
        }
        let places = names_of(&f, EntityKind::Place);
        for name in ["Norway", "Sweden", "Conference Hall"] {
            assert!(places.contains(&name), "{name}: {f:?}");
        }
    }

    #[test]
    fn a_plural_title_before_two_names_makes_both_people() {
        let f = found(
            "Gov. Ann Lee, U.S. Senators Ivo Dahl and Ola Berg, and Generals Mia Holm and Leo Lund \
             praised the soldiers. The Joint Chiefs met on Monday.",
        );
        let officials: Vec<(&str, &str)> =
            f.iter().filter(|m| m.0 == EntityKind::Official).map(|m| (m.1.as_str(), m.2.as_str())).collect();
        assert_eq!(
            officials,
            [
                ("Ann Lee", "Gov. Ann Lee"),
                ("Ivo Dahl", "U.S. Senators Ivo Dahl"),
                ("Ola Berg", "Ola Berg"),
                ("Mia Holm", "Generals Mia Holm"),
                ("Leo Lund", "Leo Lund")
            ],
            "{f:?}"
        );
    }

    #[test]
    fn a_title_word_alone_before_a_rank_is_no_affiliation() {
        let f = found(
            "Command Sgt. Maj. Roy Tubbs met Force Commander Lt Gen Sam Opio, MP Owen Hale, \
             Able Seaman Tom Reed and President-elect Nora Dahl.",
        );
        let titled: Vec<(&str, &str)> =
            f.iter().map(|m| (m.1.as_str(), m.2.strip_suffix(m.1.as_str()).unwrap_or("").trim())).collect();
        assert_eq!(
            titled,
            [
                ("Roy Tubbs", "Command Sgt. Maj."),
                ("Sam Opio", "Force Commander Lt Gen"),
                ("Owen Hale", "MP"),
                ("Tom Reed", "Able Seaman"),
                ("Nora Dahl", "President-elect"),
            ],
            "{f:?}"
        );
    }

    #[test]
    fn a_name_after_a_possessed_role_to_a_place_is_the_person() {
        let f = found("Norland's ambassador to Ruritania, Pia Solberg, was recalled.");
        let names = kinds_and_names(&f);
        assert!(names.contains(&(EntityKind::Official, "Pia Solberg")), "{f:?}");
        assert!(names.contains(&(EntityKind::Place, "Ruritania")), "{f:?}");
    }

    #[test]
    fn abbreviated_air_ranks_a_cabinet_secretary_and_joined_initials_make_people() {
        let f = found(
            "Sqn Ldr Amy Fox and Wg Cdr Raj Sen flew with Air Chief Marshal V.R. Chaudra. \
             Kenyan Defence Cabinet Secretary Aden Dual and Dr Jane Roe came.",
        );
        let officials: Vec<&str> =
            f.iter().filter(|m| m.0 == EntityKind::Official).map(|m| m.1.as_str()).collect();
        assert_eq!(officials, ["Amy Fox", "Raj Sen", "V.R. Chaudra", "Aden Dual", "Jane Roe"], "{f:?}");
        assert!(f.iter().all(|m| m.0 != EntityKind::Organization), "{f:?}");
    }

    #[test]
    fn regiments_named_by_their_soldiers_and_reserves_are_units_and_counts_are_not() {
        let f = found(
            "The Royal Engineers, the Norland Rifles, 45 Commando and the Army Reserve trained. \
             He commands the 700 Rangers and 300 Marines of the north.",
        );
        let units: Vec<&str> = f.iter().filter(|m| m.0 == EntityKind::Unit).map(|m| m.1.as_str()).collect();
        assert_eq!(units, ["Royal Engineers", "Norland Rifles", "45 Commando", "Army Reserve"], "{f:?}");
    }

    #[test]
    fn a_school_is_a_facility_and_so_a_place() {
        let f = found("Families met the soldiers at Marlow High School and the Dunmo Primary School.");
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [(EntityKind::Place, "Marlow High School"), (EntityKind::Place, "Dunmo Primary School")]
        );
    }

    #[test]
    fn a_home_before_based_is_a_place() {
        let f = found("The Harbor-based Fire Company trained with the Lakeview-based FSC.");
        let names = kinds_and_names(&f);
        assert_eq!(
            names,
            [
                (EntityKind::Place, "Harbor"),
                (EntityKind::Unit, "Fire Company"),
                (EntityKind::Place, "Lakeview"),
                (EntityKind::Organization, "FSC")
            ]
        );
    }

    #[test]
    fn a_letter_before_a_head_opens_a_chain_and_alone_names_nothing() {
        let f = found(
            "Soldiers of C Company, 1st Battalion, 999th Infantry Regiment left. A Company spokesman spoke.",
        );
        let names = kinds_and_names(&f);
        assert_eq!(names, [(EntityKind::Unit, "C Company, 1st Battalion, 999th Infantry Regiment")]);
    }

    #[test]
    fn a_first_lady_is_titled() {
        let f = found("Governor Tom Hale and First Lady Ann Hale came. The Governor and First Lady left.");
        let people = kinds_and_names(&f);
        assert_eq!(people, [(EntityKind::Official, "Tom Hale"), (EntityKind::Official, "Ann Hale")], "{f:?}");
    }

    #[test]
    fn a_designation_chain_is_one_unit() {
        let f = found("Thirty-three guardsmen from Detachment 3, Company F (Medevac), 4-127th General Support Aviation Battalion, will go.");
        assert_eq!(
            f,
            [(
                EntityKind::Unit,
                "Detachment 3, Company F (Medevac), 4-127th General Support Aviation Battalion".to_string(),
                "Detachment 3, Company F (Medevac), 4-127th General Support Aviation Battalion".to_string()
            )]
        );
    }

    #[test]
    fn heads_gazetteer_and_context_classify_names() {
        let f = found("Officials of the Moldova Defense Ministry met at Camp Perry in Columbus with the North Atlantic Treaty Organization (NATO) and KFOR.");
        let kinds = kinds_and_names(&f);
        assert!(kinds.contains(&(EntityKind::Organization, "Moldova Defense Ministry")), "{kinds:?}");
        assert!(kinds.contains(&(EntityKind::Place, "Camp Perry")), "{kinds:?}");
        assert!(kinds.contains(&(EntityKind::Place, "Columbus")), "{kinds:?}");
        assert!(
            kinds.contains(&(EntityKind::Organization, "North Atlantic Treaty Organization")),
            "{kinds:?}"
        );
        assert!(kinds.contains(&(EntityKind::Organization, "KFOR")), "{kinds:?}");
    }

    #[test]
    fn appositions_make_officials_and_surnames_repeat() {
        let f = found("Lena Varga, the president of Ruritania, visited. Later Varga said so.");
        assert_eq!(
            f.iter().filter(|(k, n, _)| *k == EntityKind::Official && n == "Lena Varga").count(),
            2,
            "{f:?}"
        );
    }

    #[test]
    fn the_first_word_of_one_two_word_name_repeats_it() {
        let f = found(
            "Defence Minister Tomas Brell met Governor Ana Ruiz Mendez. Tomas is on his first visit. \
             Ana said so. Mayor Ivo Dahl and Senator Ivo Marsh came. Ivo spoke.",
        );
        let count = |name: &str| f.iter().filter(|(k, n, _)| *k == EntityKind::Official && n == name).count();
        assert_eq!(count("Tomas Brell"), 2, "{f:?}");
        // A name of three words may open with a family name; two people share "Ivo".
        assert_eq!((count("Ana Ruiz Mendez"), count("Ivo Dahl"), count("Ivo Marsh")), (1, 1, 1), "{f:?}");
    }

    #[test]
    fn followers_of_a_creed_are_no_place() {
        let f = found("Threats came from Islamist fighters in Norvik. Pressure from Maoists grew in Tarvo.");
        let places = names_of(&f, EntityKind::Place);
        assert_eq!(places, ["Norvik", "Tarvo"], "{f:?}");
    }

    #[test]
    fn a_country_after_a_locative_ends_before_other_words() {
        let f = found(
            "The troops are back in Estonia Covid free. Present were the envoy in Estonia Ana Ruiz \
             and US Brig. Gen. Ivo Dahl. Flights left for Mexico City.",
        );
        let places = names_of(&f, EntityKind::Place);
        assert_eq!(places, ["Estonia", "Estonia", "United States", "Mexico City"], "{f:?}");
    }

    #[test]
    fn a_kind_of_body_after_a_name_or_a_group_before_it_makes_an_organization() {
        let f = found(
            "Troops are countering the Kora-Vetu terrorist group in the north. Missiles hit a base of \
             the militant group Jaish al-Nour in the south. Norland signed a deal with defence group \
             Vellmark. The Tarvan group will build a plant.",
        );
        let found = kinds_and_names(&f);
        assert!(found.contains(&(EntityKind::Organization, "Kora-Vetu")), "{f:?}");
        assert!(found.contains(&(EntityKind::Organization, "Jaish al-Nour")), "{f:?}");
        assert!(found.contains(&(EntityKind::Organization, "Vellmark")), "{f:?}");
        // A business "group" right after a name is mostly part of it: no cue alone.
        assert!(!found.iter().any(|(_, name)| *name == "Tarvan"), "{f:?}");
    }

    #[test]
    fn a_name_of_two_words_before_an_armed_groups_people_makes_an_organization() {
        let f = found(
            "The army fought Kora Vetu militants near the border. Islamist militants and F-18 \
             fighters were also seen.",
        );
        let found = kinds_and_names(&f);
        let bodies: Vec<&str> = found
            .iter()
            .filter(|(kind, _)| *kind == EntityKind::Organization)
            .map(|(_, name)| *name)
            .collect();
        assert_eq!(bodies, ["Kora Vetu"], "{f:?}");
    }

    #[test]
    fn a_government_keeps_the_country_it_governs() {
        let f = found("The ships were built for the Government of Norland under a contract.");
        assert_eq!(kinds_and_names(&f), vec![(EntityKind::Organization, "Government of Norland")], "{f:?}");
    }

    #[test]
    fn a_forces_headquarters_is_the_unit_or_its_site() {
        let f = found(
            "The patrol is led by Allied Harbor Command Headquarters (AHCH) in Dunmere. The captain \
             called on the admiral at the Southern Fleet Command Headquarters on Friday. Army \
             Headquarters said nothing. The minister visited the Northern Fleet Command Headquarters.",
        );
        let found = kinds_and_names(&f);
        assert!(found.contains(&(EntityKind::Unit, "Allied Harbor Command Headquarters")), "{f:?}");
        assert!(found.contains(&(EntityKind::Place, "Southern Fleet Command Headquarters")), "{f:?}");
        assert!(!found.iter().any(|(_, name)| name.starts_with("Army")), "{f:?}");
        // Visited, the force is the host.
        assert!(found.contains(&(EntityKind::Unit, "Northern Fleet Command")), "{f:?}");
    }

    #[test]
    fn capitalized_words_before_a_programme_noun_name_the_programme() {
        let f = found(
            "Norland asked for help with its Future Frigate project, in which six ships will be built. \
             The guns come through the Allied Arms Sales programme. The Harbor Shield project office \
             opened.",
        );
        let found = kinds_and_names(&f);
        assert!(found.contains(&(EntityKind::Organization, "Future Frigate project")), "{f:?}");
        assert!(found.contains(&(EntityKind::Organization, "Allied Arms Sales programme")), "{f:?}");
        // A noun after it heads the phrase: the office, no programme named.
        assert!(
            !found.iter().any(|(_, name)| name.ends_with("project") && name.starts_with("Harbor")),
            "{f:?}"
        );
    }

    #[test]
    fn a_legislature_is_an_organization() {
        let f = found("She was confirmed by the 12th Norland Legislature on April 2.");
        assert_eq!(
            kinds_and_names(&f),
            vec![(EntityKind::Organization, "12th Norland Legislature")],
            "{f:?}"
        );
    }

    #[test]
    fn roads_harbour_works_and_tombs_are_places_a_road_numbered_too() {
        let f = found(
            "The jet went down near Dunmere Canal Road and Highway 12. Floods cut National Highway 7. \
             The boat was towed to Kelby Quay, the barge to Capt. Ivo Brandt Pier. He laid a wreath at \
             the Tomb of Ostrava.",
        );
        let found = kinds_and_names(&f);
        for place in
            ["Dunmere Canal Road", "Highway 12", "National Highway 7", "Kelby Quay", "Capt. Ivo Brandt Pier"]
        {
            assert!(found.contains(&(EntityKind::Place, place)), "{place}: {f:?}");
        }
        assert!(found.contains(&(EntityKind::Place, "Tomb of Ostrava")), "{f:?}");
        assert!(!found.iter().any(|(kind, _)| *kind == EntityKind::Official), "{f:?}");
    }

    #[test]
    fn a_place_before_a_word_for_a_country_describes_it() {
        let f = found(
            "Aid reached the storm-hit Caribbean nation. The Gulf country of Norland sent ships to \
             south Pacific countries. Troops left Norland for the Kosovo border.",
        );
        let places: Vec<&str> =
            f.iter().filter(|(kind, _, _)| *kind == EntityKind::Place).map(|(_, n, _)| n.as_str()).collect();
        for region in ["Caribbean", "Gulf", "Pacific"] {
            assert!(!places.contains(&region), "{region}: {f:?}");
        }
        assert!(places.contains(&"Norland"), "{f:?}");
        assert!(places.contains(&"Kosovo"), "{f:?}");
    }

    #[test]
    fn an_unknown_word_listed_beside_an_organization_is_one() {
        let f = found(
            "A consortium of Kestrel, Norland Aerospace Corporation and Vantor designed the jet. \
             Officials of NATO and Western allies met. The boats sailed to Zorva, Lindmark and Ostby.",
        );
        let found = kinds_and_names(&f);
        for body in ["Kestrel", "Vantor"] {
            assert!(found.contains(&(EntityKind::Organization, body)), "{body}: {f:?}");
        }
        assert!(!found.iter().any(|(_, name)| *name == "Western"), "{f:?}");
        assert!(
            !found.iter().any(|(kind, name)| *kind == EntityKind::Organization && *name == "Zorva"),
            "{f:?}"
        );
    }

    #[test]
    fn a_handover_of_a_post_names_the_people_in_it() {
        let f = found(
            "The president appointed Oren Valdis as new air force chief and Tamsin Okoro as navy \
             commandant. He elevated Bram Ketley to the position of Norland Army commander, taking \
             over from Ilse Marrow. They take over from Joss Fenner and Ulla Brandt, who led the \
             branches. Karla Voss succeeds Piet Hollow.",
        );
        let officials = names_of(&f, EntityKind::Official);
        for person in [
            "Oren Valdis",
            "Tamsin Okoro",
            "Bram Ketley",
            "Ilse Marrow",
            "Joss Fenner",
            "Ulla Brandt",
            "Piet Hollow",
        ] {
            assert!(officials.contains(&person), "{person}: {f:?}");
        }
        assert!(names_of(&f, EntityKind::Place).is_empty(), "{f:?}");
    }

    #[test]
    fn a_rank_of_two_words_ends_a_forces_name_before_a_person() {
        let f =
            found("Ms. Lee met the Chief of Staff of the Norland Defense Force Field Marshal Oskar Brenn.");
        let found = kinds_and_names(&f);
        assert!(found.contains(&(EntityKind::Unit, "Norland Defense Force")), "{f:?}");
        assert!(found.contains(&(EntityKind::Official, "Oskar Brenn")), "{f:?}");
    }

    #[test]
    fn a_persons_name_set_off_by_a_comma_after_a_place_is_no_place() {
        let f = found(
            "He met the Chief of the General Staff of Norland, Oskar Brenn, on Monday. The ships \
             called at Kure, Zorva Prefecture, and Ostby.",
        );
        let places = names_of(&f, EntityKind::Place);
        assert!(!places.contains(&"Oskar Brenn"), "{f:?}");
        assert!(places.contains(&"Zorva Prefecture"), "{f:?}");
    }

    #[test]
    fn a_country_or_state_alone_after_a_title_is_the_posts_territory() {
        let f = found("The IGP Ohio said the roads were closed. Gen. Marlow said so too.");
        let officials = names_of(&f, EntityKind::Official);
        assert!(!officials.contains(&"Ohio"), "{f:?}");
        assert!(officials.contains(&"Marlow"), "{f:?}");
    }

    #[test]
    fn a_website_named_at_the_end_of_a_sentence_is_a_body_without_the_full_stop() {
        let f = found("The talks went well, according to Newsroom.com. It was 5 a.m. in Norland.");
        assert!(kinds_and_names(&f).contains(&(EntityKind::Organization, "Newsroom.com")), "{f:?}");
        assert!(!f.iter().any(|(_, n, _)| n.ends_with("com.")), "{f:?}");
    }
}
