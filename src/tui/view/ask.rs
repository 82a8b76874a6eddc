//! The `a` popup: what to ask the selected offer's vendor, most points at stake first, each
//! question with its kind and points (for the buyer; the copied e-mail has neither).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::theme::Theme;
use super::{centered, pane, wrapped_lines};
use crate::ask::Quote;
use crate::i18n::{Arg, t, tr};
use crate::sanitize::clean;
use crate::tui::app::App;

/// Draws the questions to offer `o`'s vendor, scrolled by `scroll` rows.
pub(super) fn ask(frame: &mut Frame, app: &App, theme: Theme, o: usize, scroll: usize, area: Rect) {
    let a = &app.analysis;
    let l = app.lang;
    let items = crate::ask::items(a, o);
    let quote = move |text: &str| match l {
        crate::i18n::Lang::Pl => format!("„{}”", clean(text)),
        crate::i18n::Lang::En => format!("“{}”", clean(text)),
    };
    let rect = centered(
        area,
        area.width.saturating_sub(4).min(110),
        area.height.saturating_sub(2),
    );
    let width = rect.width.saturating_sub(2).max(1) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut rows = 0;
    if items.is_empty() {
        let text = t(l, "tui-ask-none");
        rows += wrapped_lines(&text, width);
        lines.push(Line::raw(text));
    }
    for (n, item) in items.iter().enumerate() {
        let head = format!(
            "{}. {} · {}",
            n + 1,
            t(l, crate::export::xlsx::questions::kind_id(item.kind)),
            tr(
                l,
                "tui-ask-points",
                &[("points", Arg::from(crate::i18n::number(l, item.points, 1)))]
            )
        );
        let question = clean(&item.question(a, o, &quote as &Quote).in_lang(l)).into_owned();
        rows += 1 + wrapped_lines(&question, width);
        let style = if item.lifts_knockout {
            theme.error()
        } else {
            theme.heading()
        };
        lines.push(Line::from(Span::styled(head, style)));
        lines.push(Line::raw(question));
    }
    let visible = rect.height.saturating_sub(2) as usize;
    app.limits.ask.set(rows.saturating_sub(visible));
    let scroll = scroll.min(rows.saturating_sub(visible));
    let title = format!(
        " {} · {} ",
        tr(l, "tui-ask-title", &[("vendor", Arg::from(app.vendor(o)))]),
        t(l, "tui-ask-keys")
    );
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll as u16, 0))
            .wrap(Wrap { trim: false })
            .block(pane(title, true, theme)),
        rect,
    );
}
