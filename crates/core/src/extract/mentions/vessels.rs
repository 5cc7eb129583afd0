//! Named vessels are equipment, not units ("HMS Queen Elizabeth", "JS Amagiri", "the combat
//! support ship Frankfurt am Main"): a ship prefix in capitals, or a lowercase kind of vessel, and
//! the name after it are taken before any rule reads them, and so are later mentions of that name,
//! so the name is neither a person ("Queen Elizabeth"), a place ("Frankfurt") nor an organization
//! ("HMS").

use std::ops::Range;

use super::super::lexicon::Role;
use super::finder::Finder;
use super::shapes::{first_char_upper, is_designator};

impl Finder<'_, '_> {
    /// Takes every vessel name of the article, and its later mentions.
    pub(super) fn take_vessel_names(&mut self) {
        let n = self.seg.tokens.len();
        let mut names: Vec<Range<usize>> = Vec::new();
        let mut i = 0;
        while i + 1 < n {
            let introduced = self.ship_prefix(i) || self.vessel_kind(i);
            if !introduced || self.taken[i + 1] || !self.is_word(i + 1) || !first_char_upper(self.tok(i + 1))
            {
                i += 1;
                continue;
            }
            let end = self.vessel_name_end(i + 1);
            let start = if self.ship_prefix(i) { i } else { i + 1 };
            names.push(i + 1..end);
            self.taken[start..end].fill(true);
            i = end;
        }
        // Later mentions of the same name ("onboard the Frankfurt am Main").
        for name in names {
            let words: Vec<&str> = name.clone().map(|k| self.tok(k)).collect();
            for k in 0..n.saturating_sub(words.len() - 1) {
                if (0..words.len()).all(|j| !self.taken[k + j] && self.tok(k + j) == words[j]) {
                    self.taken[k..k + words.len()].fill(true);
                }
            }
        }
    }

    /// Where a vessel's name starting at `start` ends: capitalized words and designators, with
    /// short lowercase particles between them.
    fn vessel_name_end(&self, start: usize) -> usize {
        let n = self.seg.tokens.len();
        let name_word = |k: usize| {
            k < n
                && !self.taken[k]
                && self.is_word(k)
                && (first_char_upper(self.tok(k)) || is_designator(self.tok(k)))
        };
        let mut end = start;
        loop {
            if name_word(end) {
                end += 1;
            } else if end + 1 < n && self.joins_vessel_name(end) && name_word(end + 1) {
                // "Duke of Norland", "Jean de Marny", "Frankfurt am Main"
                end += 2;
            } else {
                return end;
            }
        }
    }

    /// A short lowercase word inside a vessel's name: a particle or connector ("de", "of", "am").
    fn joins_vessel_name(&self, k: usize) -> bool {
        let w = self.tok(k);
        self.is_word(k)
            && (self.seg.word(k).is(Role::NameParticle)
                || self.seg.word(k).is(Role::NameConnector)
                || w.len() <= 3 && w.chars().all(|c| c.is_ascii_lowercase()))
            && !matches!(w, "and" | "in" | "at" | "on" | "to" | "for" | "the" | "a" | "was" | "is")
    }

    /// A ship prefix written in capitals ("HMS", "USS", "JS").
    fn ship_prefix(&self, i: usize) -> bool {
        let w = self.tok(i);
        self.seg.word(i).is(Role::ShipPrefix) && w.chars().all(|c| c.is_ascii_uppercase())
    }

    /// A lowercase kind of vessel right before a name ("the support ship Frankfurt am Main", "the
    /// cutter Kimball").
    fn vessel_kind(&self, i: usize) -> bool {
        self.seg.word(i).is(Role::VesselKind) && self.tok(i).starts_with(|c: char| c.is_ascii_lowercase())
    }
}
