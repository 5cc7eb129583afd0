//! The second pass over an article: unknown names listed with a known place become places,
//! later mentions of the names found are marked (surnames, acronyms, short forms, also in
//! headlines), and acronyms that name nothing found are organizations.

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::model::EntityKind;

use super::super::lexicon::{gazetteer, lookup, Role, UNKNOWN};
use super::super::text::tokenize;
use super::codes::Terms;
use super::finder::{Finder, Mention, Unclassified};
use super::shapes::{first_char_upper, initials, is_acronym, is_direction};

/// The most words an acronym in brackets is read back over to find the words it spells.
const MAX_SPELLED_WORDS: usize = 8;

/// The places (or the mentions of another kind) found so far, by where they start and end, so
/// that each question about a neighbour is one lookup (an article naming thousands of places stays
/// linear).
struct Places {
    /// The kind of mention counted.
    kind: EntityKind,
    /// The first token of each place, with the nearest end of a place starting there.
    by_start: HashMap<usize, usize>,
    /// The past-the-end token and the sentence of each place.
    ends: HashSet<(usize, usize)>,
}

impl Default for Places {
    fn default() -> Self {
        Places::of(EntityKind::Place)
    }
}

impl Places {
    /// An empty index of the mentions of `kind`.
    fn of(kind: EntityKind) -> Self {
        Places { kind, by_start: HashMap::default(), ends: HashSet::default() }
    }

    /// Counts `mention` when it is of the kind counted.
    fn add(&mut self, mention: &Mention) {
        if mention.kind == self.kind {
            let (start, end) = (mention.tokens.start, mention.tokens.end);
            let nearest = self.by_start.entry(start).or_insert(end);
            *nearest = (*nearest).min(end);
            self.ends.insert((end, mention.sentence));
        }
    }

    /// Whether a place starts at token `start` and ends by `end`.
    fn starts_at(&self, start: usize, end: usize) -> bool {
        self.by_start.get(&start).is_some_and(|&nearest| nearest <= end)
    }

    /// Whether a place of sentence `sentence` ends right before token `end`.
    fn ends_at(&self, end: usize, sentence: usize) -> bool {
        self.ends.contains(&(end, sentence))
    }
}

/// A name to look for again: its words, the kind of its entity, and the entity's name.
type KnownName = (Vec<String>, EntityKind, String);

impl Finder<'_, '_> {
    /// Unknown chunks in a list with a known place are places ("Johnston, Fort Dodge, and Norwalk").
    pub(super) fn resolve_unclassified(&mut self) {
        let pending = std::mem::take(&mut self.unclassified);
        let mut places = Places::default();
        self.mentions.iter().for_each(|m| places.add(m));
        let mut still = Vec::new();
        for chunk in pending {
            if chunk.tokens.len() <= 3 && !chunk.sentence_initial && self.in_list_with_place(&chunk, &places)
            {
                self.push_place(chunk.sentence, chunk.tokens);
                self.mentions.last().into_iter().for_each(|m| places.add(m));
            } else {
                still.push(chunk);
            }
        }
        // Sentence-initial words can join a list too: "Sioux City and Dubuque have …" handled above
        // only when not first; try again now that more places are known.
        for chunk in still {
            if chunk.tokens.len() <= 3
                && self.in_list_with_place(&chunk, &places)
                && !self.is_common_opener(&chunk)
            {
                self.push_place(chunk.sentence, chunk.tokens);
                self.mentions.last().into_iter().for_each(|m| places.add(m));
            } else {
                self.unclassified.push(chunk);
            }
        }
    }

    /// "a consortium of Kestrel, Norland Systems and Vantor": one unknown word listed right beside
    /// an organization found before is an organization too (read after the acronyms, so that
    /// "Vantor, NDA and …" counts the acronym). The kind is not passed on along the list, so one
    /// misread name does not make a list of villages bodies; a word the table knows (a head, a
    /// direction), a hyphened pair ("Syria-Israel") or a word closing brackets stays as it was.
    pub(super) fn organizations_in_lists(&mut self) {
        let pending = std::mem::take(&mut self.unclassified);
        let mut organizations = Places::of(EntityKind::Organization);
        self.mentions.iter().for_each(|m| organizations.add(m));
        for chunk in pending {
            let w = self.tok(chunk.tokens.start);
            let listed = chunk.tokens.len() == 1
                && !self.taken[chunk.tokens.start]
                && lookup(w) == &UNKNOWN
                && !w.contains('-')
                && !is_direction(w)
                && !self.closes_bracket(chunk.tokens.end)
                && !self.is_common_opener(&chunk)
                && self.in_list_with_place(&chunk, &organizations);
            if listed {
                self.push_organization(chunk.sentence, chunk.tokens.clone());
            } else {
                self.unclassified.push(chunk);
            }
        }
    }

