//! Word lists of general English and of news about armed forces and governments.
//!
//! Nothing here names a fact of any particular article: these are the dictionaries a reader
//! brings to any news story (titles, ranks, unit words, countries, capitals, outlets).

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A word in lowercase, borrowed when it already is.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Whether `word` (any case) is in the word list, through a hash set built on first use.
fn in_list(
    set: &'static OnceLock<HashSet<&'static str>>,
    words: &'static [&'static str],
    word: &str,
) -> bool {
    set.get_or_init(|| words.iter().copied().collect()).contains(lower(word).as_ref())
}

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

/// Every gazetteer, keyed by lowercase name.
pub(crate) struct Gazetteer {
    names: HashMap<String, GazetteerEntry>,
    demonyms: HashMap<String, &'static str>,
    /// For each lowercase first word of a name, the most words a name starting with it has.
    first_words: HashMap<String, usize>,
    /// The longest name, in words.
    pub max_words: usize,
}

impl Gazetteer {
    /// The entry for a name, case-insensitively.
    pub fn get(&self, name: &str) -> Option<GazetteerEntry> {
        self.names.get(lower(name).as_ref()).copied()
    }

    /// The most words of a name starting with `word` (any case), or 0 when none does.
    pub fn longest_from(&self, word: &str) -> usize {
        self.first_words.get(lower(word).as_ref()).copied().unwrap_or(0)
    }

    /// The country of a demonym ("Polish" → "Poland").
    pub fn country_of_demonym(&self, word: &str) -> Option<&'static str> {
        self.demonyms.get(lower(word).as_ref()).copied()
    }
}

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

/// The gazetteer, built on first use.
pub(crate) fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        let mut g = Gazetteer {
            names: HashMap::default(),
            demonyms: HashMap::default(),
            first_words: HashMap::default(),
            max_words: 1,
        };
        load(&mut g, include_str!("lexicon/countries.txt"), GazetteerKind::Country);
        load(&mut g, include_str!("lexicon/states.txt"), GazetteerKind::State);
        load(&mut g, include_str!("lexicon/regions.txt"), GazetteerKind::Region);
        load(&mut g, include_str!("lexicon/cities.txt"), GazetteerKind::City);
        load(&mut g, include_str!("lexicon/organizations.txt"), GazetteerKind::Organization);
        load(&mut g, include_str!("lexicon/outlets.txt"), GazetteerKind::Outlet);
        g
    })
}

/// Abbreviations written with a final dot (without it, any case).
pub(crate) fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "gen", "maj", "lt", "col", "sgt", "capt", "cpl", "pvt", "spc", "adm", "cmdr", "cdr", "brig", "gov",
        "sen", "rep", "reps", "sens", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "no", "vs", "etc", "inc",
        "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "mt", "ft", "pres", "supt", "dept", "govt", "msgt", "ssgt", "tsgt", "smsgt", "cmsgt", "sfc",
        "pfc", "cpt", "ltc", "lcdr", "ens", "amb", "gens", "ala", "ariz", "ark", "calif", "colo", "conn",
        "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
        "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "approx",
        "est", "fig", "univ", "assn", "bros", "hon", "rev", "prof", "atty", "sgts",
    ];
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    in_list(&SET, ABBREVIATIONS, word)
}

/// Abbreviations that stand before a name and so never end a sentence ("Gen.", "Sgt.", "Dr.").
pub(crate) fn is_title_abbreviation(word: &str) -> bool {
    const TITLES: &[&str] = &[
        "gen.", "maj.", "lt.", "col.", "sgt.", "capt.", "cpl.", "pvt.", "spc.", "adm.", "cmdr.", "cdr.",
        "brig.", "gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "st.", "ft.", "mt.", "pres.", "msgt.",
        "ssgt.", "tsgt.", "smsgt.", "cmsgt.", "sfc.", "pfc.", "cpt.", "ltc.", "amb.", "prof.", "rev.",
        "hon.", "no.",
    ];
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    in_list(&SET, TITLES, word)
}

