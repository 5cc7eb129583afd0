//! Trigger words: which words of a clause can name its event (the word table gives each trigger
//! its event type and conditions), and which of them does.

use std::cell::OnceCell;
use std::ops::Range;

use super::super::lexicon::{Role, Word};
use super::super::text::{Segmented, TokenKind};
use super::arrival::arrival_type;
use super::participle::describes_forces;

/// A trigger word: its event type, whether it is a verb, and whether it only counts with a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Trigger {
    /// The type of event it names.
    pub event_type: &'static str,
    /// Whether it is a verb (else a noun).
    pub verb: bool,
    /// Whether it counts only in a clause with a date.
    pub needs_date: bool,
}

/// The trigger a word is, given the word after it (as written).
pub(super) fn trigger(word: &Word, next: &str) -> Option<Trigger> {
    let event_type = word.event_type()?;
    let destination = matches!(next, "for" | "from") || next.starts_with(char::is_uppercase);
    if word.is(Role::NeedsDestination) && !destination {
        return None;
    }
    // "called for help", "asked for support": a request, not a saying.
    if event_type == "statement" && next == "for" {
        return None;
    }
    Some(Trigger { event_type, verb: word.is(Role::Verb), needs_date: word.is(Role::NeedsDate) })
}

/// How a noun trigger stands in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Frame {
    /// Subject or object: the clause's own event.
    None,
    /// In a phrase that places the clause's event at it ("during a send-off ceremony").
    CoTemporal,
    /// In a phrase about another time ("after election protests").
    Other,
}

/// The most words between "handed over" and the post's noun ("the Chief of Navy role").
const POST_TITLE_WORDS: usize = 6;

/// The most words from "succeed" to the "as" of the post ("succeed Rear Adm. Ann B. Lee as").
const SUCCEEDED_REACH: usize = 8;

/// The most tokens before a trigger that a "whether" opening its question may stand.
const QUESTION_REACH: usize = 12;

/// A clause of a sentence, as the trigger rules see it.
pub(super) struct ClauseView<'a, 't> {
    /// The article.
    pub seg: &'a Segmented<'t>,
    /// The clause's tokens.
    pub clause: Range<usize>,
    /// The first token of its sentence.
    pub sentence_start: usize,
    /// For each token of the sentence, whether it is quoted.
    pub in_quotes: &'a [bool],
    /// For each token of the article, whether it belongs to an entity mention.
    pub in_mentions: &'a [bool],
    /// Whether the clause states a time or an offset.
    pub has_date: bool,
    /// The first word of possibility in the clause ("could", "allow", …), found once when asked.
    pub first_possibility: OnceCell<Option<usize>>,
}

impl ClauseView<'_, '_> {
    /// Whether token `i` is quoted.
    fn quoted_at(&self, i: usize) -> bool {
        self.in_quotes[i - self.sentence_start]
    }

    /// Every usable trigger of the clause: (token, trigger, frame).
    pub fn triggers(&self) -> Vec<(usize, Trigger, Frame)> {
        if self.undecided() {
            return Vec::new();
        }
        let mut found: Vec<_> = self.clause.clone().filter_map(|i| self.usable_trigger(i)).collect();
        if found.iter().any(|(_, t, _)| t.event_type != "statement") && self.habitual() {
            found.retain(|(_, t, _)| t.event_type == "statement");
        }
        found
    }

    /// Whether the clause tells what happens again and again ("the river frequently forces the
    /// community to evacuate", "as is done each year"): no single happening, so no event, though a
    /// saying stays one. Repeated since a time ("have clashed repeatedly since 2012") tells when it
    /// began, which is one.
    fn habitual(&self) -> bool {
        let seg = self.seg;
        let often = |w: &str| {
            matches!(w, "frequently" | "regularly" | "routinely" | "often" | "usually" | "repeatedly")
        };
        let yearly = |k: usize| {
            k > self.clause.start && matches!(seg.low(k - 1), "each" | "every") && seg.low(k) == "year"
        };
        let repeated = self.clause.clone().any(|k| often(seg.low(k)) || yearly(k));
        repeated && self.clause.clone().all(|k| seg.low(k) != "since")
    }

    /// Whether the clause tells something still undecided about a happening ("how long they will
    /// stay has yet to be determined", "a departure date was yet to be set"), or a plan given up
    /// ("were originally due to return in May"): no event of its own.
    fn undecided(&self) -> bool {
        let seg = self.seg;
        let planned = |w: &str| matches!(w, "due" | "scheduled" | "planned" | "set" | "expected");
        (self.clause.start + 2..self.clause.end).any(|k| {
            seg.low(k - 2) == "yet" && seg.low(k - 1) == "to" && seg.low(k) == "be"
                || seg.low(k - 1) == "originally" && planned(seg.low(k))
        })
    }

