//! The regulations quoted in comments across `src/` match the embedded text word for word.
//!
//! A quotation is a `//`, `///` or `//!` comment that starts with an article reference and then the text:
//! `第十条 局机关内部人员……` (the article) or `第八条（二）《行政处罚决定书》……` (one item). It runs on over the
//! following lines of the same kind of comment while they start with non-ASCII text (and do not start another
//! quotation), and ends at the first space: commentary after a quotation follows a space. Each passage, split at the
//! ellipses (`……`, `…`), must be found in that article (or item) of R1 or R2 exactly as embedded: only the comment's
//! line breaks are joined; nothing else is normalised, so the source's quirks (「可以可以」) stay in the comments.

use std::path::{Path, PathBuf};

use super::{R1, R2, chinese_number};

/// One quotation found in a comment.
#[derive(Debug, PartialEq, Eq)]
struct Quotation {
    /// The 1-based line it starts on.
    line: usize,
    /// The article number.
    article: u8,
    /// The item number, for `第N条（M）`.
    item: Option<u8>,
    /// The quoted text, continuation lines joined.
    text: String,
}

/// The kind of comment a line is (`//!`, `///` or `//`) and the text after it, if the line is a comment.
fn comment(line: &str) -> Option<(&'static str, &str)> {
    let line = line.trim_start();
    let kind = ["//!", "///", "//"].into_iter().find(|kind| line.starts_with(kind))?;
    Some((kind, line[kind.len()..].trim_start()))
}

/// The number `text` spells as an article or item number (1–99), if any.
fn number(text: &str) -> Option<u8> {
    (1..100).find(|&n| chinese_number(n) == text)
}

/// The article, item and text of a comment that starts a quotation.
fn quotation_start(body: &str) -> Option<(u8, Option<u8>, &str)> {
    let rest = body.strip_prefix('第')?;
    let (numeral, rest) = rest.split_once('条')?;
    let article = number(numeral)?;
    let (item, text) = if let Some(rest) = rest.strip_prefix('（') {
        let (numeral, text) = rest.split_once('）')?;
        (Some(number(numeral)?), text)
    } else {
        (None, rest.strip_prefix(' ')?.trim_start())
    };
    text.chars().next().filter(|c| !c.is_ascii()).map(|_| (article, item, text))
}

/// The text up to the first space, and whether a space ended it.
fn until_space(text: &str) -> (&str, bool) {
    match text.split_once(' ') {
        Some((quoted, _)) => (quoted, true),
        None => (text, false),
    }
}

/// Every quotation in one file's source.
fn quotations(source: &str) -> Vec<Quotation> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some((kind, body)) = comment(line) else { continue };
        let Some((article, item, text)) = quotation_start(body) else { continue };
        let (quoted, mut ended) = until_space(text);
        let mut text = quoted.to_string();
        for next in &lines[index + 1..] {
            if ended {
                break;
            }
            let Some((next_kind, body)) = comment(next) else { break };
            let continues = next_kind == kind
                && body.chars().next().is_some_and(|c| !c.is_ascii())
                && quotation_start(body).is_none();
            if !continues {
                break;
            }
            let (quoted, space) = until_space(body);
            text.push_str(quoted);
            ended = space;
        }
        found.push(Quotation { line: index + 1, article, item, text });
    }
    found
}

/// The texts a quotation may come from: the article (or its item) in R1 and in R2.
fn cited_texts(article: u8, item: Option<u8>) -> Vec<String> {
    [&R1, &R2]
        .into_iter()
        .filter_map(|reg| reg.article(article))
        .filter_map(|a| match item {
            Some(n) => a.item(n).map(|i| format!("{}{}", i.marker, i.text)),
            None => Some(a.full_text()),
        })
        .collect()
}

/// The passages of a quotation that its article (or item) does not contain.
fn misquoted(quotation: &Quotation) -> Vec<String> {
    let texts = cited_texts(quotation.article, quotation.item);
    quotation
        .text
        .split('…')
        .filter(|fragment| !fragment.is_empty())
        .filter(|fragment| !texts.iter().any(|text| text.contains(fragment)))
        .map(str::to_string)
        .collect()
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display())).path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// One line per misquoted passage in `source`, prefixed with `name` and the line number.
fn problems(name: &str, source: &str) -> Vec<String> {
    quotations(source)
        .iter()
        .flat_map(|q| {
            misquoted(q).into_iter().map(move |fragment| {
                let item = q.item.map(|n| format!("（{}）", chinese_number(n))).unwrap_or_default();
                format!("{name}:{}: 第{}条{item} does not contain 「{fragment}」", q.line, chinese_number(q.article))
            })
        })
        .collect()
}

#[test]
fn quotations_in_comments_match_the_regulations() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut count = 0;
    let mut wrong = Vec::new();
    for path in rust_files(&src) {
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.strip_prefix(&src).unwrap_or(&path).display().to_string();
        count += quotations(&source).len();
        wrong.extend(problems(&name, &source));
    }
    assert!(count > 50, "only {count} quotations found: is the scanner still finding them?");
    assert!(wrong.is_empty(), "{} misquoted passages:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn finds_articles_items_and_continuations() {
    let source = [
        "    // 第十条 局机关内部人员有下列行为之一的，……",
        "    // （七）其他影响执法人员依法公正处理案件的干预、插手案件办理的行为。",
        "/// 第八条（二）《行政处罚决定书》送达后出现新的证据， then commentary",
        "/// 使原认定 is not joined after the space",
        "//! 第三条 局机关办案机构及办案人员应对干预、插手案件办理的情况将时间、地点、人物、方式、内容等全面、如实记录，",
        "// 做到全程留痕 is another kind of comment",
        "// 第二条: not a quotation; 第五条第4项 neither; 第九条 and nor this",
    ]
    .join("\n");
    let found = quotations(&source);
    let summary: Vec<(usize, u8, Option<u8>, &str)> =
        found.iter().map(|q| (q.line, q.article, q.item, q.text.as_str())).collect();
    assert_eq!(
        summary,
        [
            (
                1,
                10,
                None,
                "局机关内部人员有下列行为之一的，……（七）其他影响执法人员依法公正处理案件的干预、插手案件办理的行为。"
            ),
            (3, 8, Some(2), "《行政处罚决定书》送达后出现新的证据，"),
            (
                5,
                3,
                None,
                "局机关办案机构及办案人员应对干预、插手案件办理的情况将时间、地点、人物、方式、内容等全面、如实记录，"
            ),
        ]
    );
    assert!(problems("example.rs", &source).is_empty());
}

#[test]
fn reports_a_changed_word_a_wrong_article_and_a_corrected_quirk() {
    let source = [
        "// 第十二条 被追究人员对处理事实、决定不服的，可以进行陈述和申辩……",
        "// 第八条 办案人员如实记录局机关内部人员干预、插手案件的情况，受法律和组织保护。",
        "// 第十条（二）……不得提供伪证或利用其他手段阻碍调查工作。",
    ]
    .join("\n");
    assert_eq!(
        problems("example.rs", &source),
        [
            "example.rs:1: 第十二条 does not contain 「被追究人员对处理事实、决定不服的，可以进行陈述和申辩」",
            "example.rs:2: 第八条 does not contain 「办案人员如实记录局机关内部人员干预、插手案件的情况，受法律和组织保护。」",
            "example.rs:3: 第十条（二） does not contain 「不得提供伪证或利用其他手段阻碍调查工作。」",
        ]
    );
    let fixed = "// 第十二条 被追究人员对处理事实、决定不服的，可以可以进行陈述和申辩……";
    assert!(problems("example.rs", fixed).is_empty());
}
