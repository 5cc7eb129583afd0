//! Who took part in an event and where it happened: the participants and the place that a clause
//! gives its event, read from the clause itself (a place after a locative preposition, the
//! speaker of a saying, the official or unit a pronoun or definite noun points back to), never
//! from the nearest name.

use std::ops::Range;

use crate::model::EntityKind;

use super::super::lexicon::{lookup_lowercase, Role};
use super::super::mentions::Mention;
use super::super::text::{Segmented, TokenKind};
use super::clauses::quoted;
use super::relative;
use super::titled;
use super::triggers;

/// "a NATO peacekeeping mission", "NATO integration", "NATO’s eastern flank": an organization
/// named before a lowercase noun, or owning it, qualifies the noun; it takes no part. (A unit
/// before a noun, "Ohio National Guard soldiers", names who is there, and so does a body before
/// its people, "NATO officers".)
fn modifies_a_noun(seg: &Segmented<'_>, mention: &Mention) -> bool {
    if mention.kind != EntityKind::Organization {
        return false;
    }
    let mut end = mention.tokens.end;
    // "North Atlantic Treaty Organization (NATO) peacekeeping mission"
    if end + 2 < seg.tokens.len() && seg.tok(end) == "(" && seg.tok(end + 2) == ")" {
        end += 3;
    }
    // "to support NATO’s eastern flank": what the body owns qualifies it just the same, and so does
    // its named operation ("NATO’s Operation Sea Guardian").
    if end < seg.tokens.len() && seg.tokens[end].kind == TokenKind::Possessive {
        end += 1;
        if end < seg.tokens.len() && seg.word(end).event_type() == Some("operation") {
            return true;
        }
    }
    let not_a_noun = [
        Role::FunctionWord,
        Role::Locative,
        Role::TimePreposition,
        Role::DateName,
        Role::PastForm,
        Role::Verb,
    ];
    end < seg.tokens.len()
        && seg.tokens[end].kind == TokenKind::Word
        && seg.tok(end).starts_with(char::is_lowercase)
        && seg.word(end).head().is_none()
        && !not_a_noun.iter().any(|&role| seg.word(end).is(role))
        && !seg.low(end).ends_with("ed")
        && !names_people(seg, end)
        && !names_people_after_a_qualifier(seg, end)
}

/// "the RNLI volunteer crew", "NATO staff officers": a lowercase word qualifying the people a
/// body is named before does not hide them.
fn names_people_after_a_qualifier(seg: &Segmented<'_>, k: usize) -> bool {
    let next = k + 1;
    next < seg.tokens.len()
        && seg.tokens[next].kind == TokenKind::Word
        && seg.tok(next).starts_with(char::is_lowercase)
        && names_people(seg, next)
}

/// Whether token `k` names people ("soldiers", "personnel", "officials", "deputy", "crew", "rebels"): a
/// body named before it says whose they are, and takes part through them.
fn names_people(seg: &Segmented<'_>, k: usize) -> bool {
    let people = [Role::Force, Role::Position, Role::TitleHead, Role::TitleModifier, Role::Combatants];
    let low = seg.low(k);
    let singular = low.strip_suffix('s').unwrap_or(low);
    let word = lookup_lowercase(singular);
    people.iter().any(|&role| seg.word(k).is(role) || word.is(role)) || singular == "crew"
}

/// "paired with Chile under the Defense Department's State Partnership Program": an organization
/// named after "under", or a programme after "through", and its possessor, are the frame the event
/// happens in, not ones taking part.
fn frames_the_event(seg: &Segmented<'_>, mentions: &[Mention], mut k: usize, clause_start: usize) -> bool {
    loop {
        let mut start = mentions[k].tokens.start;
        if start > clause_start && seg.tok(start - 1).eq_ignore_ascii_case("the") {
            start -= 1;
        }
        if start <= clause_start {
            return false;
        }
        // "under the 58th Division" tells what a unit belongs to; a program or a body frames.
        if seg.low(start - 1) == "under" {
            return mentions[k].kind == EntityKind::Organization;
        }
        // "a deal through the Allied Arms Sales programme": the channel a thing goes through.
        if seg.low(start - 1) == "through" {
            let last = mentions[k].tokens.end - 1;
            return mentions[k].kind == EntityKind::Organization && seg.word(last).is(Role::ProgrammeNoun);
        }
        // "the Defense Department's State Partnership Program": the possessor frames it too.
        let owner = k.checked_sub(1).filter(|&o| mentions[o].tokens.end + 1 == start);
        match owner {
            Some(o) if seg.tokens[start - 1].kind == TokenKind::Possessive => k = o,
            _ => return false,
        }
    }
}

/// The verbs with which a source closes the clause it reports ("…, BBC reported.", "…, the Guard
/// announced.").
const REPORTING_VERBS: &[&str] =
    &["said", "says", "reported", "reports", "told", "added", "stated", "announced", "noted", "confirmed"];

/// "…, BBC reported.", "…, the agency said", "…, the Guard announced": who reports the clause's
/// event at its end is its source, not a participant (of any event but the saying itself).
fn is_trailing_source(seg: &Segmented<'_>, mention: &Mention, clause_end: usize) -> bool {
    let mut start = mention.tokens.start;
    if start > 0 && seg.tok(start - 1).eq_ignore_ascii_case("the") {
        start -= 1;
    }
    let end = mention.tokens.end;
    let reports = end < clause_end && REPORTING_VERBS.contains(&seg.low(end));
    let rest_is_punctuation = (end + 1..clause_end).all(|k| seg.tokens[k].kind != TokenKind::Word);
    start > 0 && matches!(seg.tok(start - 1), "," | "”" | "\"") && reports && rest_is_punctuation
}

/// "A statement from the ministry said that the exercise began", "…, a press release by the army
/// said": the body a saying comes from is the source of the happening it reports (of the saying
/// itself, its speaker).
fn authors_a_saying(seg: &Segmented<'_>, mut start: usize, clause_start: usize) -> bool {
    if start > clause_start && seg.low(start - 1) == "the" {
        start -= 1;
    }
    start >= clause_start + 2
        && matches!(seg.low(start - 1), "from" | "by")
        && matches!(seg.low(start - 2), "statement" | "release" | "report")
}

/// "PORTSMOUTH, Va. (WVEC) --", "New Delhi (AFP) Dec 1, 2016", "PRAGUE (Norland News / Ruritania
/// Wire - 7 September, 2022)": a body in the brackets right after the place that opens its
/// sentence, in capitalized words, is an outlet that files the report.
fn files_the_report(seg: &Segmented<'_>, mention: &Mention) -> bool {
    let (start, end) = (mention.tokens.start, mention.tokens.end);
    let opens = seg.sentences[mention.sentence].tokens.start;
    let dateline_word =
        |k: usize| seg.tokens[k].kind != TokenKind::Word || !seg.tok(k).starts_with(char::is_lowercase);
    let Some(open) = (opens + 1..start.min(opens + 6)).find(|&k| seg.tok(k) == "(") else { return false };
    let closed_before = (open + 1..start).any(|k| seg.tok(k) == ")");
    let closes_after =
        (end..(end + 12).min(seg.tokens.len())).map(|k| seg.tok(k)).find(|t| matches!(*t, "(" | ")"));
    mention.kind != EntityKind::Place
        && !closed_before
        && closes_after == Some(")")
        && (opens..open).all(dateline_word)
}

/// "the U.N.-recognized government", "a U.S.-led mission": a body joined by a hyphen to a
/// lowercase word forms an adjective; it qualifies the noun after it and takes no part.
fn in_a_hyphenated_qualifier(seg: &Segmented<'_>, mention: &Mention) -> bool {
    let end = mention.tokens.end;
    let lowercase_at = |k: usize| k < seg.tokens.len() && seg.tok(k).starts_with(char::is_lowercase);
    matches!(mention.kind, EntityKind::Organization | EntityKind::Unit)
        && end < seg.tokens.len()
        && (seg.tok(end) == "-" && lowercase_at(end + 1)
            || seg.tok(end).starts_with('-') && seg.tok(end).len() > 1)
}

