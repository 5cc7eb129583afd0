//! Arrivals: forces or vessels arriving in or at a place tell a happening whose type their
//! purpose decides ("arrived in their home port after a six-month tour" is the return, "arrived in
//! Port Ash for a goodwill visit" the visit, and so is a warship's arrival in a port; "arrived …
//! on a peacekeeping mission" the deployment; "arrived … to take part in the exercise" only the way
//! to the training its noun tells). Forces "back home" have returned.

use super::super::lexicon::{lookup_lowercase, Role};
use super::super::text::Segmented;
use std::ops::Range;

/// How many words before the verb its subject (forces or a name) may stand.
const SUBJECT_REACH: usize = 8;

/// How many words before the verb, back to its sentence's start, vessels arriving may be named
/// ("Six ships of the group, which includes vessels from …, have arrived").
const VESSEL_REACH: usize = 20;

/// How many words after "from" or "after" the duty left behind may stand ("after a 10-month
/// deployment", "from a six-month tour").
const DUTY_REACH: usize = 5;

/// The type of the arrival told by the word at `i` in `clause`, if it tells one: a verb of
/// arriving with "in" or "at" and a place (a capitalized word or a determiner) right after it,
/// and forces or a named entity (`named(k)`) among the words before it, or vessels named earlier
/// in its sentence (from `sentence_start`); or "back" before "home".
pub(super) fn arrival_type(
    seg: &Segmented<'_>,
    clause: &Range<usize>,
    sentence_start: usize,
    i: usize,
    named: impl Fn(usize) -> bool,
) -> Option<&'static str> {
    let forces = || {
        (clause.start.max(i.saturating_sub(SUBJECT_REACH))..i)
            .any(|k| seg.word(k).is(Role::Force) || named(k))
    };
    if came_back(seg, clause, i) {
        return forces().then_some("return");
    }
    let arrives = seg.word(i).is(Role::Motion) && seg.low(i).starts_with("arriv");
    if !arrives || i + 2 >= clause.end || !matches!(seg.low(i + 1), "in" | "at") {
        return None;
    }
    let place =
        seg.tok(i + 2).starts_with(char::is_uppercase) || matches!(seg.low(i + 2), "the" | "its" | "their");
    let ships = (sentence_start.max(i.saturating_sub(VESSEL_REACH))..i).any(|k| vessel(seg, k));
    if !place || !(ships || forces()) {
        return None;
    }
    purpose(seg, clause, i, ships)
}

/// "back home from …": "back" before "home".
fn came_back(seg: &Segmented<'_>, clause: &Range<usize>, i: usize) -> bool {
    if seg.low(i) != "back" || i + 1 >= clause.end || i == clause.start {
        return false;
    }
    seg.low(i + 1) == "home"
}

/// Whether the word at `k` names a vessel or vessels ("the frigate", "six ships").
fn vessel(seg: &Segmented<'_>, k: usize) -> bool {
    let low = seg.low(k);
    seg.word(k).is(Role::VesselKind)
        || low.strip_suffix('s').is_some_and(|one| lookup_lowercase(one).is(Role::VesselKind))
}

/// What the arrival at `i` is for: a return when the clause says home or back, or what was left
/// behind ("after a tour"); none when the clause names a training after it (its noun tells it); a
/// visit when the clause names one or vessels arrive (a port call); a deployment when the clause
/// names a mission or support after it; else none (an arrival alone may end any of these).
fn purpose(seg: &Segmented<'_>, clause: &Range<usize>, i: usize, ships: bool) -> Option<&'static str> {
    let left_duty = |k: usize| {
        matches!(seg.low(k), "from" | "after")
            && (k + 1..clause.end.min(k + 1 + DUTY_REACH)).any(|j| {
                matches!(seg.low(j), "deployment" | "deployments" | "tour" | "rotation" | "mission" | "duty")
            })
    };
    if clause.clone().any(|k| matches!(seg.low(k), "home" | "back") || left_duty(k)) {
        return Some("return");
    }
    let after = || i + 1..clause.end;
    let names = |kind: &str| clause.clone().any(|k| seg.word(k).event_type() == Some(kind));
    if after().any(|k| seg.word(k).event_type() == Some("training")) {
        return None;
    }
    if names("visit") || ships {
        return Some("visit");
    }
    let mission = |k: usize| {
        matches!(
            seg.low(k),
            "mission" | "missions" | "peacekeeping" | "support" | "help" | "assist" | "reinforce"
        ) || seg.word(k).event_type() == Some("deployment")
    };
    after().any(mission).then_some("deployment")
}

#[cfg(test)]
mod tests {
    use super::super::types_in;

    #[test]
    fn forces_arriving_on_a_mission_are_deployed() {
        assert_eq!(
            types_in("Four fighter jets arrived in Glen Ora on Monday on a policing mission."),
            ["deployment"]
        );
        assert!(types_in("The letters arrived in Glen Ora on Monday to support the mission.").is_empty());
    }

    #[test]
    fn an_arrival_is_typed_by_its_purpose() {
        assert_eq!(
            types_in("The frigate Ardent arrived in Glen Ora on Friday for a goodwill visit."),
            ["visit"]
        );
        assert_eq!(types_in("Two Norland warships arrived in Glen Ora on Friday."), ["visit"]);
        assert_eq!(
            types_in("The frigate Ardent arrived in its home port of Glen Ora on Friday after a six-month deployment."),
            ["return"]
        );
    }

    #[test]
    fn forces_back_home_have_returned() {
        assert_eq!(types_in("The Norland engineer battalion is back home from Port Ash."), ["return"]);
    }
}
