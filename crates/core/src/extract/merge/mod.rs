//! Event merging: event mentions of one or more articles become events (`cluster`), merged by
//! what they share (`merging`) and dated from their mentions (`dating`).
//!
//! Article times and event dates are settled together (`settle`): a merged event lends the time
//! of one article to another that reports it, and a dated event fixes the weekdays of its article.

mod background;
mod cluster;
mod dating;
mod evaluation;
mod form;
mod framed;
mod merging;
mod occasion;
mod ongoing;
mod pointing;
mod reaction;
mod settle;
mod speaker;
mod today;

pub(crate) use cluster::{event_dates, EventCluster};
pub(crate) use settle::settle;