/// Whether mention `k`, named in the event's clause, is only around the event: a photo credit, the
/// source of the report, the outlet of a dateline, the frame it happens in, or a body qualifying a
/// noun.
pub(super) fn takes_no_part(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    k: usize,
    clause: Range<usize>,
    event_type: &str,
) -> bool {
    let mention = &mentions[k];
    mention.credit
        || is_source_of_report(seg, mention.tokens.start, clause.start)
        || files_the_report(seg, mention)
        || event_type != "statement" && is_trailing_source(seg, mention, clause.end)
        || event_type != "statement" && authors_a_saying(seg, mention.tokens.start, clause.start)
        || frames_the_event(seg, mentions, k, clause.start)
        || modifies_a_noun(seg, mention)
        || in_a_hyphenated_qualifier(seg, mention)
}

/// The words that open an aside telling another activity before the clause's own ("In addition to
/// dealing with …, the militaries conducted …", "Besides discussing …, the ministers signed …").
const ASIDE_OPENERS: &[&[&str]] =
    &[&["in", "addition", "to"], &["besides"], &["apart", "from"], &["aside", "from"]];

/// Whether a mention lies in an aside that opens the clause with another activity (an opener of
/// [`ASIDE_OPENERS`] and a verb in "-ing", up to the first comma) while the trigger comes after it:
/// what the aside deals with takes no part in the clause's event.
fn in_an_aside_before(
    seg: &Segmented<'_>,
    mention: &Mention,
    clause: Range<usize>,
    trigger_at: usize,
) -> bool {
    let Some(opener) = ASIDE_OPENERS.iter().find(|words| {
        clause.len() > words.len() && words.iter().zip(clause.start..).all(|(w, k)| seg.low(k) == *w)
    }) else {
        return false;
    };
    let activity = seg.low(clause.start + opener.len());
    let Some(comma) = clause.clone().find(|&k| seg.tok(k) == ",") else { return false };
    activity.ends_with("ing") && mention.tokens.end <= comma && trigger_at > comma
}

/// Whether a mention starting at `start` is named in what a vote decides: after its trigger, past
/// an infinitive ("approved a bill to deploy troops in support of X", "a proposal to send a
/// contingent of X") or "urging" ("a resolution urging Governor X to quit"). Those it decides on
/// take no part in the vote; the body voting and who proposes are named before.
fn in_what_is_decided(seg: &Segmented<'_>, trigger_at: usize, start: usize) -> bool {
    let infinitive = |k: usize| {
        seg.low(k) == "to" && k + 1 < start && {
            let next = seg.tok(k + 1);
            next.starts_with(char::is_lowercase) && !seg.word(k + 1).is(Role::FunctionWord)
        }
    };
    (trigger_at + 1..start).any(|k| infinitive(k) || matches!(seg.low(k), "urging" | "urges" | "urged"))
}

/// What the roles of an event are read against: its article's text and entity mentions, and the
/// index of its sentence.
pub(super) struct Roles<'a, 't> {
    /// The article's tokens and sentences.
    pub seg: &'a Segmented<'t>,
    /// The article's entity mentions, in text order.
    pub mentions: &'a [Mention],
    /// Index of the event's sentence.
    pub sentence: usize,
}

impl Roles<'_, '_> {
    /// The participants (indexes into the article's mentions) and the place of the event of type
    /// `event_type` that `clause` tells, named by the trigger at `trigger_at`.
    pub(super) fn of(
        &self,
        clause: Range<usize>,
        trigger_at: usize,
        event_type: &str,
    ) -> (Vec<usize>, Option<usize>) {
        let (seg, mentions) = (self.seg, self.mentions);
        // Where a statement was made is rarely said ("told reporters in …"); the places it talks
        // about are not it.
        let location = if event_type == "statement" {
            spoken_at(seg, mentions, seg.sentences[self.sentence].tokens.clone())
        } else {
            let sentence = seg.sentences[self.sentence].tokens.clone();
            location_of(seg, mentions, clause.clone(), trigger_at, event_type)
                .or_else(|| place_before_where(seg, mentions, clause.start))
                .or_else(|| place_across_when(seg, mentions, clause.clone(), sentence, event_type))
                .or_else(|| place_of_mission(mentions, clause.clone(), event_type))
        };
        let relative = relative::told_of(seg, mentions, clause.clone(), trigger_at);
        let in_main_clause = |k: usize| relative.is_some_and(|(_, own)| mentions[k].tokens.start < own);
        let mut participants: Vec<usize> = mentions_in(mentions, clause.clone())
            .filter(|&k| Some(k) != location && !takes_no_part(seg, mentions, k, clause.clone(), event_type))
            .filter(|&k| !in_main_clause(k))
            .filter(|&k| !in_an_aside_before(seg, &mentions[k], clause.clone(), trigger_at))
            .filter(|&k| {
                event_type != "vote" || !in_what_is_decided(seg, trigger_at, mentions[k].tokens.start)
            })
            .collect();
        if let Some((who, _)) = relative.filter(|(who, _)| !participants.contains(who)) {
            participants.insert(0, who);
        }
        let saying = event_type == "statement";
        // "The Governor was joined by …" (a saying's title, "…, the Minister said", is its source).
        if !saying {
            let titled = titled::official_by_title(seg, mentions, clause.clone(), self.sentence);
            participants.extend(titled.filter(|k| !participants.contains(k)));
        }
        if participants.iter().all(|&k| mentions[k].kind == EntityKind::Place) {
            participants.extend(self.person_pointed_at(clause.clone(), saying));
        }
        if !saying && participants.iter().all(|&k| mentions[k].kind == EntityKind::Place) {
            participants.extend(self.unit_pointed_at(clause.clone()));
        }
        if !saying && object_pronoun(seg, clause.clone()) {
            let person = self.person_pointed_at(clause.clone(), saying);
            participants.extend(person.filter(|k| !participants.contains(k)));
        }
        if saying {
            participants = speaker(seg, mentions, &participants, trigger_at, clause.clone());
        }
        (participants, location)
    }

    /// "It was her first visit … since being elected": the official a personal pronoun of the clause
    /// points to, the last one named in it or the two sentences before.
    fn person_pointed_at(&self, clause: Range<usize>, saying: bool) -> Option<usize> {
        let seg = self.seg;
        // "He says …" names the source of a report, not who took part (unless the saying is the event).
        let speaks = |k: usize| {
            !saying
                && k + 1 < clause.end
                && triggers::trigger(seg.word(k + 1), "").is_some_and(|t| t.event_type == "statement")
        };
        if !clause.clone().any(|k| matches!(seg.low(k), "her" | "his" | "she" | "he") && !speaks(k)) {
            return None;
        }
        let near = |m: &Mention| m.sentence + 2 >= self.sentence;
        let before = self.mentions.partition_point(|m| m.tokens.start < clause.start);
        let last =
            self.mentions[..before].iter().rposition(|m| m.kind == EntityKind::Official || !near(m))?;
        let person = &self.mentions[last];
        (person.kind == EntityKind::Official && near(person)).then_some(last)
    }

