//! Tests of the R2 engine: the provision-by-provision table, properties over every input, and the behaviour of
//! explanations, actions and the alternative readings.

mod cases;
mod generated;
mod properties;
mod undetermined;

use super::cites::*;
use super::*;

fn texts(assessment: &Assessment) -> Vec<&str> {
    assessment.explanation.steps.iter().map(|s| s.text.as_str()).collect()
}

fn kinds(actions: &[RequiredAction]) -> Vec<ActionKind> {
    actions.iter().map(|a| a.kind).collect()
}

/// A contact described outside a record (a training scenario), under the default reading.
fn described(facts: &InterferenceFacts) -> Assessment {
    assess_with(facts, Basis { reading: &Interpretation::default(), occasion: Occasion::Described })
}

fn retired_pleading() -> InterferenceFacts {
    InterferenceFacts {
        category: PersonCategory::Retired,
        is_bureau_leader: true,
        conduct: vec![Conduct::PleadForParty],
        ..InterferenceFacts::default()
    }
}

fn oral_guidance_by_leader(recorded: bool) -> InterferenceFacts {
    InterferenceFacts {
        category: PersonCategory::CurrentStaff,
        is_bureau_leader: true,
        within_authority: true,
        for_official_duty: true,
        through_procedure: true,
        recorded_by_handler: recorded,
        method: ContactMethod::Phone,
        conduct: vec![Conduct::SupervisoryGuidance],
        ..InterferenceFacts::default()
    }
}

#[test]
fn a_retired_leader_pleading_is_explained_from_article_2_to_item_5() {
    let assessment = assess(&retired_pleading());
    let steps = &assessment.explanation.steps;
    assert_eq!(steps[0].text, "行为人为已经离退休的人员 → 第二条明列 → 属于内部人员");
    assert_eq!(steps[0].cites, vec![R2_2]);
    assert!(steps[1].text.contains("已不履行领导职责") && steps[1].cites == vec![R2_7]);
    let pleading = Article10Item::PleadingOrPrying.cite();
    assert!(
        steps
            .iter()
            .any(|s| s.text == "本人为当事人请托、说情、打招呼 → 第十条第（五）项" && s.cites == vec![pleading])
    );
    let last = steps.last().map(|s| s.text.as_str());
    assert_eq!(last, Some("结论：违反规定干预办案（第十条第（五）项）"));
    assert_eq!(assessment.explanation.cites()[..2], [R2_2, R2_7]);
    assert_eq!(assessment.rests_on()[..2], [R2_2, pleading]);
    assert!(assessment.rests_on().contains(&R2_11));
    assert!(!assessment.rests_on().contains(&R2_7), "Art. 7 was considered and set aside, not rested on");
}

#[test]
fn prohibited_interference_requires_every_action_in_order() {
    let assessment = assess(&retired_pleading());
    assert_eq!(
        kinds(&assessment.actions),
        [
            ActionKind::Record,
            ActionKind::Refuse,
            ActionKind::Report,
            ActionKind::Notify,
            ActionKind::ReferToDiscipline,
            ActionKind::ReferForProsecution
        ]
    );
    let report = &assessment.actions[2];
    assert!(report.text.contains("法治科") && report.text.contains("区司法局"));
    assert_eq!(report.cites, vec![R2_3, R2_4]);
    assert!(assessment.actions[3].text.contains("人事管理权限") && assessment.actions[3].cites == vec![R2_10]);
    assert!(assessment.actions[4].text.contains("纪检部门") && assessment.actions[4].cites == vec![R2_11]);
}

#[test]
fn forwarded_materials_are_also_sent_back_to_procedure() {
    let facts = InterferenceFacts {
        on_behalf_of_party: true,
        conduct: vec![Conduct::ForwardCaseMaterials],
        ..InterferenceFacts::default()
    };
    let actions = assess(&facts).actions;
    assert!(kinds(&actions).contains(&ActionKind::Refuse));
    assert!(actions.iter().any(|a| a.kind == ActionKind::FollowProcedure && a.cites == vec![R2_6]));
}

