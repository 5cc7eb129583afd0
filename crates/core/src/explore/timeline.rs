//! The timeline: the matching dated events on a time axis, one point each (stacked in lanes where
//! they crowd), or, when there are many, one bar per year.

use super::explorer::Explorer;
use super::order::sorted_by;
use crate::date::PartialDate;
use crate::facets::Bitset;
use crate::model::{Certainty, Event, Fact};

/// An event on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelinePoint {
    /// Event id.
    pub id: String,
    /// Position on the axis, 0.0 (earliest) to 1.0 (latest).
    pub x: f64,
    /// Row, counted from the axis, so points at one time do not overlap.
    pub lane: usize,
    /// Event type.
    pub event_type: String,
    /// Summary.
    pub summary: String,
    /// The date as written in the facts (`2023-12-29`).
    pub date: String,
    /// Stated, inferred or unknown.
    pub certainty: Certainty,
}

/// Many events of one year, drawn as a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineBin {
    /// Where the year starts on the axis, 0.0 to 1.0.
    pub x: f64,
    /// Its width on the axis.
    pub width: f64,
    /// The year, as the `year` facet writes it.
    pub year: String,
    /// Matching dated events that year.
    pub count: usize,
    /// Of those, how many have an inferred date.
    pub inferred: usize,
}

/// Events on a time axis: each event a point, or, when there are many, a bar per year.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Dated events, when there are at most 300.
    pub points: Vec<TimelinePoint>,
    /// Dated events per year, when there are more.
    pub bins: Vec<TimelineBin>,
    /// Axis ticks: (position, label).
    pub ticks: Vec<(f64, String)>,
    /// Matching events without a date.
    pub undated: usize,
    /// The most lanes used.
    pub lanes: usize,
}

impl Timeline {
    /// What the timeline shows, in words: how many dated events, how many are left out for want
    /// of a known date, and how to read the drawing.
    pub fn caption(&self) -> String {
        let undated = match self.undated {
            0 => String::new(),
            n => format!(", {n} without a known date not shown"),
        };
        if self.bins.is_empty() {
            format!(
                "Timeline: {} dated events{undated}. Filled: date stated; hollow: inferred.",
                self.points.len()
            )
        } else {
            let dated: usize = self.bins.iter().map(|b| b.count).sum();
            format!("Timeline: {dated} dated events{undated}, by year; a bar filters to its year.")
        }
    }
}

/// The most events drawn one by one; beyond, the timeline draws a bar per year.
const MAX_TIMELINE_POINTS: usize = 300;

/// Points closer than this part of the axis go in different lanes.
const LANE_GAP: f64 = 1.0 / 60.0;

impl Explorer {
    /// The matching events on a time axis.
    pub fn timeline(&self, rows: &Bitset) -> Timeline {
        let events: Vec<&Event> = rows
            .iter()
            .filter_map(|r| match self.fact_at(r) {
                Fact::Event(e) => Some(e),
                Fact::Entity(_) => None,
            })
            .collect();
        // Each dated event at the middle of what its date covers.
        let dated: Vec<(&Event, i64)> = events
            .iter()
            .filter_map(|e| {
                let v = e.date.value?;
                let day = v.day.unwrap_or(if v.month.is_some() { 15 } else { 1 });
                Some((*e, PartialDate::day(v.year, v.month.unwrap_or(7), day)?.to_days()?))
            })
            .collect();
        let undated = events.len() - dated.len();
        let Some(axis) = Axis::new(&dated) else {
            return Timeline { points: Vec::new(), bins: Vec::new(), ticks: Vec::new(), undated, lanes: 0 };
        };
        let ticks = axis.ticks();
        if dated.len() > MAX_TIMELINE_POINTS {
            return Timeline { points: Vec::new(), bins: axis.bins(&dated), ticks, undated, lanes: 0 };
        }
        let (points, lanes) = axis.points(&dated);
        Timeline { points, bins: Vec::new(), ticks, undated, lanes }
    }
}

/// The day number of New Year's Day of `year`.
fn new_year(year: i32) -> Option<i64> {
    PartialDate::day(year, 1, 1)?.to_days()
}

/// The time axis of some dated events: whole years, from the first event's to the last's.
struct Axis {
    first_year: i32,
    last_year: i32,
    /// The day numbers where the axis starts and ends.
    start: i64,
    end: i64,
}