    /// "the soldiers will first travel to …", "the ship rescued …", "the crew returned …": forces,
    /// a vessel or a crew named with a definite word point back to the unit named last before the
    /// clause, in it or the two sentences before.
    fn unit_pointed_at(&self, clause: Range<usize>) -> Option<usize> {
        let seg = self.seg;
        let definite = |k: usize| matches!(seg.low(k), "the" | "these" | "those" | "its" | "their" | "our");
        // "their vessel sank" is rather its owners' than a unit's.
        let craft = |k: usize| seg.word(k).is(Role::VesselKind) || matches!(seg.low(k), "crew" | "crews");
        let points_back = (clause.start + 1..clause.end)
            .any(|k| seg.word(k).is(Role::Force) && definite(k - 1) || craft(k) && seg.low(k - 1) == "the");
        if !points_back {
            return None;
        }
        let near = |m: &Mention| m.sentence + 2 >= self.sentence;
        let before = self.mentions.partition_point(|m| m.tokens.start < clause.start);
        let unit = |m: &Mention| m.kind == EntityKind::Unit && !m.credit;
        // Mentions are in text order: the search stops at the first one too far back.
        let last = self.mentions[..before].iter().rposition(|m| unit(m) || !near(m))?;
        (unit(&self.mentions[last]) && near(&self.mentions[last])).then_some(last)
    }
}

/// "… at the 174th Attack Wing in Syracuse, New York on May 3, 2021. The tour … is
/// part of the group's visit to New York": a sentence that lends its day also lends a place it
/// states within the event's place (the one the text puts in it, "Syracuse, New York").
pub(super) fn narrower_place(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    sentence: usize,
    place: Option<usize>,
) -> Option<usize> {
    let outer = &mentions[place?].name;
    let sentence = seg.sentences[sentence].tokens.clone();
    let within = mentions_in(mentions, sentence).find(|&m| {
        let start = mentions[m].tokens.start;
        mentions[m].kind == EntityKind::Place
            && start > 0
            && matches!(seg.low(start - 1), "in" | "at")
            && ["state", "country"].iter().any(|key| mentions[m].attributes.get(*key) == Some(outer))
    });
    within.or(place)
}

/// Indexes of the mentions (sorted by position) that lie within `range`.
pub(crate) fn mentions_in(mentions: &[Mention], range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
    let first = mentions.partition_point(|m| m.tokens.start < range.start);
    (first..mentions.len())
        .take_while(move |&k| mentions[k].tokens.start < range.end)
        .filter(move |&k| mentions[k].tokens.end <= range.end)
}

/// A saying's participant is its speaker: of the clause's people outside quotation marks, the one
/// named nearest before the verb of speech, else nearest after it ("…,” Gov. Marshal said, lauding
/// Stone"; "Senator Ann Lee congratulated Sam Park"), with the people listed before it as its
/// co-speakers; with none, the unit or organization named so. Others the saying names are what it
/// is about.
fn speaker(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    candidates: &[usize],
    trigger_at: usize,
    clause: Range<usize>,
) -> Vec<usize> {
    let in_quotes = quoted(seg, clause.clone());
    let outside = |k: usize| {
        let at = mentions[k].tokens.start;
        !(clause.contains(&at) && in_quotes[at - clause.start])
    };
    let distance = |k: usize| {
        let tokens = &mentions[k].tokens;
        if tokens.end <= trigger_at {
            (false, trigger_at - tokens.end)
        } else {
            (true, tokens.start.saturating_sub(trigger_at))
        }
    };
    let nearest = |kinds: &[EntityKind]| {
        candidates
            .iter()
            .copied()
            .filter(|&k| kinds.contains(&mentions[k].kind) && outside(k))
            .min_by_key(|&k| distance(k))
    };
    let Some(person) = nearest(&[EntityKind::Official]) else {
        return nearest(&[EntityKind::Unit, EntityKind::Organization]).into_iter().collect();
    };
    let mut speakers = vec![person];
    // "Gov. Ann Lee, Mayor Sam Reed and Gen. Bo Kim praised …": the people listed before the
    // speaker with it are its co-speakers, after it (the speaker stays first, which merging reads).
    let mut first = person;
    while let Some(&before) =
        candidates.iter().rev().find(|&&k| k < first && mentions[k].kind == EntityKind::Official)
    {
        if !outside(before)
            || !listed_together(seg, mentions[before].tokens.end, mentions[first].tokens.start)
        {
            break;
        }
        speakers.push(before);
        first = before;
    }
    speakers
}

/// Whether the words from `from` to `to` join two names in a list: a comma or "and", with only
/// titles (capitalized or dotted words) beside it ("Gov. Lee, Senator Park and Maj. Gen. Kim").
fn listed_together(seg: &Segmented<'_>, from: usize, to: usize) -> bool {
    let joins = (from..to).any(|k| matches!(seg.tok(k), "," | "and"));
    let title_word =
        |k: usize| matches!(seg.tok(k), "," | "and" | ".") || seg.tok(k).starts_with(char::is_uppercase);
    from < to && to - from <= 6 && joins && (from..to).all(title_word)
}

/// Whether the mention starting at `start` is where a report comes from, not who took part:
/// "according to the Daily Courier", "told the Herald", "said in an email to the Herald".
fn is_source_of_report(seg: &Segmented<'_>, mut start: usize, clause_start: usize) -> bool {
    if start > clause_start && seg.low(start - 1) == "the" {
        start -= 1;
    }
    if start <= clause_start {
        return false;
    }
    let before = start - 1;
    let saying_nearby = (clause_start.max(before.saturating_sub(4))..before)
        .any(|k| matches!(seg.low(k), "email" | "interview" | "statement" | "letter" | "according"));
    seg.low(before) == "told" || seg.low(before) == "to" && saying_nearby
}

/// "told reporters in Ashford", "said at a news conference in Ashford", "Speaking in Ashford, …":
/// the place right after the occasion of a saying (its audience, its conference, the speaking
/// itself) is where the saying was made.
fn spoken_at(seg: &Segmented<'_>, mentions: &[Mention], sentence: Range<usize>) -> Option<usize> {
    mentions_in(mentions, sentence.clone()).find(|&k| told_there(seg, mentions, k, sentence.start))
}

/// Whether place mention `k` is where a saying was made: right after "in" or "at" that follow its
/// occasion ("told reporters in …", "at a news conference in …") or the outlet it was told
/// ("told the Courier in …"), no place of the happening the saying reports.
fn told_there(seg: &Segmented<'_>, mentions: &[Mention], k: usize, clause_start: usize) -> bool {
    let occasion = |k: usize| {
        matches!(
            seg.low(k),
            "reporters" | "journalists" | "conference" | "briefing" | "speaking" | "interview" | "speech"
        )
    };
    let mut start = mentions[k].tokens.start;
    if start > clause_start && seg.low(start - 1) == "the" {
        start -= 1;
    }
    if mentions[k].kind != EntityKind::Place
        || start < clause_start + 2
        || !matches!(seg.low(start - 1), "in" | "at")
    {
        return false;
    }
    let told_body = k.checked_sub(1).is_some_and(|b| {
        mentions[b].tokens.end + 1 == start
            && mentions[b].kind == EntityKind::Organization
            && is_source_of_report(seg, mentions[b].tokens.start, clause_start)
    });
    occasion(start - 2) || told_body
}

/// ", where a gun battle …": a clause opened by "where" happens at the place that ends the clause
/// before it ("a crisis in the Caucasus, where …").
fn place_before_where(seg: &Segmented<'_>, mentions: &[Mention], clause_start: usize) -> Option<usize> {
    if seg.low(clause_start) != "where" || clause_start < 2 || seg.tok(clause_start - 1) != "," {
        return None;
    }
    let comma = clause_start - 1;
    let k = mentions.partition_point(|m| m.tokens.end <= comma).checked_sub(1)?;
    (mentions[k].tokens.end == comma && mentions[k].kind == EntityKind::Place).then_some(k)
}

/// "last deployed in 2019, when it spent ten months in Examplia", "the ships were in Examplia in
/// May, when they held drills": a clause and the ", when …" clause joined to it tell one time, and
/// one place; an event whose clause names none takes the other's.
fn place_across_when(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    clause: Range<usize>,
    sentence: Range<usize>,
    event_type: &str,
) -> Option<usize> {
    let when = |k: usize| k > sentence.start && seg.low(k) == "when" && seg.tok(k - 1) == ",";
    if when(clause.start) {
        let before = sentence.start..clause.start - 1;
        return location_of(seg, mentions, before.clone(), before.start, event_type);
    }
    let after = clause.end + 1..sentence.end;
    if after.start < sentence.end && when(after.start) {
        return location_of(seg, mentions, after.clone(), after.start, event_type);
    }
    None
}

