//! Events on a time axis, drawn in SVG; inferred dates hollow, a click opens the event.

use factlens_core::{Certainty, Facet, Timeline, UrlState};
use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use super::context::use_results;
use crate::corpus::explorer;
use crate::url::Url;

/// The drawing's width, in SVG units.
const WIDTH: f64 = 800.0;
/// The height of a lane of points.
const LANE: f64 = 18.0;
/// The space around the axis and the marks.
const MARGIN: f64 = 16.0;

/// The timeline of the matching events.
#[component]
pub fn TimelineView() -> impl IntoView {
    let results = use_results();
    let timeline = Memo::new(move |_| results.with(|r| explorer().timeline(&r.rows)));
    let url = Url::get();
    view! {
        <Show when=move || !timeline.get().points.is_empty() || !timeline.get().bins.is_empty()>
            <section class="timeline" id="fl-timeline" aria-label="Timeline" aria-labelledby="fl-timeline fl-name">
                <p class="caption">{move || timeline.get().caption()}</p>
                {move || chart(url, &timeline.get())}
            </section>
        </Show>
    }
}

/// Where things go in the drawing.
#[derive(Clone, Copy)]
struct Frame {
    /// The drawing's height.
    height: f64,
    /// The axis's height in it.
    axis_y: f64,
}

impl Frame {
    fn of(t: &Timeline) -> Frame {
        let lanes = if t.bins.is_empty() { t.lanes.max(1) } else { 6 };
        let height = MARGIN * 2.0 + lanes as f64 * LANE + 18.0;
        Frame { height, axis_y: height - 22.0 }
    }

    /// The horizontal position of a place on the axis (0.0 to 1.0).
    fn x(self, x: f64) -> f64 {
        MARGIN + x * (WIDTH - 2.0 * MARGIN)
    }
}

/// A coordinate in whole SVG units (the page formats no floating point number: that code alone
/// would cost some 4 KB of the download).
fn whole(v: f64) -> i32 {
    v.round() as i32
}

/// The axis with its ticks, and the points or the bars.
fn chart(url: Url, t: &Timeline) -> impl IntoView {
    let frame = Frame::of(t);
    let axis_y = frame.axis_y;
    let ticks = t
        .ticks
        .iter()
        .map(|(x, label)| {
            let px = whole(frame.x(*x));
            view! {
                <line class="tick" x1=px x2=px y1=whole(axis_y) y2=whole(axis_y + 5.0)/>
                <text class="tick-label" x=px y=whole(axis_y + 17.0) text-anchor="middle">{label.clone()}</text>
            }
        })
        .collect_view();
    let points = points(url, t, frame);
    let bars = bars(url, t, frame);
    view! {
        <svg
            viewBox=format!("0 0 {} {}", whole(WIDTH), whole(frame.height))
            width="100%"
            preserveAspectRatio="xMidYMid meet"
            role="group"
            aria-label="Events by date"
        >
            <line class="axis" x1=whole(MARGIN) x2=whole(WIDTH - MARGIN) y1=whole(axis_y) y2=whole(axis_y)/>
            {ticks}
            {points}
            {bars}
        </svg>
    }
}

/// A click and an Enter that go to `to`: SVG has no HTML links, so a focusable group acts as one.
fn follow(url: Url, to: UrlState) -> (impl Fn(MouseEvent), impl Fn(KeyboardEvent)) {
    let to_key = to.clone();
    let click = move |_: MouseEvent| url.go(&to, true);
    let key = move |ev: KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            url.go(&to_key, true);
        }
    };
    (click, key)
}

/// An event each, opening it.
fn points(url: Url, t: &Timeline, frame: Frame) -> impl IntoView {
    t.points
        .iter()
        .map(|p| {
            let cx = whole(frame.x(p.x));
            let cy = whole(frame.axis_y - 10.0 - (p.lane as f64) * LANE);
            let to = url.state.get_untracked().opened(&p.id);
            let href = url.href(&to);
            let inferred = p.certainty != Certainty::Stated;
            let label = format!(
                "{} {}{}: {}",
                p.event_type,
                p.date,
                if inferred { " (inferred)" } else { "" },
                p.summary
            );
            let title = label.clone();
            let (on_click, on_key) = follow(url, to);
            view! {
                <g
                    class="point"
                    role="link"
                    tabindex="0"
                    data-href=href
                    aria-label=label
                    on:click=on_click
                    on:keydown=on_key
                >
                    <title>{title}</title>
                    <circle
                        cx=cx
                        cy=cy
                        r="6"
                        class=if inferred { "inferred" } else { "stated" }
                        data-type=p.event_type.clone()
                    />
                </g>
            }
        })
        .collect_view()
}

/// A bar per year, filtering to the year.
fn bars(url: Url, t: &Timeline, frame: Frame) -> impl IntoView {
    let most = t.bins.iter().map(|b| b.count).max().unwrap_or(1) as f64;
    t.bins
        .iter()
        .map(|b| {
            let x = frame.x(b.x) + 1.0;
            let w = (b.width * (WIDTH - 2.0 * MARGIN) - 2.0).max(1.0);
            let h = (b.count as f64 / most) * (frame.axis_y - MARGIN);
            let to = url.state.get_untracked().toggled(Facet::Year, &b.year);
            let (on_click, on_key) = follow(url, to);
            let label = format!("{}: {} events, {} with inferred dates", b.year, b.count, b.inferred);
            let title = label.clone();
            view! {
                <g class="bar" role="link" tabindex="0" aria-label=label on:click=on_click on:keydown=on_key>
                    <title>{title}</title>
                    <rect x=whole(x) y=whole(frame.axis_y - h) width=whole(w) height=whole(h)/>
                </g>
            }
        })
        .collect_view()
}