    /// Whether a closing bracket stands at `at`: "(UNMRN, Norland)" gives an acronym and a place,
    /// no list.
    fn closes_bracket(&self, at: usize) -> bool {
        at < self.seg.tokens.len() && self.tok(at) == ")"
    }

    /// Whether a chunk is a common noun capitalized only because it opens its sentence.
    ///
    /// Any word that opens a sentence is capitalized, so a sentence-initial chunk looks like a
    /// name whether it is one or not. The second try of `resolve_unclassified` lets such a chunk
    /// become a place when it is listed with a place ("Sioux City and Dubuque have …"); this
    /// decides which sentence-initial chunks may not: a single word shaped like a plural noun
    /// ("Officials and Ames residents …", "Soldiers, …"), that is longer than four bytes and
    /// ending in "s" but not "ss". Short names ("Ames") and names ending in "ss" are kept as
    /// candidates; plural common nouns, which open sentences far more often than place names
    /// of that shape, are not.
    fn is_common_opener(&self, chunk: &Unclassified) -> bool {
        chunk.sentence_initial && chunk.tokens.len() == 1 && {
            let w = self.tok(chunk.tokens.start);
            w.ends_with('s') && w.len() > 4 && !w.ends_with("ss")
        }
    }

    /// Whether the unclassified chunk stands in a coordination ("A, B, and C", "A and B") with a place
    /// (a mention of the kind `places` counts).
    /// A chunk a people's name opens qualifies what follows ("Norland and Norwegian Defence
    /// personnel"): no place.
    fn in_list_with_place(&self, chunk: &Unclassified, places: &Places) -> bool {
        if gazetteer().country_of_demonym(self.tok(chunk.tokens.start)).is_some() {
            return false;
        }
        let sentence = self.seg.sentences[chunk.sentence].tokens.clone();
        // Neighbours to the right: ", X" / "and X" / ", and X".
        let mut k = chunk.tokens.end;
        while k < sentence.end && matches!(self.tok(k), "," | "and" | "or") {
            k += 1;
        }
        if k > chunk.tokens.end && k < sentence.end && places.starts_at(k, sentence.end) {
            // "Ann Lee and US Brig. Gen. Tom Ray": a place before a title is the person's affiliation.
            let affiliation = places.by_start.get(&k).is_some_and(|&end| {
                let word = self.seg.word(end);
                end < sentence.end
                    && self.is_word(end)
                    && self.tok(end).starts_with(char::is_uppercase)
                    && (word.is(Role::TitleHead)
                        || word.is(Role::TitleModifier)
                        || word.is(Role::TitleAbbreviation))
            });
            return !affiliation;
        }
        // Neighbours to the left.
        let mut k = chunk.tokens.start;
        while k > sentence.start && matches!(self.tok(k - 1), "," | "and" | "or") {
            k -= 1;
        }
        // "the Chief of Staff of Norland, Ann Lee, said": a comma alone before a person's name, and
        // no list going on after it, sets off an apposition.
        let tokens = chunk.tokens.clone();
        let apposition = tokens.start - k == 1
            && self.tok(k) == ","
            && tokens.len() >= 2
            && tokens
                .clone()
                .all(|t| self.name_word_at(t, tokens.end) && !self.seg.word(t).is(Role::PlaceSuffix))
            && !self.list_goes_on(tokens.end, sentence.end);
        k < tokens.start && places.ends_at(k, chunk.sentence) && !apposition
    }

    /// Whether a list goes on at `at`: a comma, "and" or "or", then a capitalized word.
    fn list_goes_on(&self, at: usize, sentence_end: usize) -> bool {
        let mut k = at;
        while k < sentence_end && matches!(self.tok(k), "," | "and" | "or") {
            k += 1;
        }
        k > at && k < sentence_end && self.is_cap(k)
    }

