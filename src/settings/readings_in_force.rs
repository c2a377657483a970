//! Which readings a laptop's verdicts are made under, and how a verdict names them: once a published reading (本局口径)
//! is imported, an officer's laptop follows it and cannot change it; 法治科 keeps editing its own. Without one, the
//! laptop's own readings (or the defaults) apply, labelled as such.

use chrono::NaiveDate;

use super::Role;
use super::published_readings::PublishedReadings;
use crate::rules::Readings;

/// The readings verdicts are made under on a laptop used in `role`: the published ones on any laptop but 法治科's,
/// else the locally set ones, else the defaults.
pub fn readings_in_force(role: Role, published: Option<&PublishedReadings>, local: Option<&Readings>) -> Readings {
    match published {
        Some(published) if role != Role::Legal => published.readings.clone(),
        _ => local.cloned().unwrap_or_default(),
    }
}

/// Whether the readings may be edited here: always by 法治科, elsewhere only until a published reading is imported.
pub fn readings_editable(role: Role, published: Option<&PublishedReadings>) -> bool {
    role == Role::Legal || published.is_none()
}

/// What a verdict names as the readings it was made under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadingsSource {
    /// A published reading.
    Published {
        /// Its version.
        version: u64,
        /// The date it takes effect.
        effective_from: NaiveDate,
    },
    /// The engine's defaults (no published reading, nothing set here).
    Defaults,
    /// Readings set on this laptop that are not (or not yet) a published reading.
    Local,
}

impl ReadingsSource {
    /// The source of `in_force`: the published reading if it is exactly that one, the defaults if those, else local.
    pub fn of(published: Option<&PublishedReadings>, in_force: &Readings) -> ReadingsSource {
        match published {
            Some(p) if p.readings == *in_force => {
                ReadingsSource::Published { version: p.version, effective_from: p.effective_from }
            }
            _ if *in_force == Readings::default() => ReadingsSource::Defaults,
            _ => ReadingsSource::Local,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::published_readings::tests::{file, legal_key};
    use super::*;

    fn local() -> Readings {
        let mut readings = Readings::default();
        readings.r2.repeat_includes_second_finding = false;
        readings
    }

    #[test]
    fn an_officer_follows_the_published_reading_and_legal_its_own() {
        let mut published_readings = Readings::default();
        published_readings.r2.outside_officials_are_internal = false;
        let published = file(4, &published_readings, &legal_key()).published;
        for role in [Role::Officer, Role::Trainee] {
            assert_eq!(readings_in_force(role, Some(&published), Some(&local())), published_readings);
            assert!(!readings_editable(role, Some(&published)));
            assert_eq!(readings_in_force(role, None, Some(&local())), local());
            assert_eq!(readings_in_force(role, None, None), Readings::default());
            assert!(readings_editable(role, None));
        }
        assert_eq!(readings_in_force(Role::Legal, Some(&published), Some(&local())), local());
        assert!(readings_editable(Role::Legal, Some(&published)));
    }

    #[test]
    fn a_verdict_names_the_published_version_the_defaults_or_local_readings() {
        let published = file(4, &local(), &legal_key()).published;
        let source = ReadingsSource::of(Some(&published), &local());
        assert_eq!(
            source,
            ReadingsSource::Published { version: 4, effective_from: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap() }
        );
        assert_eq!(ReadingsSource::of(None, &Readings::default()), ReadingsSource::Defaults);
        assert_eq!(ReadingsSource::of(None, &local()), ReadingsSource::Local);
        // 法治科 edited after publishing: no longer the published reading.
        assert_eq!(ReadingsSource::of(Some(&published), &Readings::default()), ReadingsSource::Defaults);
    }
}
