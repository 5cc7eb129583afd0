//! Finding events: clauses, trigger words, and the entities and dates that go with them.
//!
//! A sentence is cut into clauses at semicolons, dashes and commas that open a new clause
//! (", where", ", which", ", about three years after" …, in `clauses`). In each clause the
//! trigger that best names what happened is chosen (`triggers`): a verb before a noun, and a
//! verb of speech only when nothing else happened ("Wrona said … during exercise Dragon" is the
//! exercise). Nouns that point back to an event already told ("this deployment", "her third
//! deployment") start no event.

mod arrival;
mod cargo;
mod clauses;
mod elaborated;
mod handover;
mod headline;
mod mention;
mod participle;
mod relative;
mod reported;
mod reporter;
mod retold;
mod roles;
mod speech;
mod subordinate;
mod title_place;
mod titled;
mod triggers;

pub(crate) use mention::EventMention;

use std::cell::OnceCell;
use std::ops::Range;

use crate::model::EntityKind;

use super::dates::{DateExpr, DateKind, Tense};
use super::lexicon::Role;
use super::mentions::Mention;
use super::text::{Segmented, TokenKind};
use clauses::{
    asides, attribution_date, clauses, in_dateline, local_tense, points_back_at_start, quoted, tense_of, trim,
};
pub(crate) use roles::mentions_in;
use roles::{narrower_place, Roles};
use triggers::{choose, ClauseView, Trigger};

/// The kinds of event factlens reports, in the order they are listed in facets.
pub const EVENT_TYPES: &[&str] = &[
    "deployment",
    "departure",
    "return",
    "visit",
    "meeting",
    "ceremony",
    "transfer-of-authority",
    "agreement",
    "training",
    "operation",
    "establishment",
    "vote",
    "appointment",
    "statement",
    "election",
    "declaration",
    "conflict",
    "rescue",
    "relief",
    "disaster",
];

/// Finds the events of one article.
pub(crate) fn find_events(
    seg: &Segmented<'_>,
    dates: &[DateExpr],
    mentions: &[Mention],
) -> Vec<EventMention> {
    let mut events: Vec<EventMention> = Vec::new();
    let mut in_mentions = vec![false; seg.tokens.len()];
    for mention in mentions {
        for t in mention.tokens.clone() {
            in_mentions[t] = true;
        }
    }
    // The event of a sentence ending with a colon, whose list lines follow.
    let mut list_owner: Option<usize> = None;
    // The events of the article's title, read like a sentence but kept apart (`headline`).
    let mut title: Vec<EventMention> = Vec::new();
    for (s, sentence) in seg.sentences.iter().enumerate() {
        if sentence.boilerplate {
            continue;
        }
        if sentence.headline && s == 0 {
            let in_quotes = quoted(seg, sentence.tokens.clone());
            for clause in clauses(seg, sentence.tokens.clone()) {
                let reader =
                    ClauseReader { seg, dates, mentions, sentence: s, sentence_start: sentence.tokens.start };
                reader.read(clause, &in_quotes, &in_mentions, &mut title);
            }
            continue;
        }
        if sentence.headline {
            if let Some(owner) = list_owner {
                let units = mentions_in(mentions, sentence.tokens.clone())
                    .filter(|&k| mentions[k].kind == EntityKind::Unit);
                events[owner].participants.extend(units);
            }
            continue;
        }
        list_owner = None;
        let in_quotes = quoted(seg, sentence.tokens.clone());
        if let Some(quote) = quote_continuing(seg, s, &in_quotes, &events) {
            events.push(quote);
            continue;
        }
        for clause in
            clauses(seg, sentence.tokens.clone()).into_iter().flat_map(|c| subordinate::split(seg, c))
        {
            let reader =
                ClauseReader { seg, dates, mentions, sentence: s, sentence_start: sentence.tokens.start };
            reader.read(clause, &in_quotes, &in_mentions, &mut events);
        }
        // "Here are the units deploying …:" followed by a list of units: they take part.
        let ends_with_colon =
            sentence.tokens.end > sentence.tokens.start && seg.tok(sentence.tokens.end - 1) == ":";
        list_owner = events.len().checked_sub(1).filter(|&e| ends_with_colon && events[e].sentence == s);
    }
    finish(seg, dates, mentions, title, &mut events);
    events
}