    /// The trigger at token `i`, if it counts here, and how a preposition frames it.
    fn usable_trigger(&self, i: usize) -> Option<(usize, Trigger, Frame)> {
        let seg = self.seg;
        let clause = &self.clause;
        let opens_name = OnceCell::new();
        let opens_name = || *opens_name.get_or_init(|| self.opens_event_name(i));
        let quoted = self.quoted_at(i) && !(i > 0 && quotation_mark(seg.tok(i - 1)) && opens_name());
        if seg.tokens[i].kind != TokenKind::Word || quoted || self.in_mentions[i] {
            return None;
        }
        if seg.tok(i).chars().next().is_some_and(char::is_uppercase)
            && i != self.sentence_start
            && !self.heads_capitalized_event(i)
            && !opens_name()
        {
            return None; // part of a name ("Partnership Program", "Farewell")
        }
        let word = seg.word(i);
        let next = if i + 1 < clause.end { seg.tok(i + 1) } else { "" };
        let mut found = self
            .post_given(i)
            .or_else(|| trigger(word, next))
            .or_else(|| self.command_taken(i))
            .or_else(|| self.arrived(i))?;
        if found.event_type == "disaster" && self.disaster_fought(i) {
            found.event_type = "relief";
        }
        if !self.conditions_hold(i, word, found) {
            return None;
        }
        if found.verb && !self.has_date && describes_forces(seg, clause.clone(), i, |k| self.in_mentions[k]) {
            return None;
        }
        // A verb form after a determiner is a noun: "her first visit", "the tour".
        let determined =
            i > clause.start && seg.word(i - 1).is(Role::NounMarker) || after_possessive(seg, i, clause);
        if found.verb && determined && !seg.low(i).ends_with("ed") {
            found.verb = false;
        }
        if self.names_a_post(i, found) || self.describes_a_holder(i) {
            return None;
        }
        // In a compound of event nouns the last is the head: "departure ceremony".
        if !found.verb
            && i + 1 < clause.end
            && trigger(seg.word(i + 1), "").is_some_and(|t| !t.verb)
            && !self.quoted_at(i + 1)
        {
            return None;
        }
        if self.names_no_happening(i, found)
            || self.only_possible(i, found)
            || self.saying_to_come(i, found)
            || self.only_asked(i, found)
        {
            return None;
        }
        let before = clause.start.max(i.saturating_sub(5))..i;
        if !found.verb && !self.has_date && self.noun_tells_no_event(i, word, before.clone()) {
            return None;
        }
        Some((i, found, self.frame(found, before)))
    }

    /// "Troops are battling floods in the north", "joined the fight against the flooding": a
    /// disaster named as what forces fight, within the three words after a verb of fighting, tells
    /// the relief work, not the disaster.
    fn disaster_fought(&self, i: usize) -> bool {
        let seg = self.seg;
        (self.clause.start.max(i.saturating_sub(3))..i).any(|k| {
            seg.word(k).is(Role::Fights) && (k + 1..i).all(|j| seg.tokens[j].kind == TokenKind::Word)
        })
    }

    /// Whether the noun trigger `found` at `i` is part of what names a person's post, before a title
    /// or a position ("Exercise Director Colonel …", "the operation commander"): no happening.
    fn names_a_post(&self, i: usize, found: Trigger) -> bool {
        let seg = self.seg;
        let title = i + 1 < self.clause.end
            && (seg.word(i + 1).is(Role::TitleHead) || seg.word(i + 1).is(Role::Position));
        title && !found.verb
    }

    /// Whether the trigger at `i` is a participle describing whom or what it names, after
    /// "newly" or "recently" and a determiner ("the newly appointed chief", "its recently
    /// commissioned frigate"): the happening was told elsewhere, or not at all.
    fn describes_a_holder(&self, i: usize) -> bool {
        let seg = self.seg;
        i >= self.clause.start + 2
            && matches!(seg.low(i - 1), "newly" | "recently")
            && seg.word(i - 2).is(Role::NounMarker)
    }

    /// Whether the trigger `found` at `i` names no happening: one only objected to ("opposed to
    /// sending troops"), or a noun naming a kind of place ("the cadet training camp").
    fn names_no_happening(&self, i: usize, found: Trigger) -> bool {
        let seg = self.seg;
        let low = |k: usize| if k >= self.clause.start { seg.low(k) } else { "" };
        let objected = i >= 2
            && low(i - 1) == "to"
            && matches!(low(i - 2), "opposed" | "opposition" | "objected" | "objection");
        let place = !found.verb
            && i + 1 < self.clause.end
            && seg.word(i + 1).is(Role::PlaceHead)
            && !self.in_mentions[i + 1];
        objected || place || self.saying_signed(i, found)
    }