impl Axis {
    /// The axis of events with their day numbers; none without events.
    fn new(dated: &[(&Event, i64)]) -> Option<Axis> {
        let years = || dated.iter().map(|(e, _)| e.date.value.map_or(0, |v| v.year));
        let (first_year, last_year) = (years().min()?, years().max()?);
        let start = new_year(first_year).unwrap_or(0);
        let end = new_year(last_year + 1).unwrap_or(start + 365);
        Some(Axis { first_year, last_year, start, end })
    }

    /// The position of a day on the axis, 0.0 to 1.0.
    fn x(&self, day: i64) -> f64 {
        (day - self.start) as f64 / (self.end - self.start).max(1) as f64
    }

    /// Labelled years, at most about eight, at a round step.
    fn ticks(&self) -> Vec<(f64, String)> {
        let years = (self.last_year - self.first_year + 1).max(1);
        let step = [1, 2, 5, 10, 20, 50, 100].into_iter().find(|s| years / s <= 8).unwrap_or(100);
        (self.first_year..=self.last_year + 1)
            .filter(|y| (y - self.first_year) % step == 0)
            .filter_map(|y| Some((self.x(new_year(y)?), y.to_string())))
            .collect()
    }

    /// A bar per year with events: its place and width on the axis, its count of events, and of
    /// those with an inferred date.
    fn bins(&self, dated: &[(&Event, i64)]) -> Vec<TimelineBin> {
        let mut bins: Vec<TimelineBin> = (self.first_year..=self.last_year)
            .map(|y| {
                let a = new_year(y).unwrap_or(self.start);
                let b = new_year(y + 1).unwrap_or(self.end);
                TimelineBin {
                    x: self.x(a),
                    width: (b - a) as f64 / (self.end - self.start).max(1) as f64,
                    year: format!("{y:04}"),
                    count: 0,
                    inferred: 0,
                }
            })
            .collect();
        for (e, _) in dated {
            if let Some(v) = e.date.value {
                let bin = &mut bins[(v.year - self.first_year) as usize];
                bin.count += 1;
                bin.inferred += usize::from(e.date.certainty != Certainty::Stated);
            }
        }
        bins.retain(|b| b.count > 0);
        bins
    }

    /// A point per event, in time order, each in the lowest lane where it does not crowd the
    /// point before it; and the number of lanes used.
    fn points(&self, dated: &[(&Event, i64)]) -> (Vec<TimelinePoint>, usize) {
        let points: Vec<TimelinePoint> = dated
            .iter()
            .map(|(e, day)| TimelinePoint {
                id: e.id.clone(),
                x: self.x(*day),
                lane: 0,
                event_type: e.event_type.clone(),
                summary: e.summary.clone(),
                date: e.date.value.map(|v| v.to_string()).unwrap_or_default(),
                certainty: e.date.certainty,
            })
            .collect();
        let mut points = sorted_by(points, |a, b| a.x.total_cmp(&b.x).then_with(|| a.id.cmp(&b.id)));
        let mut lane_ends: Vec<f64> = Vec::new();
        for p in &mut points {
            let lane = lane_ends.iter().position(|&end| p.x - end > LANE_GAP).unwrap_or(lane_ends.len());
            if lane == lane_ends.len() {
                lane_ends.push(p.x);
            } else {
                lane_ends[lane] = p.x;
            }
            p.lane = lane;
        }
        (points, lane_ends.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bin(year: &str, count: usize) -> TimelineBin {
        TimelineBin { x: 0.0, width: 1.0, year: year.into(), count, inferred: 0 }
    }

    #[test]
    fn the_caption_counts_dated_events_and_names_the_undated() {
        let mut t = Timeline {
            points: vec![],
            bins: vec![bin("2019", 3), bin("2020", 4)],
            ticks: vec![],
            undated: 2,
            lanes: 1,
        };
        assert_eq!(
            t.caption(),
            "Timeline: 7 dated events, 2 without a known date not shown, by year; a bar filters to its year."
        );
        t.bins.clear();
        t.undated = 0;
        assert_eq!(t.caption(), "Timeline: 0 dated events. Filled: date stated; hollow: inferred.");
    }
}