/// What is read across the article's events once each clause has its own: dates lent by a
/// sentence, tellings joined, a handover's officials, the title's event.
fn finish(
    seg: &Segmented<'_>,
    dates: &[DateExpr],
    mentions: &[Mention],
    title: Vec<EventMention>,
    events: &mut Vec<EventMention>,
) {
    lend_dates(seg, dates, mentions, events);
    join_retold(seg, mentions, events);
    handover::officials_named_after(seg, mentions, events);
    elaborated::participants_named_after(seg, mentions, events);
    title_place::lend_title_places(&title, events);
    headline::add_retold_title(seg, title, events);
}

/// Marks every event mention that tells an earlier one again (`retold`), and every saying that
/// reports one (`reported`), as continuing it.
fn join_retold(seg: &Segmented<'_>, mentions: &[Mention], events: &mut [EventMention]) {
    let told: Vec<retold::Told<'_>> = events
        .iter()
        .map(|e| retold::Told {
            event_type: e.event_type,
            sentence: e.sentence,
            tense: e.tense,
            dated: !e.dates.is_empty(),
            continues: e.continues.is_some(),
            tokens: e.tokens.clone(),
            participants: &e.participants,
        })
        .collect();
    let found = retold::retellings(seg, mentions, &told);
    let reports = reported::reports(seg, mentions, &told);
    for (later, earlier) in found {
        events[later].continues = Some(earlier);
    }
    for (later, earlier, speaker) in reports {
        events[later].continues = Some(earlier);
        // The speaker closing the sentence tells the happening and takes no part in it.
        let Some(speaker) = speaker else { continue };
        let event = &mut events[later];
        let speaking = event.participants.iter().filter(|&&p| speaker.contains(&mentions[p].tokens.start));
        let speaking: Vec<usize> = speaking.copied().collect();
        event.sources.extend(speaking);
    }
    speech::join_speech(seg, events);
}

/// "“We are glad to be a part of …”" after "“…,” Fisher told reporters.": a sentence that is
/// all quotation, right after a statement of the sentence before in the same paragraph, goes on
/// with that statement (the same speaker's words).
fn quote_continuing(
    seg: &Segmented<'_>,
    s: usize,
    in_quotes: &[bool],
    events: &[EventMention],
) -> Option<EventMention> {
    let sentence = &seg.sentences[s];
    let tokens = sentence.tokens.clone();
    let opens = matches!(seg.tok(tokens.start), "“" | "\"");
    let words_quoted =
        tokens.clone().zip(in_quotes).all(|(k, &inside)| inside || seg.tokens[k].kind != TokenKind::Word);
    let previous = events.len().checked_sub(1)?;
    let statement = &events[previous];
    let same_paragraph = s > 0 && seg.sentences[s - 1].paragraph == sentence.paragraph;
    (opens
        && words_quoted
        && same_paragraph
        && statement.sentence + 1 == s
        && statement.event_type == "statement")
        .then(|| EventMention {
            event_type: "statement",
            tokens: trim(seg, tokens),
            sentence: s,
            dates: Vec::new(),
            date_tenses: Vec::new(),
            participants: Vec::new(),
            sources: Vec::new(),
            location: None,
            tense: statement.tense,
            narrated: statement.narrated,
            continues: Some(previous),
        })
}

/// A clause with its dates and tense.
struct Clause {
    /// Its tokens.
    tokens: Range<usize>,
    /// Indexes of the date expressions inside it.
    dates: Vec<usize>,
    /// Its tense, from its verbs.
    tense: Tense,
    /// Its tense from the narration's verbs alone (quoted words left out), which tells which way
    /// its dates point: "“This will help,” she said Monday" dates the saying to the Monday before.
    narrated: Tense,
    /// Whether it states a time or an offset.
    has_date: bool,
}

/// What the clauses of one sentence are read against.
struct ClauseReader<'a, 't> {
    seg: &'a Segmented<'t>,
    dates: &'a [DateExpr],
    mentions: &'a [Mention],
    /// Index of the sentence.
    sentence: usize,
    /// Its first token.
    sentence_start: usize,
}