    /// Whether the trigger `found` at `i` tells only a question asked or left open: it follows a
    /// "whether" that completes a word ("did not comment on whether the mission ended early due to
    /// the crash", "it was not stated whether anyone was killed"), or it is the saying that asks
    /// ("stated whether", "comment on whether"). No happening is reported. "…, whether by air or by
    /// sea" names ways, not a question.
    fn only_asked(&self, i: usize, found: Trigger) -> bool {
        let seg = self.seg;
        let question = |k: usize| {
            seg.low(k) == "whether" && k > self.clause.start && seg.tokens[k - 1].kind == TokenKind::Word
        };
        let asks = found.event_type == "statement" && (i + 1..self.clause.end.min(i + 3)).any(question);
        // A question is short: look back a few words, not the whole clause.
        asks || (self.clause.start.max(i.saturating_sub(QUESTION_REACH))..i).any(question)
    }

    /// "The statement signed by the spokesman said …": a saying put in writing is signed, which
    /// makes it no agreement.
    fn saying_signed(&self, i: usize, found: Trigger) -> bool {
        let seg = self.seg;
        let saying_noun = |k: usize| {
            let word = seg.word(k);
            word.event_type() == Some("statement") && !word.is(Role::Verb)
        };
        found.event_type == "agreement" && found.verb && i > self.clause.start && saying_noun(i - 1)
    }

    /// Whether the saying `found` at `i` is still to come, in a clause that states no time: "details
    /// will be announced later", "the ministry will announce": a plan not placed in time, no event.
    fn saying_to_come(&self, i: usize, found: Trigger) -> bool {
        let seg = self.seg;
        let low = |k: usize| if k >= self.clause.start { seg.low(k) } else { "" };
        let coming = i >= 1 && low(i - 1) == "will"
            || i >= 2 && low(i - 1) == "be" && matches!(low(i - 2), "will" | "to");
        found.event_type == "statement" && found.verb && !self.has_date && coming
    }

    /// Whether the trigger `found` at `i`, in a clause that states no time, names a happening that
    /// only could be or is only allowed ("could become a transit point … and carry out attacks",
    /// "a bill that would allow the government to deploy troops", "allows for the deployment", "the
    /// possible deployment"): an intention or a hypothesis, not an event. A saying stays one.
    fn only_possible(&self, i: usize, found: Trigger) -> bool {
        let seg = self.seg;
        let possibility = |w: &str| {
            matches!(w, "could" | "might" | "possible" | "potential" | "allow" | "allows" | "allowing")
        };
        let first =
            || *self.first_possibility.get_or_init(|| self.clause.clone().find(|&k| possibility(seg.low(k))));
        found.event_type != "statement" && !self.has_date && first().is_some_and(|k| k < i)
    }

    /// "took command", "assumed the charge", "handed over the baton", "relinquished authority",
    /// "took over as …": a transfer of authority, told by a verb of taking or giving and the duty
    /// taken.
    fn command_taken(&self, i: usize) -> Option<Trigger> {
        let seg = self.seg;
        let low = |k: usize| if k >= self.clause.start { seg.low(k) } else { "" };
        let taking = |w: &str| {
            matches!(
                w,
                "took"
                    | "take"
                    | "takes"
                    | "taking"
                    | "assumed"
                    | "assume"
                    | "assumes"
                    | "assuming"
                    | "relinquished"
                    | "relinquish"
                    | "relinquishes"
                    | "relinquishing"
            )
        };
        let handing = |w: &str| matches!(w, "handed" | "hand" | "hands" | "handing" | "passed" | "passes");
        // "will change command from … to …".
        let changing = |w: &str| matches!(w, "change" | "changed" | "changes" | "changing");
        // "assumed the charge", "handed over the baton": a duty named by an idiom comes with its
        // article ("take charge" alone is too loose).
        let idiom = matches!(seg.low(i), "charge" | "baton" | "reins");
        let duty = matches!(seg.low(i), "command" | "authority" | "responsibility") || idiom;
        let at = if i >= self.clause.start + 3 && low(i - 1) == "the" { i - 1 } else { i };
        let told = at >= self.clause.start + 2
            && (at < i || !idiom)
            && (taking(low(at - 1))
                || low(at - 1) == "over" && (handing(low(at - 2)) || taking(low(at - 2)))
                || seg.low(i) == "command" && changing(low(at - 1))
                || self.command_given(at, i));
        // "handed over the Chief of Navy role to …", "assumed the CDF role": a post handed over
        // or assumed, named with its title.
        let assuming = |w: &str| matches!(w, "assumed" | "assume" | "assumes" | "assuming");
        let post_handed = matches!(seg.low(i), "role" | "post" | "position")
            && (i.saturating_sub(POST_TITLE_WORDS).max(self.clause.start + 1)..i)
                .any(|k| low(k) == "over" && handing(low(k - 1)) || assuming(low(k)));
        // "will succeed Gen. Ann Lee as Chief of Army": succeeding someone named in a post.
        let succeeded = matches!(seg.low(i), "succeed" | "succeeds" | "succeeded" | "succeeding")
            && i + 1 < self.clause.end
            && seg.tok(i + 1).starts_with(char::is_uppercase)
            && (i + 2..(i + SUCCEEDED_REACH).min(self.clause.end)).any(|k| seg.low(k) == "as");
        // "took over as the fleet commander", "took over from …": taking over, told as done, is the
        // duty taken.
        let taken_over = seg.low(i) == "over"
            && i > self.clause.start
            && low(i - 1) == "took"
            && i + 1 < self.clause.end
            && matches!(seg.low(i + 1), "as" | "from");
        (duty && told || taken_over || post_handed || succeeded).then_some(Trigger {
            event_type: "transfer-of-authority",
            verb: true,
            needs_date: false,
        })
    }

