//! People named as speakers: a name of two to four unknown capitalized words that the article
//! gives as the one who speaks ("Ann Lee said", "said Lee.", "said Ann Lee,") is a person's,
//! though no title or apposition introduces it.

use rustc_hash::FxHashSet as HashSet;

use crate::model::EntityKind;

use super::super::lexicon::{gazetteer, Role};
use super::finder::{Finder, Unclassified};
use super::shapes::{first_char_upper, is_acronym};

/// Verbs that tell who speaks, the speaker's name before or after them.
fn is_speech_verb(lower: &str) -> bool {
    matches!(lower, "said" | "says" | "told" | "stated")
}

impl Finder<'_, '_> {
    /// Makes the unclassified names whose last word or two the article gives as a speaker
    /// people; their later mentions are then found by surname like any official's.
    pub(super) fn people_named_as_speakers(&mut self) {
        let speakers = self.speaker_names();
        if speakers.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.unclassified);
        let mut people: Vec<String> =
            self.mentions.iter().filter(|m| m.kind == EntityKind::Official).map(|m| m.name.clone()).collect();
        for chunk in pending {
            let tokens = chunk.tokens.clone();
            // "Dassel CEO Ivo Brandt": the name is the run of name words the chunk ends with.
            let name_start = (tokens.start..tokens.end).rev().take_while(|&k| self.name_word(k)).last();
            let Some(name) = name_start.map(|k| k..tokens.end) else {
                self.unclassified.push(chunk);
                continue;
            };
            // "said Vesk Tolle" after "Ina Mara Vesk Tolle", "Van Dam said" after "Jo Van Dam": the
            // end of a person's name found is that person, found again by the second pass.
            let text = self.text(name.clone());
            let part_of_one = people.iter().any(|p| p.strip_suffix(&text).is_some_and(|r| r.ends_with(' ')));
            let spoken = !part_of_one
                && (2..=4).contains(&name.len())
                && (speakers.contains(self.tok(name.end - 1))
                    || speakers.contains(&self.text(name.end - 2..name.end)))
                && gazetteer().get(&text).is_none();
            if !spoken {
                self.unclassified.push(chunk);
                continue;
            }
            if name.start > tokens.start {
                self.unclassified.push(Unclassified { tokens: tokens.start..name.start, ..chunk });
            }
            let mut person = self.mention(EntityKind::Official, name, text.clone(), chunk.sentence);
            // Its last words of two or more: how the article names the person again.
            let name_words: Vec<&str> = text.split(' ').collect();
            person.aliases.extend((1..name_words.len() - 1).map(|from| name_words[from..].join(" ")));
            people.push(text);
            self.push(person);
        }
    }

    /// A word that can be part of a person's name: capitalized, not all capitals, no head of a
    /// body's or place's name, no function or date word.
    fn name_word(&self, k: usize) -> bool {
        let w = self.tok(k);
        let word = self.seg.word(k);
        self.is_word(k)
            && first_char_upper(w)
            && !is_acronym(w)
            && w.chars().any(char::is_lowercase)
            && word.head().is_none()
            && !word.is(Role::FunctionWord)
            && !word.is(Role::DateName)
            && !word.is(Role::TitleHead)
    }

    /// The names of one or two words given as speakers: right before a verb of speech ("Lee
    /// said"), or right after one and closed by a comma or full stop ("said Ann Lee.").
    fn speaker_names(&self) -> HashSet<String> {
        let mut names = HashSet::default();
        for sentence in self.seg.sentences.iter().filter(|s| !s.boilerplate && !s.headline) {
            let range = sentence.tokens.clone();
            for k in range.clone().filter(|&k| is_speech_verb(self.seg.low(k))) {
                let before =
                    (k.saturating_sub(2).max(range.start)..k).rev().take_while(|&m| self.name_word(m));
                if let Some(first) = before.last() {
                    names.insert(self.text(first..k));
                    names.insert(self.tok(k - 1).to_string());
                }
                let after = (k + 1..range.end.min(k + 3)).take_while(|&m| self.name_word(m)).last();
                let closed = after.is_some_and(|m| m + 1 < range.end && matches!(self.tok(m + 1), "." | ","));
                if let (Some(last), true) = (after, closed) {
                    names.insert(self.text(k + 1..last + 1));
                    names.insert(self.tok(last).to_string());
                }
            }
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{found, kinds_and_names};
    use crate::model::EntityKind;

    #[test]
    fn a_name_given_as_a_speaker_is_a_persons() {
        let f =
            found("Ina Mara Vesk Tolle visited the base. “It is big,” said Tolle. “Yes,” said Vesk Tolle.");
        let officials: Vec<_> =
            kinds_and_names(&f).into_iter().filter(|(k, _)| *k == EntityKind::Official).collect();
        assert_eq!(officials.len(), 3, "{f:?}");
        assert!(officials.iter().all(|(_, n)| *n == "Ina Mara Vesk Tolle"), "{f:?}");
    }

    #[test]
    fn the_name_ending_a_chunk_is_the_speakers_and_a_name_alone_is_nobodys() {
        let f = found("The deal was signed by Dassel CEO Ivo Brandt on Monday. “It works,” Brandt said.");
        assert!(kinds_and_names(&f).contains(&(EntityKind::Official, "Ivo Brandt")), "{f:?}");
        let f = found("The deal was signed by Ivo Brandt on Monday. It works.");
        assert!(!kinds_and_names(&f).iter().any(|(k, _)| *k == EntityKind::Official), "{f:?}");
    }
}
