//! The root component: first-run setup, then the router with the four areas.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::path;

use super::areas::NotFound;
use super::bundles::{
    CirculationPage, ExportPage, ImportPage, ImportsPage, MergedState, QuarantinePage, RegisterPage, RegisterRecordPage,
};
use super::first_run::FirstRun;
use super::help_page::HelpPage;
use super::journal_state::{JournalState, JournalStatus, LegalJournal};
use super::law_page::LawPage;
use super::legal::{
    AttestationsPage, CaseFilePage, CaseFilesPage, DeadlinesPage, DecisionDocumentPage, LegalPage, NewCaseFilePage,
    NonRecordingPage, RetaliationPage, SpotCheckPage, StatisticsPage, WrongCasePage,
};
use super::officer::{AmendRecordPage, NewRecordPage, OfficerPage, RecordPage};
use super::quiz::{ExamPage, PracticePage, ProgressPage, QuizArea, QuizHome, ReviewPage};
use super::settings_page::SettingsPage;
use super::shell::Shell;
use super::state::AppState;
use crate::i18n::strings;
use crate::navigation::home_path;
use crate::web::journal_db::JournalDb;

/// The whole app. Shows first-run setup until a profile exists, then the routed areas.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    let officer = state.profile.with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default());
    let journal = JournalState::open(JournalDb::Officer, &officer);
    provide_context(journal);
    let legal_journal = JournalState::closed(JournalDb::Legal);
    provide_context(LegalJournal(legal_journal));
    provide_context(MergedState::new());
    Effect::new(move |_| {
        if let Some(name) = state.profile.with(|p| p.as_ref().map(|p| p.officer_name.clone())) {
            journal.set_officer(&name);
            legal_journal.set_officer(&name);
        }
    });
    view! {
        <Router>
            <Shell>
                <Show when=move || state.profile.with(Option::is_some) fallback=FirstRun>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=RoleHome />
                        <Route path=path!("/officer") view=|| view! { <JournalGate><OfficerPage /></JournalGate> } />
                        <Route path=path!("/officer/new") view=|| view! { <JournalGate><NewRecordPage /></JournalGate> } />
                        <Route path=path!("/officer/export") view=|| view! { <JournalGate><ExportPage /></JournalGate> } />
                        <Route path=path!("/officer/record/:id") view=|| view! { <JournalGate><RecordPage /></JournalGate> } />
                        <Route path=path!("/officer/record/:id/amend") view=|| view! { <JournalGate><AmendRecordPage /></JournalGate> } />
                        <Route path=path!("/legal") view=LegalPage />
                        <Route path=path!("/legal/import") view=ImportPage />
                        <Route path=path!("/legal/register") view=RegisterPage />
                        <Route path=path!("/legal/register/:id") view=RegisterRecordPage />
                        <Route path=path!("/legal/register/:id/circulation") view=CirculationPage />
                        <Route path=path!("/legal/imports") view=ImportsPage />
                        <Route path=path!("/legal/quarantine") view=QuarantinePage />
                        <Route path=path!("/legal/cases") view=CaseFilesPage />
                        <Route path=path!("/legal/cases/new") view=NewCaseFilePage />
                        <Route path=path!("/legal/cases/:id") view=CaseFilePage />
                        <Route path=path!("/legal/cases/:id/decision") view=DecisionDocumentPage />
                        <Route path=path!("/legal/non-recording") view=NonRecordingPage />
                        <Route path=path!("/legal/retaliation") view=RetaliationPage />
                        <Route path=path!("/legal/wrong-case") view=WrongCasePage />
                        <Route path=path!("/legal/deadlines") view=DeadlinesPage />
                        <Route path=path!("/legal/statistics") view=StatisticsPage />
                        <Route path=path!("/legal/spot-check") view=SpotCheckPage />
                        <Route path=path!("/legal/attestations") view=AttestationsPage />
                        <ParentRoute path=path!("/quiz") view=QuizArea>
                            <Route path=path!("") view=QuizHome />
                            <Route path=path!("practice") view=PracticePage />
                            <Route path=path!("exam") view=ExamPage />
                            <Route path=path!("review") view=ReviewPage />
                            <Route path=path!("progress") view=ProgressPage />
                        </ParentRoute>
                        <Route path=path!("/law") view=LawPage />
                        <Route path=path!("/help") view=HelpPage />
                        <Route path=path!("/settings") view=SettingsPage />
                    </Routes>
                </Show>
            </Shell>
        </Router>
    }
}

/// Shows an officer page only once the journal has been read and verified (or failed to open, which the page
/// reports): until then nothing could be shown as stored or verified.
#[component]
fn JournalGate(children: ChildrenFn) -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let opening = move || journal.status.with(|s| *s == JournalStatus::Opening);
    let waiting =
        || view! { <p role="status" data-testid="journal-opening">{strings().officer_area.list.integrity_pending}</p> };
    view! { <Show when=move || !opening() fallback=waiting>{children()}</Show> }
}

/// `/` sends each role to its own home page.
#[component]
fn RoleHome() -> impl IntoView {
    let state = expect_context::<AppState>();
    let home = state.profile.with_untracked(|p| home_path(p.as_ref().map(|p| p.role).unwrap_or_default()));
    view! { <Redirect path=home /> }
}