    /// "was confirmed as the new director", "has been named as its commander": confirming or naming
    /// someone as the holder of a post is an appointment, not a saying. A capitalized word after
    /// "as" ("the dead were named as Ann Lee") names people, not a post.
    fn post_given(&self, i: usize) -> Option<Trigger> {
        let seg = self.seg;
        let verb = matches!(seg.low(i), "confirmed" | "named");
        let post = |k: usize| {
            k < self.clause.end
                && (matches!(
                    seg.low(k),
                    "the" | "a" | "an" | "its" | "his" | "her" | "their" | "new" | "acting"
                ) || seg.word(k).is(Role::Position))
        };
        (verb && i + 2 < self.clause.end && seg.low(i + 1) == "as" && post(i + 2)).then_some(Trigger {
            event_type: "appointment",
            verb: true,
            needs_date: false,
        })
    }

    /// An arrival of forces, typed by its purpose (`arrival_type`).
    fn arrived(&self, i: usize) -> Option<Trigger> {
        let event_type =
            arrival_type(self.seg, &self.clause, self.sentence_start, i, |k| self.in_mentions[k])?;
        Some(Trigger { event_type, verb: true, needs_date: false })
    }

    /// "will formally give command of the Guard to …", "gave responsibility to its new …": a duty
    /// (at `i`, its article at `at`) given, of or to someone, is handed over.
    fn command_given(&self, at: usize, i: usize) -> bool {
        let seg = self.seg;
        let giving = matches!(seg.low(at - 1), "give" | "gives" | "gave" | "giving" | "given");
        let duty = matches!(seg.low(i), "command" | "responsibility");
        giving && duty && i + 1 < self.clause.end && matches!(seg.low(i + 1), "of" | "to")
    }

    /// Whether the capitalized word at `i` ends an event's own capitalized name, "a virtual Change
    /// of Command Ceremony": a noun trigger after a lowercase article or adjective, the run of
    /// capitals ending with it and naming no entity.
    fn heads_capitalized_event(&self, i: usize) -> bool {
        let seg = self.seg;
        let capital = |k: usize| seg.tok(k).starts_with(char::is_uppercase) || seg.low(k) == "of";
        // An event's name is a few words: look back at most eight.
        let run_start = (self.clause.start..i).rev().take(8).take_while(|&k| capital(k)).last().unwrap_or(i);
        let opened_lowercase =
            run_start > self.clause.start && seg.tok(run_start - 1).starts_with(char::is_lowercase);
        let ends = i + 1 >= self.clause.end || !seg.tok(i + 1).starts_with(char::is_uppercase);
        let named = (run_start..=i).any(|k| self.in_mentions[k]);
        // "the Eurofighter Typhoon", "USS Typhoon": a storm's word ending a name names a machine;
        // a storm is named after its word ("Typhoon Haiyan").
        let storm = seg.word(i).event_type() == Some("disaster");
        !seg.word(i).is(Role::Verb) && opened_lowercase && ends && !named && !storm && run_start < i
    }

    /// Whether the capitalized word at `i` is an event noun opening the name of its happening:
    /// "launched Exercise Cold Dawn", "kickstarted ‘Exercise Cold Dawn 2018’", "said that the
    /// Exercise "Cold Dawn" began". A capitalized word follows it, or a quotation mark opening one;
    /// before it stands a lowercase word that frames no other happening ("during Exercise …", "the
    /// impact of Hurricane …" name what the clause's own event is set in), or a quotation mark (a
    /// name quoted is no one's words), never a capitalized word (a title-cased headline).
    fn opens_event_name(&self, i: usize) -> bool {
        let seg = self.seg;
        let word = seg.word(i);
        let noun = word.event_type().is_some_and(|t| t != "statement") && !word.is(Role::Verb);
        let capital = |k: usize| k < self.clause.end && seg.tok(k).starts_with(char::is_uppercase);
        let before = |k: usize| {
            let frames = seg.word(k).is(Role::FrameSame) || seg.word(k).is(Role::FrameOther);
            seg.tok(k).starts_with(char::is_lowercase) && !frames || quotation_mark(seg.tok(k))
        };
        let quoted_name = i + 1 < self.clause.end && quotation_mark(seg.tok(i + 1)) && capital(i + 2);
        noun && capital(i) && i > self.clause.start && before(i - 1) && (capital(i + 1) || quoted_name)
    }