    /// Acronyms that name nothing found in full are organizations ("KFOR", "KCAU"), or units when
    /// the article puts one before people serving in a force ("ADF personnel", "KDF troops").
    pub(super) fn remaining_acronyms(&mut self) {
        let pending = std::mem::take(&mut self.acronyms);
        let forces: HashSet<&str> = (pending.iter())
            .filter(|&&(i, _)| i + 1 < self.seg.tokens.len() && self.seg.word(i + 1).is(Role::ServicePeople))
            .map(|&(i, _)| self.tok(i))
            .collect();
        // A word that one mention shows to be a term or a code names no body anywhere; nor does
        // the acronym of equipment, of a post or of a law or memorandum.
        let person_ends = self.person_ends();
        let bracketed = (pending.iter())
            .filter(|&&(i, _)| {
                self.defines_a_term(i) || self.names_no_body(i, &person_ends) || self.shortens_no_name(i)
            })
            .map(|&(i, _)| self.tok(i))
            .collect();
        let mut terms = Terms { bracketed, ..Terms::default() };
        self.equipment_acronyms(&mut terms);
        self.title_acronyms(&mut terms);
        self.document_acronyms(&mut terms);
        self.term_acronyms(&mut terms);
        for (i, sentence_index) in pending {
            if !self.taken[i] && !terms.contains(self.tok(i)) {
                let kind =
                    if forces.contains(self.tok(i)) { EntityKind::Unit } else { EntityKind::Organization };
                let mention = self.mention(kind, i..i + 1, self.tok(i).to_string(), sentence_index);
                self.push(mention);
            }
        }
    }

    /// Whether the word at `i` stands alone in brackets after at least one token: "… (HADR)".
    fn bracketed_alone(&self, i: usize) -> bool {
        i >= 2 && i + 1 < self.seg.tokens.len() && self.tok(i - 1) == "(" && self.tok(i + 1) == ")"
    }

    /// "Humanitarian Aid and Disaster Relief (HADR)", "Regional Maritime Security Patrol (RMSP)":
    /// an acronym in brackets right after the capitalized words it spells, which no rule found to
    /// be a name and one of which names a kind of happening, shortens the name of an activity
    /// written in capitals, no body, there or later.
    fn shortens_no_name(&self, i: usize) -> bool {
        if !self.bracketed_alone(i) {
            return false;
        }
        let acronym = self.tok(i);
        let mut start = i - 1;
        while start > (i - 1).saturating_sub(MAX_SPELLED_WORDS)
            && self.is_word(start - 1)
            && (first_char_upper(self.tok(start - 1)) || self.seg.word(start - 1).is(Role::NameConnector))
        {
            start -= 1;
        }
        (start..i - 1).any(|k| {
            first_char_upper(self.tok(k))
                && initials(self.seg.slice(k..i - 1)) == acronym
                && (k..i - 1).all(|t| !self.taken[t])
                && (k..i - 1).any(|t| self.seg.word(t).event_type().is_some())
        })
    }

    /// "search and rescue (SAR)", "a joint exercise (PASSEX)", "Passage Exercise (PAX)": an
    /// acronym in brackets right after a lowercase word or a word for an exercise shortens a term
    /// or an exercise's name; it names no body, there or later.
    fn defines_a_term(&self, i: usize) -> bool {
        self.bracketed_alone(i)
            && self.is_word(i - 2)
            && (self.tok(i - 2).starts_with(char::is_lowercase)
                || self.seg.word(i - 2).event_type() == Some("training"))
    }

    /// Later mentions of names found in the first pass: surnames, acronyms, short forms; in
    /// headlines too.
    pub(super) fn repeat_known_names(&mut self) {
        let mut names = self.known_names();
        // Longest forms first, found by their first word.
        names.sort_by_key(|(words, _, _)| std::cmp::Reverse(words.len()));
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (n, (words, _, _)) in names.iter().enumerate() {
            by_first.entry(words[0].clone()).or_default().push(n);
        }
        for (sentence_index, sentence) in self.seg.sentences.iter().enumerate() {
            if sentence.boilerplate {
                continue;
            }
            let mut i = sentence.tokens.start;
            while i < sentence.tokens.end {
                if self.taken[i] || !self.is_word(i) {
                    i += 1;
                    continue;
                }
                let candidates = by_first.get(self.tok(i)).map(Vec::as_slice).unwrap_or(&[]);
                match candidates
                    .iter()
                    .map(|&n| &names[n])
                    .find(|name| self.repeats_at(i, sentence.tokens.end, name))
                {
                    Some((words, kind, name)) => {
                        let mut mention =
                            self.mention(*kind, i..i + words.len(), name.clone(), sentence_index);
                        mention.repeat = true;
                        self.push(mention);
                        i += words.len();
                    }
                    None => i += 1,
                }
            }
        }
    }

