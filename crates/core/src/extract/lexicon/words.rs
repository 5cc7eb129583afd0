//! The word table: every word the extractor knows a role of, read once from `words.txt` into a
//! hash map from lowercase word to its roles and values, so one lookup answers every question
//! about a word (is it a title head? a month? which event does it trigger?).

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

/// A role a word can play; `words.txt` explains each under the same name in kebab case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Closed-class word or common opener: capitalized, still not a name.
    FunctionWord,
    /// Opens or passes on a role phrase ("the adjutant general of …").
    Determiner,
    /// A verb form after it is a noun ("her first visit").
    NounMarker,
    /// Points back to something told ("this deployment").
    Anaphoric,
    /// After it, an unknown name is most likely a place ("in Ames").
    Locative,
    /// Makes a bare month or year after it a date ("in October").
    TimePreposition,
    /// May join the parts of a name ("University of Norland at Eastbrook").
    NameConnector,
    /// Part of a person's name before the surname ("Van Dyke").
    NameParticle,
    /// After a comma, opens a new clause (", where").
    ClauseOpener,
    /// Sets an event at the clause's time ("during exercise Dragon").
    FrameSame,
    /// Sets an event at another time ("after the election").
    FrameOther,
    /// Irregular past tense form ("met").
    PastForm,
    /// Ends in "-ed" but is no past form ("indeed").
    NotPast,
    /// Forces: what is deployed when sent or leaving ("troops").
    Force,
    /// Written with a final dot, listed without it ("gen").
    Abbreviation,
    /// A dotted abbreviation before a name that never ends a sentence ("gen.").
    TitleAbbreviation,
    /// Marks a person without giving a title ("Mr.").
    Honorific,
    /// Ends a title phrase and precedes a name ("General").
    TitleHead,
    /// Modifies a title without naming an organization ("Deputy").
    TitleModifier,
    /// A lowercase noun that makes an apposition a person's role ("president").
    Position,
    /// Last word of a unit's name ("Battalion").
    UnitHead,
    /// Last word of an organization's name ("Ministry").
    OrganizationHead,
    /// Last word of a place's name ("Airport").
    PlaceHead,
    /// A head after which "of …" continues a name ("Ministry of Defense").
    OfComplement,
    /// Written before a name, makes it a place ("Camp").
    PlacePrefix,
    /// A noun after which "of X" names a place ("the city of …").
    PlaceClass,
    /// A noun after a name that makes it a place ("… province").
    PlaceSuffix,
    /// A full month name, the only form that stands alone as a date.
    MonthName,
    /// A capitalized date word, never a name ("October", "Friday", "Christmas").
    DateName,
    /// Its holiday is one only with "Day" written after it ("Remembrance Day", "Anzac Day").
    DayHoliday,
    /// The event trigger is a verb.
    Verb,
    /// The trigger counts only in a clause with a date.
    NeedsDate,
    /// The trigger counts only before "for", "from" or a capitalized word.
    NeedsDestination,
    /// The trigger counts only with forces or a named entity just after it.
    NeedsForce,
    /// The trigger counts only after "into", "took" or "effect".
    NeedsIntoOrTook,
    /// Bare, in a phrase of purpose, the trigger is no event.
    MassNoun,
    /// A departure that is never a deployment, even of forces ("is retiring", "was withdrawn").
    NeverDeployment,
    /// Followed by "off", a send-off ceremony ("were sent off").
    OffSendOff,
    /// A verb of coming or going ("came", "flew").
    Motion,
    /// A spelling-alphabet letter that designates a unit ("Bravo Company").
    LetterWord,
    /// The trigger counts only right after a verb of coming or going ("came home").
    NeedsMotion,
    /// Before a name and a plural noun, makes the name a kind ("several National Guard units").
    Quantifier,
    /// A verb of being present: with an object that points back, its clause joins the event told
    /// before ("witness the event").
    Attends,
    /// Last word of the name of an award ("… Distinguished Service Award"): no entity.
    AwardHead,
    /// After a force's name, names one of its posts by the place it serves ("Coast Guard Sector
    /// Kelmouth", "… Air Station Dunmere"): a unit.
    PostHead,
    /// Lowercase noun right before a name that makes it an organization ("the Italian company
    /// Leonardo", "defence firm …", "shipbuilder …", "militant group …").
    OrganizationClass,
    /// Written in capitals before a vessel's name ("HMS", "USS", "JS"): the name is equipment.
    ShipPrefix,
    /// Lowercase kind of vessel right before a vessel's name ("the cutter Kimball").
    VesselKind,
    /// What a military formation does or is built around: with it, a "… Group" is a unit
    /// ("Carrier Strike Group", "Battle Group"), not a company ("Eurasia Group").
    FormationWord,
    /// Marks a body headed like a unit as civilian ("Norland Constabulary Force",
    /// "Northern Interagency Task Force", "Search and Rescue Team"): an organization.
    CivilWord,
    /// People serving in a force: an unknown acronym right before one names an armed force, a
    /// unit ("KDF troops", "ADF personnel").
    ServicePeople,
    /// A company's legal form, before or after its name ("… AS", "AB …", "… Ltd").
    CompanyForm,
    /// What a body does, right before a place's head: the name is the body that does it, an
    /// organization ("Dunmere Coordination Centre", "Flood Management Centre").
    BodyTask,
    /// Last word of the name of a kind of equipment ("Multiple Launch Rocket System"): the name
    /// and its acronym name no body.
    EquipmentHead,
    /// Last word of the name of a law, treaty or memorandum ("… Authorization Act", "Memorandum of
    /// Understanding"): its acronym names no body.
    DocumentHead,
    /// A verb of fighting: a disaster it fights is the relief of it ("battling floods").
    Fights,
    /// Members of an armed group ("guerrillas", "militants"): a body named right before them
    /// takes part through them ("the Front's rebels attacked").
    Combatants,
    /// A word naming a whole armed service ("Army", "Navy"): capitalized and alone in an article
    /// that names no unit with it, the service itself ("Commander of the Army", "Navy divers").
    Service,
    /// Lowercase kind of body right after an unknown name that makes it an organization ("the Kora
    /// Vetu organization", "the Kora Vetu terrorist group").
    OrganizationSuffix,
    /// A force's seat of command written after its name ("… Naval Command Headquarters"): one
    /// name with it, the unit, or its site after a preposition of place; visited, the force alone
    /// is the host.
    CommandSeat,
    /// A lowercase word for a programme right after capitalized words that name nothing else:
    /// with it, they are the programme's name, an organization ("the Harbor Shield programme").
    ProgrammeNoun,
}

