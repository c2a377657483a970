//! The main navigation for each role, chosen at first run: an officer's laptop shows 办案记录, 培训测验, 法规, 帮助 and
//! 设置; 法治科's pages appear only in 法治科's navigation, one click away under 切换身份 on a shared machine. Every
//! address still opens for any role; a page another role's navigation holds says whose it is.

use crate::i18n::Strings;
use crate::settings::Role;

/// One link of the main navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NavItem {
    /// 办案记录: the officer's records.
    Officer,
    /// 法治科: the legal section's landing page, listing all its pages.
    Legal,
    /// 导入数据文件.
    Import,
    /// 登记册.
    Register,
    /// 错案卷宗: the wrong-case files (the 错案倒查 worksheet for trying the rules is on the landing page).
    CaseFiles,
    /// 期限计算.
    Deadlines,
    /// 统计.
    Statistics,
    /// 抽查.
    SpotCheck,
    /// 月度报告情况.
    Attestations,
    /// 培训测验.
    Quiz,
    /// 法规.
    Law,
    /// 帮助.
    Help,
    /// 设置.
    Settings,
}

impl NavItem {
    /// The link's address.
    pub fn href(self) -> &'static str {
        match self {
            NavItem::Officer => "/officer",
            NavItem::Legal => "/legal",
            NavItem::Import => "/legal/import",
            NavItem::Register => "/legal/register",
            NavItem::CaseFiles => "/legal/cases",
            NavItem::Deadlines => "/legal/deadlines",
            NavItem::Statistics => "/legal/statistics",
            NavItem::SpotCheck => "/legal/spot-check",
            NavItem::Attestations => "/legal/attestations",
            NavItem::Quiz => "/quiz",
            NavItem::Law => "/law",
            NavItem::Help => "/help",
            NavItem::Settings => "/settings",
        }
    }

    /// A stable key: the link is `nav-{key}`, the page it opens `{key}-page`.
    pub fn key(self) -> &'static str {
        match self {
            NavItem::Officer => "officer",
            NavItem::Legal => "legal",
            NavItem::Import => "import",
            NavItem::Register => "register",
            NavItem::CaseFiles => "case-files",
            NavItem::Deadlines => "deadlines",
            NavItem::Statistics => "statistics",
            NavItem::SpotCheck => "spot-check",
            NavItem::Attestations => "attestations",
            NavItem::Quiz => "quiz",
            NavItem::Law => "law",
            NavItem::Help => "help",
            NavItem::Settings => "settings",
        }
    }

    /// The link's text: the name each page already goes by.
    pub fn label(self, text: &Strings) -> &'static str {
        let legal = &text.legal_area;
        match self {
            NavItem::Officer => text.nav.officer,
            NavItem::Legal => text.nav.legal,
            NavItem::Import => text.bundles.pages.import,
            NavItem::Register => text.bundles.pages.register,
            NavItem::CaseFiles => text.case_files.title,
            NavItem::Deadlines => legal.deadlines.title_short,
            NavItem::Statistics => legal.statistics.title,
            NavItem::SpotCheck => legal.spot_check.title,
            NavItem::Attestations => legal.attestations.title,
            NavItem::Quiz => text.nav.quiz,
            NavItem::Law => text.nav.law,
            NavItem::Help => text.nav.help,
            NavItem::Settings => text.nav.settings,
        }
    }

    /// Whether the page at `path` is this link's page or one below it.
    fn covers(self, path: &str) -> bool {
        covers(self.href(), path)
    }
}

/// The links a role's navigation shows, in order.
pub fn nav_items(role: Role) -> Vec<NavItem> {
    use NavItem::*;
    match role {
        Role::Officer => vec![Officer, Quiz, Law, Help, Settings],
        Role::Legal => {
            vec![
                Legal,
                Import,
                Register,
                CaseFiles,
                Deadlines,
                Statistics,
                SpotCheck,
                Attestations,
                Law,
                Help,
                Settings,
            ]
        }
        Role::Trainee => vec![Quiz, Law, Help, Settings],
    }
}

/// The address of a role's home page, where `/` and a switch of role lead.
pub fn home_path(role: Role) -> &'static str {
    match role {
        Role::Officer => NavItem::Officer.href(),
        Role::Legal => NavItem::Legal.href(),
        Role::Trainee => NavItem::Quiz.href(),
    }
}

/// The link that marks the page at `path` as the current one: the most specific of `items` covering it (on
/// `/legal/register/…` 登记册, not 法治科).
pub fn current_item(items: &[NavItem], path: &str) -> Option<NavItem> {
    items.iter().copied().filter(|item| item.covers(path)).max_by_key(|item| item.href().len())
}

/// Whose page the page at `path` is, when `role`'s navigation does not hold it (an address opened directly, e.g.
/// 法治科's register on an officer's profile): the role whose home it lies under, else the first whose navigation
/// holds it. `None` when `role`'s navigation holds it, or no role's does (`/`, an unknown address).
pub fn page_owner(role: Role, path: &str) -> Option<Role> {
    if current_item(&nav_items(role), path).is_some() {
        return None;
    }
    Role::ALL
        .into_iter()
        .find(|&r| covers(home_path(r), path))
        .or_else(|| Role::ALL.into_iter().find(|&r| current_item(&nav_items(r), path).is_some()))
}