    /// "the battalion", "the task force": a unit's head noun, written in lowercase after "the",
    /// names the one unit named before it in the article whose name ends in that noun.
    pub(super) fn repeat_unit_heads(&mut self) {
        let mut units: Vec<(usize, String, String)> = (self.mentions.iter())
            .filter(|m| m.kind == EntityKind::Unit && !m.repeat)
            .map(|m| (m.tokens.end, m.name.to_lowercase(), m.name.clone()))
            .collect();
        units.sort_unstable();
        // Every word of the names of the article's units and bodies: "the Army" alone is the
        // service only where no such name holds it ("the Norland Army", "Army Corps of Engineers").
        let unit_words: HashSet<String> = (self.mentions.iter())
            .filter(|m| matches!(m.kind, EntityKind::Unit | EntityKind::Organization))
            .flat_map(|m| m.name.split(' ').map(str::to_lowercase))
            .collect();
        for (sentence_index, sentence) in self.seg.sentences.iter().enumerate() {
            if sentence.boilerplate {
                continue;
            }
            for i in sentence.tokens.start + 1..sentence.tokens.end {
                // "the Guard", "Guard members": a capitalized head alone, no name around it.
                let lone_capital = self.is_cap(i)
                    && !self.is_cap(i - 1)
                    && !(i + 1 < sentence.tokens.end && self.is_cap(i + 1))
                    && self.seg.word(i).is(Role::UnitHead);
                if lone_capital && !self.taken[i] {
                    let head = self.seg.low(i).to_string();
                    let named_before = &units[..units.partition_point(|(end, _, _)| *end <= i)];
                    if let Some(name) = one_unit_ending_in(named_before, &head) {
                        let mut mention = self.mention(EntityKind::Unit, i..i + 1, name, sentence_index);
                        mention.repeat = true;
                        self.push(mention);
                    } else if self.seg.word(i).is(Role::Service)
                        && self.seg.low(i - 1) == "the"
                        && !self.names_its_people(i + 1, sentence.tokens.end)
                        && !unit_words.contains(head.as_str())
                    {
                        let name = self.text(i..i + 1);
                        let mention = self.mention(EntityKind::Unit, i..i + 1, name, sentence_index);
                        self.push(mention);
                    }
                    continue;
                }
                if self.seg.low(i - 1) != "the" || self.taken[i] || !self.is_word(i) || self.is_cap(i) {
                    continue;
                }
                // One head word, or two ("task force") when the second is a head too.
                let two = i + 1 < sentence.tokens.end
                    && !self.taken[i + 1]
                    && self.is_word(i + 1)
                    && !self.is_cap(i + 1)
                    && self.seg.word(i + 1).is(Role::UnitHead);
                let end = if two { i + 2 } else { i + 1 };
                if !self.seg.word(end - 1).is(Role::UnitHead) {
                    continue;
                }
                let head = self.text(i..end).to_lowercase();
                let named_before = &units[..units.partition_point(|(end, _, _)| *end <= i)];
                if let Some(name) = one_unit_ending_in(named_before, &head) {
                    let mut mention = self.mention(EntityKind::Unit, i..end, name, sentence_index);
                    mention.repeat = true;
                    self.push(mention);
                }
            }
        }
    }

    /// "the Navy spokesman", "the Army troops": whether the word at `at` (before `end`) is a
    /// lowercase word for people or a post, which the word before it describes.
    fn names_its_people(&self, at: usize, end: usize) -> bool {
        let people = [Role::Position, Role::TitleHead, Role::Force, Role::ServicePeople];
        at < end && self.is_word(at) && !self.is_cap(at) && people.iter().any(|&r| self.seg.word(at).is(r))
    }

