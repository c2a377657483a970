//! Recognising canonical text without parsing it: a single pass over the bytes that says "this text is exactly what
//! [`super::canonical_json`] writes for the JSON it holds" — or gives up. Reading thousands of stored events (a
//! journal's start-up, a bundle) then needs no parse-and-reserialise round trip to check their spelling and find
//! what their hash covers.
//!
//! The scan is conservative: it answers `Some` only for text it is certain is canonical, and `None` for anything
//! else, including canonical text it does not bother to recognise (keys with escapes, nesting deeper than
//! [`MAX_DEPTH`]). Callers then take the slow path, which decides exactly.

use std::cmp::Ordering;
use std::ops::Range;

/// Nesting deeper than this is left to the slow path (which has serde_json's own limit).
const MAX_DEPTH: usize = 64;

/// If `text` is certainly a canonical JSON object, the byte range to cut to leave its canonical text without the
/// top-level `member` (as [`super::canonical::canonical_object_with_cut`] gives it: `Some(None)` when there is no
/// such member). `None` when the text is not canonical or not recognised as such.
pub(crate) fn canonical_object_cut(text: &str, member: &str) -> Option<Option<Range<usize>>> {
    let mut scan = Scan { bytes: text.as_bytes(), at: 0 };
    if scan.peek() != Some(b'{') {
        return None;
    }
    let cut = scan.object(0, Some(member))?;
    (scan.at == scan.bytes.len()).then_some(cut)
}

/// Whether `token` (a JSON string token, quotes included) is spelled exactly as the canonical writer spells the
/// string it holds.
pub(crate) fn is_canonical_string_token(token: &str) -> bool {
    let mut scan = Scan { bytes: token.as_bytes(), at: 0 };
    scan.string().is_some() && scan.at == token.len()
}

struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Scan<'a> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    #[inline(always)]
    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    fn value(&mut self, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'{' => self.object(depth, None).map(drop),
            b'[' => self.array(depth),
            b'"' => self.string().map(drop),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'-' | b'0'..=b'9' => self.integer(),
            _ => None,
        }
    }

    /// An object whose members are in strictly increasing key order (so no key repeats); returns the cut for
    /// `marked`.
    fn object(&mut self, depth: usize, marked: Option<&str>) -> Option<Option<Range<usize>>> {
        self.expect(b'{')?;
        if self.expect(b'}').is_some() {
            return Some(None);
        }
        let mut previous: Option<&str> = None;
        let mut cut = None;
        let mut index = 0;
        loop {
            let member_start = self.at;
            let key = self.key()?;
            if previous.is_some_and(|p| utf16_order(p, key) != Ordering::Less) {
                return None;
            }
            previous = Some(key);
            self.expect(b':')?;
            self.value(depth + 1)?;
            let member_end = self.at;
            let last = self.peek()? == b'}';
            if marked == Some(key) {
                cut = Some(match (index, last) {
                    (0, false) => member_start..member_end + 1, // with the comma that follows
                    (0, true) => member_start..member_end,
                    _ => member_start - 1..member_end, // with the comma before
                });
            }
            self.at += 1;
            if last {
                return Some(cut);
            }
            if self.bytes[self.at - 1] != b',' {
                return None;
            }
            index += 1;
        }
    }

    /// A key without escapes (keys with escapes are left to the slow path); returns its text.
    fn key(&mut self) -> Option<&'a str> {
        let start = self.at;
        self.string()?;
        let inner = &self.bytes[start + 1..self.at - 1];
        if inner.contains(&b'\\') {
            return None;
        }
        std::str::from_utf8(inner).ok()
    }

    fn array(&mut self, depth: usize) -> Option<()> {
        self.expect(b'[')?;
        if self.expect(b']').is_some() {
            return Some(());
        }
        loop {
            self.value(depth + 1)?;
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// A string spelled canonically: `"` and `\` escaped, the five short escapes for their control characters,
    /// `\u00xx` (lowercase) for the other control characters, everything else literal.
    fn string(&mut self) -> Option<()> {
        self.expect(b'"')?;
        loop {
            // Skip the literal run in one go: only `"`, `\` and control characters need a look.
            let rest = &self.bytes[self.at..];
            let special = rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
            let byte = rest[special];
            self.at += special + 1;
            match byte {
                b'"' => return Some(()),
                b'\\' => {
                    let escape = self.peek()?;
                    self.at += 1;
                    match escape {
                        b'"' | b'\\' | b'b' | b't' | b'n' | b'f' | b'r' => {}
                        b'u' => {
                            let hex = self.bytes.get(self.at..self.at + 4)?;
                            self.at += 4;
                            let lower_hex = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
                            if !hex.iter().all(lower_hex) {
                                return None;
                            }
                            let code = u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
                            if code >= 0x20 || matches!(code, 0x08 | 0x09 | 0x0a | 0x0c | 0x0d) {
                                return None;
                            }
                        }
                        _ => return None,
                    }
                }
                _ => return None, // a control character
            }
        }
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        let found = self.bytes.get(self.at..self.at + word.len())?;
        (found == word).then(|| self.at += word.len())
    }

    /// An integer in plain decimal that serde_json reads as an integer (`-0` and out-of-range values read as
    /// floats, so they are left to the slow path); no fraction or exponent.
    fn integer(&mut self) -> Option<()> {
        let start = self.at;
        self.expect(b'-').unwrap_or(());
        let digits_start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        let digits = &self.bytes[digits_start..self.at];
        if digits.is_empty() || (digits[0] == b'0' && digits.len() > 1) {
            return None;
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
        let fits = if digits_start > start {
            text != "-0" && text.parse::<i64>().is_ok()
        } else {
            text.parse::<u64>().is_ok()
        };
        fits.then_some(())
    }
}

/// Key order as the canonical writer sorts: by UTF-16 code units (the same as byte order for ASCII keys).
fn utf16_order(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() { a.cmp(b) } else { a.encode_utf16().cmp(b.encode_utf16()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::canonical::canonical_object_with_cut;
    use crate::journal::canonical_json;
    use proptest::prelude::*;
    use serde_json::{Value, json};

    /// What the exact (parse and re-serialise) path says about `text`.
    fn exact(text: &str, member: &str) -> Option<Option<Range<usize>>> {
        let Ok(Value::Object(object)) = serde_json::from_str::<Value>(text) else { return None };
        let (canonical, cut) = canonical_object_with_cut(&object, member);
        (canonical == text).then_some(cut)
    }

    #[test]
    fn recognises_what_the_writer_writes_and_cuts_the_same_member() {
        for v in [
            json!({}),
            json!({"hash": "x"}),
            json!({"a": 1, "hash": "x", "z": [2, -3, true, false, null, {}, []]}),
            json!({"hash": "x", "z": {"hash": "inner"}}),
            json!({"a": "引号\"反斜\\/\u{1}\u{8}\t\n\u{c}\r\u{1f}\u{7f}", "hash": u64::MAX, "m": i64::MIN}),
            json!({"Ａ": 1, "😀": 2, "hash": 0}),
        ] {
            let text = canonical_json(&v);
            assert_eq!(canonical_object_cut(&text, "hash"), exact(&text, "hash"), "{text}");
            assert!(canonical_object_cut(&text, "hash").is_some(), "{text}");
        }
    }

    #[test]
    fn refuses_every_other_spelling() {
        for text in [
            r#"{"a":1 }"#,
            r#"{ "a":1}"#,
            r#"{"b":1,"a":2}"#,
            r#"{"a":1,"a":1}"#,
            r#"{"a":"\u0041"}"#,
            r#"{"a":"\u001F"}"#,
            r#"{"a":"\u0009"}"#,
            r#"{"a":"\/"}"#,
            r#"{"a":1.0}"#,
            r#"{"a":1e2}"#,
            r#"{"a":-0}"#,
            r#"{"a":01}"#,
            r#"{"a":18446744073709551616}"#,
            r#"{"a":-9223372036854775809}"#,
            r#"{"a":1}x"#,
            r#"{"a":1"#,
            r#"{"a":[1,]}"#,
            r#"{"a\u0062":1}"#,
            "{\"a\":\"\u{1}\"}",
            "[1]",
            "",
        ] {
            assert_eq!(canonical_object_cut(text, "hash"), None, "{text}");
        }
        assert!(is_canonical_string_token(r#""a\"b\\c\u0001\n""#));
        for token in [r#""\u0041""#, r#""a"#, r#""a"b""#, r#""\/""#, "\"\u{0}\""] {
            assert!(!is_canonical_string_token(token), "{token}");
        }
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            "\\PC{0,6}|[\"\\\\\u{0}-\u{1f}a]{0,4}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 32, 5, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                proptest::collection::btree_map("hash|[a-z]{0,2}|\\PC{0,3}", inner, 0..5)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// The scan agrees with the exact path on canonical texts and on texts with one byte changed: whenever it
        /// answers, its answer is the exact one.
        #[test]
        fn whenever_the_scan_answers_it_agrees_with_parsing_and_reserialising(
            members in proptest::collection::btree_map("hash|[a-z]{0,2}|\\PC{0,3}", json_value(), 0..5),
            position in any::<prop::sample::Index>(),
            byte in any::<u8>(),
        ) {
            let text = canonical_json(&Value::Object(members.into_iter().collect()));
            // Only keys with escapes (`"` or `\` in a key) are left unrecognised.
            let scanned = canonical_object_cut(&text, "hash");
            prop_assert!(scanned.is_some() || text.contains('\\'), "{}", text);
            if scanned.is_some() {
                prop_assert_eq!(scanned, exact(&text, "hash"));
            }
            let mut bytes = text.into_bytes();
            let i = position.index(bytes.len());
            bytes[i] = byte;
            if let Ok(mutated) = String::from_utf8(bytes)
                && let Some(cut) = canonical_object_cut(&mutated, "hash")
            {
                prop_assert_eq!(Some(cut), exact(&mutated, "hash"), "{}", mutated);
            }
        }
    }
}
