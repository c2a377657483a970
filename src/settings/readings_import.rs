//! What a laptop keeps of the published readings (本局口径) and how a new file is taken in: the file in use (kept
//! byte for byte and verified again on every load), the 法治科 keys a person confirmed, every publication imported
//! (with the verdicts it changed), and on 法治科's computer the last version it published.
//!
//! A file is imported only if it verifies, is newer than the one in use, and is signed with a key a person has
//! confirmed for the publishing device: a device's first key, or a key differing from the one confirmed before,
//! waits for a person who compares its fingerprint with the one on 法治科's 设置 page — as 法治科 itself does for
//! officers' bundles ([`crate::bundle::prepare_key_decision`]), with the same [`KeyQuestion`] and [`PinnedKey`].

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::published_readings::{PublishedFile, PublishedReadings, ReadingsRefusal, publish, read_published};
use crate::bundle::{BundleDigest, DeviceKey, Exporter, KeyQuestion, PinSource, PinnedKey};
use crate::register::ChangedVerdict;
use crate::rules::Readings;

/// Everything this laptop keeps of the published readings, stored as one value.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PublishedReadingsState {
    /// The file in use, exactly as imported (or published here); `None`: none was ever imported.
    pub current: Option<String>,
    /// The 法治科 keys people confirmed, per publishing device.
    pub trusted_keys: Vec<PinnedKey>,
    /// Every publication imported here (or published here), oldest first.
    pub history: Vec<ImportedReadings>,
    /// On 法治科's computer: the last version published from it.
    pub last_published: Option<u64>,
}

/// One publication taken in on this laptop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedReadings {
    /// Its version.
    pub version: u64,
    /// The date it takes effect.
    pub effective_from: NaiveDate,
    /// Who published it.
    pub publisher: Exporter,
    /// The file's digest.
    pub digest: BundleDigest,
    /// When it was taken in here (this laptop's clock).
    pub imported_at: DateTime<FixedOffset>,
    /// Who took it in (the laptop's user).
    pub imported_by: String,
    /// This laptop's records whose verdict it changed, then.
    pub changed_verdicts: Vec<ChangedVerdict>,
    /// Whether it was published on this computer (by 法治科) rather than imported.
    #[serde(default)]
    pub published_here: bool,
}

/// A verified, newer file, and whether a person must first confirm its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportCheck {
    /// The file.
    pub file: PublishedReadings,
    /// `Some`: its key is not confirmed for the publishing device (its first key, or a changed one); a person
    /// compares the fingerprint and confirms before it is imported.
    pub key_question: Option<KeyQuestion>,
}

/// Why an import cannot be completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is refused.
    Refused(ReadingsRefusal),
    /// Its key awaits a person's confirmation, and none was given.
    KeyNotConfirmed,
    /// The name of the person confirming is empty.
    MissingName,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Refused(refusal) => refusal.fmt(f),
            ImportError::KeyNotConfirmed => {
                write!(f, "发布人的密钥尚未经人工核对；请与法治科核对密钥指纹后确认，再导入")
            }
            ImportError::MissingName => write!(f, "请填写核对人的姓名"),
        }
    }
}

impl From<ReadingsRefusal> for ImportError {
    fn from(refusal: ReadingsRefusal) -> Self {
        ImportError::Refused(refusal)
    }
}

/// Who confirmed a publisher's key, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyConfirmation {
    /// The person's name (required).
    pub by: String,
    /// When.
    pub at: DateTime<FixedOffset>,
}

impl PublishedReadingsState {
    /// Reads a stored value, verifying the file in use again (stored data is not trusted more than a file).
    pub fn parse(text: &str) -> Result<Self, String> {
        let state: PublishedReadingsState = serde_json::from_str(text).map_err(|e| e.to_string())?;
        state.in_use().map_err(|refusal| refusal.to_string())?;
        Ok(state)
    }

    /// The publication in use, if one was imported (`Err` only if the stored copy no longer verifies).
    pub fn in_use(&self) -> Result<Option<PublishedReadings>, ReadingsRefusal> {
        self.current.as_deref().map(|text| read_published(text.as_bytes())).transpose()
    }

    /// The version in use (0 if none).
    fn current_version(&self) -> u64 {
        self.in_use().ok().flatten().map_or(0, |p| p.version)
    }

    /// Checks a file against this laptop: verified, newer than the one in use, and whether its key needs a
    /// person's confirmation.
    pub fn check_import(&self, bytes: &[u8]) -> Result<ImportCheck, ReadingsRefusal> {
        let file = read_published(bytes)?;
        let current = self.current_version();
        if file.version <= current {
            return Err(ReadingsRefusal::NotNewer { version: file.version, current });
        }
        let pinned: Vec<PinnedKey> =
            self.trusted_keys.iter().filter(|k| k.device == file.publisher.device).cloned().collect();
        let question = KeyQuestion {
            device: file.publisher.device.clone(),
            officer: file.publisher.officer.clone(),
            presented: file.publisher.public_key,
            pinned,
        };
        let key_question = question.confirmed().is_none().then_some(question);
        Ok(ImportCheck { file, key_question })
    }

