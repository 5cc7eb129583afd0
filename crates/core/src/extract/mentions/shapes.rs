//! The shapes of words and names: capitals, acronyms, designators ("174th", "4-127th", "III"),
//! title case and initials.

/// Whether a word starts with a capital.
pub(super) fn first_char_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the word is an Arabic article joined to a capitalized name ("al-Nour", "el-Tamar"),
/// which goes on the name before it ("Jaish al-Nour").
pub(super) fn is_article_joined_name(word: &str) -> bool {
    ["al-", "el-"].iter().any(|article| word.strip_prefix(article).is_some_and(first_char_upper))
}

/// A capitalized noun or adjective of the followers of a creed or cause ("Islamist", "Maoists",
/// "Unionist"): a word of six letters or more in lowercase after its capital, ending in "-ist" or
/// "-ists"; it names people or their leaning, never a place.
pub(super) fn is_follower_word(word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    stem.len() >= 6
        && stem.ends_with("ist")
        && first_char_upper(word)
        && word.chars().skip(1).all(|c| c.is_ascii_lowercase())
}

/// An all-capital word of two to six letters, not a Roman numeral ("NATO", "KFOR", "AT&T").
pub(super) fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        && !is_roman_numeral(word)
}

/// An all-capital word of seven or eight letters ("EUNAVFOR", "CENTCOM"), an acronym when it stands
/// inside a sentence.
pub(super) fn is_long_acronym(word: &str) -> bool {
    (7..=8).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// An acronym with small letters between its capitals ("MoD", "MoFA"): two to six ASCII letters,
/// the first and at least one more a capital.
pub(super) fn is_mixed_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.bytes().skip(1).any(|b| b.is_ascii_uppercase())
}

/// Two to four capitals, each followed by a dot ("B.C.", "N.S.W.").
pub(super) fn is_dotted_capitals(word: &str) -> bool {
    let bytes = word.as_bytes();
    (4..=8).contains(&bytes.len())
        && bytes.len().is_multiple_of(2)
        && bytes.chunks(2).all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// "I", "IV", "XII": up to five of I, V and X.
fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.len() <= 5 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// "II", "LXI", "XC": a Roman number of two letters or more, tens included (a numbered edition
/// or generation, "TIDEWAY LXI"); "CL", "CV" and their like are too often other things.
pub(super) fn is_roman_number(word: &str) -> bool {
    word.len() >= 2
        && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
        && !matches!(word, "CL" | "LC" | "CV" | "VC")
}

/// One capital letter: a unit's letter ("Company C"), a person's initial without its dot ("R Lee").
pub(super) fn is_letter(word: &str) -> bool {
    word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A number written in digits only ("12", "2001").
pub(super) fn is_digits(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// A unit designator: "174th", "1st", "2d", "4-127th", "12", "III".
pub(super) fn is_designator(word: &str) -> bool {
    if !word.bytes().any(|b| b.is_ascii_digit()) {
        return is_roman_numeral(word);
    }
    let core = word.rsplit('-').next().unwrap_or(word);
    let digits = core.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &core[digits.len()..];
    (!digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (matches!(suffix, "" | "st" | "nd" | "rd" | "th") || military_ordinal(digits, suffix)))
        || is_roman_numeral(word)
}

/// "2d", "3d", "22d": the U.S. military's ordinals of two and three.
fn military_ordinal(digits: &str, suffix: &str) -> bool {
    suffix == "d"
        && (digits.ends_with('2') || digits.ends_with('3'))
        && !digits.ends_with("12")
        && !digits.ends_with("13")
}

/// A designator with an ordinal suffix ("1st", "174th").
pub(super) fn is_ordinal(word: &str) -> bool {
    is_designator(word) && word.ends_with(|c: char| c.is_ascii_alphabetic()) && !is_roman_numeral(word)
}

/// A title-cased version of an all-capital name ("SIOUX CITY" → "Sioux City").
pub(super) fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Initials of a name's capitalized words ("North Atlantic Treaty Organization" → "NATO").
pub(super) fn initials(name: &str) -> String {
    name.split([' ', '-']).filter(|w| first_char_upper(w)).filter_map(|w| w.chars().next()).collect()
}

/// Whether a word, in any case, names a part of a place by its direction ("Southern", "Eastern",
/// "North-East", "Central").
pub(super) fn is_direction(word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    let side = |w: &str| matches!(w, "east" | "west" | "eastern" | "western" | "-east" | "-west");
    match word.strip_prefix("north").or_else(|| word.strip_prefix("south")) {
        Some(rest) => matches!(rest, "" | "ern") || side(rest),
        None => side(&word) || word == "central",
    }
}