/// Whether a place mention modifies a noun rather than naming a place: "the U.S. warning" (but
/// "the Flagstaff area" is a place).
fn modifies_noun(seg: &Segmented<'_>, mention: &Mention) -> bool {
    let start = mention.tokens.start;
    let after_the = start > 0 && seg.low(start - 1) == "the";
    after_the && a_noun_at(seg, mention.tokens.end)
}

/// Whether token `k` is a lowercase noun that a name before it would qualify ("warning" in "the
/// U.S. warning"), not a function word, a preposition or a verb form.
fn a_noun_at(seg: &Segmented<'_>, k: usize) -> bool {
    k < seg.tokens.len()
        && seg.tokens[k].kind == TokenKind::Word
        && seg.tok(k).starts_with(char::is_lowercase)
        && seg.word(k).head().is_none()
        && ![Role::FunctionWord, Role::Locative, Role::TimePreposition, Role::DateName, Role::PastForm]
            .iter()
            .any(|&role| seg.word(k).is(role))
}

/// Whether place mention `k` says where the place before it lies ("the city of Tartu, in
/// Estonia"): it places that place, not the event.
fn locates_place_before(seg: &Segmented<'_>, mentions: &[Mention], k: usize) -> bool {
    let start = mentions[k].tokens.start;
    k > 0
        && mentions[k - 1].kind == EntityKind::Place
        && mentions[k - 1].tokens.end + 2 == start
        && seg.tok(start - 2) == ","
        && seg.low(start - 1) == "in"
}

/// Whether a place mention is the complement of another event noun before it in the clause
/// ("her first visit to Vermont since being elected"): that place is the other event's.
fn place_of_other_event(
    seg: &Segmented<'_>,
    mention: &Mention,
    clause_start: usize,
    trigger_at: usize,
    event_type: &str,
) -> bool {
    // "the war in neighbouring Examplia".
    let start = described_from(seg, mention.tokens.start, clause_start);
    if start > trigger_at {
        let at = if seg.low(start - 1) == "the" { start - 1 } else { start };
        if at < clause_start + 3 || at - 2 == trigger_at {
            return false;
        }
        let other = seg.word(at - 2);
        // "came home from deployment in the Middle East": where the other, earlier event was;
        // "signed a deal … in light of the war in Examplia": where a fighting told in passing is.
        let fighting =
            other.event_type() == Some("conflict") && event_type != "conflict" && !other.is(Role::Verb);
        return other.event_type().is_some()
            && (seg.low(at - 3) == "from" || seg.word(at - 3).is(Role::FrameOther))
            || fighting;
    }
    if start < clause_start + 3 || start - 2 == trigger_at {
        return false;
    }
    let other = seg.word(start - 2);
    let noun = !other.is(Role::Verb) || seg.word(start - 3).is(Role::NounMarker);
    other.event_type().is_some() && noun
}

/// Words after which a place is where an event happens ("in", "at", "on", "visited" …).
const LOCATIVES: &[&str] = &[
    "in",
    "at",
    "to",
    "for",
    "into",
    "near",
    "on",
    "across",
    "throughout",
    "visit",
    "visits",
    "visited",
    "visiting",
    "toured",
    "tours",
    "touring",
];

/// Whether the place mention starting at `start` is placed by the word before it (skipping "the"):
/// a locative, or "from" after a send-off, which is held where the troops leave from ("were sent off
/// from Camp Bramwell").
fn placed_by_word(seg: &Segmented<'_>, start: usize, clause_start: usize, event_type: &str) -> bool {
    let mut start = described_from(seg, start, clause_start);
    if start > clause_start && seg.tok(start - 1).eq_ignore_ascii_case("the") {
        start -= 1;
    }
    if start <= clause_start {
        return false;
    }
    let word = seg.low(start - 1);
    let before = start.checked_sub(2).map_or("", |k| seg.low(k));
    let send_off = event_type == "ceremony" && matches!(before, "off" | "send-off" | "sendoff");
    LOCATIVES.contains(&word)
        || word == "from" && send_off
        || event_type == "departure" && leaves(word)
        || after_its_part_or_kind(seg, start, clause_start)
}

/// "a tour of Examplia", "the evacuation of Port Ash": a place after "of" that completes an event
/// noun is where that event happens (another event's complement is filtered before), when it ends
/// the noun phrase ("the deployment of Examplian troops" says whose troops, not where).
fn completes_an_event_noun(seg: &Segmented<'_>, mention: &Mention, clause_start: usize) -> bool {
    let mut of = mention.tokens.start.saturating_sub(1);
    if of > clause_start && seg.low(of) == "the" {
        of -= 1;
    }
    if of <= clause_start || seg.low(of) != "of" {
        return false;
    }
    let noun = of - 1;
    let word = seg.word(noun);
    let a_noun = !word.is(Role::Verb) || noun > clause_start && seg.word(noun - 1).is(Role::NounMarker);
    let end = mention.tokens.end;
    let owns = end < seg.tokens.len() && seg.tokens[end].kind == TokenKind::Possessive;
    word.event_type().is_some() && a_noun && !owns && !a_noun_at(seg, end)
}

/// "had left Port Ash on Monday", "will depart Examplia": a verb of leaving whose object is a place;
/// a departure happens where it leaves from.
fn leaves(word: &str) -> bool {
    matches!(word, "left" | "leave" | "leaves" | "leaving" | "depart" | "departs" | "departed" | "departing")
}

/// Where the words describing the place mention starting at `start` begin: "in the eastern
/// Examplia", "to northern Examplia" (a part of the place by its direction), "to the flood-hit
/// Examplia", "in neighbouring Examplia" (up to two words).
fn described_from(seg: &Segmented<'_>, mut start: usize, clause_start: usize) -> usize {
    let mut described = 0;
    while start > clause_start && described < 2 && describes_a_place(seg, start - 1) {
        start -= 1;
        described += 1;
    }
    start
}

/// Whether token `k` describes the place named after it: a direction ("eastern"), or a lowercase
/// adjective that is hyphenated or a participle ("flood-hit", "besieged", "neighbouring"), not a
/// word that places ("visiting") or tells an event.
fn describes_a_place(seg: &Segmented<'_>, k: usize) -> bool {
    let word = seg.tok(k);
    let lowercase = word.chars().all(|c| c.is_lowercase() || c == '-');
    let adjective = word.contains('-') || word.ends_with("ed") || word.ends_with("ing");
    is_direction(word)
        || seg.tokens[k].kind == TokenKind::Word
            && lowercase
            && adjective
            && !LOCATIVES.contains(&word)
            && seg.word(k).event_type().is_none()
}

/// Whether a lowercase word names a part of a place by its direction ("eastern", "northwest",
/// "central").
fn is_direction(word: &str) -> bool {
    let rest = word.strip_prefix("north").or_else(|| word.strip_prefix("south"));
    let side = |w: &str| matches!(w, "east" | "west" | "eastern" | "western");
    match rest {
        Some(rest) => matches!(rest, "" | "ern") || side(rest),
        None => side(word) || word == "central",
    }
}

/// "off the coast of Port Ash", "on the outskirts of Ashford", "in its home port of Ashford": a
/// place named after a part or a kind of place (up to two words before it, "the south west
/// coast") that a locative places the event at.
fn after_its_part_or_kind(seg: &Segmented<'_>, start: usize, clause_start: usize) -> bool {
    if start < clause_start + 4 || seg.low(start - 1) != "of" || !is_part_of_a_place(seg.low(start - 2)) {
        return false;
    }
    let mut the = start - 3;
    while the > clause_start && the + 5 > start && is_modifier(seg, the) {
        the -= 1;
    }
    the > clause_start
        && matches!(seg.low(the), "the" | "its" | "their")
        && (LOCATIVES.contains(&seg.low(the - 1)) || seg.low(the - 1) == "off")
}