#[test]
fn legitimate_contacts_are_still_recorded_and_nothing_more() {
    let written = InterferenceFacts { method: ContactMethod::Written, ..oral_guidance_by_leader(false) };
    let assessment = assess(&written);
    assert_eq!(assessment.verdict, Verdict::Legitimate { grounds: vec![LegitimateGround::GuidanceInWriting] });
    assert_eq!(kinds(&assessment.actions), [ActionKind::Record]);
    let record = &assessment.actions[0];
    assert!(record.text.contains("时间、地点、人物、方式、内容") && record.text.contains("书面材料附卷"));
    assert!(record.text.contains("即使不认定为内部人员干预，也应记录"));
}

#[test]
fn unrecorded_oral_guidance_awaits_the_handlers_record_and_warns_of_article_13() {
    let assessment = described(&oral_guidance_by_leader(false));
    assert_eq!(assessment.verdict, Verdict::AwaitingRecord { grounds: vec![LegitimateGround::OralGuidanceRecorded] });
    assert!(texts(&assessment).iter().any(|t| t.contains("办案人员的义务") && t.contains("本工具的解释")));
    let record = &assessment.actions[0];
    assert_eq!(record.cites, vec![R2_3, R2_7, R2_13]);
    assert!(record.text.contains("立即") && record.text.contains("警告、通报批评"));
    assert_eq!(
        assess(&oral_guidance_by_leader(true)).verdict,
        Verdict::Legitimate { grounds: vec![LegitimateGround::OralGuidanceRecorded] }
    );
}

#[test]
fn the_strict_reading_treats_unrecorded_oral_contact_as_item_7() {
    let strict = Interpretation { unrecorded_oral_is_interference: true, ..Interpretation::default() };
    let guidance = assess_with(&oral_guidance_by_leader(false), &strict);
    assert_eq!(guidance.verdict, Verdict::Prohibited { items: vec![Article10Item::OtherInterference] });
    assert!(texts(&guidance).iter().any(|t| t.contains("从严口径")));
    let inquiry = InterferenceFacts { conduct: vec![Conduct::InquireAboutCase], ..oral_guidance_by_leader(false) };
    assert_eq!(
        assess_with(&inquiry, &strict).verdict,
        Verdict::Prohibited { items: vec![Article10Item::OtherInterference] }
    );
    assert_eq!(
        assess_with(&oral_guidance_by_leader(true), &strict).verdict,
        Verdict::Legitimate { grounds: vec![LegitimateGround::OralGuidanceRecorded] }
    );
}

#[test]
fn outside_officials_are_internal_by_default_but_never_notified_or_referred_by_the_bureau() {
    let pleading = InterferenceFacts { category: PersonCategory::SuperiorAgencyStaff, ..retired_pleading() };
    let broad = assess(&pleading);
    assert!(broad.internal_personnel);
    assert_eq!(broad.verdict, Verdict::Prohibited { items: vec![Article10Item::PleadingOrPrying] });
    assert!(texts(&broad)[0].contains("本工具认定其属于内部人员") && texts(&broad)[0].contains("无人事管理权限"));
    assert_eq!(kinds(&broad.actions), [ActionKind::Record, ActionKind::Refuse, ActionKind::Report]);
    let report = &broad.actions[2];
    assert!(report.text.contains("直接向区司法局报告") && report.text.contains("函告其所在单位"), "{}", report.text);
    assert!(report.text.contains("本局不对其通报，也不移交本局纪检部门") && report.cites == vec![R2_3, R2_4]);
    assert!(texts(&broad).iter().any(|t| t.contains("不在本局人事管理权限内") && t.contains("本工具的解释")));

    let narrow = Interpretation { outside_officials_are_internal: false, ..Interpretation::default() };
    let outside = assess_with(&pleading, &narrow);
    assert_eq!(outside.verdict, Verdict::OutsideScope);
    assert!(!outside.internal_personnel);
    assert_eq!(
        kinds(&outside.actions),
        [ActionKind::Record, ActionKind::Refuse, ActionKind::FollowProcedure, ActionKind::Report]
    );
    assert!(outside.actions[3].text.starts_with("建议") && outside.actions[3].cites == vec![R2_4]);
    assert!(outside.actions[3].text.contains("区司法局") && outside.actions[3].text.contains("本局不对其通报"));

    let guidance = InterferenceFacts { category: PersonCategory::SuperiorAgencyStaff, ..oral_guidance_by_leader(true) };
    assert_eq!(
        assess_with(&guidance, &narrow).verdict,
        Verdict::Legitimate { grounds: vec![LegitimateGround::OralGuidanceRecorded] }
    );
    let inquiry = InterferenceFacts {
        category: PersonCategory::OtherAgencyStaff,
        for_official_duty: true,
        conduct: vec![Conduct::InquireAboutCase],
        ..InterferenceFacts::default()
    };
    let redirected = assess_with(&inquiry, &narrow);
    assert_eq!(redirected.verdict, Verdict::OtherAgencyWithoutProcedure);
    assert!(redirected.actions.iter().any(|a| a.kind == ActionKind::Report && a.text.starts_with("建议")));
}

