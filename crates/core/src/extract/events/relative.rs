//! Events told in a relative clause ("…, who will be appointed vice chief on 1 July", "… took over
//! from General Ann Lee who died in a crash"): the person or unit the relative pronoun stands for
//! takes part, and who is named before it, in the main clause, does not.

use std::ops::Range;

use crate::model::EntityKind;

use super::super::mentions::Mention;
use super::super::text::Segmented;

/// Whether a mention can be what "who" stands for.
fn can_be_who(mention: &Mention) -> bool {
    matches!(mention.kind, EntityKind::Official | EntityKind::Unit)
}

/// The mention a relative pronoun at token `who` stands for: the official or unit named right
/// before it, or right before a comma before it.
fn antecedent(seg: &Segmented<'_>, mentions: &[Mention], who: usize) -> Option<usize> {
    let end = if who > 0 && seg.tok(who - 1) == "," { who - 1 } else { who };
    let k = mentions.partition_point(|m| m.tokens.end <= end).checked_sub(1)?;
    (mentions[k].tokens.end == end && can_be_who(&mentions[k])).then_some(k)
}

/// The relative pronoun that opens the part of `clause` telling the event named at `trigger_at`:
/// the last "who" before the trigger, with no comma between (", who commands the troops, said
/// the units would rehearse": the rehearsal is the main clause's).
fn relative_pronoun(seg: &Segmented<'_>, clause: Range<usize>, trigger_at: usize) -> Option<usize> {
    (clause.start..trigger_at.min(clause.end))
        .rev()
        .take_while(|&k| seg.tok(k) != ",")
        .find(|&k| seg.low(k) == "who")
}

/// For an event told in a relative clause: the mention the pronoun stands for (named before the
/// clause or in it), and where the relative clause's own words start (mentions of the clause
/// before the one the pronoun stands for are the main clause's).
pub(super) fn told_of(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    clause: Range<usize>,
    trigger_at: usize,
) -> Option<(usize, usize)> {
    let who = relative_pronoun(seg, clause, trigger_at)?;
    let k = antecedent(seg, mentions, who)?;
    Some((k, mentions[k].tokens.start))
}
