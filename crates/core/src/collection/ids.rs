//! Article ids: safe slugs made from titles, unique within a collection.

/// The longest slug made from a title, in bytes.
const MAX_SLUG: usize = 48;

/// Whether `id` is a valid article id: non-empty ASCII letters, digits, `-` and `_` (the rule of
/// the manifest and of `factlens/1`).
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A slug of `title`: lowercase ASCII letters and digits, runs of anything else as one `-`, at
/// most [`MAX_SLUG`] bytes, cut at a `-` when it can; `article` when nothing is left.
pub(crate) fn slug_of(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    if slug.len() > MAX_SLUG {
        slug.truncate(MAX_SLUG);
        if let Some(cut) = slug.rfind('-').filter(|&i| i > MAX_SLUG / 2) {
            slug.truncate(cut);
        }
    }
    let slug = slug.trim_matches('-').to_string();
    if slug.is_empty() {
        "article".to_string()
    } else {
        slug
    }
}

/// `base`, or `base-2`, `base-3`, … : the first that `taken` says is free.
pub(crate) fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).expect("some number is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_ids() {
        assert_eq!(slug_of("Iowa Guard Soldiers Return — Again!"), "iowa-guard-soldiers-return-again");
        assert_eq!(slug_of("«»"), "article");
        assert_eq!(slug_of("Café 2024"), "caf-2024");
        let long = slug_of(&"word ".repeat(30));
        assert!(long.len() <= MAX_SLUG && !long.ends_with('-'), "{long}");
        for title in ["", "../etc/passwd", "<script>", "a\u{0}b", &"x".repeat(200)] {
            assert!(is_valid_id(&slug_of(title)), "{title:?}");
        }
    }

    #[test]
    fn ids_are_made_unique_by_a_number() {
        let taken = ["a", "a-2"];
        assert_eq!(unique_id("a", |id| taken.contains(&id)), "a-3");
        assert_eq!(unique_id("b", |id| taken.contains(&id)), "b");
    }

    #[test]
    fn valid_ids_are_ascii_words() {
        assert!(is_valid_id("a-1_B"));
        for bad in ["", "a b", "a/b", "é", "a.b"] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
    }
}