    /// The conditions the word table sets on trigger `found` at token `i`.
    fn conditions_hold(&self, i: usize, word: &Word, found: Trigger) -> bool {
        let seg = self.seg;
        let clause = &self.clause;
        // Sending is a deployment only when forces are sent.
        let forces_follow =
            || (i + 1..clause.end.min(i + 7)).any(|k| seg.word(k).is(Role::Force) || self.in_mentions[k]);
        if word.is(Role::NeedsForce) && !forces_follow() {
            return false;
        }
        if found.needs_date && !self.has_date {
            return false;
        }
        if word.is(Role::NeedsMotion) && !(i > clause.start && seg.word(i - 1).is(Role::Motion)) {
            return false;
        }
        // "went into effect", "took effect".
        !word.is(Role::NeedsIntoOrTook)
            || i > clause.start && matches!(seg.tok(i - 1), "into" | "took" | "effect")
    }

    /// Whether an undated noun trigger at `i` names no event of its own: it points back to one
    /// told ("this deployment", "her third deployment"), or it is a bare mass noun in a phrase of
    /// purpose ("for training and relief"). `before` are the up to five tokens before it.
    fn noun_tells_no_event(&self, i: usize, word: &Word, before: Range<usize>) -> bool {
        let seg = self.seg;
        let points_back = before.clone().any(|k| seg.word(k).is(Role::Anaphoric) && !after_saying(seg, k))
            || after_possessive(seg, i, &self.clause);
        let bare = i > self.clause.start && matches!(seg.low(i - 1), "for" | "and" | "of" | "to");
        points_back || bare && word.is(Role::MassNoun) || self.defines_a_kind(i, before)
    }

    /// "The compact is an aid agreement between states", "it is a training exercise held each
    /// year": a noun after "is a", "are an" says what something is, a kind, not a happening.
    /// `before` are the up to five tokens before the noun at `i`.
    fn defines_a_kind(&self, i: usize, before: Range<usize>) -> bool {
        let seg = self.seg;
        let article = before.clone().rev().find(|&k| matches!(seg.low(k), "a" | "an"));
        article.is_some_and(|a| {
            a > self.clause.start
                && matches!(seg.low(a - 1), "is" | "are")
                && (a + 1..i).all(|k| seg.tokens[k].kind == TokenKind::Word)
        })
    }

    /// How the prepositions among the five tokens `before` a noun trigger frame it.
    fn frame(&self, found: Trigger, before: Range<usize>) -> Frame {
        let seg = self.seg;
        if found.verb {
            // "before they leave", "after it arrived": a verb in a clause of another time;
            // "Returning to the army in 2010, he was appointed …": a participle opening the
            // sentence sets the scene for the clause after its comma.
            let subordinate = before.clone().rev().take(2).any(|k| matches!(seg.low(k), "before" | "after"));
            let i = before.end;
            let opening_participle = i == self.clause.start
                && i == self.sentence_start
                && seg.low(i).ends_with("ing")
                && (i + 1..self.clause.end).any(|k| seg.tok(k) == ",");
            if subordinate || opening_participle {
                Frame::Other
            } else {
                Frame::None
            }
        } else if before.clone().any(|k| seg.word(k).is(Role::FrameOther) || in_light_of(seg, k)) {
            Frame::Other
        } else if before.clone().any(|k| seg.word(k).is(Role::FrameSame)) {
            Frame::CoTemporal
        } else {
            Frame::None
        }
    }
}

/// "in light of the attacks": the happening a decision answers to, at another time.
fn in_light_of(seg: &Segmented<'_>, k: usize) -> bool {
    k > 0 && seg.low(k - 1) == "in" && seg.tok(k) == "light"
}

/// Whether a token is a quotation mark that may open a quote.
fn quotation_mark(token: &str) -> bool {
    matches!(token, "“" | "\"" | "‘" | "'")
}

/// Whether token `k` comes right after a verb of saying: there "that" opens what is said ("said that
/// the airdrops were carried out"), it points back to nothing.
fn after_saying(seg: &Segmented<'_>, k: usize) -> bool {
    k > 0 && seg.word(k - 1).event_type() == Some("statement") && seg.word(k - 1).is(Role::Verb)
}

/// Whether token `i` follows a possessive ending ("China’s", "soldiers’") inside `clause`.
fn after_possessive(seg: &Segmented<'_>, i: usize, clause: &Range<usize>) -> bool {
    i > clause.start && seg.tokens[i - 1].kind == TokenKind::Possessive
}