impl ClauseReader<'_, '_> {
    /// Adds the event `clause` tells to `events`, or dates the event before it with the clause's
    /// dates (", which begins in May").
    fn read(
        &self,
        clause: Range<usize>,
        in_quotes: &[bool],
        in_mentions: &[bool],
        events: &mut Vec<EventMention>,
    ) {
        let dates = self.dates;
        // Dates are in text order: find the clause's by binary search.
        let first_date = dates.partition_point(|date| date.tokens.start < clause.start);
        let clause_dates: Vec<usize> =
            (first_date..dates.len()).take_while(|&k| dates[k].tokens.end <= clause.end).collect();
        let has_date = clause_dates
            .iter()
            .any(|&k| dates[k].is_time() || matches!(dates[k].kind, DateKind::Offset { .. }));
        let view = ClauseView {
            seg: self.seg,
            clause: clause.clone(),
            sentence_start: self.sentence_start,
            in_quotes,
            in_mentions,
            has_date,
            first_possibility: OnceCell::new(),
        };
        let found = view.triggers();
        let attended = if found.is_empty() { self.attended_event(clause.clone(), events) } else { None };
        // Without a trigger, a clause only matters if it can date the event before it.
        if found.is_empty() && attended.is_none() && (!has_date || events.is_empty()) {
            return;
        }
        let tense = tense_of(self.seg, clause.clone(), |_| false);
        let narrated = tense_of(self.seg, clause.clone(), |k| in_quotes[k - self.sentence_start]);
        let clause = Clause { tokens: clause, dates: clause_dates, tense, narrated, has_date };
        if let Some((attends_at, previous)) = attended {
            let chosen = Trigger { event_type: events[previous].event_type, verb: true, needs_date: false };
            let event = self.event(clause, attends_at, chosen, events);
            events.extend(event.map(|event| EventMention { continues: Some(previous), ..event }));
            return;
        }
        match choose(&found, |i, j| triggers::told_by_saying(self.seg, i, j)) {
            Some((trigger_at, chosen)) => {
                // A saying was made or is to come by its own words, not by what it reports.
                let said = (chosen.event_type == "statement").then(|| {
                    tense_of(self.seg, clause.tokens.start..trigger_at + 1, |k| {
                        in_quotes[k - self.sentence_start]
                    })
                });
                let event = self.event(clause, trigger_at, chosen, events);
                events.extend(
                    event.map(|event| EventMention { narrated: said.unwrap_or(event.narrated), ..event }),
                );
            }
            None => self.date_previous_event(clause, events),
        }
    }

    /// "… were there to witness the signing along with Mayor …": a clause whose verb of being present points
    /// back to an event told in one of the two sentences before ("attended the ceremony") joins it,
    /// with the people it names. Returns the verb's token and the event's index.
    fn attended_event(&self, clause: Range<usize>, events: &[EventMention]) -> Option<(usize, usize)> {
        let seg = self.seg;
        let attends_at = clause.clone().find(|&i| seg.word(i).is(Role::Attends))?;
        let object = attends_at + 1;
        let points_back = object < clause.end
            && (seg.low(object) == "it"
                || seg.word(object).is(Role::Anaphoric)
                || seg.low(object) == "the" && object + 1 < clause.end);
        let previous = events.len().checked_sub(1)?;
        (points_back && events[previous].sentence + 2 >= self.sentence).then_some((attends_at, previous))
    }

    /// ", which begins in May": a clause without an event of its own dates the one before it in
    /// the same sentence.
    fn date_previous_event(&self, clause: Clause, events: &mut [EventMention]) {
        let relative = matches!(self.seg.low(clause.tokens.start), "which" | "when");
        let Some(previous) =
            events.last_mut().filter(|e| e.sentence == self.sentence && relative && clause.has_date)
        else {
            return;
        };
        for &k in &clause.dates {
            previous.dates.push(k);
            let tense =
                local_tense(self.seg, self.dates[k].tokens.start, clause.tokens.clone(), clause.narrated);
            previous.date_tenses.push(tense);
        }
        previous.tokens.end = trim(self.seg, clause.tokens).end.max(previous.tokens.end);
    }