#[test]
fn a_police_officers_private_call_gets_actions_the_bureau_can_take_under_either_reading() {
    let call = InterferenceFacts {
        category: PersonCategory::OtherAgencyStaff,
        method: ContactMethod::Phone,
        conduct: vec![Conduct::PleadForParty, Conduct::InquireAboutCase],
        ..InterferenceFacts::default()
    };
    for internal in [true, false] {
        let reading = Interpretation { outside_officials_are_internal: internal, ..Interpretation::default() };
        let assessment = assess_with(&call, &reading);
        let kinds = kinds(&assessment.actions);
        assert!(kinds.contains(&ActionKind::Record) && kinds.contains(&ActionKind::Refuse), "{internal}");
        assert!(kinds.contains(&ActionKind::Report), "{internal}");
        for kind in [ActionKind::Notify, ActionKind::ReferToDiscipline, ActionKind::ReferForProsecution] {
            assert!(!kinds.contains(&kind), "{internal}: {kind:?}");
        }
    }
    // A colleague in post making the same call is notified and referred as Art. 10 and 11 say.
    let colleague = assess(&InterferenceFacts { category: PersonCategory::CurrentStaff, ..call.clone() });
    assert!(kinds(&colleague.actions).contains(&ActionKind::Notify));
    assert!(kinds(&colleague.actions).contains(&ActionKind::ReferToDiscipline));
    // So is a retiree of the bureau; a former colleague who has left is not within its personnel authority.
    let retiree = assess(&InterferenceFacts { category: PersonCategory::Retired, ..call.clone() });
    assert!(kinds(&retiree.actions).contains(&ActionKind::Notify));
    let former = assess(&InterferenceFacts { category: PersonCategory::FormerStaff, ..call });
    assert!(matches!(former.verdict, Verdict::Prohibited { .. }));
    assert!(!kinds(&former.actions).contains(&ActionKind::Notify));
}

#[test]
fn recorded_oral_guidance_from_the_leader_in_charge_needs_no_procedure_unless_the_bureau_reads_otherwise() {
    let off_procedure = InterferenceFacts { through_procedure: false, ..oral_guidance_by_leader(true) };
    let assessment = assess(&off_procedure);
    assert_eq!(assessment.verdict, Verdict::Legitimate { grounds: vec![LegitimateGround::OralGuidanceRecorded] });
    let step = texts(&assessment).into_iter().find(|t| t.contains("符合第七条")).unwrap_or_default();
    assert!(step.contains("由办案人员记录在案") && step.contains("本工具的解释") && step.contains("设置"), "{step}");
    assert!(
        crate::law::quote(R2_7)
            .is_some_and(|t| t.contains("应当依照程序以书面形式提出，口头提出的，由办案人员记录在案"))
    );
    let unrecorded = InterferenceFacts { recorded_by_handler: false, ..off_procedure.clone() };
    assert_eq!(
        assess(&unrecorded).verdict,
        Verdict::AwaitingRecord { grounds: vec![LegitimateGround::OralGuidanceRecorded] }
    );

    let strict = Interpretation { oral_guidance_needs_procedure: true, ..Interpretation::default() };
    let doubtful = assess_with(&off_procedure, &strict);
    assert_eq!(doubtful.verdict, Verdict::ForDetermination { doubts: vec![Doubt::IrregularForm] });
    assert!(texts(&doubtful).iter().any(|t| t.contains("按本局选定的口径，口头提出也须依照程序")));
    // Through procedure, the strict reading changes nothing.
    assert_eq!(
        assess_with(&oral_guidance_by_leader(true), &strict).verdict,
        Verdict::Legitimate { grounds: vec![LegitimateGround::OralGuidanceRecorded] }
    );
    // Nor does it touch what is not within authority.
    let beyond = InterferenceFacts { within_authority: false, ..off_procedure };
    assert_eq!(
        assess_with(&beyond, &strict).verdict,
        Verdict::Prohibited { items: vec![Article10Item::OtherInterference] }
    );
}

