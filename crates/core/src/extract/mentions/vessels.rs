//! Named vessels are equipment, not units ("HMS Queen Elizabeth", "JS Amagiri", "the combat
//! support ship Frankfurt am Main"): a ship prefix in capitals, or a lowercase kind of vessel, and
//! the name after it are taken before any rule reads them, and so are later mentions of that name,
//! so the name is neither a person ("Queen Elizabeth"), a place ("Frankfurt") nor an organization
//! ("HMS").

use std::ops::Range;

use super::super::lexicon::{Head, Role};
use super::finder::Finder;
use super::shapes::{first_char_upper, is_designator, is_digits};

/// The most words of a vessel's name before its hull symbol or kind.
const MAX_VESSEL_NAME_WORDS: usize = 3;

/// Hull classification symbols written after a vessel's name, before its number (US Navy and NATO
/// usage): destroyers, frigates, cruisers, carriers, amphibious ships, submarines, auxiliaries,
/// patrol and mine warfare vessels.
const HULL_CODES: &[&str] = &[
    "DD", "DDG", "DDH", "FF", "FFG", "FFH", "FFL", "CG", "CGN", "CV", "CVN", "CVH", "LHA", "LHD", "LPD",
    "LPH", "LSD", "LST", "SSN", "SSK", "SSBN", "SSGN", "AO", "AOE", "AOR", "AE", "AK", "AS", "ATF", "OPV",
    "PSO", "PC", "PCG", "LCS", "MCM", "MHC", "AGS",
];

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
            // "the RSS Dockyard": a prefix before a place's head names the navy's site, no vessel.
            if self.seg.word(end - 1).head() == Some(Head::Place) {
                i = end;
                continue;
            }
            let start = if self.ship_prefix(i) { i } else { i + 1 };
            names.push(i + 1..end);
            self.taken[start..end].fill(true);
            i = end;
        }
        self.take_vessels_named_by_kind_or_hull(&mut names);
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
        // "BNS Kelmo Commodore Ann Lee": a title after the name's first word opens a person ("the
        // ship FS Commandant Kelmo" is named after a title, past its prefix).
        let first = if self.ship_prefix(start) { start + 1 } else { start };
        let name_word = |k: usize| {
            k < n
                && !self.taken[k]
                && self.is_word(k)
                && (first_char_upper(self.tok(k)) || is_designator(self.tok(k)))
                && !(k > first && self.seg.word(k).is(Role::TitleHead) && self.seg.word(k).head().is_none())
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

    /// Names followed by their hull symbol and number ("Kelmo DDG 112") or by a capitalized kind of
    /// vessel that ends the name ("Kelmo Tanker", "Kelmo Tug Boat"): vessels, taken with what
    /// follows the name.
    fn take_vessels_named_by_kind_or_hull(&mut self, names: &mut Vec<Range<usize>>) {
        let mut i = 0;
        while i < self.seg.tokens.len() {
            match self.vessel_by_kind_or_hull(i) {
                Some((name_end, end)) => {
                    names.push(i..name_end);
                    self.taken[i..end].fill(true);
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// A vessel's name opening at `i` and followed by its hull symbol and number or by its kind:
    /// where the name ends and where what names the vessel ends.
    fn vessel_by_kind_or_hull(&self, i: usize) -> Option<(usize, usize)> {
        let n = self.seg.tokens.len();
        let capital = |k: usize| k < n && self.is_word(k) && first_char_upper(self.tok(k));
        // A word of a vessel's own name: no head of a body or place, no function word.
        let plain = |k: usize| {
            capital(k) && self.seg.word(k).head().is_none() && !self.seg.word(k).is(Role::FunctionWord)
        };
        let kind = |k: usize| capital(k) && self.seg.word(k).is(Role::VesselKind);
        if self.taken[i] || !plain(i) || kind(i) {
            return None;
        }
        let name_end = (i..n.min(i + MAX_VESSEL_NAME_WORDS + 1))
            .find(|&k| !plain(k) || self.hull_code(k) || kind(k))
            .unwrap_or(n);
        let hull = name_end + 1 < n && self.hull_code(name_end) && is_digits(self.tok(name_end + 1));
        let kinds = (name_end..n).take_while(|&k| kind(k)).count();
        let end = if hull { name_end + 2 } else { name_end + kinds };
        // "Future Frigate project": a kind before a programme's noun names the programme.
        let programme = end < n && self.seg.word(end).is(Role::ProgrammeNoun);
        let named = name_end > i && (hull || kinds > 0 && !capital(end) && !programme);
        (named && !self.taken[i..end].iter().any(|&t| t)).then_some((name_end, end))
    }

    /// Whether the token at `k` is a hull classification symbol in capitals ("DDG", "FFG", "AO").
    fn hull_code(&self, k: usize) -> bool {
        HULL_CODES.contains(&self.tok(k))
    }

    /// A lowercase kind of vessel right before a name ("the support ship Frankfurt am Main", "the
    /// cutter Kimball").
    fn vessel_kind(&self, i: usize) -> bool {
        self.seg.word(i).is(Role::VesselKind) && self.tok(i).starts_with(|c: char| c.is_ascii_lowercase())
    }
}
