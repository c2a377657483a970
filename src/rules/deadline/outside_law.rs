//! Provisions of national laws the deadline counting rests on, quoted as plain text.
//!
//! [`crate::law`] holds only the bureau's two regulations (cited by [`crate::law::Cite`]); these national provisions
//! are quoted here so explanations can show the rule they apply.

use serde::Serialize;

/// One quoted provision of a national law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OutsideProvision {
    /// The law's full title, without book-title marks.
    pub law: &'static str,
    /// The article (and paragraph), e.g. `第二百零一条第一款`.
    pub article: &'static str,
    /// The quoted sentence(s).
    pub text: &'static str,
}

impl OutsideProvision {
    /// The provision as quoted in an explanation: `《中华人民共和国民法典》第二百零一条第一款：“……”`.
    pub fn quoted(&self) -> String {
        format!("《{}》{}：“{}”", self.law, self.article, self.text)
    }
}

/// 民法典 第二百零一条第一款: the start day is not counted.
pub const CIVIL_CODE_START_DAY_EXCLUDED: OutsideProvision = OutsideProvision {
    law: "中华人民共和国民法典",
    article: "第二百零一条第一款",
    text: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。",
};

/// 民法典 第二百零二条: a month ends on the corresponding date, or on the month's last day.
pub const CIVIL_CODE_MONTH_END: OutsideProvision = OutsideProvision {
    law: "中华人民共和国民法典",
    article: "第二百零二条",
    text: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
};

/// 民法典 第二百零三条第一款: a last day on a statutory rest day moves to the day after the rest ends.
pub const CIVIL_CODE_REST_DAY_EXTENSION: OutsideProvision = OutsideProvision {
    law: "中华人民共和国民法典",
    article: "第二百零三条第一款",
    text: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。",
};

/// 行政处罚法（2021年修订）第八十五条: in that law, short periods of days are working days.
pub const ADMINISTRATIVE_PENALTY_LAW_WORKING_DAYS: OutsideProvision = OutsideProvision {
    law: "中华人民共和国行政处罚法",
    article: "第八十五条",
    // The statute prints “二日” etc.; quoted inside “…” they become ‘二日’ (quotes within quotes).
    text: "本法中‘二日’‘三日’‘五日’‘七日’的规定是指工作日，不含法定节假日。",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_name_the_law_and_article() {
        assert_eq!(
            CIVIL_CODE_START_DAY_EXCLUDED.quoted(),
            "《中华人民共和国民法典》第二百零一条第一款：“按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。”"
        );
        assert!(ADMINISTRATIVE_PENALTY_LAW_WORKING_DAYS.quoted().starts_with("《中华人民共和国行政处罚法》第八十五条"));
    }
}
