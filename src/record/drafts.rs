//! Autosaved drafts of the record form, as plain data: the draft itself, the slot it is kept in, which slots are
//! the other unsaved new-record drafts, and how the list of them describes each one. The browser storage is
//! `web::draft_store`.
//!
//! Slots: `new/{draft id}` for a new record (one id per browser tab, so two tabs never write the same slot),
//! `amend/{record}` for an amendment (one per record). `new` alone is the slot every tab shared before drafts had
//! ids; a draft still found there is listed like any other, so nothing typed in it is lost.

use std::fmt;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::RecordForm;
use crate::i18n::strings;

/// A form being filled in, with the amendment reason if it is an amendment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The form's content.
    pub form: RecordForm,
    /// 修改原因 (amendments only).
    pub reason: String,
    /// When it was last edited, in device-local time (`None` in drafts saved before this was kept).
    pub edited_at: Option<NaiveDateTime>,
}

/// The slot every tab shared before new-record drafts had ids.
pub const SHARED_NEW_SLOT: &str = "new";

const NEW_SLOT_PREFIX: &str = "new/";
const ID_LEN: usize = 16;

/// The id of one new-record draft: 16 lowercase hex digits, chosen at random for each browser tab.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DraftId(String);

impl DraftId {
    /// The id spelled by 8 (random) bytes.
    pub fn from_bytes(bytes: [u8; 8]) -> Self {
        DraftId(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// The id in `text`, if it is one (16 lowercase hex digits).
    pub fn parse(text: &str) -> Option<Self> {
        let valid = text.len() == ID_LEN && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        valid.then(|| DraftId(text.to_string()))
    }

    /// The slot of this draft: `new/{id}`.
    pub fn slot(&self) -> String {
        format!("{NEW_SLOT_PREFIX}{}", self.0)
    }
}

impl fmt::Display for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The slot of the amendment draft of `record` (one per record).
pub fn amend_slot(record: &dyn fmt::Display) -> String {
    format!("amend/{record}")
}

/// Whether `slot` holds a new-record draft: `new/{id}`, or the old shared `new`.
pub fn is_new_slot(slot: &str) -> bool {
    slot == SHARED_NEW_SLOT || slot.strip_prefix(NEW_SLOT_PREFIX).and_then(DraftId::parse).is_some()
}

/// The new-record draft slots among `slots` other than `own`, sorted (amendment and other slots are left out).
pub fn other_new_slots<'a>(slots: impl IntoIterator<Item = &'a str>, own: &DraftId) -> Vec<String> {
    let own = own.slot();
    let mut others: Vec<String> =
        slots.into_iter().filter(|slot| is_new_slot(slot) && *slot != own).map(str::to_string).collect();
    others.sort();
    others.dedup();
    others
}

/// What the list of unsaved drafts shows of one, so the officer can recognise it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSummary {
    /// The draft's slot (to open or discard it).
    pub slot: String,
    /// 案号 as typed (trimmed), or `None` if empty.
    pub case_number: Option<String>,
    /// 人物姓名, else 人物单位 (trimmed), or `None` if both are empty.
    pub person: Option<String>,
    /// When it was last edited, if known.
    pub edited_at: Option<NaiveDateTime>,
}

impl DraftSummary {
    /// The summary of `draft`, kept in `slot`.
    pub fn of(slot: &str, draft: &Draft) -> Self {
        let filled = |text: &str| Some(text.trim().to_string()).filter(|t| !t.is_empty());
        DraftSummary {
            slot: slot.to_string(),
            case_number: filled(&draft.form.case_number),
            person: filled(&draft.form.person_name).or_else(|| filled(&draft.form.person_unit)),
            edited_at: draft.edited_at,
        }
    }

    /// One line in Chinese: 案号 · 人物 · 最后编辑时间, with a placeholder for what is not filled in yet.
    pub fn describe(&self) -> String {
        let text = &strings().officer_area.drafts;
        let edited = match self.edited_at {
            Some(at) => (text.edited_at)(&at.format("%Y-%m-%d %H:%M")),
            None => text.edited_unknown.to_string(),
        };
        [
            self.case_number.as_deref().unwrap_or(text.no_case_number),
            self.person.as_deref().unwrap_or(text.no_person),
            &edited,
        ]
        .join(" · ")
    }
}