/// Where a switch from role `from` to role `to` leads from the page at `path`: the page itself when it is `to`'s
/// own page opened under `from` (the reason for switching), else `to`'s home page.
pub fn after_switch(from: Role, to: Role, path: &str) -> String {
    if page_owner(from, path) == Some(to) { path.to_string() } else { home_path(to).to_string() }
}

/// Whether `path` is `href` or lies below it (`/legal/import` is below `/legal`, `/legalese` is not).
fn covers(href: &str, path: &str) -> bool {
    path.strip_prefix(href).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ZH_CN;

    fn labels(role: Role) -> Vec<&'static str> {
        nav_items(role).into_iter().map(|item| item.label(&ZH_CN)).collect()
    }

    #[test]
    fn an_officer_sees_records_quiz_law_help_and_settings_and_none_of_the_legal_sections_pages() {
        assert_eq!(labels(Role::Officer), ["办案记录", "培训测验", "法规", "帮助", "设置"]);
        assert!(nav_items(Role::Officer).iter().all(|item| !item.href().starts_with("/legal")));
    }

    #[test]
    fn the_legal_section_sees_its_pages_and_the_common_ones_but_not_the_officers_records() {
        assert_eq!(
            labels(Role::Legal),
            [
                "法治科",
                "导入数据文件",
                "登记册",
                "错案卷宗",
                "期限计算",
                "统计",
                "抽查",
                "月度报告情况",
                "法规",
                "帮助",
                "设置"
            ]
        );
        assert!(!nav_items(Role::Legal).contains(&NavItem::Officer));
        assert!(!nav_items(Role::Legal).contains(&NavItem::Quiz));
    }

    #[test]
    fn a_trainee_sees_the_quiz_law_help_and_settings() {
        assert_eq!(labels(Role::Trainee), ["培训测验", "法规", "帮助", "设置"]);
    }

    #[test]
    fn every_role_reaches_its_home_and_the_common_pages_and_keys_are_distinct() {
        for role in Role::ALL {
            let items = nav_items(role);
            assert!(current_item(&items, home_path(role)).is_some(), "{role:?} home");
            for common in [NavItem::Law, NavItem::Help, NavItem::Settings] {
                assert!(items.contains(&common), "{role:?} {common:?}");
            }
            let mut keys: Vec<&str> = items.iter().map(|i| i.key()).collect();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), items.len());
        }
    }

    #[test]
    fn the_most_specific_link_is_current() {
        let legal = nav_items(Role::Legal);
        assert_eq!(current_item(&legal, "/legal"), Some(NavItem::Legal));
        assert_eq!(current_item(&legal, "/legal/register/abc"), Some(NavItem::Register));
        assert_eq!(current_item(&legal, "/legal/imports"), Some(NavItem::Legal), "not 导入数据文件");
        assert_eq!(current_item(&legal, "/legalese"), None);
        assert_eq!(current_item(&nav_items(Role::Officer), "/quiz/exam"), Some(NavItem::Quiz));
        assert_eq!(current_item(&nav_items(Role::Officer), "/"), None);
    }

    #[test]
    fn a_page_outside_the_roles_navigation_says_whose_it_is() {
        assert_eq!(page_owner(Role::Officer, "/legal/register"), Some(Role::Legal));
        assert_eq!(page_owner(Role::Officer, "/legal/quarantine"), Some(Role::Legal));
        assert_eq!(page_owner(Role::Legal, "/officer/new"), Some(Role::Officer));
        assert_eq!(page_owner(Role::Legal, "/quiz/practice"), Some(Role::Trainee), "the quiz is the trainee's home");
        assert_eq!(page_owner(Role::Trainee, "/officer"), Some(Role::Officer));
        for role in Role::ALL {
            for path in ["/law", "/help", "/settings", "/", "/no-such-page"] {
                assert_eq!(page_owner(role, path), None, "{role:?} {path}");
            }
        }
        assert_eq!(page_owner(Role::Officer, "/quiz"), None);
        assert_eq!(page_owner(Role::Legal, "/legal/spot-check"), None);
    }

    #[test]
    fn switching_role_stays_on_the_new_roles_page_or_goes_to_its_home() {
        assert_eq!(after_switch(Role::Officer, Role::Legal, "/legal/register/r1"), "/legal/register/r1");
        assert_eq!(after_switch(Role::Officer, Role::Legal, "/officer"), "/legal");
        assert_eq!(after_switch(Role::Officer, Role::Legal, "/settings"), "/legal");
        assert_eq!(after_switch(Role::Legal, Role::Trainee, "/legal"), "/quiz");
        assert_eq!(after_switch(Role::Trainee, Role::Officer, "/officer/new"), "/officer/new");
        assert_eq!(after_switch(Role::Officer, Role::Trainee, "/legal/import"), "/quiz", "not the trainee's page");
    }
}