    /// The dates of a clause (starting at token `start`) that date its event of type `event_type`,
    /// named at `trigger_at`.
    fn event_dates(
        &self,
        clause_dates: Vec<usize>,
        event_type: &str,
        (start, end): (usize, usize),
        trigger_at: usize,
    ) -> Vec<usize> {
        let (seg, dates) = (self.seg, self.dates);
        // "…, state officials said Tuesday": the date of the saying is not the event's.
        let clause_dates: Vec<usize> = clause_dates
            .into_iter()
            .filter(|&k| event_type == "statement" || !attribution_date(seg, dates[k].tokens.start, start))
            .filter(|&k| self.dates_the_event(&dates[k], start, trigger_at))
            .collect();
        let clause_dates = self.outside_asides(clause_dates, start..end, trigger_at);
        // "OSLO, Oct 10 (Reuters) - … met on Wednesday": the filing date yields to the event's own.
        let in_dateline = |k: &usize| in_dateline(seg, dates[*k].tokens.clone(), self.sentence_start);
        if clause_dates.iter().any(|k| !in_dateline(k)) {
            clause_dates.into_iter().filter(|k| !in_dateline(k)).collect()
        } else {
            clause_dates
        }
    }

    /// The dates of `clause_dates` that stand on the same side of an aside set off by dashes as the
    /// trigger at `trigger_at`: "Leyte – an area hit by the typhoon – was a battlefield in 1944"
    /// dates the battle, not the typhoon; an aside's dates are its own happening's.
    fn outside_asides(
        &self,
        mut clause_dates: Vec<usize>,
        clause: Range<usize>,
        trigger_at: usize,
    ) -> Vec<usize> {
        if clause_dates.is_empty() {
            return clause_dates;
        }
        let asides = asides(self.seg, clause);
        let side = |k: usize| asides.iter().position(|aside| aside.contains(&k));
        let aside = side(trigger_at);
        clause_dates.retain(|&k| side(self.dates[k].tokens.start) == aside);
        clause_dates
    }

    /// Whether `date` may date the event named at `trigger_at` in a clause starting at `start`: a
    /// year dating a happening of its own ("praised the response to the 2016 flood") dates no
    /// other event, unless a preposition sets the event at that happening ("withdrew its envoy
    /// during the 1982 invasion").
    fn dates_the_event(&self, date: &DateExpr, start: usize, trigger_at: usize) -> bool {
        let Some(noun) = date.happening else {
            return true;
        };
        let seg = self.seg;
        // The preposition governs the phrase: it stands before the article, or before the name of
        // the possessor ("during Examplia's 1982 invasion").
        let mut k = date.tokens.start.saturating_sub(1);
        if seg.tokens[k].kind == TokenKind::Possessive {
            while k > start && seg.tok(k - 1).starts_with(char::is_uppercase) {
                k -= 1;
            }
        }
        let framed = k > start && seg.word(k - 1).is(Role::FrameSame);
        noun == trigger_at || framed
    }

    /// The event of `clause`, named by the trigger at `trigger_at`; `None` when the clause is
    /// only punctuation and conjunctions.
    fn event(
        &self,
        clause: Clause,
        trigger_at: usize,
        chosen: Trigger,
        events: &[EventMention],
    ) -> Option<EventMention> {
        let (seg, dates) = (self.seg, self.dates);
        let Clause { tokens: clause, dates: clause_dates, tense: clause_tense, narrated, has_date } = clause;
        let event_type = self.event_type(chosen, trigger_at, clause.clone());
        let clause_dates = self.event_dates(clause_dates, event_type, (clause.start, clause.end), trigger_at);
        let date_tenses = clause_dates
            .iter()
            .map(|&k| local_tense(seg, dates[k].tokens.start, clause.clone(), narrated))
            .collect();
        let roles = Roles { seg, mentions: self.mentions, sentence: self.sentence };
        let (participants, location) = roles.of(clause.clone(), trigger_at, event_type);
        let sources =
            reporter::sources(seg, self.mentions, &participants, clause.clone(), (trigger_at, event_type));
        let tokens = trim(seg, clause.clone());
        if tokens.is_empty() {
            return None;
        }
        let continues = self.continued_event(clause, event_type, has_date, events);
        Some(EventMention {
            event_type,
            tokens,
            sentence: self.sentence,
            dates: clause_dates,
            date_tenses,
            participants,
            sources,
            location,
            tense: clause_tense,
            narrated,
            continues,
        })
    }

