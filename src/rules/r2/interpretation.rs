//! The readings (解释口径) the engine takes where R2's text is ambiguous. Each default is the reading the
//! engine argues for in its explanations; the bureau may choose the other one.

use serde::{Deserialize, Serialize};

/// The ambiguous points of R2 and the reading taken for each. `Default` is the engine's recommended reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Interpretation {
    /// 上级机关、其他执法机关的工作人员是否属于第二条所称内部人员。
    ///
    /// Art. 2 says 在行政执法机关工作的人员 (not limited to this bureau) and Art. 7 and 8 bring these people into
    /// the regulation, but Art. 10 speaks of 局机关内部人员. Default `true`: they are internal personnel and
    /// Art. 10 names what they did; `false`: only Art. 7, 8 and 14 apply to them. Under either reading the bureau
    /// holds no 人事管理权限 over them (Art. 10 通报 "按人事管理权限"), so the required actions are never this
    /// bureau's 通报 or its own 纪检 referral: refuse, tell them to follow procedure (Art. 6, 8), record (Art. 3), and
    /// report to 法治科, who may refer it to 区司法局 (Art. 3, 4) or to the person's own agency.
    pub outside_officials_are_internal: bool,
    /// 领导干部、上级机关口头提出指导性意见，除由办案人员记录在案外，是否还须"依照程序"。
    ///
    /// Art. 7 reads 应当依照程序以书面形式提出，口头提出的，由办案人员记录在案: 依照程序 goes with the written form,
    /// and the condition it sets for oral guidance is the handler's record. Default `false`: recorded oral guidance
    /// within authority and for duty is legitimate under Art. 7 whether or not it went through a procedure; `true`:
    /// oral guidance must also have gone through procedure, and without it goes to 法治科 for determination as an
    /// irregular form (never Art. 10(7) on form alone).
    pub oral_guidance_needs_procedure: bool,
    /// 办案人员未记录的口头指导意见、口头了解情况，是否认定为干预。
    ///
    /// Art. 7 makes the record the handler's duty (由办案人员记录在案); Art. 14(2) makes it a condition (做好工作
    /// 记录的不认定为干预). Default `false`: the person did their part, the handler must record now (待记录) and
    /// answers for not recording under Art. 13; `true`: until recorded it is interference under Art. 10(7).
    pub unrecorded_oral_is_interference: bool,
    /// 第十三条"两次以上"是否包括第二次。
    ///
    /// Default `true`: in Chinese legal drafting 以上 includes the number itself, so the 2nd finding is already
    /// 两次以上; `false`: only the 3rd and later findings are.
    pub repeat_includes_second_finding: bool,
    /// 主管领导授意不记录时，办案人员本人是否仍被追究。
    ///
    /// Default `true`: Art. 13's third sentence adds the supervisor's liability without lifting the handler's under
    /// the first two; `false`: the instruction shifts the liability to the supervisor alone.
    pub instructed_handler_also_liable: bool,
}

impl Default for Interpretation {
    fn default() -> Self {
        Interpretation {
            outside_officials_are_internal: true,
            oral_guidance_needs_procedure: false,
            unrecorded_oral_is_interference: false,
            repeat_includes_second_finding: true,
            instructed_handler_also_liable: true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_take_the_recommended_reading() {
        let partial: Interpretation = serde_json::from_str(r#"{"outside_officials_are_internal": false}"#).unwrap();
        assert_eq!(partial, Interpretation { outside_officials_are_internal: false, ..Interpretation::default() });
        let earlier_version = r#"{"outside_officials_are_internal":true,"unrecorded_oral_is_interference":true,
            "repeat_includes_second_finding":true,"instructed_handler_also_liable":false}"#;
        let stored: Interpretation = serde_json::from_str(earlier_version).unwrap();
        assert!(!stored.oral_guidance_needs_procedure && stored.unrecorded_oral_is_interference);
    }
}