#[test]
fn an_oral_corrective_opinion_is_an_irregular_form_for_the_legal_section_to_determine() {
    let oral = InterferenceFacts {
        category: PersonCategory::CurrentStaff,
        department_supervises_case: true,
        within_authority: true,
        for_official_duty: true,
        through_procedure: true,
        recorded_by_handler: true,
        method: ContactMethod::Phone,
        conduct: vec![Conduct::SupervisoryGuidance],
        ..InterferenceFacts::default()
    };
    let assessment = assess(&oral);
    assert_eq!(assessment.verdict, Verdict::ForDetermination { doubts: vec![Doubt::IrregularForm] });
    assert_eq!(
        assessment.verdict.label(),
        "不径行认定为干预，报法治科认定（意见未依第七条、第十四条第（一）项的形式或程序提出）"
    );
    assert_eq!(kinds(&assessment.actions), [ActionKind::Record, ActionKind::FollowProcedure, ActionKind::Report]);
    assert!(assessment.actions[1].text.contains("以书面形式提出"), "{}", assessment.actions[1].text);
    assert!(assessment.actions[2].text.contains("由法治科认定") && assessment.actions[2].text.contains("不予通报"));
    let step = texts(&assessment).into_iter().find(|t| t.contains("形式不合规定")).unwrap_or_default();
    assert!(step.contains("影响执法人员依法公正处理案件") && step.contains("本工具的解释"), "{step}");
    let item_7 = crate::law::quote(Article10Item::OtherInterference.cite()).unwrap_or_default();
    assert!(item_7.contains("影响执法人员依法公正处理案件"));
    assert!(crate::law::quote(R2_14_1).is_some_and(|t| t.contains("依法依规履行指导、检查、督办等职责，并书面提出")));
    // In writing it is legitimate; off duty it is still Art. 10(7).
    let written = InterferenceFacts { method: ContactMethod::Written, ..oral.clone() };
    assert_eq!(
        assess(&written).verdict,
        Verdict::Legitimate { grounds: vec![LegitimateGround::SupervisoryOpinionInWriting] }
    );
    let off_duty = InterferenceFacts { for_official_duty: false, ..oral };
    assert_eq!(assess(&off_duty).verdict, Verdict::Prohibited { items: vec![Article10Item::OtherInterference] });
}

#[test]
fn the_officers_own_record_meets_the_record_duty_and_says_what_remains() {
    let own = assess(&retired_pleading());
    assert!(texts(&own).iter().all(|t| !t.starts_with("办案人员尚未记录")));
    let step = texts(&own).into_iter().find(|t| t.starts_with("本记录即是")).unwrap_or_default();
    assert!(step.contains("记录义务正在履行") && step.contains("向局机关法治科报告"), "{step}");
    assert!(!own.actions[0].cites.contains(&R2_13) && own.actions[0].text.ends_with("本记录即是此项记录"));
    assert!(kinds(&own.actions).contains(&ActionKind::Report));

    let scenario = described(&retired_pleading());
    assert!(texts(&scenario).iter().any(|t| t.starts_with("办案人员尚未记录") && t.contains("警告、通报批评")));
    assert!(scenario.actions[0].cites.contains(&R2_13));
    assert_eq!(own.verdict, scenario.verdict);
}