/// Closed-class words and common sentence openers: capitalized, they still are not names.
pub(crate) fn is_function_word(lower: &str) -> bool {
    const WORDS: &[&str] = &[
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "for",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "with",
        "without",
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "amid",
        "among",
        "around",
        "as",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "besides",
        "between",
        "beyond",
        "despite",
        "down",
        "during",
        "except",
        "inside",
        "into",
        "like",
        "near",
        "off",
        "onto",
        "out",
        "outside",
        "over",
        "past",
        "per",
        "since",
        "than",
        "through",
        "throughout",
        "till",
        "toward",
        "towards",
        "under",
        "until",
        "up",
        "upon",
        "via",
        "within",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "my",
        "your",
        "his",
        "its",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "where",
        "when",
        "why",
        "how",
        "whether",
        "if",
        "then",
        "there",
        "here",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "yes",
        "all",
        "any",
        "both",
        "each",
        "every",
        "few",
        "many",
        "more",
        "most",
        "much",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "very",
        "also",
        "just",
        "still",
        "even",
        "again",
        "already",
        "now",
        "later",
        "earlier",
        "today",
        "yesterday",
        "tomorrow",
        "however",
        "meanwhile",
        "although",
        "though",
        "while",
        "because",
        "unless",
        "whereas",
        "prior",
        "following",
        "according",
        "after",
        "once",
        "instead",
        "moreover",
        "furthermore",
        "overall",
        "indeed",
        "thus",
        "hence",
        "therefore",
        "accordingly",
        "additionally",
        "dozens",
        "hundreds",
        "thousands",
        "several",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "first",
        "second",
        "third",
        "last",
        "next",
        "new",
        "many",
        "most",
        "despite",
        "during",
        "nearly",
        "almost",
        "about",
        "some",
        "among",
        "neither",
        "either",
        "whose",
        "whatever",
        "whoever",
        "wherever",
        "whenever",
    ];
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    in_list(&SET, WORDS, lower)
}

/// Month number (1–12) of a month name or abbreviation, any case.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    let trimmed = word.trim_end_matches('.');
    if trimmed.len() < 3 || trimmed.len() > 9 {
        return None;
    }
    let lower = lower(trimmed);
    let lower = lower.as_ref();
    const MONTHS: &[(&str, u8)] = &[
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sept", 9),
        ("sep", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
    ];
    MONTHS.iter().find(|(name, _)| *name == lower).map(|&(_, n)| n)
}

/// Whether a word is a full month name ("October"), the only form that stands alone as a date.
pub(crate) fn is_full_month_name(word: &str) -> bool {
    const FULL: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    in_list(&SET, FULL, word)
}

/// Day of the week, 0 = Monday … 6 = Sunday.
pub(crate) fn weekday_number(word: &str) -> Option<u8> {
    const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    if !(6..=9).contains(&word.len()) {
        return None;
    }
    let lower = lower(word);
    DAYS.iter().position(|d| *d == lower.as_ref()).map(|p| p as u8)
}

/// Holidays with a fixed date: (name, month, day).
pub(crate) fn fixed_holiday(word: &str) -> Option<(u8, u8)> {
    match word.to_lowercase().as_str() {
        "christmas" => Some((12, 25)),
        "halloween" => Some((10, 31)),
        _ => None,
    }
}

/// The value of a small cardinal number written as a word or digits ("three", "22", "Thirty-three").
pub(crate) fn number_value(word: &str) -> Option<u32> {
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return word.replace(',', "").parse::<u32>().ok();
    }
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if !word.starts_with(|c: char| c.is_alphabetic()) || word.len() > 14 || word.len() < 3 {
        return None;
    }
    let lower = lower(word);
    let lower = lower.as_ref();
    if let Some(n) = UNITS.iter().position(|u| *u == lower) {
        return Some(n as u32);
    }
    let (tens, units) = lower.split_once('-').unwrap_or((lower, ""));
    let t = TENS.iter().position(|x| *x == tens)? as u32 * 10 + 20;
    if units.is_empty() {
        return Some(t);
    }
    let u = UNITS.iter().position(|x| *x == units).filter(|&u| (1..10).contains(&u))? as u32;
    Some(t + u)
}

/// Head words of personal titles and ranks: they end a title phrase and precede a name.
pub(crate) fn is_title_head(word: &str) -> bool {
    const HEADS: &[&str] = &[
        "general",
        "gen.",
        "colonel",
        "col.",
        "major",
        "maj.",
        "lieutenant",
        "lt.",
        "captain",
        "capt.",
        "cpt.",
        "sergeant",
        "sgt.",
        "msgt.",
        "ssgt.",
        "tsgt.",
        "smsgt.",
        "cmsgt.",
        "sfc.",
        "corporal",
        "cpl.",
        "private",
        "pvt.",
        "pfc.",
        "specialist",
        "spc.",
        "admiral",
        "adm.",
        "commander",
        "cmdr.",
        "cdr.",
        "commodore",
        "ensign",
        "marshal",
        "brigadier",
        "brig.",
        "airman",
        "officer",
        "governor",
        "gov.",
        "president",
        "pres.",
        "minister",
        "secretary",
        "senator",
        "sen.",
        "representative",
        "rep.",
        "congressman",
        "congresswoman",
        "mayor",
        "ambassador",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "sheikh",
        "judge",
        "justice",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "envoy",
        "attorney",
        "councilman",
        "councilwoman",
        "councilor",
        "commissioner",
        "superintendent",
        "administrator",
        "adjutant",
        "dr.",
        "prof.",
        "professor",
        "pope",
        "bishop",
        "rev.",
        "reverend",
        "speaker",
        "leader",
        "deputy",
        "consul",
        "lawmaker",
        "coordinator",
        "inspector",
        "sheriff",
        "detective",
        "trooper",
        "warden",
        "prosecutor",
        "ceo",
        "chaplain",
        "diplomat",
        "attaché",
        "rabbi",
        "imam",
        "cardinal",
        "chief of staff",
    ];
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    in_list(&SET, HEADS, word)
}

