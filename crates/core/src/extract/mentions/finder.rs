//! The state of finding the mentions of one article (`Finder`), what it finds (`Mention`), and
//! the helpers every rule uses.

use std::collections::BTreeMap;
use std::ops::Range;

use rustc_hash::FxHashSet;

use crate::model::EntityKind;

use super::super::text::{Segmented, TokenKind};

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
pub(super) struct Unclassified {
    /// Its tokens.
    pub tokens: Range<usize>,
    /// Index of its sentence.
    pub sentence: usize,
    /// Whether it opens its sentence (after an opening quote or bracket at most).
    pub sentence_initial: bool,
}

/// The state of finding the mentions of one article.
pub(super) struct Finder<'s, 't> {
    /// The article.
    pub seg: &'s Segmented<'t>,
    /// Tokens that belong to a mention or a date already.
    pub taken: Vec<bool>,
    /// The mentions found so far.
    pub mentions: Vec<Mention>,
    /// Capitalized chunks no rule classified, for the second pass.
    pub unclassified: Vec<Unclassified>,
    /// Acronyms not defined where they stand: classified after known names are repeated.
    pub acronyms: Vec<(usize, usize)>,
    /// Words that start with a capital and are not month or weekday names.
    pub capital: Vec<bool>,
    /// The outlet that published the article, if known.
    pub outlet: Option<&'s str>,
    /// The surnames of the officials among `mentions`, for `surname_of_official`.
    pub surnames: Surnames,
}

/// The last words of the officials' names among the first `indexed` mentions: mentions are only
/// added while rules read the article, so the index grows with them, and asking stays linear.
#[derive(Default)]
pub(super) struct Surnames {
    /// The surnames.
    words: FxHashSet<String>,
    /// How many mentions they cover.
    indexed: usize,
}

impl<'t> Finder<'_, 't> {
    /// The text of token `i`.
    pub(super) fn tok(&self, i: usize) -> &'t str {
        self.seg.tok(i)
    }

    /// Whether token `i` is a word.
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.seg.tokens[i].kind == TokenKind::Word
    }

    /// Whether token `i` is a capitalized word (not a date word) that no mention took yet.
    pub(super) fn is_cap(&self, i: usize) -> bool {
        self.capital[i] && !self.taken[i]
    }

    /// Forgets what was found since the mentions, unclassified chunks and acronyms numbered
    /// `counts`, except the mentions `keep` accepts; their tokens are free again.
    pub(super) fn keep_found_since(
        &mut self,
        counts: (usize, usize, usize),
        keep: impl Fn(&Mention) -> bool,
    ) {
        let (mentions, unclassified, acronyms) = counts;
        let dropped: Vec<Range<usize>> = (self.mentions[mentions..].iter())
            .filter(|m| !keep(m))
            .map(|m| m.tokens.clone())
            .chain(self.unclassified[unclassified..].iter().map(|u| u.tokens.clone()))
            .chain(self.acronyms[acronyms..].iter().map(|&(at, _)| at..at + 1))
            .collect();
        let found = self.mentions.split_off(mentions);
        self.mentions.extend(found.into_iter().filter(|m| keep(m)));
        self.unclassified.truncate(unclassified);
        self.acronyms.truncate(acronyms);
        self.surnames.indexed = self.surnames.indexed.min(mentions);
        for tokens in dropped {
            self.taken[tokens].fill(false);
        }
    }

    /// Whether `word` is the surname of an official named in full ("Jane Doe") so far.
    pub(super) fn surname_of_official(&mut self, word: &str) -> bool {
        let Surnames { words, indexed } = &mut self.surnames;
        for m in self.mentions.get(*indexed..).unwrap_or_default() {
            if m.kind == EntityKind::Official && m.name.contains(' ') {
                words.extend(m.name.rsplit(' ').next().map(str::to_string));
            }
        }
        *indexed = self.mentions.len();
        words.contains(word)
    }

    /// The text of tokens `range`.
    pub(super) fn text(&self, range: Range<usize>) -> String {
        self.seg.slice(range).to_string()
    }

    /// Records a mention and takes its tokens; its surface text becomes an alias when it differs
    /// from the name.
    pub(super) fn push(&mut self, mut mention: Mention) {
        self.taken[mention.tokens.clone()].fill(true);
        if !mention.aliases.contains(&mention.name) {
            let surface = self.seg.slice(mention.tokens.clone());
            // A common noun that stands for a name ("the battalion") is no name of it.
            if surface != mention.name && surface.chars().any(char::is_uppercase) {
                mention.aliases.insert(0, surface.to_string());
            }
        }
        self.mentions.push(mention);
    }

    /// A new mention, marked as a credit when a photo credit stands around it.
    pub(super) fn mention(
        &self,
        kind: EntityKind,
        tokens: Range<usize>,
        name: String,
        sentence: usize,
    ) -> Mention {
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
}