/// Whether the trigger at `j` tells a happening of its own in the saying whose verb is at `i`,
/// rather than naming what the saying is about: a noun heading the phrase right after the verb
/// ("criticized the drills", "condemned the deadly guerrilla attack") is its object, unless it is
/// the subject of what is said ("said the attack was carried out"); a trigger further on ("said …
/// during exercise Dragon") tells its own happening.
pub(super) fn told_by_saying(seg: &Segmented<'_>, i: usize, j: usize) -> bool {
    if j < i {
        return closes_its_report(seg, j, i);
    }
    let modifier = |k: usize| {
        let word = seg.word(k);
        seg.tokens[k].kind == TokenKind::Word
            && seg.tok(k).starts_with(char::is_lowercase)
            && !word.is(Role::FunctionWord)
            && !word.is(Role::Verb)
            && word.event_type().is_none()
    };
    let heads_object = j <= i + 2 || seg.word(i + 1).is(Role::NounMarker) && (i + 2..j).all(modifier);
    if !heads_object {
        return true;
    }
    j > i + 1
        && matches!(seg.low(i), "said" | "says" | "say" | "told")
        && seg.low(i + 1) == "the"
        && j + 1 < seg.tokens.len()
        && matches!(seg.low(j + 1), "was" | "were" | "is" | "are" | "has" | "had" | "will")
}

/// "Two soldiers were killed in an attack, officials said on Monday": a saying set off by a comma
/// after the happening at `j` (told for the first time: no "the" before it), its verb at `i`
/// closing the sentence (a few words after it, no "that" and no quotation), names where the
/// article learnt that happening.
fn closes_its_report(seg: &Segmented<'_>, j: usize, i: usize) -> bool {
    const AFTER_THE_VERB: usize = 6;
    let set_off = (j + 1..i).any(|k| seg.tok(k) == ",");
    let rest: Vec<&str> = (i + 1..seg.tokens.len())
        .map(|k| seg.tok(k))
        .take_while(|w| !matches!(*w, "." | "!" | "?" | ";"))
        .take(AFTER_THE_VERB + 1)
        .collect();
    let closes = rest.len() <= AFTER_THE_VERB
        && !rest.iter().any(|w| w.eq_ignore_ascii_case("that") || matches!(*w, "“" | "”" | "\"" | ","));
    let reporting =
        matches!(seg.low(i), "said" | "says" | "told" | "added" | "stated" | "reported" | "confirmed");
    // "took part in the rescue, he said": a happening named again with "the" was told before, and
    // the saying goes on with that telling (see `reported`).
    let named_again = (j.saturating_sub(3)..j).any(|k| matches!(seg.low(k), "the" | "this" | "that"));
    reporting && set_off && closes && !named_again
}

/// The trigger that names the clause's event; `told_by(i, j)` tells whether the trigger at `j`
/// tells a happening of its own in the saying at `i` (`told_by_saying`).
pub(super) fn choose(
    found: &[(usize, Trigger, Frame)],
    told_by: impl Fn(usize, usize) -> bool,
) -> Option<(usize, Trigger)> {
    let is_statement = |t: &Trigger| t.event_type == "statement";
    // 1. The first verb of something other than speech, not in a clause of another time; an
    // appointment that takes over a post ("will be promoted … and will succeed Gen. Lee as …") is
    // that post's handover.
    let acting =
        |(_, t, frame): &&(usize, Trigger, Frame)| t.verb && !is_statement(t) && *frame != Frame::Other;
    if let Some(&(i, t, _)) = found.iter().find(acting) {
        let handover = found.iter().filter(acting).find(|(_, u, _)| u.event_type == "transfer-of-authority");
        if let (true, Some(&(j, u, _))) = (t.event_type == "appointment", handover) {
            return Some((j, u));
        }
        return Some((i, t));
    }
    // 2. The first such noun that is not merely the frame of another event.
    if let Some(&(i, t, _)) =
        found.iter().find(|(_, t, frame)| !t.verb && !is_statement(t) && *frame == Frame::None)
    {
        let speech_first = found.iter().any(|(j, t, _)| is_statement(t) && t.verb && *j < i);
        if !speech_first {
            return Some((i, t));
        }
    }
    // 3. Speech, unless it tells of an event at its own time ("said … during exercise Dragon",
    // "said in a report that … a training exercise"); an event it merely names as its object is
    // what it is about ("criticized the drills").
    if let Some(&(i, t, _)) = found.iter().find(|(_, t, _)| is_statement(t)) {
        let told = found
            .iter()
            .find(|(j, u, frame)| *j != i && told_by(i, *j) && !is_statement(u) && *frame != Frame::Other);
        if let Some(&(j, u, _)) = told {
            return Some((j, u));
        }
        return Some((i, t));
    }
    // 4. An event only named in a frame ("During the visit, …").
    found.first().map(|&(i, t, _)| (i, t))
}

#[cfg(test)]
mod tests {
    use super::super::types_in;

    #[test]
    fn a_duty_taken_by_an_idiom_or_taken_over_is_a_transfer() {
        assert_eq!(
            types_in(
                "Admiral Ann Ruiz on Friday assumed the charge of Chief of Naval Staff at a ceremony. \
                 Vice Admiral Bo Lind on Thursday took over as the fleet commander from Admiral Ann Ruiz."
            ),
            ["transfer-of-authority", "transfer-of-authority"]
        );
        assert_eq!(
            types_in(
                "The governor will formally give command of the Norland Guard to Col. Ann Ruiz on Sunday."
            ),
            ["transfer-of-authority"]
        );
        // "take charge" alone, and a taking over still to come, are no transfer.
        assert!(types_in("Rescuers on Monday had to take charge of the scene.").is_empty());
    }