#[test]
fn an_agency_that_skips_procedure_is_told_to_follow_it_and_reported_only_if_it_persists() {
    let facts = InterferenceFacts {
        category: PersonCategory::OtherAgencyStaff,
        for_official_duty: true,
        method: ContactMethod::Phone,
        conduct: vec![Conduct::InquireAboutCase],
        ..InterferenceFacts::default()
    };
    let assessment = assess(&facts);
    assert_eq!(kinds(&assessment.actions), [ActionKind::Record, ActionKind::FollowProcedure, ActionKind::Report]);
    assert_eq!(assessment.actions[1].cites, vec![R2_6, R2_8]);
    assert!(assessment.actions[2].text.starts_with("对方拒不依照程序"));
    assert!(texts(&assessment).iter().any(|t| t.contains("不认定为第十条的干预")));
}

#[test]
fn one_prohibited_conduct_outweighs_legitimate_ones() {
    let facts = InterferenceFacts {
        method: ContactMethod::Written,
        conduct: vec![Conduct::SupervisoryGuidance, Conduct::ProposePrivateMeeting],
        ..oral_guidance_by_leader(true)
    };
    let assessment = assess(&facts);
    assert_eq!(assessment.verdict, Verdict::Prohibited { items: vec![Article10Item::PrivateMeeting] });
    assert!(texts(&assessment).iter().any(|t| t.contains("符合第七条")));
}

#[test]
fn a_leader_of_a_supervising_department_writing_has_both_grounds() {
    let facts = InterferenceFacts {
        department_supervises_case: true,
        method: ContactMethod::Written,
        ..oral_guidance_by_leader(false)
    };
    assert_eq!(
        assess(&facts).verdict,
        Verdict::Legitimate {
            grounds: vec![LegitimateGround::GuidanceInWriting, LegitimateGround::SupervisoryOpinionInWriting]
        }
    );
}

#[test]
fn form_alone_is_not_enough_and_the_explanation_says_why() {
    let facts = InterferenceFacts {
        within_authority: false,
        method: ContactMethod::Written,
        conduct: vec![Conduct::InstructCaseDecision],
        ..oral_guidance_by_leader(true)
    };
    let assessment = assess(&facts);
    assert_eq!(assessment.verdict, Verdict::Prohibited { items: vec![Article10Item::InstructionBeyondAuthority] });
    let step = texts(&assessment).into_iter().find(|t| t.contains("第十条第（一）项")).unwrap_or_default();
    assert!(step.contains("超出其职权范围") && step.contains("仅有书面形式或领导身份并不足够"), "{step}");
}

#[test]
fn prying_explains_the_split_between_items_5_and_6_once() {
    let facts = InterferenceFacts {
        conduct: vec![Conduct::InquireAboutCase, Conduct::LeakInformation],
        on_behalf_of_party: true,
        ..InterferenceFacts::default()
    };
    let assessment = assess(&facts);
    assert_eq!(assessment.verdict, Verdict::Prohibited { items: vec![Article10Item::ActingForParty] });
    let notes = texts(&assessment).into_iter().filter(|t| t.contains("本工具以是否受当事人或其亲属之托")).count();
    assert_eq!(notes, 1);
}

#[test]
fn current_staff_interfering_are_reminded_of_article_5() {
    let staff = assess(&InterferenceFacts { conduct: vec![Conduct::OtherInfluence], ..InterferenceFacts::default() });
    assert!(staff.explanation.cites().contains(&R2_5));
    assert!(!assess(&retired_pleading()).explanation.cites().contains(&R2_5));
}

#[test]
fn no_conduct_means_no_verdict_yet_but_still_a_record() {
    let assessment = assess(&InterferenceFacts::default());
    assert_eq!(assessment.verdict, Verdict::NoConductGiven);
    assert_eq!(kinds(&assessment.actions), [ActionKind::Record]);
}

