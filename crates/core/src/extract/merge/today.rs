//! "Also today": a happening told as also taking place "today", of the kind of news the lead
//! tells on a weekday before publication ("Sunday three towns said goodbye to their soldiers at
//! ceremonies. … Also today 95 soldiers were given a send-off", published on Monday), adds to
//! that news: the article was written on the day of its news, and its "today" is that day, not
//! the day it was published.

use crate::date::PartialDate;

use super::super::dates::{DateKind, Days, Unit};
use super::super::doc::Doc;
use super::super::now::{quote, Now};
use super::cluster::EventCluster;
use super::dating::lead_date;

/// The news an article's lead dates to a weekday before its publication day: (the day, the
/// lead's date expression, the types of the events told in its sentence).
type LeadNews = (i64, usize, Vec<&'static str>);

/// The lead news of article `doc`, when its lead names a day before its publication day.
fn lead_news(doc: &Doc<'_>, now: Option<&Now>) -> Option<LeadNews> {
    let published = Days::of(doc.published.filter(|date| date.day.is_some())?).first;
    let (k, day) = lead_date(doc, now, published).filter(|&(_, day)| day < published)?;
    let sentence = doc.dates[k].sentence;
    let types = doc.events.iter().filter(|e| e.sentence == sentence).map(|e| e.event_type).collect();
    Some((day, k, types))
}

/// Whether event mention `event` of `doc` is told as "also" happening "today".
fn also_today(doc: &Doc<'_>, event: usize) -> bool {
    let mention = &doc.events[event];
    let today = mention.dates.iter().any(|&k| {
        doc.dates[k].kind == DateKind::Relative(Unit::Day, 0)
            && doc.seg.low(doc.dates[k].tokens.start) == "today"
    });
    today && mention.tokens.clone().any(|k| doc.seg.low(k) == "also")
}

/// Dates every event that an article tells as also happening "today", of a type its lead's news
/// has, when that lead names a day before publication, with the lead's day.
pub(super) fn apply_also_today(docs: &[Doc<'_>], nows: &[Option<Now>], clusters: &mut [EventCluster]) {
    let news: Vec<Option<LeadNews>> =
        docs.iter().zip(nows).map(|(doc, now)| lead_news(doc, now.as_ref())).collect();
    for cluster in clusters.iter_mut().filter(|cluster| !cluster.stated) {
        let found = cluster.members.iter().find_map(|&(doc, event)| {
            let (day, k, types) = news[doc].as_ref()?;
            let d = &docs[doc];
            (types.contains(&d.events[event].event_type) && also_today(d, event)).then_some((doc, *day, *k))
        });
        let Some((doc, day, k)) = found else { continue };
        cluster.days = Some(Days { first: day, last: day });
        cluster.basis = Some(format!(
            "it is told as also happening “today” in {}, whose lead tells of its news “{}”, {}: \
             the article was written that day",
            docs[doc].id,
            quote(&docs[doc], docs[doc].dates[k].tokens.clone()),
            PartialDate::from_days(day)
        ));
    }
}