    /// The trigger's event type; troops departing deploy, a ship or a delegation departing departs;
    /// a movement carrying relief goods is relief (`cargo`); a ceremony of a change of command or a
    /// transfer of authority is that transfer.
    fn event_type(&self, chosen: Trigger, trigger_at: usize, clause: Range<usize>) -> &'static str {
        if chosen.event_type == "ceremony" && names_a_handover(self.seg, clause.clone()) {
            return "transfer-of-authority";
        }
        if self.seg.word(trigger_at).is(Role::OffSendOff) && self.seg.low(trigger_at + 1) == "off" {
            return "ceremony";
        }
        let forces = || {
            clause.clone().any(|k| {
                self.seg.word(k).is(Role::Force)
                    || mentions_in(self.mentions, k..k + 1).any(|m| self.mentions[m].kind == EntityKind::Unit)
            })
        };
        let never_deployment = self.seg.word(trigger_at).is(Role::NeverDeployment);
        if matches!(chosen.event_type, "departure" | "deployment")
            && !never_deployment
            && cargo::carries_relief(self.seg, clause.clone())
        {
            "relief"
        } else if chosen.event_type == "departure" && !never_deployment && forces() {
            "deployment"
        } else {
            chosen.event_type
        }
    }

    /// The event of the sentence before, in the same paragraph, that an undated clause opening the
    /// sentence continues ("The pair discussed …" after "… met with …").
    fn continued_event(
        &self,
        clause: Range<usize>,
        event_type: &str,
        has_date: bool,
        events: &[EventMention],
    ) -> Option<usize> {
        // "The announcement on August 21 was made by …": the saying of what the sentence before
        // told dates it, so it continues that event although it has a date.
        let announced = event_type == "statement"
            && clause.start + 1 < clause.end
            && !self.seg.word(clause.start + 1).is(Role::Verb);
        if clause.start != self.sentence_start
            || has_date && !announced
            || !points_back_at_start(self.seg, clause.clone())
        {
            return None;
        }
        if let Some(framing) = framing_event(self.seg, clause.start, events) {
            return Some(framing);
        }
        let previous = events.len().checked_sub(1)?;
        let event = &events[previous];
        (event.sentence + 1 == self.sentence
            && (event.event_type == event_type || matches!(event_type, "meeting" | "statement" | "visit")))
        .then_some(previous)
    }
}

/// "During the visit to …, the delegation met …": a clause framed by an event noun continues the
/// last event of that type the article told, however far back.
fn framing_event(seg: &Segmented<'_>, start: usize, events: &[EventMention]) -> Option<usize> {
    if seg.low(start) != "during" || start + 2 >= seg.tokens.len() {
        return None;
    }
    let framing_type = seg.word(start + 2).event_type()?;
    events.iter().rposition(|event| event.event_type == framing_type)
}

/// Whether a clause names a handover: "change of command", "transfer of authority", "the
/// transition from … to …", "the command handover", or the two holders of a post ("farewelled the
/// outgoing chief", "will hand over to his successor").
fn names_a_handover(seg: &Segmented<'_>, clause: Range<usize>) -> bool {
    let names_a_holder = clause.clone().any(|k| matches!(seg.low(k), "outgoing" | "successor"));
    names_a_holder
        || (clause.start + 2..clause.end).any(|k| {
            matches!(seg.low(k - 2), "change" | "transfer" | "assumption")
                && seg.low(k - 1) == "of"
                && matches!(seg.low(k), "command" | "authority" | "responsibility")
                || matches!(seg.low(k - 1), "transition" | "handover") && seg.low(k) == "from"
                || seg.low(k - 1) == "command" && matches!(seg.low(k), "handover" | "hand-over")
        })
}

/// A sentence that states a day but tells no event ("… stand in front of … on February 26, 2020.")
/// lends that day to the first event of the next sentence in its paragraph, and a narrower place.
fn lend_dates(seg: &Segmented<'_>, dates: &[DateExpr], mentions: &[Mention], events: &mut [EventMention]) {
    for (k, date) in dates.iter().enumerate() {
        let DateKind::Absolute(day) = date.kind else { continue };
        // A labelled date ("date 2020-02-28", "Updated …") dates the page, not an event.
        let labelled = date.tokens.start > 0
            && matches!(
                seg.low(date.tokens.start - 1),
                "date" | "dated" | "published" | "updated" | "posted"
            );
        if day.day.is_none() || labelled || events.iter().any(|event| event.sentence == date.sentence) {
            continue;
        }
        let paragraph = seg.sentences[date.sentence].paragraph;
        if let Some(event) = events.iter_mut().find(|event| {
            event.sentence == date.sentence + 1 && seg.sentences[event.sentence].paragraph == paragraph
        }) {
            event.dates.push(k);
            event.date_tenses.push(event.tense);
            event.location = narrower_place(seg, mentions, date.sentence, event.location);
        }
    }
}