#[test]
fn the_party_lawyer_is_outside_scope_but_recorded_and_sent_to_procedure() {
    let facts = InterferenceFacts {
        category: PersonCategory::Outsider,
        conduct: vec![Conduct::PleadForParty],
        ..InterferenceFacts::default()
    };
    let assessment = assess(&facts);
    assert_eq!(assessment.verdict, Verdict::OutsideScope);
    assert_eq!(kinds(&assessment.actions), [ActionKind::Record, ActionKind::FollowProcedure]);
    assert!(!assessment.actions[0].cites.contains(&R2_13), "Art. 13 concerns internal interference only");
}

#[test]
fn incomplete_records_name_the_missing_elements_in_article_3_order() {
    let record = RecordElements { person: "李某".into(), method: "电话".into(), ..RecordElements::default() };
    let result = completeness(&record);
    assert_eq!(result.missing, [RecordElement::Time, RecordElement::Place, RecordElement::Content]);
    assert!(!result.is_complete());
    assert!(result.explanation.steps[0].text.starts_with("缺少时间、地点、内容"));
    assert!(result.explanation.steps[1].text.contains("如实"));
}

#[test]
fn the_second_finding_is_already_two_or_more_unless_the_bureau_reads_otherwise() {
    let second = NonRecordingFacts { prior_findings: 1, ..NonRecordingFacts::default() };
    let default = non_recording(&second);
    assert_eq!(default.handler_sanction, Some(HandlerSanction::DisciplinaryReferral));
    assert!(default.explanation.steps.iter().any(|s| s.text.contains("\"以上\"包括本数")));
    assert_eq!(kinds(&default.actions), [ActionKind::Record, ActionKind::ReferToDiscipline]);

    let exclusive = Interpretation { repeat_includes_second_finding: false, ..Interpretation::default() };
    assert_eq!(non_recording_with(&second, &exclusive).handler_sanction, Some(HandlerSanction::WarningAndCriticism));
    let third = NonRecordingFacts { prior_findings: 2, ..second };
    assert_eq!(non_recording_with(&third, &exclusive).handler_sanction, Some(HandlerSanction::DisciplinaryReferral));
}

#[test]
fn an_instructed_handler_is_still_liable_unless_the_bureau_reads_otherwise() {
    let instructed =
        NonRecordingFacts { failure: RecordingFailure::NotTruthful, prior_findings: 0, supervisor_instructed: true };
    let default = non_recording(&instructed);
    assert_eq!(default.handler_sanction, Some(HandlerSanction::WarningAndCriticism));
    assert!(default.supervisor_liable);
    assert_eq!(
        kinds(&default.actions),
        [ActionKind::Record, ActionKind::WarnAndCriticise, ActionKind::HoldSupervisorLiable]
    );
    assert!(default.actions[1].text.contains("不如实记录"));
    assert!(default.cites().contains(&R2_9), "the explanation rests the handler's liability on Art. 9 too");

    let shifted = Interpretation { instructed_handler_also_liable: false, ..Interpretation::default() };
    let outcome = non_recording_with(&instructed, &shifted);
    assert_eq!(outcome.handler_sanction, None);
    assert_eq!(kinds(&outcome.actions), [ActionKind::Record, ActionKind::HoldSupervisorLiable]);
}

#[test]
fn retaliation_is_referred_and_the_recorder_protected() {
    let facts = RetaliationFacts {
        measure: MeasureAgainstRecorder::Transfer,
        legal_ground: false,
        legal_procedure: false,
        because_of_truthful_record: true,
    };
    let outcome = retaliation(&facts);
    assert_eq!(
        kinds(&outcome.actions),
        [ActionKind::ProtectRecorder, ActionKind::ReferToDiscipline, ActionKind::ReferForProsecution]
    );
    assert!(outcome.actions[0].text.contains("调离") && outcome.actions[0].cites == vec![R2_9]);
    assert_eq!(outcome.actions[1].cites, vec![R2_12]);
    let unlawful = retaliation(&RetaliationFacts { because_of_truthful_record: false, ..facts });
    assert_eq!(kinds(&unlawful.actions), [ActionKind::ProtectRecorder]);
    assert!(unlawful.explanation.steps.iter().any(|s| s.text.contains("如查明与如实记录有关，即属第十二条")));
}

