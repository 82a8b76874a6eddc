//! The report's charts as inline SVG: bars, stacked bars and a heat map, each with a title and
//! a description for readers that cannot see it (the report also gives every chart as a table).
//! Text in a chart is escaped by the template and cut to fit; colours come from palettes that
//! colour-blind readers can tell apart, and every value is also written as a number.

use maud::{Markup, html};

use crate::export::fit_width;

/// Okabe–Ito: eight colours told apart with any common colour-vision deficiency.
pub(super) const SERIES: [&str; 7] = [
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
];

/// The bars' colour.
const BAR: &str = "#0072b2";

/// A sequential blue scale (light: weak, dark: strong), with the text colour each step
/// needs to stay readable.
const STEPS: [(&str, &str); 5] = [
    ("#eff3ff", "#1f2933"),
    ("#bdd7e7", "#1f2933"),
    ("#6baed6", "#1f2933"),
    ("#3182bd", "#ffffff"),
    ("#08519c", "#ffffff"),
];

/// The width a heat map fits the page at; a wider one scrolls on screen.
const WIDTH: f64 = 640.0;
/// Characters of a label that fit the width of a bar chart.
const LABEL_CHARS: usize = 56;

/// A coordinate as written: one decimal, so that the same numbers give the same bytes.
fn n(x: f64) -> String {
    format!("{x:.1}")
}

/// The colours of a heat map cell for a 0–1 score (`None` for no score).
pub(super) fn heat_colour(x: f64) -> Option<(&'static str, &'static str)> {
    if !x.is_finite() {
        return None;
    }
    let step = ((x.clamp(0.0, 1.0) * 5.0).floor() as usize).min(4);
    Some(STEPS[step])
}

/// The colour steps of the heat map, weakest first, with the range of scores each shows.
pub(super) fn heat_legend() -> Vec<(&'static str, u32, u32)> {
    STEPS
        .iter()
        .enumerate()
        .map(|(i, (fill, _))| {
            (
                *fill,
                i as u32 * 20,
                if i == 4 { 100 } else { i as u32 * 20 + 19 },
            )
        })
        .collect()
}

/// The frame every chart shares: its size, role and text alternative. A chart wider than the
/// page (`wide`) keeps its size on screen, in a box that scrolls sideways.
fn frame(id: &str, title: &str, desc: &str, size: (f64, f64), wide: bool, body: Markup) -> Markup {
    let (width, height) = size;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {} {}", n(width), n(height)))
            class=[wide.then_some("wide")] width=[wide.then(|| n(width))] height=[wide.then(|| n(height))]
            role="img" aria-labelledby=(format!("{id}-t {id}-d")) {
            title id=(format!("{id}-t")) { (title) }
            desc id=(format!("{id}-d")) { (desc) }
            (body)
        }
    }
}

/// One bar: its label, its length on the chart's scale, the value written beside it.
pub(super) struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
    /// Drawn in bold (the leader).
    pub strong: bool,
}

/// The width of the bar charts: narrow, so that a phone shows their text at a readable size.
const BARS_WIDTH: f64 = 400.0;
/// A bar chart's row: the label on a line of its own, the bar under it.
const BAR_ROW: f64 = 36.0;

/// Horizontal bars on a scale from 0 to `max`, one row each, the label above its bar.
pub(super) fn bars(id: &str, title: &str, desc: &str, rows: &[Bar], max: f64) -> Markup {
    let room = BARS_WIDTH - 70.0;
    let height = rows.len() as f64 * BAR_ROW + 4.0;
    let scale = if max > 0.0 { room / max } else { 0.0 };
    let body = html! {
        @for (i, b) in rows.iter().enumerate() {
            @let y = 2.0 + i as f64 * BAR_ROW;
            @let w = (b.value.max(0.0) * scale).min(room);
            text x="0" y=(n(y + 12.0)) font-size="13"
                font-weight=(if b.strong { "bold" } else { "normal" }) {
                (fit_width(&b.label, LABEL_CHARS))
            }
            rect x="0" y=(n(y + 17.0)) width=(n(w)) height="14" fill=(BAR) {}
            text x=(n(w + 4.0)) y=(n(y + 29.0)) font-size="12" { (b.text) }
        }
    };
    frame(id, title, desc, (BARS_WIDTH, height), false, body)
}

