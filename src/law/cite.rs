//! Stable citation ids: `R1-5-3` (regulation 1, article 5, item 3) or `R2-7` (regulation 2, article 7).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{chinese_number, regulation};

/// A citation of an article, or of one item of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cite {
    /// 1 or 2.
    pub regulation: u8,
    /// The article number.
    pub article: u8,
    /// The item number, if the citation is of one item.
    pub item: Option<u8>,
}

impl Cite {
    /// A citation of a whole article.
    pub const fn article(regulation: u8, article: u8) -> Self {
        Cite { regulation, article, item: None }
    }

    /// A citation of one item of an article.
    pub const fn item(regulation: u8, article: u8, item: u8) -> Self {
        Cite { regulation, article, item: Some(item) }
    }

    /// The article this citation belongs to.
    pub const fn whole_article(self) -> Self {
        Cite::article(self.regulation, self.article)
    }

    /// Chinese label, e.g. `《干预插手记录通报追究制度》第十条第（五）项` or `《错案责任倒查问责制度》第五条第4项`.
    pub fn label(self) -> String {
        let title = regulation(self.regulation).map_or("?", |r| r.short_title);
        format!("《{title}》{}", self.short_label())
    }

    /// Chinese label without the regulation's title, e.g. `第十条第（五）项`.
    pub fn short_label(self) -> String {
        let article = format!("第{}条", chinese_number(self.article));
        match self.item {
            None => article,
            Some(n) => {
                let marker = regulation(self.regulation)
                    .and_then(|r| r.article(self.article))
                    .and_then(|a| a.item(n))
                    .map_or_else(|| n.to_string(), |i| i.marker.trim_end_matches('.').to_string());
                format!("{article}第{marker}项")
            }
        }
    }
}

impl fmt::Display for Cite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "R{}-{}", self.regulation, self.article)?;
        if let Some(item) = self.item {
            write!(f, "-{item}")?;
        }
        Ok(())
    }
}

/// Why a string is not a citation id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CiteParseError(pub String);

impl fmt::Display for CiteParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "无法识别的条文编号：{}", self.0)
    }
}

impl FromStr for Cite {
    type Err = CiteParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let error = || CiteParseError(s.to_string());
        let rest = s.strip_prefix('R').ok_or_else(error)?;
        let parts: Vec<u8> = rest.split('-').map(|p| p.parse::<u8>().map_err(|_| error())).collect::<Result<_, _>>()?;
        match parts.as_slice() {
            [reg, article] => Ok(Cite::article(*reg, *article)),
            [reg, article, item] => Ok(Cite::item(*reg, *article, *item)),
            _ => Err(error()),
        }
    }
}

impl Serialize for Cite {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Cite {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for id in ["R1-5-3", "R2-14-1", "R2-7", "R1-11-6"] {
            assert_eq!(id.parse::<Cite>().unwrap().to_string(), id);
        }
        for bad in ["", "R", "R1", "X1-2", "R1-2-3-4", "R1-a", "R1--2"] {
            assert!(bad.parse::<Cite>().is_err(), "{bad}");
        }
    }

    #[test]
    fn chinese_labels_use_the_printed_markers() {
        assert_eq!(Cite::item(2, 10, 5).short_label(), "第十条第（五）项");
        assert_eq!(Cite::item(1, 5, 4).short_label(), "第五条第4项");
        assert_eq!(Cite::article(2, 7).label(), "《干预插手记录通报追究制度》第七条");
    }
}