#[test]
fn an_instant_message_counts_as_oral_guidance_and_the_explanation_says_so() {
    let by_message = InterferenceFacts { method: ContactMethod::Message, ..oral_guidance_by_leader(true) };
    let assessment = assess(&by_message);
    assert_eq!(assessment.verdict, Verdict::Legitimate { grounds: vec![LegitimateGround::OralGuidanceRecorded] });
    assert!(texts(&assessment).iter().any(|t| t.contains("即时消息不是依照程序提出的书面形式")));
    let unrecorded = InterferenceFacts { recorded_by_handler: false, ..by_message };
    assert_eq!(
        assess(&unrecorded).verdict,
        Verdict::AwaitingRecord { grounds: vec![LegitimateGround::OralGuidanceRecorded] }
    );
}

#[test]
fn assessments_serialize_for_the_journal_with_cite_ids() {
    let json = serde_json::to_value(assess(&retired_pleading())).unwrap_or_default();
    assert_eq!(json["verdict"]["kind"], "prohibited");
    assert_eq!(json["verdict"]["items"][0], "pleading_or_prying");
    assert_eq!(json["explanation"]["steps"][0]["cites"][0], "R2-2");
    assert_eq!(json["actions"][0]["kind"], "record");
    let unit = serde_json::to_value(assess(&InterferenceFacts::default())).unwrap_or_default();
    assert_eq!(unit["verdict"]["kind"], "no_conduct_given");
}

/// The 信访办 forwarding a petition through its 转办 procedure: within authority, for duty, in writing.
fn petition_office_forwarding() -> InterferenceFacts {
    InterferenceFacts {
        category: PersonCategory::CurrentStaff,
        within_authority: true,
        for_official_duty: true,
        through_procedure: true,
        method: ContactMethod::Written,
        conduct: vec![Conduct::ForwardCaseMaterials],
        ..InterferenceFacts::default()
    }
}

#[test]
fn a_departments_own_procedure_is_neither_cleared_nor_accused_but_determined_by_the_legal_section() {
    let assessment = assess(&petition_office_forwarding());
    assert_eq!(assessment.verdict, Verdict::ForDetermination { doubts: vec![Doubt::NotListed] });
    let item_2 = Article10Item::PrivateOpinionOrMaterials.cite();
    let step = assessment.explanation.steps.iter().find(|s| s.cites.contains(&R2_14)).expect("a step cites Art. 14");
    assert!(step.text.contains("超越职权私自") && step.text.contains("既未超越职权，也非私自所为"), "{}", step.text);
    assert!(step.text.contains("本制度未列明") && step.text.contains("本工具的解释"));
    assert_eq!(step.cites, vec![R2_7, R2_14_1, item_2, R2_14, R2_3]);
    assert_eq!(kinds(&assessment.actions), [ActionKind::Record, ActionKind::Report]);
    assert!(assessment.actions[0].text.contains("书面材料附卷"));
    assert!(assessment.rests_on().contains(&R2_14) && assessment.rests_on().contains(&R2_4));
}

