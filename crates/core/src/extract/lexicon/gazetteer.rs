//! The gazetteers: names of countries, states, regions, cities, organizations and news outlets,
//! read once from the `*.txt` files beside this module, keyed by lowercase name.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::words::with_lowercase;

/// What a gazetteer name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum GazetteerKind {
    /// A sovereign country.
    Country,
    /// A state, province or region of a country.
    State,
    /// A city.
    City,
    /// A continent, sea or wider region.
    Region,
    /// A news outlet.
    Outlet,
    /// A well-known organization named without a head word.
    Organization,
}

/// A name found in a gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GazetteerEntry {
    /// The name it is usually written as.
    pub canonical: &'static str,
    /// What it is.
    pub kind: GazetteerKind,
    /// For a state or region of a country, that country.
    pub country: Option<&'static str>,
}

impl GazetteerEntry {
    /// Whether it names a country or a state (a first-level division of one).
    pub fn is_country_or_state(&self) -> bool {
        matches!(self.kind, GazetteerKind::Country | GazetteerKind::State)
    }
}

/// Every gazetteer, keyed by lowercase name.
pub(crate) struct Gazetteer {
    names: HashMap<String, GazetteerEntry>,
    demonyms: HashMap<String, &'static str>,
    /// For each lowercase first word of a name, the most words a name starting with it has.
    first_words: HashMap<String, usize>,
    /// The longest name, in words.
    pub max_words: usize,
    /// Towns and first-level divisions of the world by lowercase name (`towns.txt`,
    /// `divisions.txt`): read only for a name no rule classified.
    world_places: HashMap<String, &'static str>,
}

impl Gazetteer {
    /// The entry for a name, case-insensitively.
    pub fn get(&self, name: &str) -> Option<GazetteerEntry> {
        with_lowercase(name, |key| self.names.get(key).copied())
    }

    /// The most words of a name starting with `word` (any case), or 0 when none does.
    pub fn longest_from(&self, word: &str) -> usize {
        with_lowercase(word, |key| self.first_words.get(key).copied().unwrap_or(0))
    }

    /// The town or division a name no rule classified may be ("Townsville", "Uttarakhand"), as
    /// usually written.
    pub fn world_place(&self, name: &str) -> Option<&'static str> {
        with_lowercase(name, |key| self.world_places.get(key).copied())
    }

    /// The country of a demonym ("Polish" → "Poland").
    pub fn country_of_demonym(&self, word: &str) -> Option<&'static str> {
        with_lowercase(word, |key| self.demonyms.get(key).copied())
    }
}

/// Reads one gazetteer file into `into`: "Name | Other name ; extra" a line.
fn load(into: &mut Gazetteer, source: &'static str, kind: GazetteerKind) {
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // After ";": demonyms for countries, the country for states.
        let (names, extra) = line.split_once(';').unwrap_or((line, ""));
        let mut names = names.split('|').map(str::trim).filter(|n| !n.is_empty());
        let Some(canonical) = names.next() else { continue };
        let country = match kind {
            GazetteerKind::Country => Some(canonical),
            GazetteerKind::State => Some(extra.trim()).filter(|c| !c.is_empty()),
            _ => None,
        };
        let entry = GazetteerEntry { canonical, kind, country };
        for name in std::iter::once(canonical).chain(names) {
            let words = name.split_whitespace().count();
            into.max_words = into.max_words.max(words);
            let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
            let longest = into.first_words.entry(first).or_insert(0);
            *longest = (*longest).max(words);
            into.names.entry(name.to_lowercase()).or_insert(entry);
        }
        if kind == GazetteerKind::Country {
            for demonym in extra.split('|').map(str::trim).filter(|d| !d.is_empty()) {
                into.demonyms.insert(demonym.to_lowercase(), canonical);
            }
        }
    }
}

/// Reads a list of the world's places ("Name | Name without accents" a line).
fn load_world_places(into: &mut Gazetteer, source: &'static str) {
    for line in source.lines().filter(|line| !line.starts_with('#')) {
        let mut names = line.split('|').map(str::trim).filter(|n| !n.is_empty());
        let Some(canonical) = names.next() else { continue };
        for name in std::iter::once(canonical).chain(names) {
            into.world_places.entry(name.to_lowercase()).or_insert(canonical);
        }
    }
}

/// The gazetteer, built on first use.
pub(crate) fn gazetteer() -> &'static Gazetteer {
    // Built on first use, then shared.
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        let mut gazetteer = Gazetteer {
            names: HashMap::default(),
            demonyms: HashMap::default(),
            first_words: HashMap::default(),
            max_words: 1,
            world_places: HashMap::default(),
        };
        load(&mut gazetteer, include_str!("countries.txt"), GazetteerKind::Country);
        load(&mut gazetteer, include_str!("states.txt"), GazetteerKind::State);
        load(&mut gazetteer, include_str!("regions.txt"), GazetteerKind::Region);
        load(&mut gazetteer, include_str!("cities.txt"), GazetteerKind::City);
        load(&mut gazetteer, include_str!("organizations.txt"), GazetteerKind::Organization);
        load(&mut gazetteer, include_str!("outlets.txt"), GazetteerKind::Outlet);
        load_world_places(&mut gazetteer, include_str!("towns.txt"));
        load_world_places(&mut gazetteer, include_str!("divisions.txt"));
        gazetteer
    })
}
