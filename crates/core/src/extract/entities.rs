//! Finding named units, officials, organizations and places in a segmented article.
//!
//! Rules, in the order they claim tokens: titled people ("Iowa Governor Kim Reynolds"), people
//! introduced by an apposition ("Vjosa Osmani, the president of Kosovo"), unit designation chains
//! ("Detachment 1, Company C (Medevac), 2-211th …"), then capitalized name chunks classified by
//! their head word ("… Battalion", "… Ministry", "Camp …"), the gazetteer, acronyms and context
//! ("in Ames", "the city of …", lists with a known place). A second pass finds later mentions of
//! the names found (surnames, acronyms, short forms), also in headlines.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::model::EntityKind;

use super::lexicon::{
    gazetteer, head_kind, is_determiner, is_full_month_name, is_function_word, is_honorific,
    is_locative_preposition, is_name_connector, is_place_class_noun, is_place_prefix, is_place_suffix_noun,
    is_role_noun, is_title_head, is_title_modifier, number_value, takes_of_complement, weekday_number,
    GazetteerKind, Head,
};
use super::text::{Segmented, TokenKind};

/// One mention of an entity in one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    /// What it is.
    pub kind: EntityKind,
    /// The tokens quoted as evidence.
    pub tokens: Range<usize>,
    /// The name it proposes for its entity.
    pub name: String,
    /// Other names this mention shows (its surface text, an acronym it defines).
    pub aliases: Vec<String>,
    /// Attributes this mention states.
    pub attributes: BTreeMap<String, String>,
    /// Index of its sentence.
    pub sentence: usize,
    /// Whether it only repeats a name found elsewhere (a surname, an acronym).
    pub repeat: bool,
    /// Whether it stands in a credit ("U.S. Air National Guard photo by …"): a source, not a subject.
    pub credit: bool,
}

/// A capitalized chunk that no rule classified, kept for the second pass.
#[derive(Debug, Clone)]
struct Unclassified {
    tokens: Range<usize>,
    sentence: usize,
    sentence_initial: bool,
}

struct Finder<'s, 't> {
    seg: &'s Segmented<'t>,
    /// Tokens that belong to a mention or a date already.
    taken: Vec<bool>,
    mentions: Vec<Mention>,
    unclassified: Vec<Unclassified>,
    /// Acronyms not defined where they stand: classified after known names are repeated.
    acronyms: Vec<(usize, usize)>,
    /// Words that start with a capital and are not month or weekday names.
    capital: Vec<bool>,
    /// The outlet that published the article, if known.
    outlet: Option<&'s str>,
}

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
                let w = seg.tok(i);
                seg.tokens[i].kind == TokenKind::Word && first_char_upper(w) && !is_date_word(w)
            })
            .collect(),
        outlet,
    };
    for (s, sentence) in seg.sentences.iter().enumerate() {
        if sentence.boilerplate || sentence.headline {
            continue;
        }
        finder.sentence(s, sentence.tokens.clone());
    }
    finder.resolve_unclassified();
    finder.repeat_known_names();
    finder.remaining_acronyms();
    finder.mentions.sort_by_key(|m| (m.tokens.start, m.tokens.end));
    finder.mentions
}

fn first_char_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        && !is_roman_numeral(word)
}

fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.len() <= 5 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// "185th", "1st", "2-211th", "12", "III".
fn is_designator(word: &str) -> bool {
    let core = word.rsplit('-').next().unwrap_or(word);
    let digits = core.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &core[digits.len()..];
    (!digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th"))
        || is_roman_numeral(word)
}

fn is_ordinal(word: &str) -> bool {
    is_designator(word) && word.ends_with(|c: char| c.is_ascii_alphabetic()) && !is_roman_numeral(word)
}

fn is_date_word(word: &str) -> bool {
    is_full_month_name(word) || weekday_number(word).is_some() || word.eq_ignore_ascii_case("christmas")
}

/// A title-cased version of an all-capital name ("SIOUX CITY" → "Sioux City").
fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Initials of a name's capitalized words ("North Atlantic Treaty Organization" → "NATO").
fn initials(name: &str) -> String {
    name.split([' ', '-']).filter(|w| first_char_upper(w)).filter_map(|w| w.chars().next()).collect()
}

impl<'s, 't> Finder<'s, 't> {
    fn tok(&self, i: usize) -> &'t str {
        self.seg.tok(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.seg.tokens[i].kind == TokenKind::Word
    }

    fn is_cap(&self, i: usize) -> bool {
        self.capital[i] && !self.taken[i]
    }

    fn text(&self, range: Range<usize>) -> String {
        self.seg.slice(range).to_string()
    }

    fn push(&mut self, mut mention: Mention) {
        for t in mention.tokens.clone() {
            self.taken[t] = true;
        }
        if !mention.aliases.contains(&mention.name) {
            let surface = self.text(mention.tokens.clone());
            if surface != mention.name {
                mention.aliases.insert(0, surface);
            }
        }
        self.mentions.push(mention);
    }

    fn mention(&self, kind: EntityKind, tokens: Range<usize>, name: String, sentence: usize) -> Mention {
        let lower = |k: usize| if k < self.seg.tokens.len() { self.seg.low(k) } else { "" };
        let credit = matches!(lower(tokens.end), "photo" | "photos" | "photograph" | "image")
            && lower(tokens.end + 1) == "by"
            || tokens.start >= 2
                && matches!(lower(tokens.start - 2), "photo" | "courtesy")
                && matches!(lower(tokens.start - 1), "by" | "of");
        Mention {
            kind,
            tokens,
            name,
            aliases: Vec::new(),
            attributes: BTreeMap::new(),
            sentence,
            repeat: false,
            credit,
        }
    }

    /// Runs every first-pass rule over one sentence.
    fn sentence(&mut self, s: usize, range: Range<usize>) {
        let mut i = range.start;
        while i < range.end {
            if self.taken[i] || !self.is_word(i) {
                i += 1;
                continue;
            }
            // Names start with a capital or a designator ("185th"), titles also with "then-".
            let w = self.tok(i);
            if !(first_char_upper(w) || is_designator(w) || w.starts_with("then-") || w.starts_with("ex-")) {
                i += 1;
                continue;
            }
            if let Some(next) = self.titled_person(s, i, range.end) {
                i = next;
                continue;
            }
            if let Some(next) = self.possessive_organization(s, i, range.end) {
                i = next;
                continue;
            }
            if let Some(next) = self.unit_chain(s, i, range.end) {
                i = next;
                continue;
            }
            if self.is_cap(i) || (is_designator(self.tok(i)) && i + 1 < range.end && self.is_cap(i + 1)) {
                i = self.chunk(s, i, range.clone());
                continue;
            }
            i += 1;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // People

    /// A run of title words ending in a title head, starting at `i`: its end.
    fn title_phrase(&self, i: usize, end: usize) -> Option<usize> {
        let mut j = i;
        let mut last_head = None;
        while j < end && self.is_word(j) && !self.taken[j] {
            let w = self.tok(j);
            let lower = w.to_lowercase();
            let then = lower.strip_prefix("then-").or_else(|| lower.strip_prefix("ex-")).unwrap_or(&lower);
            let capital_word = first_char_upper(w) || then != lower;
            let class_after_ordinal = then == "class" && j > i && is_ordinal(self.tok(j - 1));
            if is_title_head(then) && capital_word || class_after_ordinal {
                last_head = Some(j + 1);
            } else if !((is_title_modifier(then) && capital_word) || (is_ordinal(w) && j > i)) {
                break;
            }
            j += 1;
        }
        last_head
    }

    /// A person's name at `i`: up to four capitalized words, with particles ("De", "van", "bin").
    fn person_name(&self, i: usize, end: usize) -> Option<usize> {
        let mut j = i;
        while j < end && j - i < 4 && self.is_word(j) && !self.taken[j] {
            let w = self.tok(j);
            let lower = w.to_lowercase();
            let particle = matches!(
                lower.as_str(),
                "de" | "van" | "von" | "der" | "bin" | "al" | "da" | "del" | "la" | "le"
            ) && j + 1 < end
                && self.is_word(j + 1)
                && first_char_upper(self.tok(j + 1));
            let name_word = first_char_upper(w)
                && !is_acronym(w)
                && !is_title_head(w)
                && !is_function_word(&lower)
                && !is_date_word(w)
                && head_kind(w).is_none()
                && w.chars().any(char::is_lowercase)
                && !w.ends_with('.');
            let initial = w.len() == 2 && w.ends_with('.') && first_char_upper(w);
            if !(name_word || particle && j > i || initial) {
                break;
            }
            j += 1;
        }
        (j > i).then_some(j)
    }

    /// "[Affiliation] Title Name": "Iowa Governor Kim Reynolds", "Senior Master Sgt. Vincent De Groot",
    /// "NATO Secretary General Jens Stoltenberg", "then-Governor Terry Branstad".
    fn titled_person(&mut self, s: usize, i: usize, end: usize) -> Option<usize> {
        // An optional affiliation before the title: a known place, a demonym or an acronym.
        let (affiliation, title_start) = match self.affiliation_prefix(i, end) {
            Some((value, next)) if next < end && self.title_phrase(next, end).is_some() => {
                (Some(value), next)
            }
            _ => (None, i),
        };
        let mut title_start = title_start;
        if affiliation.is_none() && is_honorific(self.tok(i)) {
            let name_end = self.person_name(i + 1, end)?;
            let name = self.text(i + 1..name_end);
            let m = self.mention(EntityKind::Official, i..name_end, name, s);
            self.push(m);
            return Some(name_end);
        }
        let title_end = self.title_phrase(title_start, end)?;
        let mut name_start = title_end;
        // "Commander, Colonel Mark Muckey": a role, a comma, then the rank.
        let mut role = None;
        if name_start + 1 < end && self.tok(name_start) == "," {
            if let Some(second_end) = self.title_phrase(name_start + 1, end) {
                role = Some(self.text(title_start..title_end));
                title_start = name_start + 1;
                name_start = second_end;
            }
        }
        let name_end = self.person_name(name_start, end)?;
        let span_start = if role.is_some() { title_start } else { i.max(title_start) };
        let name = self.text(name_start..name_end);
        let mut m = self.mention(EntityKind::Official, span_start..name_end, name, s);
        let title = self.text(title_start..name_start);
        let title =
            title.strip_prefix("then-").or_else(|| title.strip_prefix("ex-")).unwrap_or(&title).to_string();
        m.attributes.insert("title".into(), title);
        if let Some(role) = role {
            m.attributes.insert("role".into(), role);
        }
        if let Some((kind, value)) = affiliation {
            m.attributes.insert(kind.into(), value);
        }
        // "the adjutant general of the Iowa National Guard, Major General Stephen Osborn", or
        // "Lt. Col. Marcus Bell, the battalion commander".
        if let Some((role, of)) = self.role_before(span_start).or_else(|| self.role_after(name_end, end)) {
            m.attributes.entry("role".into()).or_insert(role);
            if let Some(of) = of {
                m.attributes.entry("affiliation".into()).or_insert(of);
            }
        }
        // The prefix itself is a mention of the place or organization.
        if title_start > i && !self.taken[i] {
            self.chunk_range(
                s,
                i..title_start.min(if self.tok(title_start - 1) == "," {
                    title_start - 1
                } else {
                    title_start
                }),
            );
        }
        self.push(m);
        Some(name_end)
    }

    /// A known place, demonym or acronym at `i` that can stand before a title: ("country", "Kosovo"),
    /// ("affiliation", "NATO").
    fn affiliation_prefix(&self, i: usize, end: usize) -> Option<((&'static str, String), usize)> {
        let w = self.tok(i);
        if !first_char_upper(w) && !is_designator(w) {
            return None;
        }
        let g = gazetteer();
        if let Some(country) = g.country_of_demonym(w) {
            return Some((("country", country.to_string()), i + 1));
        }
        for len in (1..=g.longest_from(w).min(end - i)).rev() {
            if let Some(entry) = g.get(&self.text(i..i + len)) {
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
        // A unit or organization: "185th Refueling Wing Commander …".
        let mut j = i;
        while j < end
            && j - i < 7
            && self.is_word(j)
            && (first_char_upper(self.tok(j)) || is_designator(self.tok(j)))
        {
            if head_kind(self.tok(j)).is_some() && j + 1 < end && self.title_phrase(j + 1, end).is_some() {
                return Some((("affiliation", self.text(i..j + 1)), j + 1));
            }
            j += 1;
        }
        None
    }

    /// "Vjosa Osmani, the president of Kosovo", "Artan Duraku, head of …", "Lutfi Haziri, who is the mayor of …".
    fn appositive_person(&mut self, s: usize, name: Range<usize>, end: usize) -> bool {
        if name.len() < 2 || name.len() > 4 {
            return false;
        }
        let Some((role, of)) = self.role_after(name.end, end) else { return false };
        let words: Vec<&str> = (name.clone()).map(|k| self.tok(k)).collect();
        let name_like = words.iter().all(|w| {
            first_char_upper(w)
                && !is_acronym(w)
                && head_kind(w).is_none()
                && !is_function_word(&w.to_lowercase())
        }) && gazetteer().get(&self.text(name.clone())).is_none();
        if !name_like {
            return false;
        }
        let mut m = self.mention(EntityKind::Official, name.clone(), self.text(name.clone()), s);
        m.attributes.insert("role".into(), role);
        if let Some(of) = of {
            m.attributes.insert("affiliation".into(), of);
        }
        self.push(m);
        true
    }

    /// A role in apposition after a name: ", the president of Kosovo", ", head of …",
    /// ", who is the mayor of …", ", who commands the Japanese troops". Returns the role and the
    /// organization or place it names.
    fn role_after(&self, after: usize, end: usize) -> Option<(String, Option<String>)> {
        if after + 2 >= end || self.tok(after) != "," {
            return None;
        }
        let mut j = after + 1;
        let lower = |k: usize| self.seg.low(k);
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
        if j < end && is_determiner(lower(j)) {
            j += 1;
        }
        // Up to three lowercase words, the last a role noun.
        let role_start = j;
        let mut role_end = None;
        while j < end && j - role_start < 4 && self.is_word(j) && !first_char_upper(self.tok(j)) {
            if is_role_noun(lower(j)) {
                role_end = Some(j + 1);
            }
            j += 1;
        }
        let role_end = role_end?;
        if !(1..=3).contains(&(role_end - role_start)) {
            return None;
        }
        let role_text_end = self.role_phrase_end(role_end, end);
        Some((self.text(role_start..role_text_end), self.role_complement(role_end, role_text_end)))
    }

    /// A role phrase that ends with a comma right before `start`: "the president of Kosovo, …".
    fn role_before(&self, start: usize) -> Option<(String, Option<String>)> {
        if start < 4 || self.tok(start - 1) != "," {
            return None;
        }
        let comma = start - 1;
        for k in (start.saturating_sub(16)..comma).rev() {
            let w = self.seg.low(k);
            if matches!(w, "," | "." | ";" | "“" | "”" | "\"" | "(" | ")") {
                return None;
            }
            if !matches!(w, "the" | "a" | "an") {
                continue;
            }
            // Lowercase words up to a role noun, then "of/for …" to the comma.
            let mut j = k + 1;
            let mut role_end = None;
            while j < comma && j - k <= 4 && !first_char_upper(self.tok(j)) {
                if is_role_noun(self.seg.low(j)) {
                    role_end = Some(j + 1);
                }
                j += 1;
            }
            let Some(role_end) = role_end else { continue };
            let complete = role_end == comma || matches!(self.tok(role_end), "of" | "for" | "at");
            if !complete {
                continue;
            }
            return Some((self.text(k + 1..comma), self.role_complement(role_end, comma)));
        }
        None
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

    // ---------------------------------------------------------------------------------------------
    // Units, organizations and places

    /// "China's foreign ministry": a country's lowercase ministry or government.
    fn possessive_organization(&mut self, s: usize, i: usize, end: usize) -> Option<usize> {
        let entry = gazetteer().get(self.tok(i)).filter(|e| e.kind == GazetteerKind::Country)?;
        if i + 2 >= end || self.seg.tokens[i + 1].kind != TokenKind::Possessive {
            return None;
        }
        let mut j = i + 2;
        while j < end && j - i < 5 && self.is_word(j) && !first_char_upper(self.tok(j)) {
            if matches!(self.tok(j), "ministry" | "government" | "embassy" | "parliament" | "cabinet") {
                let place = self.mention(EntityKind::Place, i..i + 1, entry.canonical.to_string(), s);
                self.push(place);
                let mut m = self.mention(EntityKind::Organization, i..j + 1, self.text(i..j + 1), s);
                m.attributes.insert("country".into(), entry.canonical.to_string());
                self.push(m);
                return Some(j + 1);
            }
            j += 1;
        }
        None
    }

    /// One element of a unit designation: "Detachment 1", "Company C (Medevac)",
    /// "2-211th General Support Aviation Battalion". Returns its end.
    fn unit_element(&self, i: usize, end: usize) -> Option<usize> {
        let w = self.tok(i);
        // "Company C", "Detachment 1", "Battery A", "Troop K" (+ an optional parenthesized name).
        if matches!(head_kind(w), Some(Head::Unit)) && first_char_upper(w) && i + 1 < end {
            let d = self.tok(i + 1);
            let letter = d.len() == 1 && d.chars().all(|c| c.is_ascii_uppercase());
            if letter || d.bytes().all(|b| b.is_ascii_digit()) {
                let mut j = i + 2;
                if j + 2 < end
                    && self.tok(j) == "("
                    && first_char_upper(self.tok(j + 1))
                    && self.tok(j + 2) == ")"
                {
                    j += 3;
                }
                return Some(j);
            }
        }
        // "2-211th … Battalion": a designator, capitalized words, a unit head.
        if is_designator(w) && !w.bytes().all(|b| b.is_ascii_digit()) || is_designator(w) && w.contains('-') {
            let mut j = i + 1;
            let mut last_head = None;
            while j < end && self.is_word(j) && first_char_upper(self.tok(j)) && j - i < 8 {
                if matches!(head_kind(self.tok(j)), Some(Head::Unit)) {
                    last_head = Some(j + 1);
                }
                j += 1;
            }
            return last_head;
        }
        None
    }

    /// A unit designation chain, elements joined by commas, as one unit.
    fn unit_chain(&mut self, s: usize, i: usize, end: usize) -> Option<usize> {
        let first_end = self.unit_element(i, end)?;
        let mut chain_end = first_end;
        let mut elements = 1;
        while chain_end + 1 < end && self.tok(chain_end) == "," {
            match self.unit_element(chain_end + 1, end) {
                Some(next) => {
                    chain_end = next;
                    elements += 1;
                }
                None => break,
            }
        }
        let name = self.text(i..chain_end);
        let mut m = self.mention(EntityKind::Unit, i..chain_end, name, s);
        if elements == 1 {
            // A single element may still continue as a longer name: leave it to the chunker.
            if chain_end < end && self.is_cap(chain_end) {
                return None;
            }
        }
        self.attach_possessive_owner(&mut m, i);
        self.push(m);
        Some(chain_end)
    }

    /// "Iowa Air National Guard’s 185th …": records the owner before a possessive as affiliation.
    fn attach_possessive_owner(&self, m: &mut Mention, start: usize) {
        if start >= 2 && self.seg.tokens[start - 1].kind == TokenKind::Possessive {
            if let Some(owner) = self.mentions.iter().rev().find(|o| o.tokens.end == start - 1) {
                if owner.kind != EntityKind::Place {
                    m.attributes.entry("affiliation".into()).or_insert_with(|| owner.name.clone());
                } else if let Some(country) = owner.attributes.get("country").cloned() {
                    m.attributes.entry("state".into()).or_insert_with(|| owner.name.clone());
                    m.attributes.entry("country".into()).or_insert(country);
                } else {
                    m.attributes.entry("country".into()).or_insert_with(|| owner.name.clone());
                }
            }
        }
    }

    /// Extends a capitalized chunk from `i` and classifies it. Returns where to continue.
    fn chunk(&mut self, s: usize, i: usize, sentence: Range<usize>) -> usize {
        let end = sentence.end;
        let mut j = i;
        let mut has_of_head = false;
        let mut has_university = false;
        while j < end && !self.taken[j] {
            let w = self.tok(j);
            if self.is_word(j) && (first_char_upper(w) || is_designator(w)) && !is_date_word(w) {
                has_of_head |= takes_of_complement(w);
                has_university |= matches!(w.to_lowercase().as_str(), "university" | "college");
                // Consecutive acronyms are separate names ("NATO KFOR"), but not capitals
                // ("SIOUX CITY" in a dateline).
                if j > i && is_acronym(w) && is_acronym(self.tok(j - 1)) && head_kind(w).is_none() {
                    break;
                }
                j += 1;
                continue;
            }
            let lower = w.to_lowercase();
            let joins = j > i
                && j + 1 < end
                && is_name_connector(&lower)
                && (self.is_cap(j + 1)
                    || lower == "of" && j + 2 < end && self.tok(j + 1) == "the" && self.is_cap(j + 2))
                && match lower.as_str() {
                    "of" => has_of_head && (takes_of_complement(self.tok(j - 1)) || self.tok(j - 1) != "the"),
                    "the" => self.tok(j - 1) == "of",
                    "at" => has_university,
                    "and" | "on" | "for" => false,
                    _ => true,
                };
            if joins {
                j += 1;
                continue;
            }
            break;
        }
        // Trailing connectors are not part of the name.
        while j > i + 1 && is_name_connector(self.seg.low(j - 1)) {
            j -= 1;
        }
        if j == i {
            return i + 1;
        }
        self.chunk_range(s, i..j);
        j
    }

    /// Classifies the capitalized chunk `range` and records its mention(s).
    fn chunk_range(&mut self, s: usize, range: Range<usize>) {
        let sentence = self.seg.sentences[s].tokens.clone();
        let mut start = range.start;
        let mut end = range.end;
        // Capitalized sentence openers and numbers are not names ("The", "Thirty-three").
        while start < end {
            let w = self.tok(start);
            let lower = w.to_lowercase();
            if is_function_word(&lower) || number_value(w).is_some() && !is_designator(w) || is_honorific(w) {
                start += 1;
            } else {
                break;
            }
        }
        // Trailing title words belong to a person that follows ("185th Refueling Wing Commander").
        while end > start && is_title_head(self.tok(end - 1)) && head_kind(self.tok(end - 1)).is_none() {
            end -= 1;
        }
        if start >= end {
            return;
        }
        let range = start..end;
        let sentence_initial = range.start == sentence.start
            || (range.start == sentence.start + 1
                && matches!(self.tok(sentence.start), "“" | "\"" | "‘" | "("));
        let text = self.text(range.clone());

        // A person introduced by an apposition.
        if self.appositive_person(s, range.clone(), sentence.end) {
            return;
        }
        // The whole chunk in the gazetteer.
        if let Some(entry) = gazetteer().get(&text) {
            self.gazetteer_mention(s, range.clone(), entry);
            self.after_name(s, range.end);
            return;
        }
        // A head word, read from the end (or before an "of" complement).
        if let Some((kind, head_at)) = self.classify_by_head(range.clone()) {
            let name_start = self.strip_demonym_before_designator(range.clone());
            let name = self.canonical(name_start..range.end);
            let mut m = self.mention(kind, range.clone(), name, s);
            if name_start > range.start {
                if let Some(country) = gazetteer().country_of_demonym(self.tok(range.start)) {
                    m.attributes.insert("country".into(), country.to_string());
                }
            } else {
                self.leading_place_attribute(&mut m, range.clone());
            }
            self.attach_possessive_owner(&mut m, range.start);
            // "National Guard Bureau State Partner Program": the owner is an organization too.
            let nested = self.nested_owner(range.clone(), head_at);
            self.define_acronym(&mut m, range.end, sentence.end);
            self.push(m);
            if let Some(owner) = nested {
                let name = self.text(owner.clone());
                let mut o = self.mention(EntityKind::Organization, owner, name, s);
                o.repeat = false;
                self.mentions.push(o);
            }
            self.after_name(s, range.end);
            return;
        }
        // A known name at the start, unknown words after: "U.S. Air Force KC-135 Statotanker";
        // but a base or station is named after its head: "Joint Base Elmendorf-Richardson".
        if range.len() > 1 {
            let named_after = (range.start..range.end - 1).any(|k| {
                matches!(self.seg.low(k), "base" | "station" | "airfield" | "camp" | "fort" | "port")
            });
            if named_after {
                let m = self.mention(EntityKind::Place, range.clone(), self.canonical(range.clone()), s);
                self.push(m);
                return;
            }
            if let Some(head_end) =
                (range.start + 1..range.end).rev().find(|&k| head_kind(self.tok(k - 1)).is_some())
            {
                if head_end > range.start + 1 {
                    self.chunk_range(s, range.start..head_end);
                    return;
                }
            }
            // "in Ilocos Norte province": a short unknown name placed by its context.
            if range.len() <= 3 && !sentence_initial && self.place_by_context(range.clone(), sentence.clone())
            {
                let m = self.mention(EntityKind::Place, range.clone(), self.canonical(range.clone()), s);
                self.push(m);
                return;
            }
            // Gazetteer names inside a chunk of unknown words are left alone ("Iowa State Fair").
            self.unclassified.push(Unclassified { tokens: range, sentence: s, sentence_initial });
            return;
        }
        // One unknown word; a demonym ("Serbian") is an adjective, not a name.
        let w = self.tok(range.start);
        if gazetteer().country_of_demonym(w).is_some() {
            return;
        }
        if is_acronym(w) {
            self.acronyms.push((range.start, s));
            return;
        }
        if self.outlet.is_some_and(|o| o == w) {
            let m = self.mention(EntityKind::Organization, range.clone(), w.to_string(), s);
            self.push(m);
            return;
        }
        if !sentence_initial && self.place_by_context(range.clone(), sentence.clone()) {
            let m = self.mention(EntityKind::Place, range.clone(), self.canonical(range.clone()), s);
            self.push(m);
            self.after_name(s, range.end);
            return;
        }
        self.unclassified.push(Unclassified { tokens: range, sentence: s, sentence_initial });
    }

    /// A mention for a gazetteer name.
    fn gazetteer_mention(&mut self, s: usize, range: Range<usize>, entry: super::lexicon::GazetteerEntry) {
        let kind = match entry.kind {
            GazetteerKind::Organization | GazetteerKind::Outlet => EntityKind::Organization,
            _ => EntityKind::Place,
        };
        let mut m = self.mention(kind, range.clone(), entry.canonical.to_string(), s);
        if matches!(entry.kind, GazetteerKind::State | GazetteerKind::Country) {
            if let Some(country) = entry.country {
                m.attributes.insert("country".into(), country.to_string());
            }
        }
        let sentence_end = self.seg.sentences[s].tokens.end;
        self.define_acronym(&mut m, range.end, sentence_end);
        self.push(m);
    }

    /// The entity kind given by the chunk's head word and the head's position.
    fn classify_by_head(&self, range: Range<usize>) -> Option<(EntityKind, usize)> {
        let first = self.tok(range.start);
        if range.len() > 1 && is_place_prefix(first) && !is_title_head(self.tok(range.start + 1)) {
            return Some((EntityKind::Place, range.start));
        }
        // "Mission of the Consulate …", "Corps of Engineers", "University of Texas at Austin".
        let head_at = match (range.clone()).find(|&k| self.tok(k) == "of") {
            Some(of) if of > range.start => {
                let before = of - 1;
                if takes_of_complement(self.tok(before)) && head_kind(self.tok(before)).is_some() {
                    before
                } else {
                    range.end - 1
                }
            }
            _ => range.end - 1,
        };
        let head = self.tok(head_at);
        let kind = match head_kind(head)? {
            Head::Unit => {
                // "Wagner Group", "Eurasia Group": without a designator, a Group is an organization.
                let designated = (range.clone()).any(|k| is_designator(self.tok(k)));
                if head.eq_ignore_ascii_case("group") && !designated {
                    EntityKind::Organization
                } else {
                    EntityKind::Unit
                }
            }
            Head::Organization => EntityKind::Organization,
            Head::Place => EntityKind::Place,
        };
        // A head alone is a common noun ("Guard", "City"), not a name, except for acronym-free
        // names of bodies such as "Senate" which the gazetteer knows.
        if range.len() == 1 {
            return None;
        }
        Some((kind, head_at))
    }

    /// "Polish 12th Mechanized Division": the demonym is not part of the name.
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

    /// "Kosovo Defense Ministry" → country Kosovo; "Iowa National Guard" → state Iowa, country United States.
    fn leading_place_attribute(&self, m: &mut Mention, range: Range<usize>) {
        let g = gazetteer();
        for len in (1..=g.longest_from(self.tok(range.start)).min(range.len() - 1)).rev() {
            if let Some(entry) = g.get(&self.text(range.start..range.start + len)) {
                match entry.kind {
                    GazetteerKind::Country => {
                        m.attributes.insert("country".into(), entry.canonical.to_string());
                    }
                    GazetteerKind::State => {
                        m.attributes.insert("state".into(), entry.canonical.to_string());
                        if let Some(c) = entry.country {
                            m.attributes.insert("country".into(), c.to_string());
                        }
                    }
                    _ => {}
                }
                return;
            }
        }
        if let Some(country) = g.country_of_demonym(self.tok(range.start)) {
            m.attributes.insert("country".into(), country.to_string());
        }
    }

    /// An organization head inside a longer organization name marks its owner.
    fn nested_owner(&self, range: Range<usize>, head_at: usize) -> Option<Range<usize>> {
        let first_head = (range.start + 1..head_at)
            .find(|&k| matches!(head_kind(self.tok(k)), Some(Head::Organization)))?;
        (first_head + 1 < head_at && head_kind(self.tok(head_at)) == Some(Head::Organization))
            .then_some(range.start..first_head + 1)
    }

    /// "Kosovo Security Forces (KSF)": the acronym in brackets is an alias when its letters fit.
    fn define_acronym(&self, m: &mut Mention, after: usize, end: usize) {
        if after + 2 < end && self.tok(after) == "(" && self.tok(after + 2) == ")" {
            let acronym = self.tok(after + 1);
            if is_acronym(acronym) && initials(&m.name).contains(acronym.trim_end_matches('s')) {
                m.aliases.push(acronym.to_string());
            }
        }
    }

    /// After a name, "(ACR)" has been read by `define_acronym`: take its tokens too.
    fn after_name(&mut self, _s: usize, after: usize) {
        let end = self.taken.len();
        if after + 2 < end && self.tok(after) == "(" && self.tok(after + 2) == ")" {
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
    /// "Fort Cavazos, Texas", "Ilocos Norte province".
    fn place_by_context(&self, range: Range<usize>, sentence: Range<usize>) -> bool {
        let before = |k: usize| (range.start >= sentence.start + k).then(|| self.seg.low(range.start - k));
        let after = |k: usize| (range.end + k - 1 < sentence.end).then(|| self.tok(range.end + k - 1));
        if before(1).is_some_and(is_locative_preposition) {
            // "to Kosovo", but not "to Newsweek" after "told": a verb of speech takes a person or outlet.
            let after_speech = before(2)
                .is_some_and(|v| matches!(v, "told" | "said" | "wrote" | "spoke" | "talked" | "email"));
            return !after_speech;
        }
        if before(1) == Some("of")
            && before(2).is_some_and(|n| is_place_class_noun(n) || n == "mayor" || n == "governor")
        {
            return true;
        }
        if after(1) == Some(",") {
            if let Some(next) = after(2) {
                if gazetteer()
                    .get(next)
                    .is_some_and(|e| matches!(e.kind, GazetteerKind::State | GazetteerKind::Country))
                {
                    return true;
                }
            }
        }
        after(1).is_some_and(is_place_suffix_noun)
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

    // ---------------------------------------------------------------------------------------------
    // Second pass

    /// Unknown chunks in a list with a known place are places ("Johnston, Fort Dodge, and Norwalk").
    fn resolve_unclassified(&mut self) {
        let pending = std::mem::take(&mut self.unclassified);
        let mut still = Vec::new();
        for u in pending {
            if u.tokens.len() <= 3 && !u.sentence_initial && self.in_list_with_place(&u) {
                let name = self.canonical(u.tokens.clone());
                let m = self.mention(EntityKind::Place, u.tokens.clone(), name, u.sentence);
                self.push(m);
            } else {
                still.push(u);
            }
        }
        // Sentence-initial words can join a list too: "Sioux City and Dubuque have …" handled above
        // only when not first; try again now that more places are known.
        for u in still {
            if u.tokens.len() <= 3 && self.in_list_with_place(&u) && !self.is_common_opener(&u) {
                let name = self.canonical(u.tokens.clone());
                let m = self.mention(EntityKind::Place, u.tokens.clone(), name, u.sentence);
                self.push(m);
            } else {
                self.unclassified.push(u);
            }
        }
    }

    fn is_common_opener(&self, u: &Unclassified) -> bool {
        u.sentence_initial && u.tokens.len() == 1 && {
            let w = self.tok(u.tokens.start);
            w.ends_with('s') && w.len() > 4 && !w.ends_with("ss")
        }
    }

    /// Whether the unclassified chunk stands in a coordination ("A, B, and C", "A and B") with a place.
    fn in_list_with_place(&self, u: &Unclassified) -> bool {
        let is_place_at = |start: usize, end: usize| {
            self.mentions
                .iter()
                .any(|m| m.kind == EntityKind::Place && m.tokens.start == start && m.tokens.end <= end)
        };
        let sentence = self.seg.sentences[u.sentence].tokens.clone();
        // Neighbours to the right: ", X" / "and X" / ", and X".
        let mut k = u.tokens.end;
        while k < sentence.end && matches!(self.tok(k), "," | "and" | "or") {
            k += 1;
        }
        if k > u.tokens.end && k < sentence.end && is_place_at(k, sentence.end) {
            return true;
        }
        // Neighbours to the left.
        let mut k = u.tokens.start;
        while k > sentence.start && matches!(self.tok(k - 1), "," | "and" | "or") {
            k -= 1;
        }
        k < u.tokens.start
            && self
                .mentions
                .iter()
                .any(|m| m.kind == EntityKind::Place && m.tokens.end == k && m.sentence == u.sentence)
    }

    /// Acronyms that name nothing found in full are organizations ("KFOR", "KCAU").
    fn remaining_acronyms(&mut self) {
        for (i, s) in std::mem::take(&mut self.acronyms) {
            if !self.taken[i] {
                let m = self.mention(EntityKind::Organization, i..i + 1, self.tok(i).to_string(), s);
                self.push(m);
            }
        }
    }

    /// Later mentions of names found in the first pass: surnames, acronyms, short forms; in
    /// headlines too.
    fn repeat_known_names(&mut self) {
        // Names to look for: (words, kind, canonical name).
        let mut names: Vec<(Vec<String>, EntityKind, String)> = Vec::new();
        let mut seen: std::collections::HashSet<(Vec<String>, EntityKind)> = std::collections::HashSet::new();
        for m in &self.mentions {
            if m.repeat {
                continue;
            }
            let mut forms: Vec<String> = vec![m.name.clone()];
            forms.extend(
                m.aliases.iter().filter(|a| a.split(' ').count() <= m.name.split(' ').count() + 2).cloned(),
            );
            if m.kind == EntityKind::Official {
                if let Some(surname) = surname(&m.name) {
                    forms.push(surname);
                }
            }
            for form in forms {
                let words: Vec<String> =
                    super::text::tokenize(&form).iter().map(|t| t.text(&form).to_string()).collect();
                if !words.is_empty() && seen.insert((words.clone(), m.kind)) {
                    names.push((words, m.kind, m.name.clone()));
                }
            }
        }
        // Longest forms first, found by their first word.
        names.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        let mut by_first: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
        for (n, (words, _, _)) in names.iter().enumerate() {
            by_first.entry(words[0].clone()).or_default().push(n);
        }
        for (s, sentence) in self.seg.sentences.iter().enumerate() {
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
                let hit = candidates.iter().map(|&n| &names[n]).find(|(words, _, _)| {
                    i + words.len() <= sentence.tokens.end
                        && words.iter().enumerate().all(|(k, w)| !self.taken[i + k] && self.tok(i + k) == w)
                        && !(i + words.len() < sentence.tokens.end
                            && self.is_cap(i + words.len())
                            && words.len() == 1
                            && !is_acronym(&words[0]))
                });
                match hit {
                    Some((words, kind, name)) => {
                        let range = i..i + words.len();
                        let mut m = self.mention(*kind, range, name.clone(), s);
                        m.repeat = true;
                        self.push(m);
                        i += words.len();
                    }
                    None => i += 1,
                }
            }
        }
    }
}

/// The surname of a full name: its last word, with a particle before it ("De Groot").
fn surname(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 2 {
        return None;
    }
    let last = words[words.len() - 1];
    let before = words[words.len() - 2];
    if words.len() > 2
        && matches!(
            before.to_lowercase().as_str(),
            "de" | "van" | "von" | "der" | "bin" | "al" | "da" | "del" | "la" | "le"
        )
    {
        Some(format!("{before} {last}"))
    } else {
        Some(last.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::segment;
    use super::*;

    fn found(text: &str) -> Vec<(EntityKind, String, String)> {
        let seg = segment(text);
        let blocked = vec![false; seg.tokens.len()];
        find_mentions(&seg, &blocked, None)
            .into_iter()
            .map(|m| (m.kind, m.name, seg.slice(m.tokens).to_string()))
            .collect()
    }

    #[test]
    fn titled_people_keep_title_and_affiliation_apart() {
        let seg = segment(
            "As invited by Iowa Governor Kim Reynolds and Senior Master Sgt. Vincent De Groot, they came.",
        );
        let m = find_mentions(&seg, &vec![false; seg.tokens.len()], None);
        let reynolds = m.iter().find(|m| m.name == "Kim Reynolds").unwrap();
        assert_eq!(reynolds.attributes["title"], "Governor");
        assert_eq!(reynolds.attributes["state"], "Iowa");
        let de_groot = m.iter().find(|m| m.name == "Vincent De Groot").unwrap();
        assert_eq!(de_groot.attributes["title"], "Senior Master Sgt.");
        assert!(m.iter().any(|m| m.name == "Iowa" && m.kind == EntityKind::Place));
    }

    #[test]
    fn a_designation_chain_is_one_unit() {
        let f = found("Thirty-three guardsmen from Detachment 1, Company C (Medevac), 2-211th General Support Aviation Battalion, will go.");
        assert_eq!(
            f,
            [(
                EntityKind::Unit,
                "Detachment 1, Company C (Medevac), 2-211th General Support Aviation Battalion".to_string(),
                "Detachment 1, Company C (Medevac), 2-211th General Support Aviation Battalion".to_string()
            )]
        );
    }

    #[test]
    fn heads_gazetteer_and_context_classify_names() {
        let f = found("Officials of the Kosovo Defense Ministry met at Camp Dodge in Ames with the North Atlantic Treaty Organization (NATO) and KFOR.");
        let kinds: Vec<(EntityKind, &str)> = f.iter().map(|(k, n, _)| (*k, n.as_str())).collect();
        assert!(kinds.contains(&(EntityKind::Organization, "Kosovo Defense Ministry")), "{kinds:?}");
        assert!(kinds.contains(&(EntityKind::Place, "Camp Dodge")), "{kinds:?}");
        assert!(kinds.contains(&(EntityKind::Place, "Ames")), "{kinds:?}");
        assert!(
            kinds.contains(&(EntityKind::Organization, "North Atlantic Treaty Organization")),
            "{kinds:?}"
        );
        assert!(kinds.contains(&(EntityKind::Organization, "KFOR")), "{kinds:?}");
    }

    #[test]
    fn appositions_make_officials_and_surnames_repeat() {
        let f = found("Vjosa Osmani, the president of Kosovo, visited. Later Osmani said so.");
        assert_eq!(
            f.iter().filter(|(k, n, _)| *k == EntityKind::Official && n == "Vjosa Osmani").count(),
            2,
            "{f:?}"
        );
    }
}