    /// The state after importing `bytes`: the file in use, its key pinned (with `confirmation`, required when
    /// [`ImportCheck::key_question`] is `Some`), and an entry in the history with the verdicts it changes. The
    /// caller stores the result in one write; on failure nothing changes.
    pub fn import(
        &self,
        bytes: &[u8],
        confirmation: Option<&KeyConfirmation>,
        imported_by: &str,
        now: DateTime<FixedOffset>,
        changed_verdicts: Vec<ChangedVerdict>,
    ) -> Result<PublishedReadingsState, ImportError> {
        let check = self.check_import(bytes)?;
        let mut next = self.clone();
        if check.key_question.is_some() {
            let confirmation = confirmation.ok_or(ImportError::KeyNotConfirmed)?;
            if confirmation.by.trim().is_empty() {
                return Err(ImportError::MissingName);
            }
            next.trusted_keys.push(pin(&check.file, confirmation.by.trim(), confirmation.at));
        }
        next.current = Some(String::from_utf8_lossy(bytes).into_owned());
        next.history.push(entry(&check.file, imported_by, now, changed_verdicts, false));
        Ok(next)
    }

    /// The version 法治科 publishes next: one more than both the last published here and the one in use.
    pub fn next_version(&self) -> u64 {
        self.last_published.unwrap_or(0).max(self.current_version()) + 1
    }

    /// 法治科 publishes `readings`: the signed file to hand out, and the state after it (the file in use here too,
    /// its own key trusted, the version recorded).
    pub fn publish(
        &self,
        readings: &Readings,
        effective_from: NaiveDate,
        publisher: Exporter,
        key: &DeviceKey,
        now: DateTime<FixedOffset>,
    ) -> (PublishedFile, PublishedReadingsState) {
        let version = self.next_version();
        let file = publish(readings, version, effective_from, publisher, key, now);
        let mut next = self.clone();
        let own = &file.published;
        if !next
            .trusted_keys
            .iter()
            .any(|k| k.device == own.publisher.device && k.public_key == own.publisher.public_key)
        {
            next.trusted_keys.push(pin(own, &own.publisher.officer, now));
        }
        next.current = Some(file.text.clone());
        next.last_published = Some(version);
        next.history.push(entry(own, &own.publisher.officer, now, Vec::new(), true));
        (file, next)
    }
}

/// The pin of a publication's key, by `by` at `at`.
fn pin(file: &PublishedReadings, by: &str, at: DateTime<FixedOffset>) -> PinnedKey {
    PinnedKey {
        device: file.publisher.device.clone(),
        public_key: file.publisher.public_key,
        pinned_at: at,
        pinned_by: by.to_string(),
        source: PinSource::PublishedReadings { digest: file.digest },
    }
}

/// The history entry of a publication taken in.
fn entry(
    file: &PublishedReadings,
    by: &str,
    at: DateTime<FixedOffset>,
    changed: Vec<ChangedVerdict>,
    published_here: bool,
) -> ImportedReadings {
    ImportedReadings {
        version: file.version,
        effective_from: file.effective_from,
        publisher: file.publisher.clone(),
        digest: file.digest,
        imported_at: at,
        imported_by: by.to_string(),
        changed_verdicts: changed,
        published_here,
    }
}

#[cfg(test)]
mod tests {
    use super::super::published_readings::tests::{at, file, legal_key, publisher};
    use super::*;

    fn confirmed() -> KeyConfirmation {
        KeyConfirmation { by: "张三".into(), at: at("2026-12-01T10:00:00+08:00") }
    }

    fn import(state: &PublishedReadingsState, text: &str) -> Result<PublishedReadingsState, ImportError> {
        state.import(text.as_bytes(), Some(&confirmed()), "张三", at("2026-12-01T10:00:00+08:00"), Vec::new())
    }