/// Whether a lowercase noun names a part of a place (its coast, its outskirts) or a kind of place
/// that the name after "of" is ("the port of …", "the village of …").
fn is_part_of_a_place(noun: &str) -> bool {
    matches!(
        noun,
        "coast"
            | "coasts"
            | "shores"
            | "outskirts"
            | "waters"
            | "port"
            | "town"
            | "village"
            | "province"
            | "district"
            | "county"
            | "municipality"
    )
}

/// Whether token `k` may describe a part or kind of place: a word other than a determiner or a
/// locative ("south", "home", "fishing").
fn is_modifier(seg: &Segmented<'_>, k: usize) -> bool {
    seg.tokens[k].kind == TokenKind::Word
        && !matches!(seg.low(k), "the" | "its" | "their" | "a" | "an")
        && !LOCATIVES.contains(&seg.low(k))
}

/// "India hosted the exercise", "the City of Springfield is hosting a delegation": the place that
/// hosts an event is where it happens.
fn hosts(seg: &Segmented<'_>, mention: &Mention) -> bool {
    let mut k = mention.tokens.end;
    while matches!(seg.low(k), "is" | "was" | "will" | "be" | "has" | "had" | "also") {
        k += 1;
    }
    matches!(seg.low(k), "hosted" | "hosts" | "hosting" | "host")
}

/// The place of the event: a place after a locative preposition, else the place that hosts it.
fn location_of(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    clause: Range<usize>,
    trigger_at: usize,
    event_type: &str,
) -> Option<usize> {
    let places: Vec<usize> = mentions_in(mentions, clause.clone())
        .filter(|&k| mentions[k].kind == EntityKind::Place)
        .filter(|&k| !modifies_noun(seg, &mentions[k]) && !locates_place_before(seg, mentions, k))
        .filter(|&k| !place_of_other_event(seg, &mentions[k], clause.start, trigger_at, event_type))
        .filter(|&k| !possesses_a_non_place(seg, mentions, k))
        .filter(|&k| !home_of_a_body(seg, mentions[k].tokens.start, clause.start))
        .filter(|&k| !home_of_a_source(seg, mentions, k, clause.start))
        .filter(|&k| !told_there(seg, mentions, k, clause.start))
        .filter(|&k| !coordinated_place(seg, mentions, k))
        // "approved a plan to send troops to Iraq": a vote decides on a happening elsewhere.
        .filter(|&k| event_type != "vote" || mentions[k].tokens.start < trigger_at)
        // "Ann Lee of Examplia was named as …": who is appointed is named before the verb, where
        // after it ("sworn in at Camp Ash").
        .filter(|&k| event_type != "appointment" || mentions[k].tokens.start > trigger_at)
        .collect();
    let after_preposition = |k: &usize| {
        placed_by_word(seg, mentions[*k].tokens.start, clause.start, event_type)
            || completes_an_event_noun(seg, &mentions[*k], clause.start)
    };
    // A possessive chain names the most specific place last ("Ohio’s Camp Bramwell", "Vermont’s
    // capital, Montpelier").
    let chained = |k: &usize| possessed_place(seg, mentions[*k].tokens.start);
    let found = places
        .iter()
        .copied()
        .filter(|k| mentions[*k].tokens.start > trigger_at)
        .find(|k| after_preposition(k) || chained(k))
        .or_else(|| places.iter().copied().find(after_preposition))
        .or_else(|| places.iter().copied().find(|&k| hosts(seg, &mentions[k])))?;
    // "visited Ohio’s Camp Bramwell": the place the possessive chain ends with.
    let next = places.iter().copied().find(|&k| k > found);
    let found = next
        .filter(|&k| chained(&k) && mentions[k].tokens.start <= mentions[found].tokens.end + 4)
        .unwrap_or(found);
    Some(place_within(seg, mentions, found, clause.start))
}

/// "sent troops to serve in the United Nations Mission in Norland": a force sent to, or serving in,
/// a mission named after the place it serves is there, when the article names that place too.
fn place_of_mission(mentions: &[Mention], clause: Range<usize>, event_type: &str) -> Option<usize> {
    if !matches!(event_type, "deployment" | "visit" | "operation") {
        return None;
    }
    let served = mentions_in(mentions, clause).find_map(|k| {
        let mention = &mentions[k];
        let body = matches!(mention.kind, EntityKind::Organization | EntityKind::Unit);
        let (_, place) = mention.name.rsplit_once(" in ")?;
        (body && !place.is_empty()).then_some(place)
    })?;
    let served = served.strip_prefix("the ").unwrap_or(served);
    mentions.iter().position(|m| m.kind == EntityKind::Place && m.name == served)
}

/// "held alternately in Examplia and Ruritania", "to send troops to the Middle East and Africa": a
/// place joined by "and" or "or" to another place is one of several; none of them is the one place
/// where the event is.
fn coordinated_place(seg: &Segmented<'_>, mentions: &[Mention], k: usize) -> bool {
    let joined = |a: usize, b: usize| {
        let (first, second) = (&mentions[a], &mentions[b]);
        let mut at = first.tokens.end;
        if !matches!(seg.low(at), "and" | "or") {
            return false;
        }
        at += 1;
        if matches!(seg.low(at), "in" | "to" | "at") {
            at += 1;
        }
        if seg.low(at) == "the" {
            at += 1;
        }
        first.kind == EntityKind::Place && second.kind == EntityKind::Place && at == second.tokens.start
    };
    k.checked_sub(1).is_some_and(|before| joined(before, k)) || k + 1 < mentions.len() && joined(k, k + 1)
}

/// "Examplian Command, headquartered in Ashford", "soldiers based at Camp Ash": a place after
/// "headquartered", "based" or "stationed" is where a body is at home, not where the event is.
fn home_of_a_body(seg: &Segmented<'_>, mut start: usize, clause_start: usize) -> bool {
    if start > clause_start && seg.low(start - 1) == "the" {
        start -= 1;
    }
    start >= clause_start + 2
        && matches!(seg.low(start - 1), "in" | "at")
        && matches!(seg.low(start - 2), "headquartered" | "based" | "stationed" | "garrisoned")
}

/// "sent a helicopter from the 12th Wing at Camp Ash": a place after a body that something comes
/// from is where that body is at home, not where the event is.
fn home_of_a_source(seg: &Segmented<'_>, mentions: &[Mention], k: usize, clause_start: usize) -> bool {
    let start = mentions[k].tokens.start;
    let Some(body) = k.checked_sub(1).map(|b| &mentions[b]) else { return false };
    let mut from = body.tokens.start;
    if from > clause_start && seg.low(from - 1) == "the" {
        from -= 1;
    }
    matches!(body.kind, EntityKind::Unit | EntityKind::Organization)
        && body.tokens.end + 1 == start
        && matches!(seg.low(start - 1), "at" | "in")
        && from > clause_start
        && seg.low(from - 1) == "from"
}

/// Whether a place starting at `start` is named after a possessive place: "Ohio’s Camp Bramwell",
/// "Vermont’s capital, Montpelier", and past words describing it, "Examplia’s northern Ashland".
fn possessed_place(seg: &Segmented<'_>, start: usize) -> bool {
    let start = described_from(seg, start, 0);
    let possessive = |k: usize| seg.tokens[k].kind == TokenKind::Possessive;
    start >= 2 && possessive(start - 1)
        || start >= 4 && seg.tok(start - 1) == "," && seg.low(start - 2) == "capital" && possessive(start - 3)
}

