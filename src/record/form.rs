//! The record form as the officer fills it in, and its validation into an [`InterferenceRecord`].
//!
//! A half-filled form never panics: [`RecordForm::validate`] lists every problem, one Chinese message per field, for
//! inline display, and the form keeps its content.

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
use crate::rules::r2::{ContactMethod, InterferenceFacts, PersonCategory};

/// The form's raw content: text exactly as typed, choices not yet made are `None`. Serialisable, so a draft can be
/// autosaved and restored after a crash or a closed tab.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordForm {
    /// 时间, e.g. `2024-05-01T09:30` (from a datetime-local input) or `2024-05-01 09:30`.
    pub occurred_at: String,
    /// 地点.
    pub place: String,
    /// 人物姓名.
    pub person_name: String,
    /// 人物单位或部门.
    pub person_unit: String,
    /// 人物职务 (optional).
    pub person_position: String,
    /// 人物类别; becomes `facts.category`. Required: no default, a wrong category changes the assessment.
    pub category: Option<PersonCategory>,
    /// 方式; becomes `facts.method`. Required.
    pub method: Option<ContactMethod>,
    /// 内容.
    pub content: String,
    /// 案号 (may stay empty at the 立案 stage).
    pub case_number: String,
    /// 案由.
    pub case_cause: String,
    /// 办理阶段.
    pub case_stage: Option<CaseStage>,
    /// 记录人, several names separated by 、，, ; or spaces.
    pub recorders: String,
    /// The other structured answers (conduct and the yes/no questions). Its `category` and `method` are ignored:
    /// they are taken from [`RecordForm::category`] and [`RecordForm::method`].
    pub facts: InterferenceFacts,
    /// 是否已向法治科报告.
    pub reported_to_legal_section: bool,
    /// 向法治科报告的日期, e.g. `2024-05-02` (read only when reported).
    pub legal_section_date: String,
    /// 是否已直接向区司法局报告.
    pub reported_to_justice_bureau: bool,
    /// 向区司法局报告的日期 (read only when reported).
    pub justice_bureau_date: String,
}

/// A field of the form, to place an error next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FormField {
    /// 时间.
    OccurredAt,
    /// 地点.
    Place,
    /// 人物姓名.
    PersonName,
    /// 人物单位.
    PersonUnit,
    /// 人物类别.
    Category,
    /// 方式.
    Method,
    /// 内容.
    Content,
    /// 案号.
    CaseNumber,
    /// 案由.
    CaseCause,
    /// 办理阶段.
    CaseStage,
    /// 记录人.
    Recorders,
    /// 对方的要求或行为.
    Conduct,
    /// 向法治科报告的日期.
    LegalSectionDate,
    /// 向区司法局报告的日期.
    JusticeBureauDate,
}

impl FormField {
    /// Chinese label of the field: the form's label and the error summary's (the one owner of these words).
    pub fn label(self) -> &'static str {
        match self {
            FormField::OccurredAt => "时间",
            FormField::Place => "地点",
            FormField::PersonName => "人物姓名",
            FormField::PersonUnit => "人物单位或部门",
            FormField::Category => "人物类别（第二条）",
            FormField::Method => "方式",
            FormField::Content => "内容",
            FormField::CaseNumber => "案号",
            FormField::CaseCause => "案由",
            FormField::CaseStage => "办理阶段",
            FormField::Recorders => "记录人",
            FormField::Conduct => "对方的要求或行为",
            FormField::LegalSectionDate => "向法治科报告的日期",
            FormField::JusticeBureauDate => "向区司法局报告的日期",
        }
    }
}

/// One problem with one field, in Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub field: FormField,
    /// What is wrong and how to fix it.
    pub message: &'static str,
}

/// Every problem found in a form, in form order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors {
    /// The problems, at most one per field.
    pub errors: Vec<FieldError>,
}

impl FormErrors {
    /// The message to show next to a field, if it has a problem.
    pub fn message(&self, field: FormField) -> Option<&'static str> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.message)
    }

    fn add(&mut self, field: FormField, message: &'static str) {
        self.errors.push(FieldError { field, message });
    }
}

impl fmt::Display for FormErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "请检查以下内容：")?;
        for (i, e) in self.errors.iter().enumerate() {
            let sep = if i == 0 { "" } else { "；" };
            write!(f, "{sep}{}：{}", e.field.label(), e.message)?;
        }
        Ok(())
    }
}

const DATE_TIME_FORMATS: [&str; 6] = [
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y年%m月%d日 %H:%M",
];
const DATE_FORMATS: [&str; 3] = ["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日"];

