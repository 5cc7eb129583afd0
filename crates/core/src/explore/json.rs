//! The little JSON the embedding protocol needs: a strict reader (RFC 8259, nesting at most 127
//! deep, as serde_json) and string quoting for the messages written. Written by hand so the page's
//! wasm carries no general JSON library (measured: about 8 KB brotli, BENCHMARKS.md).

/// A JSON value. Numbers keep their text: the protocol only asks whether one is a whole number.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json {
    /// `null`, `true` or `false`, or a number's text.
    Atom(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members in order (a repeated key: the last one counts).
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Reads one JSON value filling the whole text (whitespace around it allowed); `None` when
    /// the text is not JSON.
    pub(crate) fn parse(text: &str) -> Option<Json> {
        let mut reader = Reader { bytes: text.as_bytes(), at: 0 };
        let value = reader.value(0)?;
        reader.skip_space();
        (reader.at == reader.bytes.len()).then_some(value)
    }

    /// The member `key` of an object (the last one of that name).
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A string's text.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number written without sign, fraction or exponent.
    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Atom(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }
}

/// Deepest nesting read (serde_json's limit).
const MAX_DEPTH: usize = 127;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` (after whitespace) if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let next = self.peek() == Some(byte);
        self.at += usize::from(next);
        next
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_space();
        match self.peek()? {
            b'{' if depth < MAX_DEPTH => self.object(depth + 1),
            b'[' if depth < MAX_DEPTH => self.array(depth + 1),
            b'"' => self.string().map(Json::String),
            b'-' | b'0'..=b'9' => self.number(),
            _ => ["null", "true", "false"].into_iter().find_map(|word| self.word(word)),
        }
    }

    fn word(&mut self, word: &str) -> Option<Json> {
        let found = self.bytes[self.at..].starts_with(word.as_bytes());
        self.at += if found { word.len() } else { 0 };
        found.then(|| Json::Atom(word.to_string()))
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Some(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return None;
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return None;
            }
            members.push((key, self.value(depth)?));
            if self.eat(b'}') {
                return Some(Json::Object(members));
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Some(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.eat(b']') {
                return Some(Json::Array(items));
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text.
    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        self.at += usize::from(self.peek() == Some(b'-'));
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            self.at += usize::from(matches!(self.peek(), Some(b'+' | b'-')));
            self.some_digits()?;
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
        Some(Json::Atom(text.to_string()))
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    /// A string starting at its opening quote, unescaped.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let byte = self.peek()?;
            self.at += 1;
            match byte {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let c = self.escape()?;
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => return None,
                _ => out.push(byte),
            }
        }
    }

    /// The character of an escape, after its backslash.
    fn escape(&mut self) -> Option<char> {
        let byte = self.peek()?;
        self.at += 1;
        Some(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xdc00..0xe000).contains(&first) {
                    return None;
                }
                if !(0xd800..0xdc00).contains(&first) {
                    return char::from_u32(first);
                }
                if !self.bytes[self.at..].starts_with(b"\\u") {
                    return None;
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xdc00..0xe000).contains(&second) {
                    return None;
                }
                char::from_u32(0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00))?
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        self.at += 4;
        digits.iter().try_fold(0, |n, &b| Some(n * 16 + char::from(b).to_digit(16)?))
    }
}

/// `text` as a JSON string, quoted and escaped (as serde_json writes it).
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[c as usize >> 4]));
                out.push(char::from(HEX[c as usize & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_serde(v: &serde_json::Value) -> Json {
        use serde_json::Value;
        match v {
            Value::Null => Json::Atom("null".into()),
            Value::Bool(b) => Json::Atom(b.to_string()),
            Value::Number(_) => Json::Atom(String::new()),
            Value::String(s) => Json::String(s.clone()),
            Value::Array(items) => Json::Array(items.iter().map(from_serde).collect()),
            Value::Object(map) => Json::Object(map.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect()),
        }
    }

    /// Numbers compared by whether they are JSON, not by value; objects by their sorted members.
    fn normal(json: Json) -> Json {
        match json {
            Json::Atom(a) if a.starts_with(['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) => {
                Json::Atom(String::new())
            }
            Json::Array(items) => Json::Array(items.into_iter().map(normal).collect()),
            Json::Object(members) => {
                let mut last: Vec<(String, Json)> = Vec::new();
                for (k, v) in members {
                    last.retain(|(key, _)| *key != k);
                    last.push((k, normal(v)));
                }
                last.sort_by(|a, b| a.0.cmp(&b.0));
                Json::Object(last)
            }
            other => other,
        }
    }

    #[test]
    fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
        let texts = [
            r#"{"factlens":1,"type":"open","fact":"x"}"#,
            r#" { "a" : [1, -0, 2.5e-3, 1E+2, true, false, null, {}, []] , "a": "last" } "#,
            r#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00""#,
            "\"caf\u{e9} \u{1f600}\"",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "{\"a\" 1}",
            "[",
            "]",
            "",
            "nul",
            "truee",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"a\nb\"",
            "\"\\u12\"",
            "1 2",
            "\"unterminated",
            "{\"a\":1}}",
            "[[[]]]",
        ];
        for text in texts {
            let ours = Json::parse(text).map(normal);
            let theirs = serde_json::from_str::<serde_json::Value>(text).ok().map(|v| normal(from_serde(&v)));
            assert_eq!(ours.is_some(), theirs.is_some(), "{text:?}: {ours:?} against {theirs:?}");
            if let (Some(ours), Some(theirs)) = (ours, theirs) {
                assert_eq!(ours, theirs, "{text:?}");
            }
        }
    }

    proptest::proptest! {
        /// Random texts over JSON's own characters: JSON for both readers or for neither.
        #[test]
        fn agrees_with_serde_json_on_random_texts(text in r#"[\[\]{}":,0-9eE.+\-truefalsn\\/u ]{0,24}"#) {
            let ours = Json::parse(&text).map(normal);
            let theirs = serde_json::from_str::<serde_json::Value>(&text).ok().map(|v| normal(from_serde(&v)));
            proptest::prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn nests_at_most_127_deep_like_serde_json() {
        for depth in [127, 128, 129, 1000] {
            let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let ours = Json::parse(&text).is_some();
            let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            assert_eq!(ours, theirs, "depth {depth}");
        }
    }

    #[test]
    fn whole_numbers_only_as_u64() {
        let get = |t: &str| Json::parse(t).and_then(|j| j.as_u64());
        assert_eq!(get("1"), Some(1));
        assert_eq!(get("1.0"), None);
        assert_eq!(get("1e0"), None);
        assert_eq!(get("-1"), None);
        assert_eq!(get("\"1\""), None);
        assert_eq!(get("99999999999999999999"), None);
    }

    #[test]
    fn quotes_as_serde_json_does() {
        for text in
            ["plain", "q\"uo\\te", "line\nbreak\ttab\r\u{8}\u{c}", "\u{1}\u{1f}\u{7f}", "é 😀 </script>"]
        {
            assert_eq!(quoted(text), serde_json::to_string(text).unwrap(), "{text:?}");
        }
    }
}
