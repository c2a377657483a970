//! The canonical serialisation every event hash is computed over.

use std::ops::Range;

use serde_json::Value;

/// The canonical text of a JSON value: what event hashes are computed over, and how events are stored.
///
/// Canonical JSON (in the style of RFC 8785, JCS):
/// - no whitespace anywhere outside strings;
/// - object members sorted by key, comparing keys as UTF-16 code units (as JCS and JavaScript do);
/// - strings: `"` and `\` escaped as `\"` and `\\`; U+0008, U+0009, U+000A, U+000C, U+000D as `\b`, `\t`, `\n`,
///   `\f`, `\r`; every other control character below U+0020 as `\u00xx` with lowercase hex; everything else
///   (including all Chinese text and `/`) written literally as UTF-8;
/// - integers in plain decimal (`-12`, `0`, `18446744073709551615`); `true`, `false`, `null` as is;
/// - non-integer numbers as `serde_json` writes them (the event schema has none).
///
/// An event's hash is the SHA-256 of the canonical text of its stored JSON object without the `hash` member; the
/// stored text is the canonical text of the whole object. Written here rather than with `serde_json::to_string`,
/// whose member order depends on a cargo feature (`preserve_order`) that any other crate in the build could
/// switch on.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::with_capacity(1024);
    write_value(&mut out, value);
    out
}

/// The canonical text of a JSON object without some of its members, without copying the object: what an event's
/// hash is computed over (the object without `hash`), and a bundle's digest (without `digest` and `signature`).
pub(crate) fn canonical_json_excluding(object: &serde_json::Map<String, Value>, excluded: &[&str]) -> String {
    let mut out = String::with_capacity(1024);
    write_object(&mut out, object.iter().filter(|(key, _)| !excluded.contains(&key.as_str())));
    out
}

/// The canonical text of a JSON object, and the byte range to cut from it to leave the canonical text without
/// `member` (the member and one separating comma; `None` if there is no such member). Reading a stored event needs
/// both texts (the stored one to check, the one without `hash` to hash): this makes them in one serialisation.
pub(crate) fn canonical_object_with_cut(
    object: &serde_json::Map<String, Value>,
    member: &str,
) -> (String, Option<Range<usize>>) {
    let mut out = String::with_capacity(1024);
    let cut = write_object_marking(&mut out, object.iter(), Some(member));
    (out, cut)
}

fn write_object<'a>(out: &mut String, members: impl Iterator<Item = (&'a String, &'a Value)>) {
    write_object_marking(out, members, None);
}

/// Writes an object's canonical text; returns the range [`canonical_object_with_cut`] describes for `marked`.
fn write_object_marking<'a>(
    out: &mut String,
    members: impl Iterator<Item = (&'a String, &'a Value)>,
    marked: Option<&str>,
) -> Option<Range<usize>> {
    let mut sorted: Vec<(&String, &Value)> = members.collect();
    sorted.sort_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
    let count = sorted.len();
    let mut cut = None;
    out.push('{');
    for (i, (key, member)) in sorted.into_iter().enumerate() {
        let separator_start = out.len();
        if i > 0 {
            out.push(',');
        }
        let member_start = out.len();
        write_string(out, key);
        out.push(':');
        write_value(out, member);
        if marked == Some(key.as_str()) {
            cut = Some(match i {
                0 if count > 1 => member_start..out.len() + 1, // with the comma the next member writes
                0 => member_start..out.len(),
                _ => separator_start..out.len(),
            });
        }
    }
    out.push('}');
    cut
}

fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(members) => write_object(out, members.iter()),
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    // Copy runs of characters that need no escape in one go; every escaped character is ASCII.
    let mut run_start = 0;
    for (index, byte) in s.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0c => "\\f",
            b'\r' => "\\r",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[run_start..index]);
        if escape.is_empty() {
            out.push_str(&format!("\\u{byte:04x}"));
        } else {
            out.push_str(escape);
        }
        run_start = index + 1;
    }
    out.push_str(&s[run_start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn sorts_keys_at_every_level_without_whitespace() {
        let v = json!({"b": 1, "a": {"z": [true, null], "y": "文"}, "A": -3});
        assert_eq!(canonical_json(&v), r#"{"A":-3,"a":{"y":"文","z":[true,null]},"b":1}"#);
    }

    #[test]
    fn escapes_only_what_jcs_escapes() {
        let v = json!("引号\"反斜\\/\u{1}\u{8}\t\n\u{c}\r\u{1f}\u{7f}");
        assert_eq!(canonical_json(&v), "\"引号\\\"反斜\\\\/\\u0001\\b\\t\\n\\f\\r\\u001f\u{7f}\"");
    }

    #[test]
    fn orders_keys_by_utf16_code_units_not_by_utf8_bytes() {
        // U+FF21 (Ａ) is one UTF-16 unit 0xFF21; U+1F600 is the surrogate pair 0xD83D 0xDE00. UTF-8 byte order
        // would put U+FF21 first (EF < F0); UTF-16 order puts the emoji first (D83D < FF21).
        let v = json!({"Ａ": 1, "😀": 2});
        assert_eq!(canonical_json(&v), r#"{"😀":2,"Ａ":1}"#);
    }

    fn cut(text: &str, range: Option<Range<usize>>) -> String {
        match range {
            Some(range) => format!("{}{}", &text[..range.start], &text[range.end..]),
            None => text.to_string(),
        }
    }

    #[test]
    fn the_cut_removes_a_member_first_last_in_the_middle_or_alone() {
        for v in [
            json!({"a": 1, "hash": "x", "z": [2]}),
            json!({"hash": "x", "z": 2}),
            json!({"a": 1, "hash": "x"}),
            json!({"hash": "x"}),
            json!({"a": {"hash": 1}}),
        ] {
            let Value::Object(object) = &v else { unreachable!() };
            let (text, range) = canonical_object_with_cut(object, "hash");
            assert_eq!(text, canonical_json(&v));
            assert_eq!(cut(&text, range), canonical_json_excluding(object, &["hash"]), "{v}");
        }
    }

    proptest! {
        #[test]
        fn the_cut_text_is_the_canonical_text_without_the_member(
            entries in proptest::collection::btree_map("[a-z]{0,3}|hash", (any::<i64>(), "\\PC{0,8}"), 0..6)
        ) {
            let object: serde_json::Map<String, Value> =
                entries.into_iter().map(|(k, (n, s))| (k, json!({"hash": n, "s": s}))).collect();
            let (text, range) = canonical_object_with_cut(&object, "hash");
            prop_assert_eq!(&text, &canonical_json(&Value::Object(object.clone())));
            prop_assert_eq!(cut(&text, range), canonical_json_excluding(&object, &["hash"]));
        }

        #[test]
        fn canonical_text_parses_back_to_the_same_value_and_is_a_fixed_point(
            entries in proptest::collection::btree_map("\\PC{0,6}", (any::<i64>(), "\\PC{0,8}"), 0..6)
        ) {
            let v = Value::Object(entries.into_iter().map(|(k, (n, s))| (k, json!([n, s]))).collect());
            let text = canonical_json(&v);
            let back: Value = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&back, &v);
            prop_assert_eq!(canonical_json(&back), text);
        }
    }
}