/// A part of a stacked bar as drawn: where it starts, how wide, its colour.
type Segment = (f64, f64, &'static str);

/// One stacked bar: its label, its parts (one per series, not negative), what is taken off
/// the end (shown striped), and the total written beside it.
pub(super) struct Stack {
    pub label: String,
    pub parts: Vec<f64>,
    pub minus: f64,
    pub text: String,
}

/// Stacked horizontal bars, the parts in the [`SERIES`] colours, on a common scale, each label
/// above its bar.
pub(super) fn stacks(id: &str, title: &str, desc: &str, rows: &[Stack]) -> Markup {
    let room = BARS_WIDTH - 90.0;
    let height = rows.len() as f64 * BAR_ROW + 4.0;
    let max = rows
        .iter()
        .map(|r| {
            r.parts
                .iter()
                .filter(|x| x.is_finite())
                .map(|x| x.max(0.0))
                .sum::<f64>()
        })
        .fold(0.0, f64::max);
    let scale = if max > 0.0 { room / max } else { 0.0 };
    let hatch = format!("{id}-hatch");
    // Each row's parts as (x, width, colour), and where the bar ends.
    let laid: Vec<(Vec<Segment>, f64)> = rows
        .iter()
        .map(|r| {
            let mut x = 0.0;
            let mut parts = Vec::new();
            for (k, part) in r.parts.iter().enumerate() {
                let w = if part.is_finite() {
                    part.max(0.0) * scale
                } else {
                    0.0
                };
                if w > 0.0 {
                    parts.push((x, w, SERIES[k % SERIES.len()]));
                }
                x += w;
            }
            (parts, x)
        })
        .collect();
    let body = html! {
        defs {
            pattern id=(hatch) width="6" height="6" patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)" {
                rect width="6" height="6" fill="#ffffff" {}
                rect width="3" height="6" fill="#52606d" {}
            }
        }
        @for (i, (r, (parts, end))) in rows.iter().zip(&laid).enumerate() {
            @let y = 2.0 + i as f64 * BAR_ROW;
            text x="0" y=(n(y + 12.0)) font-size="13" { (fit_width(&r.label, LABEL_CHARS)) }
            @for (x, w, colour) in parts {
                rect x=(n(*x)) y=(n(y + 17.0)) width=(n(*w)) height="14" fill=(colour) {}
            }
            @let off = (r.minus.max(0.0) * scale).min(*end);
            @if off > 0.0 {
                rect x=(n(end - off)) y=(n(y + 17.0)) width=(n(off)) height="14"
                    fill=(format!("url(#{hatch})")) {}
            }
            text x=(n(end + 4.0)) y=(n(y + 29.0)) font-size="12" { (r.text) }
        }
    };
    frame(id, title, desc, (BARS_WIDTH, height), false, body)
}

/// A heat map: offers down, criteria across in groups, a 0–1 score per cell (NaN: none).
pub(super) struct Heat {
    pub rows: Vec<String>,
    /// The groups of columns, left to right: name and how many columns.
    pub groups: Vec<(String, usize)>,
    pub columns: Vec<String>,
    /// `values[row][column]`.
    pub values: Vec<Vec<f64>>,
}