/// The name of every role in `words.txt`.
const ROLE_NAMES: &[(&str, Role)] = &[
    ("function-word", Role::FunctionWord),
    ("determiner", Role::Determiner),
    ("noun-marker", Role::NounMarker),
    ("anaphoric", Role::Anaphoric),
    ("locative", Role::Locative),
    ("time-preposition", Role::TimePreposition),
    ("name-connector", Role::NameConnector),
    ("name-particle", Role::NameParticle),
    ("clause-opener", Role::ClauseOpener),
    ("frame-same", Role::FrameSame),
    ("frame-other", Role::FrameOther),
    ("past-form", Role::PastForm),
    ("not-past", Role::NotPast),
    ("force", Role::Force),
    ("abbreviation", Role::Abbreviation),
    ("title-abbreviation", Role::TitleAbbreviation),
    ("honorific", Role::Honorific),
    ("title-head", Role::TitleHead),
    ("title-modifier", Role::TitleModifier),
    ("position", Role::Position),
    ("unit-head", Role::UnitHead),
    ("organization-head", Role::OrganizationHead),
    ("place-head", Role::PlaceHead),
    ("of-complement", Role::OfComplement),
    ("place-prefix", Role::PlacePrefix),
    ("place-class", Role::PlaceClass),
    ("place-suffix", Role::PlaceSuffix),
    ("month-name", Role::MonthName),
    ("date-name", Role::DateName),
    ("day-holiday", Role::DayHoliday),
    ("verb", Role::Verb),
    ("needs-date", Role::NeedsDate),
    ("needs-destination", Role::NeedsDestination),
    ("needs-force", Role::NeedsForce),
    ("needs-into-or-took", Role::NeedsIntoOrTook),
    ("mass-noun", Role::MassNoun),
    ("never-deployment", Role::NeverDeployment),
    ("off-send-off", Role::OffSendOff),
    ("motion", Role::Motion),
    ("letter-word", Role::LetterWord),
    ("needs-motion", Role::NeedsMotion),
    ("quantifier", Role::Quantifier),
    ("attends", Role::Attends),
    ("award-head", Role::AwardHead),
    ("post-head", Role::PostHead),
    ("organization-class", Role::OrganizationClass),
    ("ship-prefix", Role::ShipPrefix),
    ("vessel-kind", Role::VesselKind),
    ("formation-word", Role::FormationWord),
    ("company-form", Role::CompanyForm),
    ("civil-word", Role::CivilWord),
    ("service-people", Role::ServicePeople),
    ("body-task", Role::BodyTask),
    ("equipment-head", Role::EquipmentHead),
    ("document-head", Role::DocumentHead),
    ("fights", Role::Fights),
    ("combatants", Role::Combatants),
    ("service", Role::Service),
    ("organization-suffix", Role::OrganizationSuffix),
    ("command-seat", Role::CommandSeat),
    ("programme-noun", Role::ProgrammeNoun),
];

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

