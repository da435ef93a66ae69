//! A small inline SVG chart of one indicator across years: the target's band as a bar, the
//! result as a dot coloured by `met` (green met, red not met, grey unknown), the results
//! joined by a line. A band open at one end (以上, 以内) runs to the chart's edge. Every
//! mark has a `<title>` with the figures, so hovering reads them.

use std::fmt::Write as _;

use super::escape::esc;
use super::format::amount;

/// One year of an indicator.
#[derive(Debug, Clone)]
pub struct Point {
    pub year: i64,
    /// The target's band in the base unit (either end may be infinite).
    pub band: (f64, f64),
    pub target: f64,
    pub actual: Option<f64>,
    pub outcome: Option<String>,
    pub met: Option<String>,
    /// Hover text (not yet escaped).
    pub label: String,
}

const H: f64 = 150.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 24.0;
const STEP: f64 = 44.0;

/// The chart as an `<svg>` element.
pub fn svg(points: &[Point], unit_base: &str) -> String {
    let w = LEFT + RIGHT + STEP * points.len().max(3) as f64;
    let finite: Vec<f64> = points
        .iter()
        .flat_map(|p| [p.band.0, p.band.1, p.target].into_iter().chain(p.actual))
        .filter(|v| v.is_finite())
        .collect();
    let (mut lo, mut hi) =
        finite.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    if !lo.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    let pad = if hi > lo { (hi - lo) * 0.12 } else { lo.abs().max(1.0) * 0.1 };
    let (lo, hi) = (lo - pad, hi + pad);
    let y = |v: f64| {
        let v = v.clamp(lo, hi);
        TOP + (hi - v) / (hi - lo) * (H - TOP - BOTTOM)
    };
    let x = |i: usize| LEFT + STEP * (i as f64 + 0.5);
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{H:.0}\" viewBox=\"0 0 {w:.0} {H:.0}\" \
         role=\"img\" font-size=\"10\" font-family=\"sans-serif\">"
    );
    // Axis and its two labels.
    let _ = write!(
        s,
        "<line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{b:.1}\" stroke=\"#d1d9e0\"/>\
         <text x=\"{lx}\" y=\"{t:.1}\" text-anchor=\"end\" fill=\"#59636e\">{}</text>\
         <text x=\"{lx}\" y=\"{b:.1}\" text-anchor=\"end\" fill=\"#59636e\">{}</text>",
        esc(&amount(hi - pad, unit_base)),
        esc(&amount(lo + pad, unit_base)),
        b = H - BOTTOM,
        t = y(hi - pad) + 4.0,
        lx = LEFT - 4.0,
    );
    for (i, p) in points.iter().enumerate() {
        let cx = x(i);
        let (top, bottom) = (y(p.band.1), y(p.band.0));
        let open = if p.band.0.is_finite() && p.band.1.is_finite() { "" } else { " stroke-dasharray=\"3 2\"" };
        let _ = write!(
            s,
            "<g><title>{}</title><rect x=\"{:.1}\" y=\"{top:.1}\" width=\"22\" height=\"{:.1}\" fill=\"#dbe9ff\" \
             stroke=\"#1f6feb\"{open}/><line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{ty:.1}\" y2=\"{ty:.1}\" stroke=\"#1f6feb\" \
             stroke-width=\"2\"/>",
            esc(&p.label),
            cx - 11.0,
            (bottom - top).max(1.5),
            cx - 11.0,
            cx + 11.0,
            ty = y(p.target),
        );
        if let Some(a) = p.actual {
            let fill = match p.met.as_deref() {
                Some("true") => "#1a7f37",
                Some("false") => "#cf222e",
                _ => "#8c959f",
            };
            let _ = write!(
                s,
                "<circle cx=\"{cx:.1}\" cy=\"{:.1}\" r=\"4.5\" fill=\"{fill}\" stroke=\"#fff\" class=\"actual o-{}\"/>",
                y(a),
                super::format::token(p.outcome.as_deref()),
            );
        }
        let _ = write!(
            s,
            "</g><text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#59636e\">{}</text>",
            H - 8.0,
            p.year
        );
    }
    let line: Vec<String> =
        points.iter().enumerate().filter_map(|(i, p)| p.actual.map(|a| format!("{:.1},{:.1}", x(i), y(a)))).collect();
    if line.len() > 1 {
        let _ = write!(
            s,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1\" pointer-events=\"none\"/>",
            line.join(" ")
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_has_a_band_and_a_dot_per_year_and_escapes_its_labels() {
        let p = |year, actual: Option<f64>, met: &str| Point {
            year,
            band: (4.5, 5.5),
            target: 5.0,
            actual,
            outcome: Some("within".into()),
            met: Some(met.into()),
            label: format!("{year} <script>"),
        };
        let s = svg(&[p(2023, Some(5.2), "true"), p(2024, None, ""), p(2025, Some(3.9), "false")], "%");
        assert_eq!(s.matches("<rect").count(), 3);
        assert_eq!(s.matches("<circle").count(), 2);
        assert!(s.contains("#cf222e") && s.contains("#1a7f37"));
        assert!(!s.contains("<script>") && s.contains("&lt;script&gt;"));
        // An open band (at_least) still draws.
        let open = Point { band: (5.0, f64::INFINITY), ..p(2025, Some(6.0), "true") };
        assert!(svg(&[open], "%").contains("stroke-dasharray"));
    }
}
