//! The two regulations adopted on 2020-07-09, as data: regulation → article → item.
//!
//! Every rule in [`crate::rules`] cites a [`Cite`] id such as `R1-5-3` or `R2-7`, and the UI quotes the text from here.
//! `regulations-2020-07-09.txt` beside this file is the verbatim source; a test checks that the structured text
//! reproduces it word for word.

mod cite;
#[cfg(test)]
mod comment_quotes;
mod numerals;
mod r1;
mod r2;
mod search;

pub use cite::{Cite, CiteParseError};
pub use numerals::chinese_number;
pub use r1::R1;
pub use r2::R2;
pub use search::{Hit, search};

/// One adopted regulation.
#[derive(Debug)]
pub struct Regulation {
    /// 1 for R1, 2 for R2.
    pub number: u8,
    /// The issuing bureau, as printed above the title.
    pub issuer: &'static str,
    /// The full title.
    pub title: &'static str,
    /// A short name for lists and citations.
    pub short_title: &'static str,
    /// The articles, in order; `articles[n - 1]` is article n.
    pub articles: &'static [Article],
}

/// One article (条).
#[derive(Debug)]
pub struct Article {
    /// The article number (第N条).
    pub number: u8,
    /// The text before any items, or the whole text of an article without items.
    pub lead: &'static str,
    /// The numbered items (项), if any.
    pub items: &'static [Item],
}

/// One numbered item (项) of an article.
#[derive(Debug)]
pub struct Item {
    /// The item number.
    pub number: u8,
    /// The marker as printed: `（一）` or `1.`.
    pub marker: &'static str,
    /// The item's text, without the marker.
    pub text: &'static str,
}

/// The covering notice that issued both regulations, line by line.
pub const NOTICE: &[&str] = &[
    "重庆市黔江区规划和自然资源局",
    "关于印发《行政执法案件错案责任倒查问责制度》和《行政执法机关内部人员干预、插手案件办理的记录、通报和责任追究制度》的通知",
    "各科室、所、局属事业单位：",
    "现将《行政执法案件错案责任倒查问责制度》和《行政执法机关内部人员干预、插手案件办理的记录、通报和责任追究制度》印发给你们，请认真学习领会，并严格遵照执行。",
    "重庆市黔江区规划和自然资源局",
    "2020年7月9日",
];

/// Both regulations, in order.
pub static REGULATIONS: [&Regulation; 2] = [&R1, &R2];

/// The regulation with this number, if any.
pub fn regulation(number: u8) -> Option<&'static Regulation> {
    REGULATIONS.iter().copied().find(|r| r.number == number)
}

impl Regulation {
    /// The article with this number, if any.
    pub fn article(&self, number: u8) -> Option<&'static Article> {
        self.articles.iter().find(|a| a.number == number)
    }
}

impl Article {
    /// The item with this number, if any.
    pub fn item(&self, number: u8) -> Option<&'static Item> {
        self.items.iter().find(|i| i.number == number)
    }

    /// The whole article as printed, items included.
    pub fn full_text(&self) -> String {
        let mut text = String::from(self.lead);
        for item in self.items {
            text.push_str(item.marker);
            text.push_str(item.text);
        }
        text
    }
}

/// The quoted text behind a citation: the item's text for an item, the whole article otherwise.
pub fn quote(cite: Cite) -> Option<String> {
    let article = regulation(cite.regulation)?.article(cite.article)?;
    match cite.item {
        Some(n) => article.item(n).map(|item| format!("{}{}", item.marker, item.text)),
        None => Some(article.full_text()),
    }
}

/// Every citable id: each article, and each item of articles that have items.
pub fn all_cites() -> Vec<Cite> {
    let mut cites = Vec::new();
    for reg in REGULATIONS {
        for article in reg.articles {
            cites.push(Cite::article(reg.number, article.number));
            for item in article.items {
                cites.push(Cite::item(reg.number, article.number, item.number));
            }
        }
    }
    cites
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = include_str!("regulations-2020-07-09.txt");

    fn without_whitespace(text: &str) -> String {
        text.replace("[bookmark: _GoBack]", "").chars().filter(|c| !c.is_whitespace()).collect()
    }

    fn render(reg: &Regulation) -> String {
        let mut out = format!("{}{}", reg.issuer, reg.title);
        for article in reg.articles {
            out.push_str(&format!("第{}条", chinese_number(article.number)));
            out.push_str(&article.full_text());
        }
        out
    }

    #[test]
    fn structured_text_reproduces_the_source_word_for_word() {
        let rendered = format!("{}{}{}", NOTICE.concat(), render(&R1), render(&R2));
        assert_eq!(without_whitespace(&rendered), without_whitespace(SOURCE));
    }

    #[test]
    fn articles_are_numbered_in_order_without_gaps() {
        for reg in REGULATIONS {
            for (index, article) in reg.articles.iter().enumerate() {
                assert_eq!(usize::from(article.number), index + 1, "{} article order", reg.title);
                for (item_index, item) in article.items.iter().enumerate() {
                    assert_eq!(usize::from(item.number), item_index + 1);
                }
            }
        }
        assert_eq!(R1.articles.len(), 13);
        assert_eq!(R2.articles.len(), 15);
    }

    #[test]
    fn quotes_items_and_whole_articles() {
        let item = quote("R2-10-5".parse().unwrap()).unwrap();
        assert!(item.starts_with("（五）本人或者授意身边工作人员"));
        let article = quote("R2-7".parse().unwrap()).unwrap();
        assert!(article.starts_with("局机关领导干部和上级机关工作人员"));
        assert_eq!(
            quote("R1-5-4".parse().unwrap()).unwrap(),
            "4.人民法院终审判决撤销、部分撤销、变更或者责令重新作出具体行政行为的行政执法案件；"
        );
        assert!(quote(Cite::item(2, 10, 8)).is_none());
        assert!(quote(Cite::article(1, 14)).is_none());
    }

    #[test]
    fn every_cite_quotes_something() {
        let cites = all_cites();
        assert_eq!(cites.len(), 13 + 15 + 36 + 9);
        for cite in cites {
            assert!(quote(cite).is_some(), "{cite}");
        }
    }
}