/// Words that modify a title without naming an organization ("Deputy Defense Minister",
/// "Senior Master Sgt.", "Secretary General").
pub(crate) fn is_title_modifier(word: &str) -> bool {
    const MODIFIERS: &[&str] = &[
        "deputy",
        "vice",
        "acting",
        "assistant",
        "associate",
        "senior",
        "junior",
        "chief",
        "master",
        "staff",
        "first",
        "second",
        "1st",
        "2nd",
        "command",
        "technical",
        "lance",
        "sergeant",
        "major",
        "lieutenant",
        "brigadier",
        "rear",
        "fleet",
        "air",
        "army",
        "defense",
        "defence",
        "foreign",
        "interior",
        "home",
        "finance",
        "health",
        "justice",
        "state",
        "prime",
        "trade",
        "economy",
        "energy",
        "education",
        "labor",
        "agriculture",
        "transport",
        "transportation",
        "veterans",
        "homeland",
        "security",
        "national",
        "general",
        "executive",
        "managing",
        "supreme",
        "high",
        "lord",
        "grand",
        "federal",
        "regional",
        "district",
        "county",
        "city",
        "public",
        "press",
        "communications",
        "presidential",
        "operations",
        "commanding",
        "adjutant",
        "majority",
        "minority",
        "house",
        "senate",
        "parliamentary",
        "permanent",
        "special",
        "former",
        "then",
        "retired",
        "interim",
        "principal",
        "sgt.",
        "maj.",
        "lt.",
        "gen.",
        "col.",
        "class",
    ];
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    in_list(&SET, MODIFIERS, word)
}

/// The kind of name a head word makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    /// A military unit or formation.
    Unit,
    /// An organization.
    Organization,
    /// A place.
    Place,
}

/// The kind of entity a final head word gives its name ("… Battalion", "… Ministry", "… Airport").
pub(crate) fn head_kind(word: &str) -> Option<Head> {
    let lower = lower(word);
    const UNIT: &[&str] = &[
        "wing",
        "battalion",
        "brigade",
        "regiment",
        "division",
        "company",
        "detachment",
        "squadron",
        "corps",
        "guard",
        "force",
        "forces",
        "army",
        "navy",
        "marines",
        "command",
        "battery",
        "troop",
        "platoon",
        "fleet",
        "flotilla",
        "contingent",
        "unit",
        "group",
        "legion",
        "militia",
        "gendarmerie",
        "guards",
        "squad",
        "cavalry",
        "infantry",
        "artillery",
        "team",
        "task",
        "airlift",
    ];
    const ORGANIZATION: &[&str] = &[
        "organization",
        "organisation",
        "ministry",
        "department",
        "bureau",
        "agency",
        "program",
        "programme",
        "university",
        "college",
        "academy",
        "institute",
        "council",
        "committee",
        "commission",
        "senate",
        "parliament",
        "congress",
        "assembly",
        "consulate",
        "embassy",
        "mission",
        "office",
        "register",
        "times",
        "post",
        "tribune",
        "herald",
        "gazette",
        "journal",
        "chronicle",
        "news",
        "union",
        "association",
        "foundation",
        "party",
        "court",
        "corporation",
        "inc.",
        "administration",
        "authority",
        "bank",
        "fund",
        "alliance",
        "coalition",
        "center",
        "centre",
        "society",
        "federation",
        "league",
        "service",
        "services",
        "school",
        "hospital",
        "cabinet",
        "government",
        "partnership",
        "initiative",
        "project",
        "network",
        "institution",
        "board",
        "secretariat",
        "directorate",
        "inc",
        "llc",
        "ltd.",
        "company's",
        "group's",
        "press",
        "radio",
        "television",
        "tv",
        "magazine",
        "daily",
        "observer",
        "guardian",
        "telegraph",
        "monitor",
        "review",
        "enquirer",
        "dispatch",
    ];
    const PLACE: &[&str] = &[
        "airport",
        "airfield",
        "base",
        "facility",
        "area",
        "city",
        "county",
        "province",
        "island",
        "islands",
        "sea",
        "ocean",
        "shoal",
        "strait",
        "river",
        "mountain",
        "mountains",
        "valley",
        "bay",
        "gulf",
        "peninsula",
        "station",
        "harbor",
        "harbour",
        "port",
        "lake",
        "desert",
        "range",
        "district",
        "region",
        "territory",
        "village",
        "town",
        "square",
        "park",
        "street",
        "avenue",
        "bridge",
        "canal",
        "reef",
        "coast",
        "heights",
        "field",
        "arsenal",
        "depot",
        "center's",
        "camp",
        "fort",
    ];
    static SETS: OnceLock<HashMap<&'static str, Head>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        let mut m = HashMap::default();
        for (words, head) in [(PLACE, Head::Place), (ORGANIZATION, Head::Organization), (UNIT, Head::Unit)] {
            m.extend(words.iter().map(|w| (*w, head)));
        }
        m
    });
    sets.get(lower.as_ref()).copied()
}