/// The events of `text` read as one article, for the event rules' tests.
#[cfg(test)]
fn events_in(text: &str) -> Vec<EventMention> {
    let seg = super::text::segment(text);
    let (dates, blocked) = super::dates::find_dates(&seg);
    let mentions = super::mentions::find_mentions(&seg, &blocked, None);
    find_events(&seg, &dates, &mentions)
}

/// The type of each event of `text` (see [`events_in`]).
#[cfg(test)]
fn types_in(text: &str) -> Vec<&'static str> {
    events_in(text).iter().map(|e| e.event_type).collect()
}

/// Each event of `text` (see [`events_in`]) as its type and the index of the event it continues.
#[cfg(test)]
fn continuations_in(text: &str) -> Vec<(&'static str, Option<usize>)> {
    events_in(text).iter().map(|e| (e.event_type, e.continues)).collect()
}

#[cfg(test)]
mod tests {
    use super::super::dates::find_dates;
    use super::super::mentions::find_mentions;
    use super::super::text::segment;
    use super::*;

    fn events(text: &str) -> Vec<(&'static str, String)> {
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        find_events(&seg, &dates, &mentions)
            .into_iter()
            .map(|e| (e.event_type, seg.slice(e.tokens)))
            .map(|(t, s)| (t, s.to_string()))
            .collect()
    }

    #[test]
    fn a_participle_describing_a_holder_tells_no_happening() {
        let found = events(
            "Amid a ceremony held on Monday in Ostrel, President Ann Ruiz conferred the insignia to the \
             newly appointed chief of the Norland Army.",
        );
        assert_eq!(found.iter().map(|(t, _)| *t).collect::<Vec<_>>(), ["ceremony"], "{found:?}");
        let found = events(
            "Its recently commissioned frigate sailed to Ostrel. The Navy appointed Ivo Dahl on Monday.",
        );
        assert!(found.iter().filter(|(t, _)| *t == "appointment").count() == 1, "{found:?}");
    }

    #[test]
    fn patrolling_is_an_operation() {
        let found = events("The cutter was patrolling the Eastern Pacific when it stopped a boat.");
        assert!(found.iter().any(|(t, _)| *t == "operation"), "{found:?}");
    }

    /// Each event of `text` as its type and the words of its dates.
    fn dated_events(text: &str) -> Vec<(&'static str, Vec<String>)> {
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let words = |e: &EventMention| {
            e.dates.iter().map(|&k| seg.slice(dates[k].tokens.clone()).to_string()).collect()
        };
        find_events(&seg, &dates, &mentions).iter().map(|e| (e.event_type, words(e))).collect()
    }