/// Full-width digits, colons and spaces as typed with a Chinese input method, made half-width.
fn normalise(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '：' => ':',
            '　' => ' ',
            _ => c,
        })
        .collect()
}

fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let text = normalise(text);
    DATE_TIME_FORMATS.iter().find_map(|f| NaiveDateTime::parse_from_str(&text, f).ok())
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = normalise(text);
    DATE_FORMATS.iter().find_map(|f| NaiveDate::parse_from_str(&text, f).ok())
}

/// Splits the recorders' field into names.
fn split_names(text: &str) -> Vec<String> {
    text.split(['、', '，', ',', ';', '；', ' ', '　', '\n', '\t'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl RecordForm {
    /// The form pre-filled from a record (for an amendment): `validate` of it gives the record back.
    pub fn from_record(record: &InterferenceRecord) -> Self {
        let date = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
        RecordForm {
            occurred_at: record.occurred_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
            place: record.place.clone(),
            person_name: record.person.name.clone(),
            person_unit: record.person.unit.clone(),
            person_position: record.person.position.clone(),
            category: Some(record.facts.category),
            method: Some(record.facts.method),
            content: record.content.clone(),
            case_number: record.case.number.clone(),
            case_cause: record.case.cause.clone(),
            case_stage: Some(record.case.stage),
            recorders: record.recorders.join("、"),
            facts: record.facts.clone(),
            reported_to_legal_section: record.reports.legal_section.is_some(),
            legal_section_date: date(record.reports.legal_section),
            reported_to_justice_bureau: record.reports.justice_bureau.is_some(),
            justice_bureau_date: date(record.reports.justice_bureau),
        }
    }

    /// Whether 人物单位 must be filled in for this 人物类别: always, except for a person outside the bureau.
    pub fn person_unit_required(category: Option<PersonCategory>) -> bool {
        category != Some(PersonCategory::Outsider)
    }

    /// Whether 案号 must be filled in at this 办理阶段: always, except at 立案 (a case may have no number yet).
    pub fn case_number_required(stage: Option<CaseStage>) -> bool {
        stage != Some(CaseStage::Filing)
    }

    /// Checks every field and builds the record, or lists every problem (one message per field, in form order).
    ///
    /// `now` is the device's current local time: neither the interference nor a report may lie in the future.
    pub fn validate(&self, now: NaiveDateTime) -> Result<InterferenceRecord, FormErrors> {
        let mut errors = FormErrors::default();
        let required = |errors: &mut FormErrors, text: &str, field: FormField, message: &'static str| {
            let text = text.trim();
            if text.is_empty() {
                errors.add(field, message);
            }
            text.to_string()
        };

        // 时间
        let occurred_at = if self.occurred_at.trim().is_empty() {
            errors.add(FormField::OccurredAt, "请填写干预、插手发生的时间");
            None
        } else {
            match parse_date_time(&self.occurred_at) {
                None => {
                    errors.add(FormField::OccurredAt, "时间格式不正确，应如“2024-05-01 09:30”");
                    None
                }
                Some(t) if t > now => {
                    errors.add(FormField::OccurredAt, "时间不能晚于当前时间");
                    None
                }
                Some(t) => Some(t),
            }
        };
        // 地点
        let place = required(&mut errors, &self.place, FormField::Place, "请填写地点（电话、短信联系的可填“电话”等）");
        // 人物
        let name =
            required(&mut errors, &self.person_name, FormField::PersonName, "请填写人物姓名（姓名不详的填写“不详”）");
        let unit = self.person_unit.trim().to_string();
        if unit.is_empty() && Self::person_unit_required(self.category) {
            errors.add(FormField::PersonUnit, "请填写人物所在单位或部门（离退休、调离人员填写原单位）");
        }
        if self.category.is_none() {
            errors.add(FormField::Category, "请选择人物类别");
        }
        // 方式
        if self.method.is_none() {
            errors.add(FormField::Method, "请选择方式");
        }
        // 内容
        let content = required(&mut errors, &self.content, FormField::Content, "请如实填写干预、插手的具体内容");
        // 所涉案件
        let number = self.case_number.trim().to_string();
        if number.is_empty() && Self::case_number_required(self.case_stage) {
            errors.add(FormField::CaseNumber, "请填写案号（尚未立案、没有案号的，办理阶段请选“立案”）");
        }
        let cause = required(&mut errors, &self.case_cause, FormField::CaseCause, "请填写案由");
        if self.case_stage.is_none() {
            errors.add(FormField::CaseStage, "请选择办理阶段");
        }
        // 记录人
        let recorders = split_names(&self.recorders);
        if recorders.is_empty() {
            errors.add(FormField::Recorders, "请填写记录人（多人用顿号分隔）");
        }
        // 对方的要求或行为
        if self.facts.conduct.is_empty() {
            errors
                .add(FormField::Conduct, "请至少选择一项对方的要求或行为（都不符合的选“其他影响依法公正办案的行为”）");
        }
        // 报告情况
        let legal_section = self.report_date(
            &mut errors,
            (self.reported_to_legal_section, &self.legal_section_date),
            FormField::LegalSectionDate,
            occurred_at,
            now,
        );
        let justice_bureau = self.report_date(
            &mut errors,
            (self.reported_to_justice_bureau, &self.justice_bureau_date),
            FormField::JusticeBureauDate,
            occurred_at,
            now,
        );

        match (occurred_at, self.category, self.method, self.case_stage) {
            (Some(occurred_at), Some(category), Some(method), Some(stage)) if errors.errors.is_empty() => {
                Ok(InterferenceRecord {
                    occurred_at,
                    place,
                    person: Person { name, unit, position: self.person_position.trim().to_string() },
                    content,
                    case: CaseRef { number, cause, stage },
                    recorders,
                    facts: InterferenceFacts { category, method, ..self.facts.clone() },
                    reports: ReportStatus { legal_section, justice_bureau },
                })
            }
            _ => Err(errors),
        }
    }

    /// A report date: required when the box is ticked, not before the interference, not after today.
    fn report_date(
        &self,
        errors: &mut FormErrors,
        (reported, text): (bool, &str),
        field: FormField,
        occurred_at: Option<NaiveDateTime>,
        now: NaiveDateTime,
    ) -> Option<NaiveDate> {
        if !reported {
            return None;
        }
        if text.trim().is_empty() {
            errors.add(field, "已勾选报告的，请填写报告日期");
            return None;
        }
        let Some(date) = parse_date(text) else {
            errors.add(field, "日期格式不正确，应如“2024-05-02”");
            return None;
        };
        if date > now.date() {
            errors.add(field, "报告日期不能晚于今天");
            None
        } else if occurred_at.is_some_and(|t| date < t.date()) {
            errors.add(field, "报告日期不能早于干预、插手发生的日期");
            None
        } else {
            Some(date)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::r2::Conduct;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2024, 6, 1).unwrap().and_hms_opt(12, 0, 0).unwrap()
    }

    fn filled() -> RecordForm {
        RecordForm {
            occurred_at: "2024-05-01T09:30".into(),
            place: "执法支队办公室".into(),
            person_name: "王某".into(),
            person_unit: "某科室".into(),
            person_position: "副科长".into(),
            category: Some(PersonCategory::CurrentStaff),
            method: Some(ContactMethod::Phone),
            content: "来电询问案件进展，要求从轻处罚".into(),
            case_number: "黔规资罚〔2024〕12号".into(),
            case_cause: "未批先建".into(),
            case_stage: Some(CaseStage::Investigation),
            recorders: "张三、李四".into(),
            facts: InterferenceFacts { conduct: vec![Conduct::PleadForParty], ..Default::default() },
            reported_to_legal_section: true,
            legal_section_date: "2024-05-02".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_form_gives_the_record() {
        let record = filled().validate(now()).unwrap();
        assert_eq!(record.occurred_at.to_string(), "2024-05-01 09:30:00");
        assert_eq!(record.recorders, vec!["张三", "李四"]);
        assert_eq!(record.method(), ContactMethod::Phone);
        assert_eq!(record.category(), PersonCategory::CurrentStaff);
        assert_eq!(record.reports.legal_section, NaiveDate::from_ymd_opt(2024, 5, 2));
        assert_eq!(record.reports.justice_bureau, None);
        assert_eq!(record.facts.conduct, vec![Conduct::PleadForParty]);
    }

    #[test]
    fn an_empty_form_lists_every_required_field_and_does_not_panic() {
        let errors = RecordForm::default().validate(now()).unwrap_err();
        let fields: Vec<FormField> = errors.errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![
                FormField::OccurredAt,
                FormField::Place,
                FormField::PersonName,
                FormField::PersonUnit,
                FormField::Category,
                FormField::Method,
                FormField::Content,
                FormField::CaseNumber,
                FormField::CaseCause,
                FormField::CaseStage,
                FormField::Recorders,
                FormField::Conduct,
            ]
        );
        assert_eq!(errors.message(FormField::Place), Some("请填写地点（电话、短信联系的可填“电话”等）"));
        assert!(errors.to_string().starts_with("请检查以下内容：时间："));
    }

    #[test]
    fn whitespace_only_counts_as_empty_and_text_is_trimmed() {
        let mut form = filled();
        form.place = "  \n ".into();
        form.content = "  内容  ".into();
        let errors = form.validate(now()).unwrap_err();
        assert_eq!(errors.errors.len(), 1);
        assert!(errors.message(FormField::Place).is_some());
        form.place = " 办公室 ".into();
        let record = form.validate(now()).unwrap();
        assert_eq!((record.place.as_str(), record.content.as_str()), ("办公室", "内容"));
    }

    #[test]
    fn bad_and_future_times_are_refused_with_their_own_message() {
        let mut form = filled();
        form.occurred_at = "昨天上午".into();
        assert_eq!(
            form.validate(now()).unwrap_err().message(FormField::OccurredAt),
            Some("时间格式不正确，应如“2024-05-01 09:30”")
        );
        form.occurred_at = "2042-05-01 09:30".into();
        assert_eq!(form.validate(now()).unwrap_err().message(FormField::OccurredAt), Some("时间不能晚于当前时间"));
        form.occurred_at = "２０２４－05-01 09：30".replace('－', "-");
        assert!(form.validate(now()).is_ok(), "full-width digits and colon are accepted");
        form.occurred_at = "2024年05月01日 09:30".into();
        assert!(form.validate(now()).is_ok());
    }

    #[test]
    fn case_number_may_be_empty_only_at_filing() {
        assert!(RecordForm::case_number_required(None));
        assert!(RecordForm::case_number_required(Some(CaseStage::Investigation)));
        assert!(!RecordForm::case_number_required(Some(CaseStage::Filing)));
        let mut form = filled();
        form.case_number.clear();
        assert!(form.validate(now()).unwrap_err().message(FormField::CaseNumber).is_some());
        form.case_stage = Some(CaseStage::Filing);
        assert_eq!(form.validate(now()).unwrap().case.number, "");
    }

    #[test]
    fn unit_may_be_empty_only_for_an_outsider() {
        assert!(RecordForm::person_unit_required(None));
        assert!(RecordForm::person_unit_required(Some(PersonCategory::Retired)));
        assert!(!RecordForm::person_unit_required(Some(PersonCategory::Outsider)));
        let mut form = filled();
        form.person_unit.clear();
        assert!(form.validate(now()).unwrap_err().message(FormField::PersonUnit).is_some());
        form.category = Some(PersonCategory::Outsider);
        assert!(form.validate(now()).is_ok());
    }

    #[test]
    fn report_dates_are_checked_only_when_ticked() {
        let mut form = filled();
        form.legal_section_date.clear();
        assert_eq!(
            form.validate(now()).unwrap_err().message(FormField::LegalSectionDate),
            Some("已勾选报告的，请填写报告日期")
        );
        form.legal_section_date = "2024-04-30".into();
        assert_eq!(
            form.validate(now()).unwrap_err().message(FormField::LegalSectionDate),
            Some("报告日期不能早于干预、插手发生的日期")
        );
        form.legal_section_date = "2024-06-02".into();
        assert_eq!(
            form.validate(now()).unwrap_err().message(FormField::LegalSectionDate),
            Some("报告日期不能晚于今天")
        );
        form.reported_to_legal_section = false;
        assert_eq!(form.validate(now()).unwrap().reports.legal_section, None);
        form.reported_to_justice_bureau = true;
        form.justice_bureau_date = "2024/05/03".into();
        assert_eq!(form.validate(now()).unwrap().reports.justice_bureau, NaiveDate::from_ymd_opt(2024, 5, 3));
    }

    #[test]
    fn category_and_method_come_from_the_form_not_from_facts() {
        let mut form = filled();
        form.facts.category = PersonCategory::Retired;
        form.facts.method = ContactMethod::Written;
        let record = form.validate(now()).unwrap();
        assert_eq!(record.category(), PersonCategory::CurrentStaff);
        assert_eq!(record.method(), ContactMethod::Phone);
    }

    #[test]
    fn a_record_round_trips_through_its_form() {
        let mut form = filled();
        form.reported_to_justice_bureau = true;
        form.justice_bureau_date = "2024-05-10".into();
        let record = form.validate(now()).unwrap();
        assert_eq!(record.to_form().validate(now()).unwrap(), record);
    }
}