/// Words that, written before a name, make it a place ("Camp Dodge", "Fort Cavazos", "Mount …").
pub(crate) fn is_place_prefix(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "camp" | "fort" | "ft." | "mount" | "mt." | "lake" | "cape" | "port" | "joint base" | "naval"
    )
}

/// Lowercase nouns after which "of X" names a place ("the city of Gjilian", "the island of Luzon").
pub(crate) fn is_place_class_noun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "city"
            | "town"
            | "village"
            | "island"
            | "province"
            | "state"
            | "region"
            | "county"
            | "district"
            | "port"
            | "capital"
            | "municipality"
            | "republic"
            | "kingdom"
            | "nation"
            | "country"
    )
}

/// Lowercase nouns that, written after a name, make it a place ("Ilocos Norte province").
pub(crate) fn is_place_suffix_noun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "province" | "county" | "district" | "region" | "oblast" | "prefecture"
    )
}

/// Prepositions after which an unknown capitalized name is most likely a place.
pub(crate) fn is_locative_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "at"
            | "near"
            | "from"
            | "to"
            | "outside"
            | "inside"
            | "across"
            | "toward"
            | "towards"
            | "into"
    )
}

/// Words that may join the parts of a name ("University of Texas at Austin", "Corps of Engineers").
pub(crate) fn is_name_connector(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "the"
            | "at"
            | "for"
            | "de"
            | "du"
            | "des"
            | "la"
            | "le"
            | "van"
            | "von"
            | "der"
            | "al"
            | "bin"
            | "and"
            | "on"
    )
}

/// Head words after which "of …" continues a name ("Ministry of Defense", "Republic of Kosovo").
pub(crate) fn takes_of_complement(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "university"
            | "ministry"
            | "department"
            | "republic"
            | "kingdom"
            | "corps"
            | "mission"
            | "consulate"
            | "embassy"
            | "bank"
            | "office"
            | "secretary"
            | "state"
            | "states"
            | "gulf"
            | "sea"
            | "isle"
            | "city"
            | "college"
            | "institute"
            | "bureau"
            | "council"
            | "organization"
            | "organisation"
            | "league"
            | "court"
            | "house"
            | "chamber"
            | "federation"
            | "union"
            | "commonwealth"
            | "strait"
            | "school"
            | "academy"
            | "command"
            | "board"
            | "duchy"
            | "principality"
            | "people's"
    )
}

/// Lowercase role nouns that make an apposition a person's role ("the president of Kosovo").
pub(crate) fn is_role_noun(lower: &str) -> bool {
    const ROLES: &[&str] = &[
        "president",
        "vice",
        "mayor",
        "head",
        "chief",
        "commander",
        "director",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "minister",
        "secretary",
        "general",
        "governor",
        "senator",
        "ambassador",
        "officer",
        "engineer",
        "soldier",
        "pilot",
        "sergeant",
        "leader",
        "chairman",
        "chair",
        "chairwoman",
        "member",
        "adviser",
        "advisor",
        "official",
        "envoy",
        "representative",
        "deputy",
        "founder",
        "ceo",
        "executive",
        "manager",
        "coordinator",
        "lawmaker",
        "diplomat",
        "consul",
        "colonel",
        "captain",
        "lieutenant",
        "major",
        "admiral",
        "adjutant",
        "chaplain",
        "medic",
        "nurse",
        "doctor",
        "instructor",
        "mechanic",
        "technician",
        "analyst",
        "professor",
        "researcher",
        "historian",
        "spokesman",
        "candidate",
        "prosecutor",
        "judge",
        "attorney",
        "lawyer",
        "inspector",
        "superintendent",
        "administrator",
        "rep",
        "airman",
        "marine",
        "sailor",
        "guardsman",
        "veteran",
        "reservist",
        "paratrooper",
        "specialist",
    ];
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    in_list(&SET, ROLES, lower)
}

/// Words that open or pass on a role phrase ("the adjutant general of …").
pub(crate) fn is_determiner(lower: &str) -> bool {
    matches!(lower, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our")
}

/// Honorifics that mark a person without giving a title attribute.
pub(crate) fn is_honorific(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "mr." | "mrs." | "ms." | "mr" | "mrs" | "ms" | "sir" | "dame")
}