/// What the table knows of one word: its roles and the values some roles carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    roles: u64,
    month: Option<u8>,
    weekday: Option<u8>,
    number: Option<u8>,
    holiday: Option<(u8, u8)>,
    event_type: Option<&'static str>,
}

/// A word the table does not know.
pub(crate) static UNKNOWN: Word =
    Word { roles: 0, month: None, weekday: None, number: None, holiday: None, event_type: None };

impl Word {
    /// Whether the word plays `role`.
    pub fn is(&self, role: Role) -> bool {
        self.roles & (1 << role as u32) != 0
    }

    /// Its month number, 1–12, for a month name or abbreviation.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// Its day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> Option<u8> {
        self.weekday
    }

    /// Its value, for a number word ("three", "thirty").
    pub fn number(&self) -> Option<u8> {
        self.number
    }

    /// (month, day) of a holiday on a fixed day.
    pub fn holiday(&self) -> Option<(u8, u8)> {
        self.holiday
    }

    /// The kind of name it makes as the last word of a name ("… Battalion", "… Ministry").
    pub fn head(&self) -> Option<Head> {
        if self.is(Role::UnitHead) {
            Some(Head::Unit)
        } else if self.is(Role::OrganizationHead) {
            Some(Head::Organization)
        } else if self.is(Role::PlaceHead) {
            Some(Head::Place)
        } else {
            None
        }
    }

    /// The type of event it triggers.
    pub fn event_type(&self) -> Option<&'static str> {
        self.event_type
    }

    /// Sets one role or value read from `words.txt`.
    fn read(&mut self, item: &'static str) {
        let number = |value: &str| value.parse::<u8>().unwrap_or_else(|_| panic!("words.txt: {item}"));
        match item.split_once('=') {
            Some(("month", value)) => self.month = Some(number(value)),
            Some(("weekday", value)) => self.weekday = Some(number(value)),
            Some(("number", value)) => self.number = Some(number(value)),
            Some(("event", value)) => self.event_type = Some(value),
            Some(("holiday", value)) => {
                let (month, day) = value.split_once('-').unwrap_or_else(|| panic!("words.txt: {item}"));
                self.holiday = Some((number(month), number(day)));
            }
            _ => {
                let &(_, role) = ROLE_NAMES
                    .iter()
                    .find(|(name, _)| *name == item)
                    .unwrap_or_else(|| panic!("words.txt: unknown role {item}"));
                self.roles |= 1 << role as u32;
            }
        }
    }
}

/// Reads `words.txt`: "word: role role=value …" a line.
fn parse(source: &'static str) -> HashMap<&'static str, Word> {
    let mut table = HashMap::default();
    for line in source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (key, items) = line.split_once(':').unwrap_or_else(|| panic!("words.txt: no colon in {line}"));
        let entry: &mut Word = table.entry(key.trim()).or_insert(UNKNOWN);
        for item in items.split_whitespace() {
            entry.read(item);
        }
    }
    table
}

/// The word table, built on first use.
fn table() -> &'static HashMap<&'static str, Word> {
    // Built on first use, then shared.
    static TABLE: OnceLock<HashMap<&'static str, Word>> = OnceLock::new();
    TABLE.get_or_init(|| parse(include_str!("words.txt")))
}

/// What the table knows of `text` (any case); `UNKNOWN` when nothing.
pub(crate) fn lookup(text: &str) -> &'static Word {
    with_lowercase(text, lookup_lowercase)
}

/// Calls `f` with `word` in lowercase, without allocating for short ASCII words (most lookups).
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let bytes = word.as_bytes();
    if !bytes.iter().any(u8::is_ascii_uppercase) && word.is_ascii() {
        return f(word);
    }
    let mut buffer = [0u8; 48];
    if word.is_ascii() && bytes.len() <= buffer.len() {
        let lowered = &mut buffer[..bytes.len()];
        lowered.copy_from_slice(bytes);
        lowered.make_ascii_lowercase();
        // ASCII stays valid UTF-8 when lowercased.
        return f(std::str::from_utf8(lowered).unwrap_or_default());
    }
    f(lower(word).as_ref())
}

