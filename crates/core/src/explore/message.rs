//! The embedding protocol (version 1): messages between an embedded explorer and its host page.
//!
//! Every message is a JSON object with `factlens: 1` and a `type`:
//!
//! - explorer → host: `{factlens: 1, type: "state", query}` on every state change,
//!   `{factlens: 1, type: "select", fact: {id, kind, name}}` when a fact is opened,
//!   `{factlens: 1, type: "resize", height}` when the content height changes (iframes).
//! - host → explorer: `{factlens: 1, type: "set-filters", query}`, `{factlens: 1, type: "open", fact}`,
//!   and `{factlens: 1, type: "hello"}`, which an iframe answers with its current `state` and
//!   `resize` (for a host whose listener started after the explorer's first messages).
//!
//! The explorer acts only on messages from trusted origins (its parent page's, and those given in
//! `host=`), and ignores messages of the wrong shape, version or size.

use std::fmt;

use super::json::{quoted, Json};
use crate::model::FactKind;

/// The protocol version.
pub(crate) const PROTOCOL: u64 = 1;
/// The largest message accepted, in bytes of JSON.
pub(crate) const MAX_MESSAGE_BYTES: usize = 4096;

/// What a host asks the explorer to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Show the view of this query string (facets, search, sort); the embedding settings stay.
    SetFilters(String),
    /// Open the details of this fact.
    Open(String),
    /// Send the current state (and, in an iframe, height) again.
    Hello,
}

/// Why a message was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// It came from an origin that is not trusted.
    Origin(String),
    /// It is larger than the largest message accepted (4096 bytes of JSON).
    Size(usize),
    /// It is not a factlens message (no `factlens` field): other scripts' messages, silently skipped.
    Foreign,
    /// It has another protocol version.
    Version,
    /// A field is missing or has the wrong type.
    Shape(&'static str),
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::Origin(o) => write!(f, "from an untrusted origin ({o})"),
            Rejection::Size(n) => write!(f, "too large ({n} bytes, at most {MAX_MESSAGE_BYTES})"),
            Rejection::Foreign => f.write_str("not a factlens message"),
            Rejection::Version => write!(f, "not protocol version {PROTOCOL}"),
            Rejection::Shape(why) => write!(f, "malformed: {why}"),
        }
    }
}

/// Checks a message received from `origin` (its JSON text) and returns the command it carries.
pub fn accept_message(origin: &str, trusted: &[String], data_json: &str) -> Result<Command, Rejection> {
    if data_json.len() > MAX_MESSAGE_BYTES {
        return Err(Rejection::Size(data_json.len()));
    }
    let Some(object @ Json::Object(_)) = Json::parse(data_json) else { return Err(Rejection::Foreign) };
    let Some(version) = object.get("factlens") else { return Err(Rejection::Foreign) };
    if !trusted.iter().any(|t| t == origin) {
        return Err(Rejection::Origin(origin.chars().take(100).collect()));
    }
    if version.as_u64() != Some(PROTOCOL) {
        return Err(Rejection::Version);
    }
    match object.get("type").and_then(Json::as_str) {
        Some("set-filters") => match object.get("query").and_then(Json::as_str) {
            Some(query) if query.len() <= 2000 => Ok(Command::SetFilters(query.to_string())),
            Some(_) => Err(Rejection::Shape("query longer than 2000 bytes")),
            None => Err(Rejection::Shape("set-filters needs a string `query`")),
        },
        Some("open") => match object.get("fact").and_then(Json::as_str) {
            Some(id) if !id.is_empty() && id.len() <= 200 => Ok(Command::Open(id.to_string())),
            _ => Err(Rejection::Shape("open needs a string `fact` (an id)")),
        },
        Some("hello") => Ok(Command::Hello),
        Some(_) => Err(Rejection::Shape("unknown `type`")),
        None => Err(Rejection::Shape("no string `type`")),
    }
}

/// Where an embedded frame posts its messages: its parent page's origin when it is known, else the
/// trusted `host=` origins (the browser delivers a message only where the target is the parent's
/// actual origin). Never `*`: with no known origin, nothing is posted. Only `http(s)://host[:port]`
/// origins count (a sandboxed parent's `null` does not).
pub fn post_targets(parent_origin: Option<&str>, hosts: &[String]) -> Vec<String> {
    match parent_origin.filter(|o| is_web_origin(o)) {
        Some(origin) => vec![origin.to_string()],
        None => hosts.iter().filter(|h| is_web_origin(h)).cloned().collect(),
    }
}

/// Whether `text` is an origin of a web page: `http://` or `https://`, a host, an optional port.
fn is_web_origin(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://")) else {
        return false;
    };
    let host = rest.rsplit_once(':').map_or(rest, |(host, port)| {
        if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
            host
        } else {
            ""
        }
    });
    !host.is_empty() && !rest.contains(['/', '?', '#', '@', '*', ' '])
}