    /// Every form of the names found so far, once per kind: names, short aliases, surnames.
    fn known_names(&self) -> Vec<KnownName> {
        let mut names: Vec<KnownName> = Vec::new();
        // The words of each name kept, joined by spaces (no token holds one).
        let mut seen: HashSet<(String, EntityKind)> = HashSet::default();
        // Most mentions repeat a name found before: their forms are compared, not copied.
        let mut seen_forms: HashSet<(Cow<'_, str>, EntityKind)> = HashSet::default();
        let given_names = self.unique_given_names();
        for mention in self.mentions.iter().filter(|m| !m.repeat) {
            let mut forms: Vec<Cow<'_, str>> = vec![Cow::Borrowed(&mention.name)];
            if let Some(given) = given_names.get(mention.name.as_str()) {
                forms.push(Cow::Borrowed(given));
            }
            let most_words = mention.name.split(' ').count() + 2;
            let short_aliases = mention.aliases.iter().filter(|a| a.split(' ').count() <= most_words);
            forms.extend(short_aliases.map(|a| Cow::Borrowed(a.as_str())));
            if mention.kind == EntityKind::Official {
                forms.extend(surname(&mention.name).map(Cow::Owned));
                forms.extend(double_surname(&mention.name).map(Cow::Owned));
            }
            for form in forms {
                // The same form gives the same words: tokenized once.
                if !seen_forms.insert((form.clone(), mention.kind)) {
                    continue;
                }
                let words: Vec<String> = tokenize(&form).iter().map(|t| t.text(&form).to_string()).collect();
                if !words.is_empty() && seen.insert((words.join(" "), mention.kind)) {
                    names.push((words, mention.kind, mention.name.clone()));
                }
            }
        }
        names
    }

    /// "Tomas is on his first visit", "Liu said": the first word of a person's two-word name (a
    /// given name, or a family name written first) by which the article may call them later,
    /// when no other person named there has it; by the full name. A name of three words may
    /// open with a family name or a given name, so it gives none.
    fn unique_given_names(&self) -> HashMap<&str, &str> {
        let mut by_given: HashMap<&str, Option<&str>> = HashMap::default();
        let officials = self.mentions.iter().filter(|m| !m.repeat && m.kind == EntityKind::Official);
        for mention in officials {
            let Some((given, surname)) = mention.name.split_once(' ') else { continue };
            let name_word = !surname.contains(' ')
                && given.chars().count() > 2
                && given.chars().skip(1).all(char::is_lowercase)
                && !lookup(given).is(Role::NameParticle);
            if name_word {
                let owner = by_given.entry(given).or_insert(Some(&mention.name));
                if *owner != Some(mention.name.as_str()) {
                    *owner = None;
                }
            }
        }
        by_given.into_iter().filter_map(|(given, name)| Some((name?, given))).collect()
    }

    /// Whether the known name `name` stands at token `i` of a sentence ending at `end`, in free
    /// tokens; a one-word form followed by another capitalized word is part of a longer name,
    /// unless it is an acronym.
    fn repeats_at(&self, i: usize, end: usize, (words, _, _): &KnownName) -> bool {
        i + words.len() <= end
            && words.iter().enumerate().all(|(k, w)| !self.taken[i + k] && self.tok(i + k) == w)
            && !(i + words.len() < end
                && self.is_cap(i + words.len())
                && words.len() == 1
                && !is_acronym(&words[0]))
    }
}

/// The one unit name (as written) whose lowercase form ends in `head`, or starts with it ("task force 2-310"), among
/// the last units named (at most 64 are compared, so that text built to defeat it stays linear).
fn one_unit_ending_in(units: &[(usize, String, String)], head: &str) -> Option<String> {
    let mut names = units.iter().rev().take(64).filter(|(_, lower, _)| {
        lower.strip_suffix(head).is_some_and(|rest| rest.ends_with(' '))
            || lower.strip_prefix(head).is_some_and(|rest| rest.starts_with(' '))
    });
    let (_, first, name) = names.next()?;
    names.all(|(_, other, _)| other == first).then(|| name.clone())
}

/// The last two words of a full name of three words or more, which may be a double surname
/// ("Ana Ruiz Mendez" → "Ruiz Mendez"); a later mention of both words is the person.
fn double_surname(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    (words.len() > 2 && words.iter().all(|w| w.chars().count() > 2))
        .then(|| words[words.len() - 2..].join(" "))
}

/// The surname of a full name: its last word, with a particle before it ("Van Dyke").
fn surname(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 2 {
        return None;
    }
    let last = words[words.len() - 1];
    let before = words[words.len() - 2];
    if words.len() > 2 && lookup(before).is(Role::NameParticle) {
        Some(format!("{before} {last}"))
    } else {
        Some(last.to_string())
    }
}