    #[test]
    fn succeeding_someone_in_a_post_or_assuming_a_role_is_a_transfer_and_a_withdrawal_no_deployment() {
        assert_eq!(
            types_in("Col. Ann Ruiz will succeed Brig. Bo Lind as Chief of Army on Monday."),
            ["transfer-of-authority"]
        );
        assert_eq!(
            types_in("Col. Ann Ruiz will be promoted to Brigadier and will succeed Brig. Bo Lind as Chief of Army."),
            ["transfer-of-authority"]
        );
        assert_eq!(types_in("Gen. Bo Lind assumed the CDF role on July 1."), ["transfer-of-authority"]);
        assert_eq!(types_in("The main Norland battalion was withdrawn in 2001."), ["departure"]);
        // Succeeding at something is no handover.
        assert!(types_in("The crews succeeded in reaching the island on Monday.").is_empty());
    }

    #[test]
    fn a_happening_said_is_the_event_and_a_happening_judged_is_not() {
        assert_eq!(types_in("The army said the attack was carried out at dawn."), ["conflict"]);
        assert_eq!(types_in("The ministry criticized the drills on Tuesday."), ["statement"]);
        // The object's head stays what is judged behind its modifiers, and what is said behind them.
        assert_eq!(
            types_in("President Ann Ruiz condemned the deadly rebel attack on Tuesday."),
            ["statement"]
        );
        assert_eq!(types_in("The army said the deadly rebel attack was carried out at dawn."), ["conflict"]);
        assert_eq!(types_in("The minister spoke on Tuesday at the end of the joint exercise."), ["training"]);
    }

    #[test]
    fn an_event_noun_opening_the_name_of_its_happening_names_it() {
        assert_eq!(
            types_in("The two armies on Monday launched Exercise Cold Dawn near Glen Ora."),
            ["training"]
        );
        assert_eq!(
            types_in("The two armies today kickstarted ‘Exercise Cold Dawn 2018’ in Glen Ora."),
            ["training"]
        );
        assert_eq!(
            types_in("The ministry said that the Exercise \"Cold Dawn\" began at Glen Ora."),
            ["training"]
        );
        // A capitalized event word after another capitalized word is part of a name.
        assert!(types_in("Rescuers from the Glen Ora Exercise Hall waited on Monday.").is_empty());
        // A storm's word ending a name names a machine, not a storm.
        assert!(
            !types_in("Pilots flew the new Kestrel Typhoon over Glen Ora on Monday.").contains(&"disaster")
        );
    }

    #[test]
    fn what_happens_again_and_again_is_no_event() {
        assert!(types_in("The river frequently forces the villagers to evacuate.").is_empty());
        assert!(types_in("The two armies hold joint training as is done each year.").is_empty());
        // Repeated since a time tells when it began; a saying stays one.
        assert_eq!(
            types_in("The two states have clashed repeatedly over the islands since 2012."),
            ["conflict"]
        );
        assert_eq!(types_in("The minister often said the drills matter."), ["statement"]);
    }

    #[test]
    fn an_event_noun_naming_a_kind_of_place_is_no_event() {
        assert!(types_in("Troops reached the cadet training camp near Glen Ora.").is_empty());
        assert_eq!(types_in("The training of the cadets ended on Monday."), ["training"]);
    }

    #[test]
    fn what_is_yet_to_be_decided_is_no_event() {
        assert!(
            types_in("How long the crews will assist in flooded areas has yet to be determined.").is_empty()
        );
        assert_eq!(types_in("The crews will assist in flooded areas until May."), ["relief"]);
        assert!(types_in("The troops were originally due to return home in May.").is_empty());
    }

    #[test]
    fn a_happening_that_only_could_be_or_is_allowed_is_no_event() {
        assert!(types_in("The border could become a route for militants to carry out attacks.").is_empty());
        assert!(types_in("The bill allows for the deployment of advisers.").is_empty());
        assert_eq!(types_in("The order allows the troops to deploy on Friday."), ["deployment"]);
    }

    #[test]
    fn a_question_asked_or_left_open_is_no_event() {
        assert!(types_in("The colonel did not comment on whether the patrol ended early due to the crash.")
            .is_empty());
        assert!(types_in("It was not stated whether any soldiers were killed.").is_empty());
        // Ways named after a comma are no question.
        assert_eq!(types_in("The crews brought food, whether by airdrops or by trucks."), ["relief"]);
    }

    #[test]
    fn a_saying_still_to_come_and_undated_is_no_event() {
        assert!(types_in("Details about the schedule will be announced later.").is_empty());
        assert_eq!(types_in("The results will be announced on Friday."), ["statement"]);
    }

    #[test]
    fn a_noun_saying_what_something_is_is_no_event() {
        assert!(types_in("The compact is an aid agreement between the states.").is_empty());
        assert_eq!(types_in("The two states signed an aid agreement."), ["agreement"]);
    }

