//! The explorer's state as a URL query string: parsing that never fails, and printing.
//!
//! Every view of the explorer is a query string of one page, so any static host serves it and a
//! link restores it exactly. Parsing keeps what it can use and reports what it ignored;
//! `parse(print(state)) == state` for every state.

use std::fmt;

use super::order::sorted_by;
use crate::facets::Facet;

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best text match first; without text, the facts most articles support.
    #[default]
    Relevance,
    /// By name or summary, A to Z.
    Name,
    /// Events by date, earliest first; undated facts last.
    Date,
}

impl Sort {
    /// Every order, in menu order.
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Name, Sort::Date];

    /// The URL value.
    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Name => "name",
            Sort::Date => "date",
        }
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Name => "Name",
            Sort::Date => "Date",
        }
    }
}

/// The colour scheme an embedder asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// The URL value.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything a URL can say about the explorer's view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    /// Selected values per facet, facets in `Facet::ALL` order, each facet at most once, values
    /// without repeats.
    pub filters: Vec<(Facet, Vec<String>)>,
    /// Text search.
    pub q: String,
    /// Result order.
    pub sort: Sort,
    /// The fact (entity or event id) whose details are open.
    pub open: Option<String>,
    /// The article open in the reader.
    pub doc: Option<String>,
    /// The passage highlighted in the reader, as code point offsets.
    pub at: Option<(usize, usize)>,
    /// Compact layout for embedding in an iframe.
    pub embed: bool,
    /// Colour scheme.
    pub theme: Theme,
    /// Origins, besides the parent page's, whose messages an embedded explorer accepts.
    pub hosts: Vec<String>,
    /// Where a host's own articles come from (`?src=`, read by the page's scripts): kept in every
    /// address the explorer writes, so a click, a reload or a copied link keeps those articles.
    pub src: Option<String>,
}

/// A part of a query string that parsing ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter name, as given (shortened).
    pub key: String,
    /// Why it was ignored.
    pub reason: String,
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A note about the link as a whole has no key: its reason is a sentence of its own.
        if self.key.is_empty() {
            write!(f, "{}", self.reason)
        } else {
            write!(f, "“{}”: {}", self.key, self.reason)
        }
    }
}

/// The longest value read; longer ones are ignored.
pub(crate) const MAX_VALUE_CHARS: usize = 200;
/// The most parameters read; the rest are ignored.
pub(crate) const MAX_PARAMS: usize = 100;
/// The most ignored parameters listed one by one; the rest are counted.
const MAX_LISTED: usize = 20;

fn shorten(s: &str) -> String {
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s.to_string()
    }
}

/// Removes control characters; trims white space.
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{feff}')
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Whether a string is an acceptable id (of an article or a fact).
fn id_like(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_VALUE_CHARS
        && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/'))
}

/// The parameters parsing ignored: the first ones listed, the rest counted.
#[derive(Default)]
struct Ignoring {
    listed: Vec<Ignored>,
    unlisted: usize,
}

impl Ignoring {
    /// Notes that parameter `key` was ignored, and why.
    fn note(&mut self, key: &str, reason: &str) {
        if self.listed.len() < MAX_LISTED {
            self.listed.push(Ignored { key: shorten(key), reason: reason.to_string() });
        } else {
            self.unlisted += 1;
        }
    }

    /// The list, closed by a count of those not listed.
    fn finish(mut self) -> Vec<Ignored> {
        if self.unlisted > 0 {
            self.listed
                .push(Ignored { key: String::new(), reason: format!("{} more not listed", self.unlisted) });
        }
        self.listed
    }
}

/// A parameter's name, cleaned; "kind[]" and "kind[0]" are read as "kind".
fn param_name(raw: &str) -> String {
    let key = clean(raw);
    match key.find('[') {
        Some(i) if key.ends_with(']') => key[..i].to_string(),
        _ => key,
    }
}

impl UrlState {
    /// Parses a query string (with or without the leading `?`). Never fails: what cannot be used
    /// is listed in the second value.
    pub fn parse(query: &str) -> (UrlState, Vec<Ignored>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = UrlState::default();
        let mut ignored = Ignoring::default();
        if form_urlencoded::parse(query.as_bytes()).nth(MAX_PARAMS).is_some() {
            ignored.listed.push(Ignored {
                key: String::new(),
                reason: format!(
                    "the link has more than {MAX_PARAMS} parameters; only the first {MAX_PARAMS} were read"
                ),
            });
        }
        for (raw_key, raw_value) in form_urlencoded::parse(query.as_bytes()).take(MAX_PARAMS) {
            let key = param_name(&raw_key);
            if raw_value.chars().count() > MAX_VALUE_CHARS {
                ignored.note(&key, &format!("value longer than {MAX_VALUE_CHARS} characters"));
                continue;
            }
            state.read(&key, clean(&raw_value), &mut ignored);
        }
        state.filters = sorted_by(std::mem::take(&mut state.filters), |a, b| a.0.cmp(&b.0));
        if state.at.is_some() && state.doc.is_none() {
            state.at = None;
            ignored.note("at", "a passage needs an article (doc)");
        }
        (state, ignored.finish())
    }

