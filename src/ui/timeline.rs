//! Events on a time axis, drawn in SVG; inferred dates hollow, a click opens the event.

use factlens_core::Certainty;
use leptos::prelude::*;

use super::Url;
use crate::corpus::explorer;

const WIDTH: f64 = 800.0;
const LANE: f64 = 18.0;
const MARGIN: f64 = 16.0;

/// The timeline of the matching events.
#[component]
pub fn TimelineView() -> impl IntoView {
    let url = Url::get();
    let results = super::results::use_results();
    let timeline = Memo::new(move |_| results.with(|r| explorer().timeline(&r.rows)));
    view! {
        <Show when=move || !timeline.get().points.is_empty() || !timeline.get().bins.is_empty()>
            <section class="timeline" aria-label="Timeline">
                <p class="caption">
                    {move || {
                        let t = timeline.get();
                        let undated = if t.undated > 0 { format!(", {} undated not shown", t.undated) } else { String::new() };
                        if t.bins.is_empty() {
                            format!("Timeline: {} dated events{undated}. Filled: date stated; hollow: inferred.", t.points.len())
                        } else {
                            let dated: usize = t.bins.iter().map(|b| b.count).sum();
                            format!("Timeline: {dated} dated events{undated}, by year; a bar filters to its year.")
                        }
                    }}
                </p>
                {move || {
                    let t = timeline.get();
                    let lanes = if t.bins.is_empty() { t.lanes.max(1) } else { 6 };
                    let height = MARGIN * 2.0 + lanes as f64 * LANE + 18.0;
                    let axis_y = height - 22.0;
                    let x_of = |x: f64| MARGIN + x * (WIDTH - 2.0 * MARGIN);
                    let ticks = t
                        .ticks
                        .iter()
                        .map(|(x, label)| {
                            let px = x_of(*x);
                            view! {
                                <line class="tick" x1=px x2=px y1=axis_y y2=axis_y + 5.0/>
                                <text class="tick-label" x=px y=axis_y + 17.0 text-anchor="middle">{label.clone()}</text>
                            }
                        })
                        .collect_view();
                    let points = t
                        .points
                        .iter()
                        .map(|p| {
                            let cx = x_of(p.x);
                            let cy = axis_y - 10.0 - (p.lane as f64) * LANE;
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
                            let (to_click, to_key) = (to.clone(), to);
                            // SVG has no HTML links: a focusable group that acts as one.
                            view! {
                                <g
                                    class="point"
                                    role="link"
                                    tabindex="0"
                                    data-href=href
                                    aria-label=label
                                    on:click=move |_| url.go(&to_click, true)
                                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                        if ev.key() == "Enter" {
                                            ev.prevent_default();
                                            url.go(&to_key, true);
                                        }
                                    }
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
                        .collect_view();
                    let most = t.bins.iter().map(|b| b.count).max().unwrap_or(1) as f64;
                    let bars = t
                        .bins
                        .iter()
                        .map(|b| {
                            let x = x_of(b.x) + 1.0;
                            let w = (b.width * (WIDTH - 2.0 * MARGIN) - 2.0).max(1.0);
                            let h = (b.count as f64 / most) * (axis_y - MARGIN);
                            let to = url.state.get_untracked().toggled(factlens_core::Facet::Year, &b.year);
                            let (to_click, to_key) = (to.clone(), to);
                            let label = format!("{}: {} events, {} with inferred dates", b.year, b.count, b.inferred);
                            let title = label.clone();
                            view! {
                                <g
                                    class="bar"
                                    role="link"
                                    tabindex="0"
                                    aria-label=label
                                    on:click=move |_| url.go(&to_click, true)
                                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                        if ev.key() == "Enter" {
                                            ev.prevent_default();
                                            url.go(&to_key, true);
                                        }
                                    }
                                >
                                    <title>{title}</title>
                                    <rect x=x y=axis_y - h width=w height=h/>
                                </g>
                            }
                        })
                        .collect_view();
                    view! {
                        <svg
                            viewBox=format!("0 0 {WIDTH} {height}")
                            width="100%"
                            preserveAspectRatio="xMidYMid meet"
                            role="group"
                            aria-label="Events by date"
                        >
                            <line class="axis" x1=MARGIN x2=WIDTH - MARGIN y1=axis_y y2=axis_y/>
                            {ticks}
                            {points}
                            {bars}
                        </svg>
                    }
                }}
            </section>
        </Show>
    }
}