/// "loyal to Vermont’s Ann Lee", "Vermont’s capital, Montpelier": a place whose possessive owns
/// something other than a place named right after it qualifies that thing; it is not where the
/// event is.
fn possesses_a_non_place(seg: &Segmented<'_>, mentions: &[Mention], k: usize) -> bool {
    let end = mentions[k].tokens.end;
    let owns = end < seg.tokens.len() && seg.tokens[end].kind == TokenKind::Possessive;
    let place_follows = mentions.get(k + 1).is_some_and(|next| {
        next.kind == EntityKind::Place
            && possessed_place(seg, next.tokens.start)
            && next.tokens.start <= end + 4
    });
    owns && !place_follows
}

/// "at Camp Hill, Springfield", "on Bald Peak in Green Mountain National Forest": of a place named
/// with the place it lies in, the event is at the first, the more specific (unless the first is
/// where someone came from).
fn place_within(seg: &Segmented<'_>, mentions: &[Mention], found: usize, clause_start: usize) -> usize {
    let start = mentions[found].tokens.start;
    let Some(inner) = found.checked_sub(1) else { return found };
    let inner_start = mentions[inner].tokens.start;
    let joined = mentions[inner].tokens.end + 1 == start && matches!(seg.low(start - 1), "in" | ",");
    let from = inner_start > clause_start && seg.low(inner_start - 1) == "from";
    if mentions[inner].kind == EntityKind::Place && joined && inner_start >= clause_start && !from {
        inner
    } else {
        found
    }
}

