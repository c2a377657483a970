//! Finding text in the regulations: a plain substring search over every article's lead and every item, for the
//! reader's search box.

use super::{Cite, REGULATIONS};

/// One place in the regulations that contains the searched text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The article (when its lead matches) or the item.
    pub cite: Cite,
    /// The matching text as printed (an item with its marker).
    pub text: String,
}

/// Every article lead and item containing `query` (surrounding spaces ignored), in the regulations' order; nothing
/// for an empty query.
pub fn search(query: &str) -> Vec<Hit> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for regulation in REGULATIONS {
        for article in regulation.articles {
            if article.lead.contains(query) {
                hits.push(Hit { cite: Cite::article(regulation.number, article.number), text: article.lead.into() });
            }
            for item in article.items.iter().filter(|item| item.text.contains(query)) {
                hits.push(Hit {
                    cite: Cite::item(regulation.number, article.number, item.number),
                    text: format!("{}{}", item.marker, item.text),
                });
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_items_and_leads_in_order() {
        let hits = search(" 打探案情 ");
        let ids: Vec<String> = hits.iter().map(|h| h.cite.to_string()).collect();
        assert!(ids.contains(&"R2-10-5".to_string()) && ids.contains(&"R2-10-6".to_string()), "{ids:?}");
        assert!(ids.contains(&"R2-5".to_string()), "an article lead matches too: {ids:?}");
        let five = ids.iter().position(|id| id == "R2-5").unwrap();
        let item = ids.iter().position(|id| id == "R2-10-5").unwrap();
        assert!(five < item, "in the regulation's order");
        assert!(hits.iter().all(|h| h.text.contains("打探案情")));
        assert!(hits.iter().find(|h| h.cite.to_string() == "R2-10-5").unwrap().text.starts_with("（五）"));
    }

    #[test]
    fn an_empty_or_absent_query_finds_nothing() {
        assert!(search("  ").is_empty());
        assert!(search("不存在的词语组合").is_empty());
    }
}