    #[test]
    fn a_first_key_waits_for_a_person_then_is_pinned() {
        let key = legal_key();
        let first = file(1, &Readings::default(), &key).text;
        let state = PublishedReadingsState::default();
        let check = state.check_import(first.as_bytes()).unwrap();
        let question = check.key_question.expect("first key asks");
        assert!(question.is_first_key());
        assert_eq!(question.presented.fingerprint(), key.public_key().fingerprint());
        let now = at("2026-12-01T10:00:00+08:00");
        assert_eq!(state.import(first.as_bytes(), None, "张三", now, Vec::new()), Err(ImportError::KeyNotConfirmed));
        let blank = KeyConfirmation { by: "  ".into(), at: now };
        assert_eq!(
            state.import(first.as_bytes(), Some(&blank), "张三", now, Vec::new()),
            Err(ImportError::MissingName)
        );

        let imported = import(&state, &first).unwrap();
        assert_eq!(imported.trusted_keys.len(), 1);
        assert_eq!(imported.trusted_keys[0].pinned_by, "张三");
        assert_eq!(imported.in_use().unwrap().unwrap().version, 1);
        // The next file with the same key needs no confirmation.
        let second = file(2, &Readings::default(), &key).text;
        assert_eq!(imported.check_import(second.as_bytes()).unwrap().key_question, None);
        let later = imported.import(second.as_bytes(), None, "张三", now, Vec::new()).unwrap();
        assert_eq!(later.trusted_keys.len(), 1);
        assert_eq!(later.history.iter().map(|h| h.version).collect::<Vec<_>>(), vec![1, 2]);
        assert!(later.history.iter().all(|h| !h.published_here));
    }

    #[test]
    fn a_changed_key_for_the_same_device_asks_again() {
        let state =
            import(&PublishedReadingsState::default(), &file(1, &Readings::default(), &legal_key()).text).unwrap();
        let other = DeviceKey::from_seed([9; 32]);
        let text = file(2, &Readings::default(), &other).text;
        let question = state.check_import(text.as_bytes()).unwrap().key_question.expect("changed key asks");
        assert!(!question.is_first_key());
        assert_eq!(question.pinned[0].public_key, legal_key().public_key());
        assert_eq!(question.presented, other.public_key());
    }

    #[test]
    fn a_newer_version_replaces_and_an_equal_or_older_one_is_refused() {
        let key = legal_key();
        let mut changed = Readings::default();
        changed.r2.outside_officials_are_internal = false;
        let state = import(&PublishedReadingsState::default(), &file(2, &Readings::default(), &key).text).unwrap();
        let newer = import(&state, &file(3, &changed, &key).text).unwrap();
        assert_eq!(newer.in_use().unwrap().unwrap().readings, changed);
        for (version, current) in [(3, 3), (1, 3), (2, 3)] {
            let text = file(version, &Readings::default(), &key).text;
            assert_eq!(
                import(&newer, &text),
                Err(ImportError::Refused(ReadingsRefusal::NotNewer { version, current }))
            );
        }
        assert_eq!(newer.history.len(), 2, "a refused file leaves no trace in the history");
    }

    #[test]
    fn the_stored_state_round_trips_and_a_tampered_copy_fails_to_load() {
        let key = legal_key();
        let state = import(&PublishedReadingsState::default(), &file(1, &Readings::default(), &key).text).unwrap();
        let stored = serde_json::to_string(&state).unwrap();
        assert_eq!(PublishedReadingsState::parse(&stored).unwrap(), state);
        let mut tampered = state.clone();
        tampered.current = Some(state.current.clone().unwrap().replacen("\"version\": 1", "\"version\": 7", 1));
        let error = PublishedReadingsState::parse(&serde_json::to_string(&tampered).unwrap()).unwrap_err();
        assert!(error.contains("改动"), "{error}");
        assert!(PublishedReadingsState::parse("{\"current\":3}").is_err());
        assert_eq!(PublishedReadingsState::parse("{}").unwrap(), PublishedReadingsState::default());
    }

    #[test]
    fn publishing_numbers_each_version_after_the_last_one_known() {
        let key = legal_key();
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let now = at("2026-12-01T09:00:00+08:00");
        let empty = PublishedReadingsState::default();
        assert_eq!(empty.next_version(), 1);
        let (first, state) = empty.publish(&Readings::default(), day, publisher(&key), &key, now);
        assert_eq!(first.published.version, 1);
        assert_eq!(state.last_published, Some(1));
        assert_eq!(state.in_use().unwrap().unwrap(), first.published);
        let (second, state) = state.publish(&Readings::default(), day, publisher(&key), &key, now);
        assert_eq!(second.published.version, 2);
        assert_eq!(state.trusted_keys.len(), 1, "its own key once");
        assert!(state.history.iter().all(|h| h.published_here));
        // A new 法治科 computer that imported version 5 continues at 6.
        let imported = import(&PublishedReadingsState::default(), &file(5, &Readings::default(), &key).text).unwrap();
        assert_eq!(imported.next_version(), 6);
        // An officer importing what 法治科 published: accepted without a question once the key is confirmed.
        let officer = import(&PublishedReadingsState::default(), &first.text).unwrap();
        assert!(officer.check_import(second.text.as_bytes()).unwrap().key_question.is_none());
    }
}