/// "The governor appointed her to the job": "her" or "him" as an object (before a preposition, a
/// punctuation mark or the end), not a possessive ("her first visit").
fn object_pronoun(seg: &Segmented<'_>, clause: Range<usize>) -> bool {
    clause.clone().any(|k| {
        matches!(seg.low(k), "her" | "him")
            && (k + 1 >= clause.end
                || seg.tokens[k + 1].kind != TokenKind::Word
                || seg.word(k + 1).is(Role::FunctionWord) && !seg.tok(k + 1).starts_with(char::is_uppercase))
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::super::dates::find_dates;
    use super::super::super::mentions::find_mentions;
    use super::super::super::text::segment;
    use super::super::find_events;

    /// Each event's type, place and participants, as written.
    pub(in super::super) fn places_and_participants(
        text: &str,
    ) -> Vec<(&'static str, Option<String>, Vec<String>)> {
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let name = |k: usize| seg.slice(mentions[k].tokens.clone()).to_string();
        find_events(&seg, &dates, &mentions)
            .into_iter()
            .map(|e| (e.event_type, e.location.map(name), e.participants.into_iter().map(name).collect()))
            .collect()
    }

    #[test]
    fn places_and_participants_come_from_the_events_own_clause() {
        let found = places_and_participants(
            "Analysts fear a crisis in the Caucasus, where that month a clash between Georgian and Russian \
             patrols led to the U.S. warning of unrest. \
             It was her first visit to Vermont since being elected in 2019. \
             The delegation visited Vermont for four days, according to the Burlington Free Press. \
             A spokesperson for the Delaware National Guard said in an email to the Daily Courier it was not a new mission.",
        );
        let (conflict, election, visit, statement) = (&found[0], &found[1], &found[2], &found[3]);
        assert_eq!((conflict.0, conflict.1.as_deref()), ("conflict", Some("Caucasus")), "{found:?}");
        assert_eq!((election.0, election.1.as_deref()), ("election", None), "{found:?}");
        assert_eq!((visit.0, visit.2.len()), ("visit", 0), "{found:?}");
        assert_eq!(statement.2, ["Delaware National Guard"], "{found:?}");
    }

    #[test]
    fn a_sentence_lending_its_day_lends_a_narrower_place() {
        let found = places_and_participants(
            "The delegates stand in front of a tanker in Ames, Iowa on February 26, 2020. \
             The tour is part of the group's visit to Iowa this week.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0, found[0].1.as_deref()), ("visit", Some("Ames")), "{found:?}");
    }

    #[test]
    fn pronouns_point_to_the_last_official_and_possessive_places_to_the_last_place() {
        let found = places_and_participants(
            "Governor Ana Ruiz spoke on Monday. It was her first trip abroad since being elected in 2019. \
             The minister visited Vermont’s Camp Johnson in May.",
        );
        let election = found.iter().find(|e| e.0 == "election").unwrap();
        assert_eq!(election.2, ["Governor Ana Ruiz"], "{found:?}");
        let visit = found.iter().find(|e| e.0 == "visit").unwrap();
        assert_eq!(visit.1.as_deref(), Some("Camp Johnson"), "{found:?}");
    }

    #[test]
    fn forces_named_with_a_definite_word_point_to_the_last_unit() {
        let found = places_and_participants(
            "Soldiers of the 1st Battalion, 120th Infantry Regiment will deploy to Kuwait on Monday. \
             The soldiers will first travel to Fort Hood in May for training. \
             Guard soldiers trained in Ohio in June.",
        );
        let participants: Vec<&[String]> = found.iter().map(|e| e.2.as_slice()).collect();
        let unit = "1st Battalion, 120th Infantry Regiment".to_string();
        assert_eq!(participants, [&[unit.clone()][..], &[unit][..], &[][..]], "{found:?}");
    }

    #[test]
    fn a_place_completing_the_event_noun_is_its_place() {
        let found = places_and_participants(
            "The minister began a tour of Vermont on Monday. \
             The deployment of Vermont troops began on Monday.",
        );
        let places: Vec<(&str, Option<&str>)> = found.iter().map(|e| (e.0, e.1.as_deref())).collect();
        assert_eq!(places, [("visit", Some("Vermont")), ("deployment", None)], "{found:?}");
    }

    #[test]
    fn a_saying_is_placed_where_its_audience_or_conference_is() {
        let found = places_and_participants(
            "Speaking in Vermont, Governor Ana Ruiz said the plan was sound. \
             The plan was sound, Colonel Sam Park told reporters in Ohio. \
             Colonel Sam Park said the troops were in Ohio.",
        );
        let places: Vec<(&str, Option<&str>)> = found.iter().map(|e| (e.0, e.1.as_deref())).collect();
        let expected = [("statement", Some("Vermont")), ("statement", Some("Ohio")), ("statement", None)];
        assert_eq!(places, expected, "{found:?}");
    }

    #[test]
    fn where_a_saying_was_told_is_no_place_of_the_happening_it_reports() {
        let found = places_and_participants(
            "Norland has signed the contract for the guns, an official told NPA in Vermont. \
             The troops trained in Ohio, an officer told reporters in Vermont.",
        );
        let places: Vec<(&str, Option<&str>)> = found.iter().map(|e| (e.0, e.1.as_deref())).collect();
        assert_eq!(places, [("agreement", None), ("training", Some("Ohio"))], "{found:?}");
    }

    #[test]
    fn a_clause_and_its_when_clause_share_a_place() {
        let found = places_and_participants(
            "The battalion last deployed in 2019, when it spent ten months in Vermont. \
             The ships were in Ohio in May, when they conducted joint exercises with the navy.",
        );
        let places: Vec<(&str, Option<&str>)> = found.iter().map(|e| (e.0, e.1.as_deref())).collect();
        assert_eq!(places, [("deployment", Some("Vermont")), ("training", Some("Ohio"))], "{found:?}");
    }

    #[test]
    fn a_departure_happens_where_it_leaves_from() {
        let found = places_and_participants(
            "The fishing boat had left Vermont on Monday. The ship is expected to depart Ohio on Friday.",
        );
        let places: Vec<(&str, Option<&str>)> = found.iter().map(|e| (e.0, e.1.as_deref())).collect();
        assert_eq!(places, [("departure", Some("Vermont")), ("departure", Some("Ohio"))], "{found:?}");
    }

    #[test]
    fn places_joined_by_and_are_no_one_place_of_the_event() {
        let found = places_and_participants(
            "The brigade trained in Vermont and Ohio in May.\n\n\
             The battalion will deploy mostly to Vermont and to Ohio.\n\n\
             The brigade trained in Vermont in May.",
        );
        let places: Vec<Option<&str>> = found.iter().map(|e| e.1.as_deref()).collect();
        assert_eq!(places, [None, None, Some("Vermont")], "{found:?}");
    }

    #[test]
    fn a_send_off_is_held_where_the_troops_leave_from() {
        let found = places_and_participants(
            "On Sunday, soldiers were sent off from Camp Ripley. \
             On Monday, a ceremony was held across the street from Peace Park.",
        );
        let places: Vec<Option<&str>> = found.iter().map(|e| e.1.as_deref()).collect();
        assert_eq!(places, [Some("Camp Ripley"), None], "{found:?}");
    }

    #[test]
    fn a_body_qualifying_a_noun_takes_no_part_unless_the_noun_is_its_people() {
        let found = places_and_participants(
            "Soldiers of the 1st Battalion will deploy to Latvia on Monday to join a NATO peacekeeping mission. \
             NATO officers trained in Latvia on Tuesday.",
        );
        let participants: Vec<&[String]> = found.iter().map(|e| e.2.as_slice()).collect();
        assert_eq!(
            participants,
            [&["1st Battalion".to_string()][..], &["NATO".to_string()][..]],
            "{found:?}"
        );
    }

    #[test]
    fn a_body_in_a_hyphenated_qualifier_takes_no_part() {
        let found = places_and_participants(
            "The 1st Battalion deployed to Vermont on Monday to protect the U.N.-backed government.",
        );
        assert_eq!(found[0].2, ["1st Battalion"], "{found:?}");
    }

    #[test]
    fn a_body_named_before_its_fighters_takes_part() {
        let found = places_and_participants(
            "The Examplian Liberation Front (ELF) is an armed group. \
             ELF rebels attacked an army post in Vermont on Monday.",
        );
        let attack = found.iter().find(|e| e.0 == "conflict").unwrap();
        assert_eq!(attack.2, ["ELF"], "{found:?}");
    }

    #[test]
    fn a_vessel_or_crew_stands_for_its_force() {
        let found = places_and_participants(
            "The Examplian Navy deployed its frigate Meridian to the gulf on Monday. \
             The ship rescued 40 fishermen on Tuesday. \
             The boaters were safe after their vessel sank on Wednesday. \
             The Examplian Lifeboat Society volunteer crew returned to the station on Thursday.",
        );
        let participants: Vec<&[String]> = found.iter().map(|e| e.2.as_slice()).collect();
        let (navy, society) = ("Examplian Navy".to_string(), "Examplian Lifeboat Society".to_string());
        assert_eq!(participants, [&[navy.clone()][..], &[navy][..], &[][..], &[society][..]], "{found:?}");
    }

    #[test]
    fn a_body_owning_a_noun_or_its_operation_takes_no_part() {
        let found = places_and_participants(
            "Soldiers of the 1st Battalion will deploy to Latvia on Monday to support NATO’s eastern flank. \
             The 2nd Battalion, on duty to support NATO’s Operation Sea Shield, rescued 30 migrants on Tuesday. \
             NATO’s officers trained in Latvia on Friday.",
        );
        let participants: Vec<&[String]> = found.iter().map(|e| e.2.as_slice()).collect();
        let (first, second, nato) =
            ("1st Battalion".to_string(), "2nd Battalion".to_string(), "NATO".to_string());
        assert_eq!(participants, [&[first][..], &[second][..], &[nato][..]], "{found:?}");
    }

    #[test]
    fn a_program_framing_the_event_takes_no_part() {
        let found = places_and_participants(
            "The Delaware National Guard trained under the Defense Department's State Partnership \
             Program in May. Soldiers under the 1st Battalion trained in Ohio in June. The Delaware \
             National Guard signed a deal for trucks through the Allied Arms Sales programme in July.",
        );
        let participants: Vec<&[String]> = found.iter().map(|e| e.2.as_slice()).collect();
        let (guard, battalion) = ("Delaware National Guard".to_string(), "1st Battalion".to_string());
        assert_eq!(participants, [&[guard.clone()][..], &[battalion][..], &[guard][..]], "{found:?}");
    }

    #[test]
    fn what_an_opening_aside_deals_with_takes_no_part() {
        let found = places_and_participants(
            "In addition to training the 4th Rifle Battalion, the 2nd Engineer Battalion deployed to \
             Ostrel on Monday. In addition to the 4th Rifle Battalion, the 2nd Engineer Battalion \
             deployed to Ostrel in May.",
        );
        let participants: Vec<&[String]> = found.iter().map(|e| e.2.as_slice()).collect();
        let (engineers, riflemen) = ("2nd Engineer Battalion".to_string(), "4th Rifle Battalion".to_string());
        assert_eq!(participants[0], std::slice::from_ref(&engineers), "{found:?}");
        // Without an activity of its own, the aside adds to those taking part.
        assert_eq!(participants[1], [riflemen, engineers], "{found:?}");
    }

    #[test]
    fn those_a_vote_decides_on_take_no_part_in_it() {
        let found = places_and_participants(
            "The Varnian Parliament approved a bill on Monday to deploy troops of the 4th Rifle \
             Battalion to Ostrel. The Tamsa Assembly adopted a resolution on Friday urging Gov. \
             Ana Ruiz to resign.",
        );
        let participants: Vec<&[String]> = found.iter().map(|e| e.2.as_slice()).collect();
        assert_eq!(
            participants,
            [&["Varnian Parliament".to_string()][..], &["Tamsa Assembly".to_string()][..]],
            "{found:?}"
        );
    }

    #[test]
    fn who_reports_an_event_at_the_end_of_its_clause_takes_no_part() {
        let found = places_and_participants(
            "A state of emergency was declared in Vermont on Monday, BBC reported. \
             The Delaware National Guard rescued two hikers on Tuesday.",
        );
        let participants: Vec<&[String]> = found.iter().map(|e| e.2.as_slice()).collect();
        assert_eq!(participants, [&[][..], &["Delaware National Guard".to_string()][..]], "{found:?}");
        // An announcement, a note or a confirmation at the clause's end reports just the same.
        let found = places_and_participants(
            "The 7th Wing returned to Burlington on Saturday, the Delaware National Guard announced.",
        );
        assert_eq!(found[0].2, ["7th Wing"], "{found:?}");
    }

    #[test]
    fn the_body_a_statement_comes_from_takes_no_part_in_what_it_reports() {
        let found = places_and_participants(
            "A statement from the Norland Ministry of Defence said the 3rd Battalion trained at Glen Ora on Monday.",
        );
        assert_eq!(
            (found[0].0, &found[0].2[..]),
            ("training", &["3rd Battalion".to_string()][..]),
            "{found:?}"
        );
    }

    #[test]
    fn the_outlet_of_a_dateline_takes_no_part() {
        let found = places_and_participants(
            "BURLINGTON, Vt. (Green Mountain News Agency) -- The Delaware National Guard rescued two hikers on Tuesday. \
             Montpelier (Green Mountain News Agency) May 2, 2019 The Delaware National Guard rescued a hunter. \
             The Delaware National Guard and the Green Mountain News Agency rescued a dog on Friday.",
        );
        let takes_part = |e: usize, who: &str| found[e].2.iter().any(|p| p == who);
        let agency = "Green Mountain News Agency";
        assert!(takes_part(0, "Delaware National Guard") && !takes_part(0, agency), "{found:?}");
        assert!(takes_part(1, "Delaware National Guard") && !takes_part(1, agency), "{found:?}");
        assert!(takes_part(2, agency), "{found:?}");
    }

    #[test]
    fn every_outlet_in_the_brackets_of_a_dateline_takes_no_part() {
        let found = places_and_participants(
            "OSLO (Fjord News Agency / Norland Wire Service - 7 September, 2022) The Norland Army \
             rescued two hikers on Tuesday.",
        );
        let who = &found[0].2;
        assert!(who.iter().any(|p| p == "Norland Army"), "{found:?}");
        assert!(!who.iter().any(|p| p.contains("Agency") || p.contains("Wire")), "{found:?}");
    }

    #[test]
    fn a_place_owning_something_else_is_not_where_the_event_is() {
        let found = places_and_participants(
            "Rebels loyal to Vermont's Ann Lee attacked a post in May. \
             Gunmen attacked a hotel in Vermont's capital, Montpelier, in June.",
        );
        let places: Vec<Option<&str>> = found.iter().map(|e| e.1.as_deref()).collect();
        assert_eq!(places, [None, Some("Montpelier")], "{found:?}");
    }

    #[test]
    fn who_a_relative_clause_tells_of_takes_part_in_its_event() {
        let found = places_and_participants(
            "Vice Admiral Ann Lee, who will be appointed vice chief on 1 July 2019, thanked the crew. \
             Governor Sam Park praised Colonel Bo Lind who died in a crash in May.",
        );
        assert_eq!(
            (found[0].0, found[0].2.as_slice()),
            ("appointment", &["Vice Admiral Ann Lee".to_string()][..])
        );
        let crash = found.iter().find(|e| e.0 == "disaster").map(|e| e.2.as_slice());
        assert_eq!(crash, Some(&["Colonel Bo Lind".to_string()][..]), "{found:?}");
    }

    #[test]
    fn a_vote_is_not_where_what_it_decides_happens() {
        let found = places_and_participants(
            "The parliament approved a plan to send troops to Vermont on Tuesday. \
             In Montpelier, lawmakers voted on the mission on Wednesday.",
        );
        let places: Vec<(&str, Option<&str>)> = found.iter().map(|e| (e.0, e.1.as_deref())).collect();
        assert_eq!(places, [("vote", None), ("vote", Some("Montpelier"))], "{found:?}");
    }

    #[test]
    fn an_event_on_a_place_is_there() {
        let found = places_and_participants(
            "The crew rescued two hikers stranded on Moose Island on Tuesday. \
             The navy rescued four fishermen off the coast of Montpelier on Friday. \
             The navy rescued two divers off the south west coast of Ash Island on Sunday.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Moose Island"), "{found:?}");
        assert_eq!(found[1].1.as_deref(), Some("Montpelier"), "{found:?}");
        assert_eq!(found[2].1.as_deref(), Some("Ash Island"), "{found:?}");
    }

    #[test]
    fn a_place_described_before_its_name_is_placed_by_the_word_before_the_description() {
        let found = places_and_participants(
            "The navy sent two ships to the storm-ravaged Vermont on Monday. \
             The frigate returned on Friday to its home port of Montpelier. \
             The minister signed a deal on Tuesday in light of the war in neighbouring Vermont.",
        );
        let places: Vec<(&str, Option<&str>)> = found.iter().map(|e| (e.0, e.1.as_deref())).collect();
        assert_eq!(
            places,
            [("deployment", Some("Vermont")), ("return", Some("Montpelier")), ("agreement", None)],
            "{found:?}"
        );
    }

    #[test]
    fn an_event_in_a_part_of_a_place_named_by_its_direction_is_there() {
        let found = places_and_participants(
            "Rebels attacked a post in eastern Vermont on Monday. \
             The army deployed troops in the northwestern Montpelier district on Tuesday.",
        );
        let places: Vec<Option<&str>> = found.iter().map(|e| e.1.as_deref()).collect();
        assert_eq!(places, [Some("Vermont"), Some("Montpelier")], "{found:?}");
    }

    #[test]
    fn a_place_owned_past_words_describing_it_ends_the_possessive_chain() {
        let found = places_and_participants(
            "Rebels attacked a post in Vermont’s northern Essex County on Monday. \
             The army deployed troops to Vermont’s flood-hit Essex County on Tuesday.",
        );
        let places: Vec<Option<&str>> = found.iter().map(|e| e.1.as_deref()).collect();
        assert_eq!(places, [Some("Essex County"), Some("Essex County")], "{found:?}");
    }

    #[test]
    fn where_a_body_is_at_home_is_not_where_the_event_is() {
        let found = places_and_participants(
            "Exercise Ash, sponsored by the Green Command, headquartered in Montpelier, begins on May 2. \
             Soldiers based at Camp Ash trained in Vermont on May 9.",
        );
        let places: Vec<Option<&str>> = found.iter().map(|e| e.1.as_deref()).collect();
        assert_eq!(places, [None, Some("Vermont")], "{found:?}");
        let found = places_and_participants(
            "The Green Guard sent a helicopter from the 12th Airlift Wing at Camp Ash to help with the search on May 4.",
        );
        assert_eq!(found[0].1, None, "{found:?}");
    }

    #[test]
    fn an_event_spread_across_a_place_is_there() {
        let found = places_and_participants("The minister visited troops across Vermont on May 2.");
        assert_eq!(found[0].1.as_deref(), Some("Vermont"), "{found:?}");
    }

    #[test]
    fn an_event_is_at_the_most_specific_place_named_not_where_another_was() {
        let found = places_and_participants(
            "Crowds filled Camp Hill in Springfield on Saturday when 100 soldiers came home from deployment in the \
             Middle East.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Camp Hill"), "{found:?}");
    }

    #[test]
    fn a_visit_told_in_the_present_is_at_the_place_visited() {
        let found =
            places_and_participants("Governor Ana Ruiz, who is visiting Vermont, met the mayor on May 2.");
        assert!(found.iter().any(|e| e.1.as_deref() == Some("Vermont")), "{found:?}");
    }

    #[test]
    fn the_place_that_hosts_an_event_is_where_it_is() {
        let found = places_and_participants(
            "In May, Vermont hosted the exercise. The City of Springfield is hosting a visit of the delegation on Monday.",
        );
        let places: Vec<Option<&str>> = found.iter().map(|e| e.1.as_deref()).collect();
        assert_eq!(places, [Some("Vermont"), Some("City of Springfield")], "{found:?}");
    }

    #[test]
    fn a_sayings_speaker_is_named_before_its_verb_rather_than_after() {
        let found = places_and_participants(
            "U.S. Senator Ann Lee (D-VT) congratulated Colonel Sam Park on his years of service on Monday.",
        );
        assert_eq!(found[0].0, "statement", "{found:?}");
        assert_eq!(found[0].2, ["Senator Ann Lee"], "{found:?}");
    }

    #[test]
    fn people_listed_with_a_sayings_speaker_speak_with_it() {
        let found = places_and_participants(
            "Gov. Ann Lee, Mayor Sam Reed and Maj. Gen. Bo Kim praised the soldiers on Monday.",
        );
        assert_eq!(found[0].2, ["Maj. Gen. Bo Kim", "Mayor Sam Reed", "Gov. Ann Lee"], "{found:?}");
    }

    #[test]
    fn an_object_pronoun_points_to_the_official_named_before() {
        let found = places_and_participants(
            "Colonel Ana Ruiz spoke on Monday. Governor Sam Park appointed her to the post in 2015.",
        );
        let appointment = found.iter().find(|e| e.0 == "appointment").unwrap();
        assert_eq!(appointment.2, ["Governor Sam Park", "Colonel Ana Ruiz"], "{found:?}");
    }

    #[test]
    fn a_force_sent_to_a_mission_named_after_a_place_is_there() {
        let found = places_and_participants(
            "Norland sent a contingent on Monday to serve in the United Nations Mission in Ruritania. \
             Peacekeepers in Ruritania patrol the border.",
        );
        assert_eq!(found[0].0, "deployment", "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Ruritania"), "{found:?}");
    }
}