/// The summaries of `drafts` (slot and draft), most recently edited first; drafts without a time come last.
pub fn summarise<'a>(drafts: impl IntoIterator<Item = (&'a str, &'a Draft)>) -> Vec<DraftSummary> {
    let mut summaries: Vec<DraftSummary> =
        drafts.into_iter().map(|(slot, draft)| DraftSummary::of(slot, draft)).collect();
    summaries.sort_by(|a, b| b.edited_at.cmp(&a.edited_at).then_with(|| a.slot.cmp(&b.slot)));
    summaries
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2024, 5, day).unwrap().and_hms_opt(hour, 30, 0).unwrap()
    }

    fn draft(case_number: &str, person_name: &str, edited_at: Option<NaiveDateTime>) -> Draft {
        Draft {
            form: RecordForm { case_number: case_number.into(), person_name: person_name.into(), ..Default::default() },
            reason: String::new(),
            edited_at,
        }
    }

    #[test]
    fn ids_are_sixteen_lowercase_hex_digits_and_name_their_own_slot() {
        let id = DraftId::from_bytes([0x00, 0x1f, 0xa0, 0xff, 1, 2, 3, 4]);
        assert_eq!(id.to_string(), "001fa0ff01020304");
        assert_eq!(id.slot(), "new/001fa0ff01020304");
        assert_eq!(DraftId::parse("001fa0ff01020304"), Some(id));
        for bad in ["", "001fa0ff0102030", "001fa0ff010203045", "001FA0FF01020304", "001fa0ff0102030g", "new"] {
            assert_eq!(DraftId::parse(bad), None, "{bad}");
        }
        assert_ne!(DraftId::from_bytes([1; 8]).slot(), DraftId::from_bytes([2; 8]).slot());
    }

    #[test]
    fn other_new_slots_leave_out_this_tabs_draft_and_amendments() {
        let own = DraftId::from_bytes([1; 8]);
        let other = DraftId::from_bytes([2; 8]).slot();
        let slots = [
            own.slot(),
            other.clone(),
            "new".to_string(),
            "amend/abc".to_string(),
            "legal-merge/abc".to_string(),
            "new/not-an-id".to_string(),
            "new/0101010101010101/x".to_string(),
        ];
        assert_eq!(other_new_slots(slots.iter().map(String::as_str), &own), vec!["new".to_string(), other]);
        assert!(other_new_slots([own.slot().as_str()], &own).is_empty());
    }

    #[test]
    fn amendment_slots_name_the_record_and_are_not_new_slots() {
        let slot = amend_slot(&"3fa4c2d1");
        assert_eq!(slot, "amend/3fa4c2d1");
        assert!(!is_new_slot(&slot));
        assert!(is_new_slot("new"));
    }

    #[test]
    fn a_summary_names_case_person_and_time_with_placeholders_for_what_is_empty() {
        let full = DraftSummary::of("new/a", &draft(" 黔规资罚〔2024〕12号 ", "王某", Some(at(1, 9))));
        assert_eq!(full.describe(), "黔规资罚〔2024〕12号 · 王某 · 最后编辑于 2024-05-01 09:30");
        assert_eq!(DraftSummary::of("new", &draft("", " ", None)).describe(), "未填案号 · 未填人物 · 编辑时间不详");
        let mut by_unit = draft("", "", Some(at(2, 10)));
        by_unit.form.person_unit = "某科室".into();
        assert_eq!(DraftSummary::of("new/b", &by_unit).person.as_deref(), Some("某科室"));
    }

    #[test]
    fn summaries_list_the_most_recently_edited_first_and_untimed_last() {
        let (old, new, untimed) =
            (draft("1", "", Some(at(1, 9))), draft("2", "", Some(at(3, 9))), draft("3", "", None));
        let slots: Vec<String> =
            summarise([("new/old", &old), ("new", &untimed), ("new/new", &new)]).into_iter().map(|s| s.slot).collect();
        assert_eq!(slots, vec!["new/new", "new/old", "new"]);
    }

    #[test]
    fn drafts_saved_before_the_edit_time_was_kept_still_load() {
        let old: Draft = serde_json::from_str(r#"{"form":{"place":"办公室"},"reason":""}"#).unwrap();
        assert_eq!((old.form.place.as_str(), old.edited_at), ("办公室", None));
        let back: Draft =
            serde_json::from_str(&serde_json::to_string(&draft("1", "王某", Some(at(1, 9)))).unwrap()).unwrap();
        assert_eq!(back.edited_at, Some(at(1, 9)));
    }
}
