//! The setting: whether a period of days (R1-10-1's “2日”) counts calendar days or working days.

use serde::{Deserialize, Serialize};

use super::outside_law::{
    ADMINISTRATIVE_PENALTY_LAW_WORKING_DAYS, CIVIL_CODE_REST_DAY_EXTENSION, CIVIL_CODE_START_DAY_EXCLUDED,
};

/// How a period of days is counted. R1 writes “2日” without saying which; the bureau chooses on the settings page.
///
/// The default is [`DayCounting::CalendarDays`]:
/// - R1 says “2日”, not “2个工作日”; the general rule for counting periods (民法典 第二百零一条至第二百零三条)
///   counts calendar days and moves a last day that falls on a rest day to the next working day;
/// - 行政处罚法 第八十五条 makes “二日” working days only for that law's own periods (“本法中”), and R1 is the
///   bureau's internal rule;
/// - calendar days never give a later due date than working days, so a transfer made by the calendar-day due date
///   is on time under either reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum DayCounting {
    /// Every calendar day counts; a last day on a rest day moves to the next working day (民法典 第二百零三条).
    #[default]
    CalendarDays,
    /// Only working days count (weekends and holidays do not; make-up workdays do), as 行政处罚法 第八十五条 does.
    WorkingDays,
}

impl DayCounting {
    /// Both choices, default first, for the settings page.
    pub const ALL: [DayCounting; 2] = [DayCounting::CalendarDays, DayCounting::WorkingDays];

    /// The Chinese name: `自然日` or `工作日`.
    pub fn label(self) -> &'static str {
        match self {
            DayCounting::CalendarDays => "自然日",
            DayCounting::WorkingDays => "工作日",
        }
    }

    /// Why a period of `days` days is counted this way, with the outside provisions quoted: the explanation step,
    /// also shown on the settings page.
    pub fn basis(self, days: u32) -> String {
        let civil = format!("{}{}", CIVIL_CODE_START_DAY_EXCLUDED.quoted(), CIVIL_CODE_REST_DAY_EXTENSION.quoted());
        let penalty = ADMINISTRATIVE_PENALTY_LAW_WORKING_DAYS.quoted();
        match self {
            DayCounting::CalendarDays => format!(
                "“{days}日”按自然日计算（本系统默认，可在设置中改为工作日）。条文未写明按自然日还是工作日，此为本系统的选择：\
                 本制度是局内部制度，其期限不属于行政处罚法第八十五条所说的“本法中”的期限，故适用期间计算的一般规则——\
                 {civil}按自然日计算得出的届满日不会晚于按工作日计算的届满日，按此办理在两种理解下均不逾期。\
                 如本局认为应参照{penalty}可在设置中改为按工作日计算。"
            ),
            DayCounting::WorkingDays => format!(
                "“{days}日”按工作日计算（本局设置；系统默认为自然日）。条文未写明按自然日还是工作日；本局选择参照\
                 {penalty}（本制度第二条所称错案为行政处罚、行政许可案件）。周末和法定节假日不计，调休上班日计为工作日。\
                 系统默认的自然日计法依据：{civil}"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_days_are_the_default_and_the_setting_round_trips() {
        assert_eq!(DayCounting::default(), DayCounting::CalendarDays);
        assert_eq!(DayCounting::ALL[0], DayCounting::default());
        for counting in DayCounting::ALL {
            let json = serde_json::to_string(&counting).unwrap();
            assert_eq!(serde_json::from_str::<DayCounting>(&json).unwrap(), counting);
        }
        assert_eq!(serde_json::to_string(&DayCounting::WorkingDays).unwrap(), "\"WorkingDays\"");
    }

    #[test]
    fn each_basis_quotes_both_outside_laws() {
        for counting in DayCounting::ALL {
            let basis = counting.basis(2);
            assert!(basis.contains(CIVIL_CODE_START_DAY_EXCLUDED.text), "{counting:?}");
            assert!(basis.contains(CIVIL_CODE_REST_DAY_EXTENSION.text), "{counting:?}");
            assert!(basis.contains(ADMINISTRATIVE_PENALTY_LAW_WORKING_DAYS.text), "{counting:?}");
            assert!(basis.starts_with(&format!("“2日”按{}计算", counting.label())));
        }
    }
}