/// The heat map, every cell coloured by its score and showing it (0–100).
pub(super) fn heat_map(id: &str, title: &str, desc: &str, h: &Heat) -> Markup {
    let (label_w, cell_w, cell_h) = (170.0, 26.0, 20.0);
    let top = 130.0;
    let width = label_w + h.columns.len() as f64 * cell_w + 10.0;
    let height = top + h.rows.len() as f64 * cell_h + 6.0;
    let mut starts = Vec::with_capacity(h.groups.len());
    let mut at = 0usize;
    for (_, count) in &h.groups {
        starts.push(at);
        at += count;
    }
    let body = html! {
        @for ((name, count), start) in h.groups.iter().zip(&starts) {
            @let x0 = label_w + *start as f64 * cell_w;
            @let span = *count as f64 * cell_w;
            text x=(n(x0 + span / 2.0)) y="14" text-anchor="middle" font-size="11" font-weight="bold" {
                (fit_width(name, ((span / 7.0) as usize).max(2)))
            }
            line x1=(n(x0)) y1="20" x2=(n(x0)) y2=(n(height - 4.0)) stroke="#9aa5b1" stroke-width="1" {}
        }
        @for (j, column) in h.columns.iter().enumerate() {
            @let x = label_w + j as f64 * cell_w + cell_w / 2.0 + 4.0;
            text transform=(format!("translate({},{}) rotate(-60)", n(x), n(top - 4.0)))
                font-size="10" { (fit_width(column, 20)) }
        }
        @for (i, row) in h.rows.iter().enumerate() {
            @let y = top + i as f64 * cell_h;
            text x=(n(label_w - 6.0)) y=(n(y + 14.0)) text-anchor="end" font-size="11" {
                (fit_width(row, 24))
            }
            @for (j, x) in h.values.get(i).map_or(&[][..], Vec::as_slice).iter().enumerate() {
                @let cx = label_w + j as f64 * cell_w;
                @match heat_colour(*x) {
                    Some((fill, ink)) => {
                        rect x=(n(cx + 1.0)) y=(n(y + 1.0)) width=(n(cell_w - 2.0))
                            height=(n(cell_h - 2.0)) fill=(fill) {}
                        text x=(n(cx + cell_w / 2.0)) y=(n(y + 14.0)) text-anchor="middle"
                            font-size="10" style=(format!("fill:{ink}")) {
                            ((x * 100.0).round() as i64)
                        }
                    }
                    None => {
                        rect x=(n(cx + 1.0)) y=(n(y + 1.0)) width=(n(cell_w - 2.0))
                            height=(n(cell_h - 2.0)) fill="#ffffff" stroke="#d9e2ec" {}
                        text x=(n(cx + cell_w / 2.0)) y=(n(y + 14.0)) text-anchor="middle"
                            font-size="10" { "—" }
                    }
                }
            }
        }
    };
    frame(id, title, desc, (width, height), width > WIDTH, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_as_long_as_their_value_and_text_is_escaped() {
        let rows = [
            Bar {
                label: "<script>alert(1)</script>".into(),
                value: 100.0,
                text: "100".into(),
                strong: true,
            },
            Bar {
                label: "Half".into(),
                value: 50.0,
                text: "50".into(),
                strong: false,
            },
        ];
        let svg = bars("s", "Scores", "desc", &rows, 100.0).into_string();
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"));
        // The room for bars is 400 - 70 = 330 units: full and half.
        assert!(svg.contains(r#"width="330.0""#) && svg.contains(r#"width="165.0""#));
        assert!(svg.contains(r#"<title id="s-t">Scores</title>"#));
        assert!(svg.contains(r#"aria-labelledby="s-t s-d""#));
    }

    #[test]
    fn stacks_add_up_and_the_part_taken_off_is_striped() {
        let rows = [Stack {
            label: "A".into(),
            parts: vec![300.0, 100.0],
            minus: 50.0,
            text: "350".into(),
        }];
        let svg = stacks("c", "Costs", "desc", &rows).into_string();
        // 310 units for 400: 232.5 and 77.5, 38.75 striped at the end.
        assert!(svg.contains(r#"width="232.5""#), "{svg}");
        assert!(svg.contains(r#"width="77.5""#));
        assert!(svg.contains(r#"fill="url(#c-hatch)""#));
    }

    #[test]
    fn heat_cells_show_their_score_and_blanks_a_dash() {
        assert_eq!(heat_colour(0.0), Some(STEPS[0]));
        assert_eq!(heat_colour(0.99), Some(STEPS[4]));
        assert_eq!(heat_colour(1.0), Some(STEPS[4]));
        assert_eq!(heat_colour(f64::NAN), None);
        let h = Heat {
            rows: vec!["A".into()],
            groups: vec![("SLA".into(), 2)],
            columns: vec!["P1".into(), "P2".into()],
            values: vec![vec![0.87, f64::NAN]],
        };
        let svg = heat_map("h", "Heat", "desc", &h).into_string();
        assert!(
            svg.contains(">87</text>") && svg.contains(">—</text>"),
            "{svg}"
        );
        assert_eq!(heat_legend()[4], ("#08519c", 80, 100));
    }
}
