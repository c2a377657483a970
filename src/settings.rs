//! The user's profile and preferences: who uses this device, in which role, and the device's id; and the bureau's
//! readings of the rules, and the readings 法治科 publishes as a signed file (本局口径文件).

mod published_readings;
mod readings_import;
mod readings_in_force;

use serde::{Deserialize, Serialize};

pub use crate::rules::Readings;
pub use published_readings::{
    MAX_READINGS_BYTES, PublishedFile, PublishedReadings, READINGS_FORMAT, ReadingsRefusal, publish, read_published,
};
pub use readings_import::{ImportCheck, ImportError, ImportedReadings, KeyConfirmation, PublishedReadingsState};
pub use readings_in_force::{ReadingsSource, readings_editable, readings_in_force};

/// The longest officer name accepted, in characters.
pub const MAX_OFFICER_NAME_CHARS: usize = 40;

/// Which area the app opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 办案人员: records interference.
    #[default]
    Officer,
    /// 法治科: imports bundles and runs wrong-case accountability.
    Legal,
    /// 培训学员: takes the quiz.
    Trainee,
}

impl Role {
    /// Every role, in display order.
    pub const ALL: [Role; 3] = [Role::Officer, Role::Legal, Role::Trainee];

    /// The Chinese name of the role.
    pub fn label(self) -> &'static str {
        match self {
            Role::Officer => "办案人员",
            Role::Legal => "法治科",
            Role::Trainee => "培训学员",
        }
    }

    /// A stable key for forms and storage.
    pub fn key(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::Legal => "legal",
            Role::Trainee => "trainee",
        }
    }

    /// The role with this key, if any.
    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// Who uses this device. Set on first run and stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The officer's name, as recorded on every event.
    pub officer_name: String,
    /// This device's id (the journal's, `liuhen/v1/device`), generated once.
    pub device_id: String,
    /// The chosen role.
    pub role: Role,
}

/// Why an officer name is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// Empty or only whitespace.
    Empty,
    /// Longer than [`MAX_OFFICER_NAME_CHARS`].
    TooLong,
}

/// The trimmed name, or why it is refused.
pub fn validate_officer_name(raw: &str) -> Result<String, NameError> {
    let name = raw.trim();
    if name.is_empty() {
        Err(NameError::Empty)
    } else if name.chars().count() > MAX_OFFICER_NAME_CHARS {
        Err(NameError::TooLong)
    } else {
        Ok(name.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::deadline::DayCounting;
    use crate::rules::r1::{BureauPolicy, LiableAct, SanctionKind};
    use crate::rules::r2::Interpretation;

    #[test]
    fn officer_names_are_trimmed_and_bounded() {
        assert_eq!(validate_officer_name("  张三 "), Ok("张三".to_string()));
        assert_eq!(validate_officer_name("   "), Err(NameError::Empty));
        assert_eq!(validate_officer_name(&"李".repeat(41)), Err(NameError::TooLong));
        assert!(validate_officer_name(&"李".repeat(40)).is_ok());
    }

    #[test]
    fn roles_round_trip_through_keys() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
        }
        assert_eq!(Role::from_key("admin"), None);
    }

    #[test]
    fn readings_default_to_the_engines_defaults_and_round_trip() {
        let readings = Readings::default();
        assert_eq!(readings.r2, Interpretation::default());
        assert_eq!(readings.r1, BureauPolicy::default());
        assert_eq!(readings.day_counting, DayCounting::CalendarDays);
        let mut changed = Readings { day_counting: DayCounting::WorkingDays, ..Readings::default() };
        changed.r2.repeat_includes_second_finding = false;
        changed.r1.effective_first_instance_is_final = false;
        changed.r1.sanction.base.insert(LiableAct::WrongLegalBasis, SanctionKind::AdministrativeDiscipline);
        let json = serde_json::to_string(&changed).unwrap();
        assert_eq!(serde_json::from_str::<Readings>(&json).unwrap(), changed);
        assert_ne!(changed, readings);
    }

    #[test]
    fn partly_stored_readings_fill_in_the_defaults() {
        let empty: Readings = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, Readings::default());
        let partial: Readings =
            serde_json::from_str(r#"{"day_counting":"WorkingDays","r1":{"sanction":{"mitigation_steps":2}}}"#).unwrap();
        assert_eq!(partial.day_counting, DayCounting::WorkingDays);
        assert_eq!(partial.r2, Interpretation::default());
        assert!(partial.r1.effective_first_instance_is_final);
        assert_eq!(partial.r1.sanction.mitigation_steps, 2);
        assert_eq!(partial.r1.sanction.aggravation_steps, 1);
        assert_eq!(
            partial.r1.sanction.base_for(LiableAct::CorruptionOrDereliction),
            SanctionKind::AdministrativeDiscipline
        );
    }

    #[test]
    fn a_wrongly_typed_reading_is_refused_not_guessed() {
        assert!(serde_json::from_str::<Readings>(r#"{"day_counting":"Fortnights"}"#).is_err());
        assert!(serde_json::from_str::<Readings>(r#"{"r2":{"repeat_includes_second_finding":"yes"}}"#).is_err());
    }
}