    #[test]
    fn a_signed_statement_is_no_agreement() {
        assert_eq!(types_in("The statement signed by the spokesman said the crew was safe."), ["statement"]);
        assert_eq!(types_in("The ministers signed a statement of intent on May 3."), ["agreement"]);
    }

    #[test]
    fn a_happening_only_objected_to_is_no_event() {
        assert!(types_in("Many voters are strongly opposed to sending troops abroad.").is_empty());
    }

    #[test]
    fn rushing_forces_is_a_deployment_and_rushing_anything_else_is_not() {
        assert_eq!(types_in("The army rushed troops to the flooded towns on Monday."), ["deployment"]);
        assert!(types_in("The council rushed the budget through on Monday.").is_empty());
    }

    #[test]
    fn a_disaster_fought_is_the_relief() {
        assert_eq!(types_in("Norland troops are battling floods in the north on Monday."), ["relief"]);
        assert_eq!(types_in("Floods hit the north on Monday."), ["disaster"]);
    }

    #[test]
    fn a_named_kind_of_natural_disaster_is_a_disaster() {
        assert_eq!(types_in("A landslide struck the village of Glen Ora on Monday."), ["disaster"]);
        assert_eq!(types_in("Mudslides buried two roads in Norland on Friday."), ["disaster"]);
        assert_eq!(types_in("Norland troops are battling the mudslides in the north on Monday."), ["relief"]);
        // A fighter jet that bears the name is no storm.
        assert!(types_in("Four Eurofighter Typhoon aircraft landed at Glen Ora.").is_empty());
    }

    #[test]
    fn confirmed_or_named_as_a_posts_holder_is_appointed() {
        assert_eq!(
            types_in("Ann Ruiz was confirmed as the director of the agency by the council on May 3."),
            ["appointment"]
        );
        assert_eq!(
            types_in("Colonel Bo Lind has been named as its new commander on Monday."),
            ["appointment"]
        );
        assert_eq!(types_in("The army confirmed on Monday that the crew was safe."), ["statement"]);
    }

    #[test]
    fn a_happening_word_in_a_post_names_no_happening() {
        assert_eq!(
            types_in("\"We are proud,\" Exercise Director Colonel Ann Ruiz said on Monday."),
            ["statement"]
        );
        assert_eq!(types_in("The operation commander praised the crews on Monday."), ["statement"]);
        assert_eq!(types_in("The two armies launched Exercise Cold Dawn on Monday."), ["training"]);
    }

    #[test]
    fn a_body_approving_votes() {
        assert_eq!(types_in("The parliament approved the mission on Tuesday."), ["vote"]);
    }

    #[test]
    fn a_saying_closing_the_sentence_after_a_comma_names_the_source_of_the_happening() {
        assert_eq!(
            types_in("Two guards were killed in an attack near the port, officials said on Monday."),
            ["conflict"]
        );
        // An event the decision answers to is no happening of the sentence.
        assert_eq!(
            types_in(
                "Norland has decided to recall its envoy in light of the recent attacks on its soil, \
                 the ministry said on Wednesday."
            ),
            ["statement"]
        );
        // A saying that goes on with what it says stays one.
        assert_eq!(
            types_in(
                "Two guards were killed in an attack near the port, the minister said, adding that \
                 the port would stay open."
            ),
            ["statement"]
        );
    }

    #[test]
    fn firing_at_forces_is_a_conflict_and_firing_workers_is_not() {
        assert_eq!(types_in("Gunmen fired at soldiers near the base on Monday."), ["conflict"]);
        assert!(types_in("The shop fired 20 workers on Monday.").is_empty());
    }

    #[test]
    fn detaining_and_arresting_people_is_an_operation() {
        assert_eq!(
            types_in("The coast guard detained a trawler on Monday and arrested its crew."),
            ["operation"]
        );
        assert_eq!(types_in("Police raided a warehouse in March 2019."), ["operation"]);
    }

    #[test]
    fn changing_command_and_handing_over_a_post_are_transfers() {
        assert_eq!(
            types_in(
                "The fleet will formally change command from Admiral Ann Ruiz to Admiral Bo Lind on Friday."
            ),
            ["transfer-of-authority"]
        );
        assert_eq!(
            types_in("General Ann Ruiz handed over the Chief of Navy role to Admiral Bo Lind on Monday."),
            ["transfer-of-authority"]
        );
        // A role played is no post handed over.
        assert!(!types_in("The band played a role in the parade.").contains(&"transfer-of-authority"));
    }

    #[test]
    fn a_participle_opening_the_sentence_sets_the_scene_for_its_main_clause() {
        assert_eq!(
            types_in("Returning to the navy in 2010, she was appointed to the rank of rear admiral."),
            ["appointment"]
        );
        assert_eq!(types_in("Returning home in May, the troops were welcomed."), ["return"]);
    }
}