#[test]
fn a_department_without_a_guiding_role_is_determined_only_when_within_authority_duty_and_procedure() {
    for category in [PersonCategory::CurrentStaff, PersonCategory::ContractStaff] {
        for conduct in [Conduct::ForwardCaseMaterials, Conduct::OpinionOnDisposition] {
            let base = InterferenceFacts { category, conduct: vec![conduct], ..petition_office_forwarding() };
            let determined = Verdict::ForDetermination { doubts: vec![Doubt::NotListed] };
            assert_eq!(assess(&base).verdict, determined, "{category:?} {conduct:?}");
            let by_phone = assess(&InterferenceFacts { method: ContactMethod::Phone, ..base.clone() });
            assert_eq!(by_phone.verdict, determined, "{category:?} {conduct:?}: the form alone decides nothing");
            assert!(by_phone.actions.iter().any(|a| a.kind == ActionKind::FollowProcedure && a.text.contains("书面")));
            let item_2 = Verdict::Prohibited { items: vec![Article10Item::PrivateOpinionOrMaterials] };
            let item_6 = Verdict::Prohibited { items: vec![Article10Item::ActingForParty] };
            let cases = [
                ("私自：未走工作程序", InterferenceFacts { through_procedure: false, ..base.clone() }),
                ("超越职权", InterferenceFacts { within_authority: false, ..base.clone() }),
                ("并非因履行职责", InterferenceFacts { for_official_duty: false, ..base.clone() }),
            ];
            for (name, facts) in cases {
                assert_eq!(assess(&facts).verdict, item_2, "{category:?} {conduct:?}: {name}");
            }
            if conduct == Conduct::ForwardCaseMaterials {
                let for_party = InterferenceFacts { on_behalf_of_party: true, ..base.clone() };
                assert_eq!(assess(&for_party).verdict, item_6, "{category:?}: forwarding for the party");
            }
            // A department that does supervise the case answers under Art. 14(1) instead.
            let supervising = InterferenceFacts { department_supervises_case: true, ..base.clone() };
            assert_eq!(
                assess(&supervising).verdict,
                Verdict::Legitimate { grounds: vec![LegitimateGround::SupervisoryOpinionInWriting] }
            );
        }
        // Opinions and forwarded materials only: instructions stay item (1).
        let instruction = InterferenceFacts {
            category,
            conduct: vec![Conduct::InstructCaseDecision],
            ..petition_office_forwarding()
        };
        let assessment = assess(&instruction);
        assert_eq!(assessment.verdict, Verdict::Prohibited { items: vec![Article10Item::InstructionBeyondAuthority] });
        assert!(
            texts(&assessment).iter().any(|t| t.contains("所答\"在职权范围内\"不能成立（本工具的解释）")),
            "overriding the answer is said"
        );
    }
}

#[test]
fn a_private_forward_says_why_it_is_private_and_cites_article_14() {
    let private = InterferenceFacts { through_procedure: false, ..petition_office_forwarding() };
    let assessment = assess(&private);
    let item_2 = Article10Item::PrivateOpinionOrMaterials.cite();
    let step = assessment.explanation.steps.iter().find(|s| s.cites.contains(&item_2)).expect("item (2) is cited");
    assert!(step.text.contains("未依照程序提出") && step.text.contains("即属超越职权私自所为（本工具的解释）"));
    assert!(step.text.contains("也不属依职权、按工作程序提出意见或转交材料") && step.cites.contains(&R2_14));
}

#[test]
fn the_verdict_rests_on_its_own_provisions_and_the_explanation_keeps_those_set_aside() {
    let written = InterferenceFacts { method: ContactMethod::Written, ..oral_guidance_by_leader(false) };
    let mixed = InterferenceFacts {
        conduct: vec![Conduct::SupervisoryGuidance, Conduct::ProposePrivateMeeting],
        ..written.clone()
    };
    let private_meeting = Article10Item::PrivateMeeting.cite();
    // (facts, rested on, considered in the explanation but not rested on)
    let table: [(InterferenceFacts, Vec<crate::law::Cite>, Vec<crate::law::Cite>); 3] = [
        (written, vec![R2_2, R2_7, R2_3], vec![]),
        (mixed, vec![R2_2, private_meeting, R2_3], vec![R2_7]),
        (retired_pleading(), vec![R2_2, Article10Item::PleadingOrPrying.cite()], vec![R2_7]),
    ];
    for (facts, rested, set_aside) in table {
        let assessment = assess(&facts);
        let rests_on = assessment.rests_on();
        let considered = assessment.explanation.cites();
        for cite in &rested {
            assert!(rests_on.contains(cite), "{:?}: {cite} missing from {rests_on:?}", assessment.verdict);
        }
        for cite in &set_aside {
            assert!(!rests_on.contains(cite), "{:?}: {cite} was only considered: {rests_on:?}", assessment.verdict);
            assert!(
                considered.contains(cite),
                "{:?}: the explanation drops {cite}: {considered:?}",
                assessment.verdict
            );
        }
        if matches!(assessment.verdict, Verdict::Legitimate { .. }) {
            assert!(rests_on.iter().all(|c| c.regulation != 2 || c.article != 10), "{rests_on:?}");
        }
    }
}