/// `{factlens: 1, type: "state", query}` (members in name order, as before).
pub fn state_message(query: &str) -> String {
    format!(r#"{{"factlens":{PROTOCOL},"query":{},"type":"state"}}"#, quoted(query))
}

/// `{factlens: 1, type: "select", fact: {id, kind, name}}`.
pub fn select_message(id: &str, kind: FactKind, name: &str) -> String {
    let fact = format!(r#"{{"id":{},"kind":{},"name":{}}}"#, quoted(id), quoted(kind.as_str()), quoted(name));
    format!(r#"{{"fact":{fact},"factlens":{PROTOCOL},"type":"select"}}"#)
}

/// `{factlens: 1, type: "resize", height}`.
pub fn resize_message(height: u32) -> String {
    format!(r#"{{"factlens":{PROTOCOL},"height":{height},"type":"resize"}}"#)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;
    use serde_json::{json, Value};

    const HOST: &str = "https://news.example";

    fn trusted() -> Vec<String> {
        vec![HOST.to_string()]
    }

    #[test]
    fn accepts_the_commands_from_trusted_origins() {
        assert_eq!(
            accept_message(
                HOST,
                &trusted(),
                r#"{"factlens":1,"type":"set-filters","query":"kind=official"}"#
            ),
            Ok(Command::SetFilters("kind=official".into()))
        );
        assert_eq!(
            accept_message(
                HOST,
                &trusted(),
                r#"{"factlens":1,"type":"open","fact":"official/x","extra":true}"#
            ),
            Ok(Command::Open("official/x".into()))
        );
        assert_eq!(accept_message(HOST, &trusted(), r#"{"factlens":1,"type":"hello"}"#), Ok(Command::Hello));
    }

    #[test]
    fn ignores_wrong_origin_version_shape_and_size() {
        let good = r#"{"factlens":1,"type":"open","fact":"x"}"#;
        assert!(matches!(
            accept_message("https://evil.example", &trusted(), good),
            Err(Rejection::Origin(_))
        ));
        assert_eq!(
            accept_message(HOST, &trusted(), r#"{"factlens":2,"type":"open","fact":"x"}"#),
            Err(Rejection::Version)
        );
        assert_eq!(
            accept_message(HOST, &trusted(), r#"{"factlens":"1","type":"open","fact":"x"}"#),
            Err(Rejection::Version)
        );
        assert!(matches!(
            accept_message(HOST, &trusted(), r#"{"factlens":1,"type":"open","fact":7}"#),
            Err(Rejection::Shape(_))
        ));
        assert!(matches!(
            accept_message(HOST, &trusted(), r#"{"factlens":1,"type":"reload"}"#),
            Err(Rejection::Shape(_))
        ));
        assert_eq!(accept_message(HOST, &trusted(), r#""hello""#), Err(Rejection::Foreign));
        assert_eq!(
            accept_message(HOST, &trusted(), r#"{"source":"react-devtools"}"#),
            Err(Rejection::Foreign)
        );
        let big = format!(r#"{{"factlens":1,"type":"set-filters","query":"{}"}}"#, "q".repeat(5000));
        assert!(matches!(accept_message(HOST, &trusted(), &big), Err(Rejection::Size(_))));
    }

    #[test]
    fn trusts_exact_origins_only() {
        let good = r#"{"factlens":1,"type":"open","fact":"x"}"#;
        for untrusted in [
            "https://news.example.evil.test",
            "https://news.example:8443",
            "http://news.example",
            "https://evil.test/https://news.example",
            "null",
            "",
            "HTTPS://NEWS.EXAMPLE",
        ] {
            assert!(
                matches!(accept_message(untrusted, &trusted(), good), Err(Rejection::Origin(_))),
                "{untrusted:?}"
            );
        }
        // A `host=` origin is trusted like the parent's.
        let hosts = vec![HOST.to_string(), "https://a.example:8080".to_string()];
        assert_eq!(accept_message("https://a.example:8080", &hosts, good), Ok(Command::Open("x".into())));
    }

    #[test]
    fn posts_only_to_known_origins_never_to_any() {
        let hosts = vec!["https://a.example".to_string(), "*".to_string(), "null".to_string()];
        assert_eq!(post_targets(Some(HOST), &hosts), [HOST]);
        assert_eq!(post_targets(Some("http://127.0.0.1:8080"), &[]), ["http://127.0.0.1:8080"]);
        assert_eq!(post_targets(None, &hosts), ["https://a.example"], "unknown parent: the host= origins");
        assert_eq!(post_targets(Some("null"), &hosts), ["https://a.example"], "a sandboxed parent");
        assert!(post_targets(None, &[]).is_empty(), "nothing known: nothing posted");
        for bad in
            ["*", "null", "", "https://", "https://a.example/path", "ftp://a.example", "https://a.example:x"]
        {
            assert!(post_targets(Some(bad), &[]).is_empty(), "{bad:?}");
        }
    }

    #[test]
    fn writes_the_outgoing_messages() {
        let v: Value =
            serde_json::from_str(&select_message("a/b", FactKind::Entity(EntityKind::Official), "N"))
                .unwrap();
        assert_eq!(v["fact"]["kind"], "official");
        assert_eq!(serde_json::from_str::<Value>(&state_message("kind=unit")).unwrap()["type"], "state");
        // Byte for byte what serde_json's `json!` wrote before.
        let name = "Gen. \"Q\" \\ é\n";
        assert_eq!(
            select_message("a/b", FactKind::Entity(EntityKind::Official), name),
            json!({ "factlens": 1, "type": "select", "fact": { "id": "a/b", "kind": "official", "name": name } })
                .to_string()
        );
        assert_eq!(
            state_message("q=a&b=\"c\""),
            json!({ "factlens": 1, "type": "state", "query": "q=a&b=\"c\"" }).to_string()
        );
        assert_eq!(
            resize_message(812),
            json!({ "factlens": 1, "type": "resize", "height": 812 }).to_string()
        );
    }
}