    /// Reads one parameter (its name and value cleaned) into this state, or notes why not.
    fn read(&mut self, key: &str, value: String, ignored: &mut Ignoring) {
        if let Some(facet) = Facet::from_key(key) {
            if value.is_empty() {
                return ignored.note(key, "empty value");
            }
            self.add_filter(facet, value);
            return;
        }
        match key {
            "q" => self.q = value,
            "sort" => match Sort::ALL.iter().find(|s| s.key() == value) {
                Some(s) => self.sort = *s,
                None => {
                    ignored.note(key, &format!("“{}” is not one of relevance, name, date", shorten(&value)))
                }
            },
            "open" if id_like(&value) => self.open = Some(value),
            "doc" if id_like(&value) => self.doc = Some(value),
            "open" | "doc" => ignored.note(key, "not an id"),
            "at" => match value.split_once('-').and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?))) {
                Some((a, b)) if a < b => self.at = Some((a, b)),
                _ => ignored.note(key, "not a passage of the form START-END"),
            },
            "embed" => self.embed = matches!(value.as_str(), "1" | "true" | "yes"),
            "theme" => match value.as_str() {
                "light" => self.theme = Theme::Light,
                "dark" => self.theme = Theme::Dark,
                "auto" => self.theme = Theme::Auto,
                _ => ignored.note(key, "not light, dark or auto"),
            },
            "host" => {
                let origin_like = (value.starts_with("https://") || value.starts_with("http://"))
                    && !value[value.find("//").map_or(0, |i| i + 2)..].contains('/');
                if !origin_like {
                    ignored.note(key, "not an origin such as https://example.org");
                } else if !self.hosts.contains(&value) {
                    self.hosts.push(value);
                }
            }
            "src" if !value.is_empty() => self.src = Some(value),
            "" | "src" => {}
            _ => ignored.note(key, "unknown parameter"),
        }
    }

    /// Adds a value to a facet's selection (in the order met, without repeats).
    fn add_filter(&mut self, facet: Facet, value: String) {
        let slot = match self.filters.iter().position(|(f, _)| *f == facet) {
            Some(i) => i,
            None => {
                self.filters.push((facet, Vec::new()));
                self.filters.len() - 1
            }
        };
        if !self.filters[slot].1.contains(&value) {
            self.filters[slot].1.push(value);
        }
    }

    /// The query string of this state, without `?`: parameters in a fixed order, defaults left out.
    pub fn print(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (facet, values) in &self.filters {
            for v in values {
                out.append_pair(facet.key(), v);
            }
        }
        if !self.q.is_empty() {
            out.append_pair("q", &self.q);
        }
        if self.sort != Sort::Relevance {
            out.append_pair("sort", self.sort.key());
        }
        if let Some(open) = &self.open {
            out.append_pair("open", open);
        }
        if let Some(doc) = &self.doc {
            out.append_pair("doc", doc);
        }
        if let Some((a, b)) = self.at {
            out.append_pair("at", &format!("{a}-{b}"));
        }
        if self.embed {
            out.append_pair("embed", "1");
        }
        if self.theme != Theme::Auto {
            out.append_pair("theme", self.theme.key());
        }
        for h in &self.hosts {
            out.append_pair("host", h);
        }
        if let Some(src) = &self.src {
            out.append_pair("src", src);
        }
        out.finish()
    }

    /// This state with a facet value added, or removed if it was selected. Results views close.
    pub fn toggled(&self, facet: Facet, value: &str) -> UrlState {
        let mut next = self.list_view();
        match next.filters.iter().position(|(f, _)| *f == facet) {
            Some(i) => {
                let values = &mut next.filters[i].1;
                match values.iter().position(|v| v == value) {
                    Some(j) => {
                        values.remove(j);
                    }
                    None => values.push(value.to_string()),
                }
                if values.is_empty() {
                    next.filters.remove(i);
                }
            }
            None => {
                next.filters.push((facet, vec![value.to_string()]));
                next.filters = sorted_by(std::mem::take(&mut next.filters), |a, b| a.0.cmp(&b.0));
            }
        }
        next
    }

    /// This state with every filter and the search removed.
    pub fn cleared(&self) -> UrlState {
        UrlState { filters: Vec::new(), q: String::new(), ..self.list_view() }
    }

    /// This state showing the result list (no open fact, no reader).
    pub fn list_view(&self) -> UrlState {
        UrlState { open: None, doc: None, at: None, ..self.clone() }
    }

    /// This state with a fact's details open.
    pub fn opened(&self, id: &str) -> UrlState {
        UrlState { open: Some(id.to_string()), doc: None, at: None, ..self.clone() }
    }

    /// This state with an article open in the reader at a passage.
    pub fn reading(&self, doc: &str, at: Option<(usize, usize)>) -> UrlState {
        UrlState { doc: Some(doc.to_string()), at, ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The selected values of a facet.
    fn selected(s: &UrlState, facet: Facet) -> &[String] {
        s.filters.iter().find(|(f, _)| *f == facet).map_or(&[], |(_, v)| v.as_slice())
    }

    #[test]
    fn reads_facets_search_and_views() {
        let (s, ignored) =
            UrlState::parse("?kind=unit&kind=event&q=Osborn+Kosovo&sort=date&open=official%2Fstephen-osborn");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(selected(&s, Facet::Kind), ["unit", "event"]);
        assert_eq!(s.q, "Osborn Kosovo");
        assert_eq!(s.sort, Sort::Date);
        assert_eq!(s.open.as_deref(), Some("official/stephen-osborn"));
        assert_eq!(UrlState::parse(&s.print()).0, s);
    }

    #[test]
    fn keeps_what_it_can_and_says_what_it_ignored() {
        let long = "x".repeat(5000);
        let query = format!(
            "kind[]=unit&colour=red&sort=sideways&at=9-3&kind=%ZZ&year={long}&q=%00tab%09&doc=..%2F..%2Fetc"
        );
        let (s, ignored) = UrlState::parse(&query);
        assert_eq!(selected(&s, Facet::Kind), ["unit", "%ZZ"]);
        assert_eq!(s.q, "tab");
        assert!(s.doc.is_none() && s.at.is_none());
        let keys: Vec<&str> = ignored.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["colour", "sort", "at", "year", "doc"]);
    }

    #[test]
    fn a_hosts_src_is_not_an_unknown_parameter() {
        let (s, ignored) = UrlState::parse("embed=1&src=https%3A%2F%2Fnews.example%2Farticles.toml");
        assert!(s.embed && ignored.is_empty());
        assert_eq!(s.src.as_deref(), Some("https://news.example/articles.toml"));
    }

    #[test]
    fn a_hosts_src_stays_in_every_address_the_explorer_writes() {
        let (s, _) = UrlState::parse("src=https%3A%2F%2Fnews.example%2Fa.toml&kind=unit");
        let src = "src=https%3A%2F%2Fnews.example%2Fa.toml";
        for next in [s.toggled(Facet::Kind, "official"), s.opened("e1"), s.cleared(), s.reading("d1", None)] {
            assert!(next.print().ends_with(src), "{}", next.print());
        }
        assert_eq!(UrlState::parse(&s.print()).0, s);
    }

    #[test]
    fn reads_only_the_first_parameters_and_says_so() {
        let query: Vec<String> = (0..300).map(|i| format!("p{i}={i}")).collect();
        let (s, ignored) = UrlState::parse(&format!("{}&kind=unit", query.join("&")));
        assert!(s.filters.is_empty(), "parameters past the first {MAX_PARAMS} are not read");
        assert_eq!(ignored.len(), MAX_LISTED + 1);
        assert_eq!(
            ignored[0].to_string(),
            format!("the link has more than {MAX_PARAMS} parameters; only the first {MAX_PARAMS} were read")
        );
        assert_eq!(ignored[1].key, "p0");
        assert_eq!(
            ignored.last().unwrap().reason,
            format!("{} more not listed", MAX_PARAMS - (MAX_LISTED - 1))
        );
    }

    #[test]
    fn toggling_adds_and_removes_values_and_closes_views() {
        let (s, _) = UrlState::parse("kind=unit&open=x&doc=000&at=1-2");
        let t = s.toggled(Facet::Kind, "place");
        assert_eq!(t.print(), "kind=unit&kind=place");
        assert_eq!(t.toggled(Facet::Kind, "unit").toggled(Facet::Kind, "place").print(), "");
        assert_eq!(s.cleared().print(), "");
    }
}
