//! A happening named again by its form: a later clause of an article that names, with "the", the
//! form one kind of happening takes ("The ceremony will be at 4 p.m." after a handover is told,
//! "Attending the signing ceremony were …" after an agreement, "The operation involved …" after
//! airdrops of relief) tells that happening again, though its own word gives it another type.

use std::ops::Range;

use super::super::lexicon::Role;
use super::super::text::{Segmented, TokenKind};

/// The types of happening whose form a type names: a ceremony is how a handover, a signing or a
/// founding is held (an appointment is too often told in passing, "newly appointed"); an
/// operation is how a rescue or relief is carried out.
const FORMS: &[(&str, &[&str])] = &[
    ("ceremony", &["transfer-of-authority", "agreement", "establishment"]),
    ("operation", &["rescue", "relief"]),
];

/// Whether a happening of type `form` may be the form of one of type `happening`.
pub(super) fn is_form_of(form: &str, happening: &str) -> bool {
    FORMS.iter().any(|&(name, types)| name == form && types.contains(&happening))
}

/// The most words between "the" and the noun it names ("the formal signing ceremony").
const DEFINITE_REACH: usize = 3;

/// Whether `clause` names a happening of type `event_type` as a noun with "the" before it ("the
/// ceremony", "the formal signing ceremony"), with only words between them and none that sets it
/// apart ("another", "a second").
pub(super) fn names_it_with_the(seg: &Segmented<'_>, clause: Range<usize>, event_type: &str) -> bool {
    clause.clone().any(|k| {
        let noun = !seg.word(k).is(Role::Verb) || k > clause.start && seg.low(k - 1) == "the";
        noun && seg.word(k).event_type() == Some(event_type)
            && (k.saturating_sub(DEFINITE_REACH).max(clause.start)..k)
                .rev()
                .take_while(|&j| seg.tokens[j].kind == TokenKind::Word && !sets_apart(seg.low(j)))
                .any(|j| seg.low(j) == "the")
    })
}

/// Whether a word sets a happening apart from one told before ("another", "a new").
fn sets_apart(word: &str) -> bool {
    matches!(word, "another" | "other" | "new" | "next" | "second" | "further" | "separate")
}