    #[test]
    fn a_participle_after_a_comma_opens_a_clause_of_its_own() {
        // "hoping it will help" does not make the vote told before it a coming one.
        let text = "The Norland parliament approved the bill on Thursday, hoping it will help the troops.";
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let found = find_events(&seg, &dates, &mentions);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].event_type, found[0].tense), ("vote", Tense::Past));
    }

    #[test]
    fn the_announcement_of_what_the_sentence_before_told_continues_it_with_its_date() {
        let text = "The Norland Army has appointed two new commanders. The announcement on August 21 was \
                    made by the minister. He said on Monday that he was proud.";
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let found = find_events(&seg, &dates, &mentions);
        let kinds: Vec<_> = found.iter().map(|e| (e.event_type, e.continues)).collect();
        // A saying told by a verb after its pronoun is an event of its own.
        assert_eq!(kinds, [("appointment", None), ("statement", Some(0)), ("statement", None)], "{kinds:?}");
    }

    #[test]
    fn a_year_before_a_happening_dates_it_and_what_is_set_at_it() {
        assert_eq!(
            dated_events("Parties lost the 2019 national elections."),
            [("election", vec!["2019".to_string()])]
        );
        assert_eq!(
            dated_events("Norland sent troops to the border during Examplia's 1982 invasion."),
            [("deployment", vec!["1982".to_string()])]
        );
        // The response is praised now, not in 2016.
        assert_eq!(
            dated_events("The mayor praised the crews for their response to the 2016 flood."),
            [("statement", Vec::<String>::new())]
        );
    }

    #[test]
    fn every_trigger_of_the_word_table_names_a_known_event_type() {
        let types: Vec<&str> = include_str!("../lexicon/words.txt")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(str::split_whitespace)
            .filter_map(|item| item.strip_prefix("event="))
            .collect();
        assert!(types.len() > 100);
        for event_type in types {
            assert!(EVENT_TYPES.contains(&event_type), "{event_type} is not in EVENT_TYPES");
        }
    }

    #[test]
    fn an_asides_dates_are_its_own() {
        // The year dates the battle told around the aside, not the storm told in it.
        assert_eq!(
            dated_events(
                "Troops are working in Glen Ora – an area hit hard by the cyclone – where Norland fought Examplia in 1944."
            )
            .iter()
            .find(|(t, _)| *t == "disaster"),
            Some(&("disaster", Vec::new()))
        );
        assert_eq!(
            dated_events("The cyclone struck Glen Ora in 1998 – the worst storm of the decade."),
            [("disaster", vec!["1998".to_string()])]
        );
    }

    #[test]
    fn one_event_per_clause_with_the_right_trigger() {
        let found = events(
            "The partnership went into effect on March 11, 2011, about three years after Kosovo declared its independence. \
             Wrona said the engineers would work during exercise Dragon, which begins in May. \
             Chile's foreign ministry criticized the drills on Tuesday. \
             Morales said this will be her third deployment.",
        );
        let types: Vec<&str> = found.iter().map(|(t, _)| *t).collect();
        assert_eq!(types, ["agreement", "declaration", "training", "statement", "statement"], "{found:?}");
    }

    #[test]
    fn a_ceremony_naming_both_holders_or_a_command_handover_is_a_transfer() {
        let types = |text: &str| -> Vec<&str> { events(text).iter().map(|(t, _)| *t).collect() };
        assert_eq!(
            types("Sailors farewelled the outgoing chief, Admiral Ann Ruiz, in a ceremony in Norland on Friday."),
            ["transfer-of-authority"]
        );
        assert_eq!(
            types("Admiral Ann Ruiz will hand over to her successor at a public ceremony on Friday, May 3."),
            ["transfer-of-authority"]
        );
        assert_eq!(
            types("The battalion held the third ceremony of force command handover on May 3."),
            ["transfer-of-authority"]
        );
        assert_eq!(types("The battalion held a medal ceremony on May 3."), ["ceremony"]);
    }

    #[test]
    fn taking_command_is_a_transfer_and_a_datelines_date_yields_to_the_events_own() {
        let found = events(
            "Colonel Ana Ruiz took command of the battalion from Colonel Bo Lind on Friday. \
             The general handed over command in May.",
        );
        let types: Vec<&str> = found.iter().map(|(t, _)| *t).collect();
        assert_eq!(types, ["transfer-of-authority", "transfer-of-authority"], "{found:?}");

        let text = "RIGA, Oct 10 (Example Wire) - The two ministers met in Riga on Wednesday. \
                    TALLINN, Oct 11 (Example Wire) - The ministers met again.";
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let dated: Vec<Vec<&str>> = find_events(&seg, &dates, &mentions)
            .iter()
            .map(|e| e.dates.iter().map(|&k| seg.slice(dates[k].tokens.clone())).collect())
            .collect();
        assert_eq!(dated, [vec!["Wednesday"], vec!["Oct 11"]]);
    }

    #[test]
    fn a_call_for_help_is_no_saying() {
        let found = events("Rescuers called for help. The mayor said the work went well.");
        let types: Vec<&str> = found.iter().map(|e| e.0).collect();
        assert_eq!(types, ["statement"], "{found:?}");
    }

    #[test]
    fn witnesses_and_framed_meetings_join_the_event_they_point_to() {
        let text = "The delegation visited Springfield on May 3. \
             They signed an agreement between the city of Springfield and the city of Lyon, in France. \
             The mayors were there to witness the event along with Mayor Ann Lee. \
             During the visit to the base, the delegation met with Colonel Sam Park.";
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let found = find_events(&seg, &dates, &mentions);
        let name = |k: usize| seg.slice(mentions[k].tokens.clone()).to_string();
        let summary: Vec<_> =
            found.iter().map(|e| (e.event_type, e.continues, e.location.map(name))).collect();
        assert_eq!(summary[1], ("agreement", None, None), "{summary:?}");
        assert_eq!(summary[2].0, "agreement", "{summary:?}");
        assert_eq!(summary[2].1, Some(1), "{summary:?}");
        assert!(found[2].participants.iter().any(|&k| name(k) == "Mayor Ann Lee"), "{summary:?}");
        assert_eq!(summary[3].1, Some(0), "{summary:?}");
    }

    #[test]
    fn the_wider_vocabulary_types_what_happened_not_the_saying() {
        let found = events(
            "The 1st Battalion returned to Fort Hood on May 2. \
             The governor appointed Ana Ruiz as adjutant general on May 3. \
             Officials said the boat capsized on May 4. \
             Lawmakers voted on the mission on May 5. \
             A change of command ceremony was held on May 6. \
             The program was established in 2008. \
             The Coast Guard said the crew was rescued on May 7. \
             The colonel is retiring after 30 years on May 8. \
             The governor added that the state is grateful. \
             The soldiers were sent off from Camp Hill on May 9.",
        );
        let types: Vec<&str> = found.iter().map(|(t, _)| *t).collect();
        assert_eq!(
            types,
            [
                "return",
                "appointment",
                "disaster",
                "vote",
                "transfer-of-authority",
                "establishment",
                "rescue",
                "departure",
                "statement",
                "ceremony"
            ],
            "{found:?}"
        );
    }

    #[test]
    fn an_event_named_in_capitals_and_the_sentence_after_it() {
        let seg = segment(
            "The governor is hosting a virtual Change of Command Ceremony on Jan. 4. \
             The ceremony marks the transition from Col. Ann Ruiz to Col. Sam Ortiz.",
        );
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let found = find_events(&seg, &dates, &mentions);
        let summary: Vec<_> = found.iter().map(|e| (e.event_type, e.continues)).collect();
        assert_eq!(summary, [("transfer-of-authority", None), ("transfer-of-authority", Some(0))]);
    }

    #[test]
    fn units_listed_after_a_colon_take_part_in_its_event() {
        let text = "Brigade to deploy\n\nThe brigade will deploy to Poland in May. Here are the units deploying with it:\n\n\
                    - Company D, 2nd Battalion, 198th Armor – Hill Town\n\n\
                    - Detachment 3, 149th Aviation Regiment – Lake Town\n\n\
                    The soldiers trained in March.";
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let found = find_events(&seg, &dates, &mentions);
        let listing = found.iter().find(|e| seg.slice(e.tokens.clone()).starts_with("Here are"));
        let listing = listing.unwrap_or_else(|| {
            panic!("{:?}", found.iter().map(|e| seg.slice(e.tokens.clone())).collect::<Vec<_>>())
        });
        let names: Vec<&str> =
            listing.participants.iter().map(|&k| seg.slice(mentions[k].tokens.clone())).collect();
        assert_eq!(names, ["Company D, 2nd Battalion, 198th Armor", "Detachment 3, 149th Aviation Regiment"]);
    }

    #[test]
    fn a_quotation_going_on_after_a_statement_is_part_of_it() {
        let seg = segment("“We are ready,” Colonel Ann Ruiz told reporters. “We are proud of them.”");
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let found = find_events(&seg, &dates, &mentions);
        let summary: Vec<_> = found.iter().map(|e| (e.event_type, e.continues)).collect();
        assert_eq!(summary, [("statement", None), ("statement", Some(0))]);
    }

    #[test]
    fn quoted_words_and_purposes_start_no_event() {
        let found = events(
            "“We are proud to deploy,” Fisher said. It allows troops to come for training and relief.",
        );
        assert_eq!(found.iter().map(|(t, _)| *t).collect::<Vec<_>>(), ["statement"]);
    }

    #[test]
    fn a_quotation_opened_in_a_sentence_before_goes_on() {
        let found = events("Ann Ruiz spoke. “We are ready. May the new team exercise care,” Ruiz said.");
        let types: Vec<_> = found.iter().map(|(t, _)| *t).collect();
        assert!(!types.contains(&"training"), "{found:?}");
    }
}