/// What the table knows of `lowercase`, a word already in lowercase.
pub(crate) fn lookup_lowercase(lowercase: &str) -> &'static Word {
    table().get(lowercase).unwrap_or(&UNKNOWN)
}

/// Month number (1–12) of a month name or abbreviation, any case, with or without final dots.
pub(crate) fn month_number(text: &str) -> Option<u8> {
    let trimmed = text.trim_end_matches('.');
    month_sized(trimmed).then(|| lookup(trimmed).month()).flatten()
}

/// `month_number` of `text`, whose table entry `word` was already looked up: the table is
/// read again only for a word with final dots to trim.
pub(crate) fn month_number_of(text: &str, word: &Word) -> Option<u8> {
    if text.ends_with('.') {
        return month_number(text);
    }
    month_sized(text).then(|| word.month()).flatten()
}

/// Whether a word without final dots is as long as a month name or abbreviation can be.
fn month_sized(trimmed: &str) -> bool {
    (3..=9).contains(&trimmed.len())
}

/// The value of a small cardinal number written as a word or digits ("three", "22", "Thirty-three").
pub(crate) fn number_value(text: &str) -> Option<u32> {
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        return digits_value(text);
    }
    spelled_number_sized(text).then(|| with_lowercase(text, number_in_words)).flatten()
}

/// `number_value` of `text`, whose table entry `word` was already looked up: the table is read
/// again only for digits or a hyphened number ("thirty-three").
pub(crate) fn number_value_of(text: &str, word: &Word) -> Option<u32> {
    if text.starts_with(|c: char| c.is_ascii_digit()) || text.contains('-') {
        return number_value(text);
    }
    spelled_number_sized(text).then(|| word.number().map(u32::from)).flatten()
}

/// Whether `text` may be a number in words: a letter first, three to fourteen bytes.
fn spelled_number_sized(text: &str) -> bool {
    text.starts_with(|c: char| c.is_alphabetic()) && (3..=14).contains(&text.len())
}

/// The value of a lowercase number in words ("thirty-three").
fn number_in_words(lowered: &str) -> Option<u32> {
    let Some((tens, units)) = lowered.split_once('-') else {
        return lookup_lowercase(lowered).number().map(u32::from);
    };
    // "thirty-three": tens, a hyphen, units.
    let tens = lookup_lowercase(tens).number().filter(|&t| t >= 20)?;
    if units.is_empty() {
        return Some(u32::from(tens));
    }
    let units = lookup_lowercase(units).number().filter(|u| (1..10).contains(u))?;
    Some(u32::from(tens + units))
}

/// The value of a number written in digits, with thousands commas ("1,100"), without allocating.
fn digits_value(text: &str) -> Option<u32> {
    let mut value: u32 = 0;
    for b in text.bytes().filter(|&b| b != b',') {
        let digit = char::from(b).to_digit(10)?;
        value = value.checked_mul(10)?.checked_add(digit)?;
    }
    Some(value)
}

/// A word in lowercase, borrowed when it already is.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_table_reads() {
        let source = include_str!("words.txt");
        let table = parse(source);
        assert!(table.len() > 900);
        for key in table.keys() {
            assert_eq!(*key, key.to_lowercase(), "words.txt keys are lowercase");
        }
        assert!(lookup("General").is(Role::TitleHead) && lookup("general").is(Role::Position));
        assert!(lookup("Chief of Staff").is(Role::TitleHead) && lookup("joint base").is(Role::PlacePrefix));
        assert_eq!(
            (month_number("Sept."), month_number("may"), month_number("mayo")),
            (Some(9), Some(5), None)
        );
        assert_eq!(lookup("Friday").weekday(), Some(4));
        assert_eq!(lookup("LEFT").event_type(), Some("departure"));
    }

    #[test]
    fn numbers_in_words_and_digits() {
        let values: Vec<Option<u32>> =
            ["three", "22", "Thirty-three", "twenty", "twenty-", "one-two", "twenty-zero", "2,000", "x"]
                .iter()
                .map(|w| number_value(w))
                .collect();
        assert_eq!(values, [Some(3), Some(22), Some(33), Some(20), Some(20), None, None, Some(2000), None]);
    }
}
