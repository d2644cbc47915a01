//! The closing pane: attachments typed one a line become the draft's 附件说明, 今天 and the
//! calendar fill the date in the GB/T 9704 form, each in one undo step.

use crate::common::{self, click};

use egui::{Event, ImeEvent, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use work_summary::date;
use work_summary::ui::dialogs::ScriptedDialogs;
use work_summary::ui::{AppOptions, WorkSummaryApp};

type App = Harness<'static, WorkSummaryApp>;

fn launch() -> App {
    common::launch(
        AppOptions {
            path: None,
            dialogs: Box::new(ScriptedDialogs::default()),
            dirs: None,
            clipboard: None,
            clock: None,
        },
        [1200.0, 900.0],
    )
}

#[test]
fn attachments_are_one_a_line_and_export_numbered() {
    let mut h = launch();
    click(&mut h, "结尾与落款");
    h.get_by_label("附件（可选）").click();
    common::settle(&mut h);
    h.event(Event::Ime(ImeEvent::Commit("全年工作台账".into())));
    common::settle(&mut h);
    h.key_press(Key::Enter);
    common::settle(&mut h);
    h.event(Event::Ime(ImeEvent::Commit("群众满意度调查表".into())));
    common::settle(&mut h);
    assert_eq!(
        h.state().report().attachments,
        ["全年工作台账", "群众满意度调查表"]
    );
    let text = work_summary::export::text::write(h.state().report(), &h.state().text_options());
    assert!(text.contains("附件：1．全年工作台账"), "{text}");
    assert!(text.contains("2．群众满意度调查表"), "{text}");
}

#[test]
fn today_and_the_calendar_fill_in_the_date() {
    let mut h = launch();
    click(&mut h, "结尾与落款");
    click(&mut h, "今天");
    assert_eq!(h.state().report().signature.date, date::today_gb());
    assert!(
        !h.state().report().signature.date.contains("月0"),
        "no leading zeros"
    );

    h.state_mut()
        .edit(|r| r.signature.date = "2024年7月1日".into());
    common::settle(&mut h);
    click(&mut h, "日历…");
    assert!(
        h.query_by_label("2024年7月").is_some(),
        "opens at the date's month"
    );
    click(&mut h, "2024年7月15日");
    assert_eq!(h.state().report().signature.date, "2024年7月15日");
    // One click, one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    common::settle(&mut h);
    assert_eq!(h.state().report().signature.date, "2024年7月1日");
}
