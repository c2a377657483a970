//! R2 Art. 2: who is 行政执法机关内部人员, and which of the person's stated roles can count.

use super::cites::{R2_2, R2_7, R2_8, R2_10, R2_14_1};
use super::facts::{InterferenceFacts, PersonCategory};
use super::interpretation::Interpretation;
use crate::rules::Explanation;

/// The person as the assessment sees them, after checking the answers against their category.
#[derive(Debug, Clone, Copy)]
pub(super) struct Actor {
    /// The category as answered.
    pub category: PersonCategory,
    /// Internal personnel under Art. 2 (under the chosen reading for outside officials).
    pub internal: bool,
    /// 局机关领导干部 in post (Art. 7).
    pub bureau_leader: bool,
    /// 上级机关工作人员 (Art. 7).
    pub superior_agency: bool,
    /// 其他执法机关的工作人员 (Art. 8).
    pub other_agency: bool,
    /// In post in a department that guides, manages or supervises the case (Art. 14(1)).
    pub supervising_department: bool,
    /// Acting for a duty they actually have (Art. 7, 8, 14).
    pub for_duty: bool,
}

impl Actor {
    /// Whether the person is within this bureau's 人事管理权限, which Art. 10's 通报 and an Art. 11 referral by the
    /// bureau need: its staff in post and its retirees. Former staff, superior agencies and other agencies are not,
    /// whatever the reading of Art. 2.
    pub fn under_personnel_authority(&self) -> bool {
        matches!(self.category, PersonCategory::CurrentStaff | PersonCategory::ContractStaff | PersonCategory::Retired)
    }

    /// Whether Art. 7 can apply: a bureau leader or superior-agency staff.
    pub fn can_guide(&self) -> bool {
        self.bureau_leader || self.superior_agency
    }

    /// Classifies the person under Art. 2 and discards roles the category rules out, explaining each step.
    pub fn identify(facts: &InterferenceFacts, reading: &Interpretation, why: &mut Explanation) -> Actor {
        let category = facts.category;
        let internal = is_internal(category, reading, why);
        let in_post = category.in_post();
        let departed = matches!(category, PersonCategory::Retired | PersonCategory::FormerStaff);
        let staff_in_post = matches!(category, PersonCategory::CurrentStaff | PersonCategory::ContractStaff);
        if category == PersonCategory::Outsider {
            return Actor {
                category,
                internal,
                bureau_leader: false,
                superior_agency: false,
                other_agency: false,
                supervising_department: false,
                for_duty: false,
            };
        }
        if facts.is_bureau_leader && departed {
            why.step(
                format!(
                    "行为人曾任领导干部，但现为{} → 已不履行领导职责 → 不适用第七条关于局机关领导干部的规定",
                    category.label()
                ),
                &[R2_7],
            );
        }
        if facts.is_bureau_leader && category == PersonCategory::OtherAgencyStaff {
            why.step(
                "行为人不是本局人员 → \"局机关领导干部\"一项不予考虑（第七条只及于局机关领导干部和上级机关工作人员）",
                &[R2_7],
            );
        }
        if facts.department_supervises_case && departed {
            why.step(
                format!(
                    "行为人现为{} → 已不在具有指导、管理、监督职能的部门履职 → 不适用第十四条第（一）项",
                    category.label()
                ),
                &[R2_14_1],
            );
        }
        if facts.for_official_duty && departed {
            why.step(
                format!("行为人现为{} → 对本案已无职责 → 不属于\"因履行职责需要\"", category.label()),
                &[R2_7, R2_8],
            );
        }
        Actor {
            category,
            internal,
            bureau_leader: facts.is_bureau_leader && staff_in_post,
            superior_agency: category == PersonCategory::SuperiorAgencyStaff,
            other_agency: category == PersonCategory::OtherAgencyStaff,
            supervising_department: facts.department_supervises_case && in_post,
            for_duty: facts.for_official_duty && in_post,
        }
    }
}

// 第二条 行政执法机关内部人员是指在行政执法机关工作的人员或曾经工作的人员。其主要包括：正式在编在岗的工作人员、
// 无正式编制的聘用人员以及已经离退休的人员。
fn is_internal(category: PersonCategory, reading: &Interpretation, why: &mut Explanation) -> bool {
    let label = category.label();
    match category {
        PersonCategory::CurrentStaff | PersonCategory::ContractStaff | PersonCategory::Retired => {
            why.step(format!("行为人为{label} → 第二条明列 → 属于内部人员"), &[R2_2]);
            true
        }
        PersonCategory::FormerStaff => {
            why.step(format!("行为人为{label} → 属于第二条\"曾经工作的人员\" → 属于内部人员"), &[R2_2]);
            true
        }
        PersonCategory::SuperiorAgencyStaff | PersonCategory::OtherAgencyStaff => {
            let own_article = if category == PersonCategory::SuperiorAgencyStaff { R2_7 } else { R2_8 };
            if reading.outside_officials_are_internal {
                why.step(
                    format!(
                        "行为人为{label} → 第二条\"在行政执法机关工作的人员\"未限于本局，且{}把此类人员纳入本制度 → 本工具认定其属于内部人员，按第十条认定行为性质（解释口径：第十条称\"局机关内部人员\"，本局可在设置中改为仅限本局人员）；本局对其无人事管理权限，无论采何种口径都不对其通报、不移交本局纪检部门",
                        own_article.short_label()
                    ),
                    &[R2_2, own_article, R2_10],
                );
                true
            } else {
                why.step(
                    format!(
                        "行为人为{label} → 按本局选定的解释口径，内部人员仅限本局人员（第十条称\"局机关内部人员\"） → 不适用第十条，但{}和第十四条仍适用",
                        own_article.short_label()
                    ),
                    &[R2_2, own_article, R2_10],
                );
                false
            }
        }
        PersonCategory::Outsider => {
            why.step(
                format!("行为人为{label} → 既不在行政执法机关工作，也未曾在其工作 → 不属于第二条所称内部人员"),
                &[R2_2],
            );
            false
        }
    }
}
