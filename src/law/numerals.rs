//! Chinese numerals as printed in article headings (第十四条).

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// The Chinese numeral for 1–99, as used in article numbers: 十, 十四, 二十一.
pub fn chinese_number(n: u8) -> String {
    let (tens, ones) = (usize::from(n / 10), usize::from(n % 10));
    let ones_text = if ones == 0 { "" } else { DIGITS[ones] };
    match tens {
        0 => DIGITS[ones].to_string(),
        1 => format!("十{ones_text}"),
        _ => format!("{}十{ones_text}", DIGITS[tens]),
    }
}

#[cfg(test)]
mod tests {
    use super::chinese_number;

    #[test]
    fn formats_article_numbers() {
        assert_eq!(chinese_number(1), "一");
        assert_eq!(chinese_number(10), "十");
        assert_eq!(chinese_number(14), "十四");
        assert_eq!(chinese_number(20), "二十");
        assert_eq!(chinese_number(21), "二十一");
    }
}
