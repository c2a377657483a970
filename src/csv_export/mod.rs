//! CSV files that open cleanly in Excel on a Chinese Windows machine: UTF-8 with a byte-order mark, Chinese headers,
//! RFC 4180 quoting (commas, quotes and line breaks inside a field), CRLF line ends, dates as YYYY-MM-DD, and every
//! cell that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
//! neutralised with a leading apostrophe, so imported text can never run as a formula.

mod case_files;
mod register;

pub use case_files::case_files_csv;
pub use register::register_csv;

/// The byte-order mark Excel needs to read UTF-8.
pub const BOM: char = '\u{feff}';

/// A CSV file: the header row, then one row per record, every cell escaped.
pub fn csv(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    out.push(BOM);
    push_row(&mut out, headers.iter().map(|h| h.to_string()));
    for row in rows {
        push_row(&mut out, row);
    }
    out
}

fn push_row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    let cells: Vec<String> = cells.into_iter().map(|cell| escape(&cell)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// One cell: neutralised if it would start a formula, then quoted if it holds a comma, a quote or a line break.
pub fn escape(cell: &str) -> String {
    let neutral =
        if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_string() };
    if neutral.contains([',', '"', '\n', '\r']) { format!("\"{}\"", neutral.replace('"', "\"\"")) } else { neutral }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses RFC 4180 text back into rows (for the tests: quoted fields, doubled quotes, CRLF).
    pub(crate) fn parse(text: &str) -> Vec<Vec<String>> {
        let text = text.strip_prefix(BOM).expect("starts with a BOM");
        let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') if cell.is_empty() => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        assert!(cell.is_empty() && row.is_empty(), "every row ends with CRLF");
        rows
    }

    #[test]
    fn quotes_what_needs_quoting_and_round_trips() {
        let cells = vec![
            "普通文字".to_string(),
            "含,逗号".to_string(),
            "含\"引号\"".to_string(),
            "两行\n文字".to_string(),
            String::new(),
        ];
        let text = csv(&["甲", "乙", "丙", "丁", "戊"], [cells.clone()]);
        assert!(text.starts_with('\u{feff}'));
        assert!(text.contains("\"含,逗号\",\"含\"\"引号\"\"\",\"两行\n文字\","));
        assert_eq!(
            parse(&text),
            vec![vec!["甲", "乙", "丙", "丁", "戊"].into_iter().map(String::from).collect(), cells]
        );
    }

    #[test]
    fn formulas_are_neutralised() {
        for formula in ["=1+1", "+86 138", "-5", "@SUM(A1)", "\tx", "=HYPERLINK(\"http://x\",\"y\")"] {
            let escaped = escape(formula);
            let unquoted = escaped.trim_matches('"');
            assert!(unquoted.starts_with('\''), "{formula:?} → {escaped:?}");
        }
        assert_eq!(escape("2024-05-01"), "2024-05-01", "a date is not a formula");
        assert_eq!(escape("a-b"), "a-b", "only a leading sign counts");
        let text = csv(&["x"], [vec!["=HYPERLINK(\"http://x\",\"y\")".to_string()]]);
        assert_eq!(parse(&text)[1][0], "'=HYPERLINK(\"http://x\",\"y\")");
    }
}
