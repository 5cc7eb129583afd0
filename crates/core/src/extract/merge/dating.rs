//! Dating events: an event's date from the dates of its mentions, disagreements between stated
//! dates, days that a weekday has elsewhere in the same article, and the news day of undated events.

use rustc_hash::FxHashMap as HashMap;

use crate::date::PartialDate;

use super::super::dates::{DateKind, Days, Tense, Unit};
use super::super::doc::Doc;
use super::super::now::{quote, resolve_expr, shorten, Now, Resolved};
use super::cluster::{EventCluster, ResolvedDates};
use super::{background, ongoing};

/// A resolved date expression of one of an event's mentions.
struct Dated {
    /// Its article.
    doc: usize,
    /// Its index among the article's date expressions.
    expr: usize,
    /// What it resolved to.
    resolved: Resolved,
}

/// Sets an event's date from the dates of its mentions: the narrowest interval they agree on.
pub(super) fn date_cluster(docs: &[Doc<'_>], resolved: &ResolvedDates, cluster: &mut EventCluster) {
    let all = dates_of_members(resolved, cluster);
    let stated: Vec<&Dated> = all.iter().filter(|date| date.resolved.stated).collect();
    // Stated dates that cannot all be true are a disagreement: keep each.
    let stated_meet =
        stated.iter().map(|date| date.resolved.days).try_fold(None::<Days>, |acc, days| match acc {
            None => Some(Some(days)),
            Some(so_far) => so_far.intersect(days).map(Some),
        });
    if stated_meet.is_none() {
        for date in &stated {
            if let Some(value) = date.resolved.days.to_partial() {
                cluster.disagreements.push((value, date.doc, date.expr));
            }
        }
        cluster.days = Some(stated[0].resolved.days);
        cluster.stated = true;
        return;
    }
    let mut days: Option<Days> = None;
    for date in &all {
        days = Some(match days {
            None => date.resolved.days,
            Some(so_far) => so_far.intersect(date.resolved.days).unwrap_or(so_far),
        });
    }
    let Some(days) = days.filter(|days| days.to_partial().is_some()) else { return };
    cluster.days = Some(days);
    // Stated when a stated mention alone gives this value; otherwise the narrowest inference.
    if let Some(date) = all.iter().find(|date| date.resolved.stated && date.resolved.days == days) {
        cluster.stated = true;
        cluster.basis = date.resolved.basis.clone();
    } else {
        cluster.stated = false;
        cluster.basis = inferred_basis(docs, &all, days);
    }
}

/// The resolved dates of an event's mentions. Within one clause, a stated date that disagrees
/// with the first belongs to something else ("since being elected in 2021, and … since 2012").
fn dates_of_members(resolved: &ResolvedDates, cluster: &EventCluster) -> Vec<Dated> {
    let mut all = Vec::new();
    for &(doc, event) in &cluster.members {
        let mut first_stated: Option<Days> = None;
        for (expr, date) in resolved[doc][event].iter().cloned() {
            if date.stated {
                match first_stated {
                    Some(first) if first.intersect(date.days).is_none() => continue,
                    None => first_stated = Some(date.days),
                    _ => {}
                }
            }
            all.push(Dated { doc, expr, resolved: date });
        }
    }
    all
}

/// How an inferred date `days` is known: the narrowest inference that gives it (a calendar date
/// before a weekday), with the weekdays that name the same day; else every inference it lies in.
fn inferred_basis(docs: &[Doc<'_>], all: &[Dated], days: Days) -> Option<String> {
    let mut bases: Vec<String> = all
        .iter()
        .filter(|date| days.within(date.resolved.days) && !date.resolved.stated)
        .filter_map(|date| date.resolved.basis.clone())
        .collect();
    bases.dedup();
    let rank = |date: &Dated| match docs[date.doc].dates[date.expr].kind {
        DateKind::Weekday(_) | DateKind::WeekdayOfWeek { .. } => 3,
        DateKind::Relative(..) => 2,
        DateKind::Holiday { .. } => 1,
        _ => 0,
    };
    let narrowest = all
        .iter()
        .filter(|date| !date.resolved.stated)
        .min_by_key(|date| (date.resolved.days.last - date.resolved.days.first, rank(date)));
    match narrowest {
        Some(best) if best.resolved.days == days => {
            // Other expressions that name the same day agree with it: say so.
            let agreeing: Vec<String> = all
                .iter()
                .filter(|date| {
                    (date.doc, date.expr) != (best.doc, best.expr)
                        && date.resolved.days == days
                        && rank(date) == 3
                })
                .map(|date| {
                    let doc = &docs[date.doc];
                    format!("“{}” in {}", quote(doc, doc.dates[date.expr].tokens.clone()), doc.id)
                })
                .collect();
            best.resolved.basis.as_ref().map(|basis| {
                if agreeing.is_empty() {
                    basis.clone()
                } else {
                    format!("{basis}; {} is that day", agreeing.join(" and "))
                }
            })
        }
        _ => Some(bases.join("; ")),
    }
}

/// For each article and weekday, the day that an event dated to one day says it is, and the
/// index of that event.
pub(super) fn weekday_days(
    docs: &[Doc<'_>],
    clusters: &[EventCluster],
) -> HashMap<(usize, u8), (i64, usize)> {
    let mut map = HashMap::default();
    for (index, cluster) in clusters.iter().enumerate() {
        let Some(days) = cluster.days.filter(|days| days.first == days.last) else { continue };
        let weekday = ((days.first + 3).rem_euclid(7)) as u8;
        for &(doc, event) in &cluster.members {
            for &expr in &docs[doc].events[event].dates {
                if docs[doc].dates[expr].kind == DateKind::Weekday(weekday) {
                    map.entry((doc, weekday)).or_insert((days.first, index));
                }
            }
        }
    }
    map
}

/// Events dated only by a weekday take the day that weekday has elsewhere in the same article.
pub(super) fn apply_weekdays(docs: &[Doc<'_>], clusters: &mut [EventCluster]) {
    let map = weekday_days(docs, clusters);
    // Summaries are made only for the clusters that lend a day.
    let first_members: Vec<(usize, usize)> = clusters.iter().map(|cluster| cluster.members[0]).collect();
    let summary = |source: usize| {
        let (doc, event) = first_members[source];
        shorten(docs[doc].seg.slice(docs[doc].events[event].tokens.clone()))
    };
    for cluster in clusters.iter_mut().filter(|cluster| cluster.days.is_none()) {
        for &(doc, event) in &cluster.members {
            for &expr in &docs[doc].events[event].dates {
                let DateKind::Weekday(weekday) = docs[doc].dates[expr].kind else { continue };
                if let Some(&(day, source)) = map.get(&(doc, weekday)) {
                    cluster.days = Some(Days { first: day, last: day });
                    cluster.stated = false;
                    cluster.basis = Some(format!(
                        "“{}” in {} is the same day as in “{}” ({})",
                        quote(&docs[doc], docs[doc].dates[expr].tokens.clone()),
                        docs[doc].id,
                        summary(source),
                        PartialDate::from_days(day)
                    ));
                }
            }
        }
    }
}

/// Where an article's news day comes from.
#[derive(Clone, Copy)]
pub(super) enum NewsSource {
    /// The first of its events dated to one day (its index among the clusters).
    Event(usize),
    /// A weekday or day named in its lead (the index of the date expression).
    Lead(usize),
    /// Its publication date.
    Published,
}

/// The day an article's news happened on: the first of its events (in reading order) dated to
/// one day in the three days up to its publication date, else the first such day its lead names
/// ("The hikers found the climber Saturday morning"), else that date itself. Only an article with
/// a published day has one.
pub(super) fn news_day(
    docs: &[Doc<'_>],
    nows: &[Option<Now>],
    clusters: &[EventCluster],
    doc: usize,
) -> Option<(i64, NewsSource)> {
    let published = docs[doc].published.filter(|date| date.day.is_some())?;
    let day = Days::of(published).first;
    let lead = clusters
        .iter()
        .enumerate()
        .filter_map(|(index, cluster)| {
            let days = cluster.days.filter(|days| days.first == days.last)?;
            let first = cluster
                .members
                .iter()
                .filter(|&&(d, _)| d == doc)
                .map(|&(_, e)| docs[doc].events[e].sentence)
                .min()?;
            (day - 3 <= days.first && days.first <= day).then_some((first, days.first, index))
        })
        .min();
    if let Some((_, lead_day, index)) = lead {
        return Some((lead_day, NewsSource::Event(index)));
    }
    Some(
        lead_date(&docs[doc], nows[doc].as_ref(), day)
            .map_or((day, NewsSource::Published), |(k, lead_day)| (lead_day, NewsSource::Lead(k))),
    )
}

/// The sentences of an article's lead, where a day it names is the day of its news.
const LEAD_SENTENCES: usize = 4;

/// The first weekday or day ("Saturday", "yesterday") told in the past in the lead of `doc` that
/// names one day of the three up to publication day `day`: (date expression, day).
pub(super) fn lead_date(doc: &Doc<'_>, now: Option<&Now>, day: i64) -> Option<(usize, i64)> {
    // Told as coming: a future word before it in its sentence.
    let coming = |k: usize| {
        let sentence = doc.seg.sentences[doc.dates[k].sentence].tokens.start;
        (sentence..doc.dates[k].tokens.start).any(|t| {
            matches!(
                doc.seg.low(t),
                "will" | "would" | "’ll" | "'ll" | "next" | "until" | "scheduled" | "expected" | "planned"
            )
        })
    };
    (0..doc.dates.len()).take_while(|&k| doc.dates[k].sentence < LEAD_SENTENCES).find_map(|k| {
        let one_day = matches!(doc.dates[k].kind, DateKind::Weekday(_) | DateKind::Relative(Unit::Day, _));
        if !one_day || coming(k) {
            return None;
        }
        let days = resolve_expr(doc, k, Tense::Past, now)?.days;
        (days.first == days.last && day - 3 <= days.first && days.first <= day).then_some((k, days.first))
    })
}

/// How many sentences before a happening one dated in the days up to publication may be told,
/// in another paragraph, and lend it its day: web copy often sets each sentence in a paragraph of
/// its own ("… arrived in Manila on Friday.¶ Lincuna said … rendered the welcome ceremonies …").
const NEAR_SENTENCES: usize = 2;

/// The single day of an earlier event of article `doc` in the paragraph of `sentence`, or in one
/// of the `NEAR_SENTENCES` sentences before it, within the three days up to its publication date,
/// and that event's index.
fn paragraph_day(
    docs: &[Doc<'_>],
    clusters: &[EventCluster],
    doc: usize,
    sentence: usize,
) -> Option<(i64, usize)> {
    let published = docs[doc].published.filter(|date| date.day.is_some())?;
    let day = Days::of(published).first;
    let paragraph = docs[doc].seg.sentences[sentence].paragraph;
    clusters
        .iter()
        .enumerate()
        .filter_map(|(index, cluster)| {
            let days = cluster.days.filter(|days| days.first == days.last)?;
            let earlier = cluster
                .members
                .iter()
                .filter(|&&(d, _)| d == doc)
                .map(|&(_, e)| docs[doc].events[e].sentence)
                .filter(|&s| {
                    s < sentence
                        && (docs[doc].seg.sentences[s].paragraph == paragraph
                            || s + NEAR_SENTENCES >= sentence)
                })
                .max()?;
            (day - 3 <= days.first && days.first <= day).then_some((earlier, days.first, index))
        })
        .max()
        .map(|(_, day, index)| (day, index))
}

/// An event with no date of its own happened when the article places its news: in the headline or
/// the lead (not told as coming), on the article's news day (its first event dated in the days up
/// to publication, else a day its lead names), else in the month of publication; told in the past
/// after an event of its paragraph (or of the two sentences before) dated in those days, on that
/// event's day; told in the past anywhere in an article that names no day at all, in the month of
/// publication. Statements and merged events keep their own dating.
///
/// A happening dated so may date the next in turn ("The parliament approved the bill" in the lead,
/// dated by the news; "the speaker said the bill passed with 325 votes" after it): the articles
/// where a first reading dated anything are read once more.
pub(super) fn apply_news_day(docs: &[Doc<'_>], nows: &[Option<Now>], clusters: &mut [EventCluster]) {
    let dated = date_by_news(docs, nows, clusters, &vec![true; docs.len()]);
    if dated.contains(&true) {
        date_by_news(docs, nows, clusters, &dated);
    }
}

/// One reading of `apply_news_day` over the articles marked in `read` (an event is read with the
/// article of its first telling). Returns the articles with an event it dated.
fn date_by_news(
    docs: &[Doc<'_>],
    nows: &[Option<Now>],
    clusters: &mut [EventCluster],
    read: &[bool],
) -> Vec<bool> {
    let first_members: Vec<(usize, usize)> = clusters.iter().map(|cluster| cluster.members[0]).collect();
    let news: Vec<Option<(i64, NewsSource)>> = (0..docs.len())
        .map(|doc| if read[doc] { news_day(docs, nows, clusters, doc) } else { None })
        .collect();
    let mut found = Vec::new();
    for (index, cluster) in clusters.iter().enumerate() {
        if cluster.days.is_some() || cluster.event_type == "statement" {
            continue;
        }
        // Any time of its own (not a duration) dates it otherwise, or leaves it undated.
        let has_time = |&(doc, event): &(usize, usize)| {
            docs[doc].events[event].dates.iter().any(|&expr| docs[doc].dates[expr].is_time())
        };
        if cluster.members.iter().any(has_time) {
            continue;
        }
        // Articles written more than three days apart report different news, or news of their
        // month when they were all written in one.
        let published: Vec<i64> = cluster
            .members
            .iter()
            .filter_map(|&(doc, _)| docs[doc].published.map(|date| Days::of(date).first))
            .collect();
        let spread = published.iter().max().zip(published.iter().min()).map_or(0, |(max, min)| max - min);
        let one_month = published.iter().all(|&day| month_of(day) == month_of(published[0]));
        if published.len() != cluster.members.len() || (spread > 3 && !one_month) {
            continue;
        }
        let Some((doc, (dated, ongoing))) = told_news(docs, clusters, &news, &cluster.members) else {
            continue;
        };
        if !read[doc] {
            continue;
        }
        if let Some((day, source)) = dated {
            let days = if ongoing || spread > 3 { month_of(day) } else { Days { first: day, last: day } };
            found.push((index, doc, days, source));
        }
    }
    let mut dated = vec![false; docs.len()];
    for (index, doc, days, source) in found {
        let cluster = &mut clusters[index];
        cluster.days = Some(days);
        cluster.stated = false;
        cluster.basis = Some(news_basis(docs, &first_members, doc, days, source));
        for &(member_doc, _) in &cluster.members {
            dated[member_doc] = true;
        }
    }
    dated
}

/// The day of the news a mention takes (with where it comes from), and whether only its month.
type MentionNews = (Option<(i64, NewsSource)>, bool);

/// The news an undated event takes from its tellings `members`: that of its first telling (by
/// sentence, then article), unless a later one dates it to a day where the first gives only a
/// month or nothing: an article that names the day of the news dates it for one that names none.
/// Returns the article whose telling dates it, with `mention_news`'s answer.
fn told_news(
    docs: &[Doc<'_>],
    clusters: &[EventCluster],
    news: &[Option<(i64, NewsSource)>],
    members: &[(usize, usize)],
) -> Option<(usize, MentionNews)> {
    let mut order: Vec<(usize, usize)> = members.to_vec();
    order.sort_by_key(|&(doc, event)| (docs[doc].events[event].sentence, doc));
    let &(doc, event) = order.first()?;
    let first = (doc, mention_news(docs, clusters, news, doc, event));
    if matches!(first.1, (Some(_), false)) {
        return Some(first);
    }
    let by_day = order[1..].iter().filter(|&&(other, _)| other != doc).find_map(|&(other, event)| {
        let told = mention_news(docs, clusters, news, other, event);
        matches!(told, (Some(_), false)).then_some((other, told))
    });
    Some(by_day.unwrap_or(first))
}

/// The day of the news an undated mention (`event` of article `doc`) takes, and whether that is
/// only the month of the news: when the article names no day for its news (no dated event or
/// weekday in its lead), its publication date bounds the happening but does not date it ("The navy
/// rescued four fishermen" in a paper of May 15 happened in May, on a day the text does not give);
/// so is a mention saying "currently" ("is currently deployed to …"), a mention telling its
/// happening as going on at the writing ("Rangers are providing help", "a leader who is visiting
/// the country" past the lead, `ongoing`), and a happening
/// told as the background of the news ("after returning from duty", "were already there",
/// `background`): of the news's month. A past happening told after the lead of an article that
/// names no day anywhere (a report of fires "worst in decades" with no date in it) is news of the
/// month it was published in too.
fn mention_news(
    docs: &[Doc<'_>],
    clusters: &[EventCluster],
    news: &[Option<(i64, NewsSource)>],
    doc: usize,
    event: usize,
) -> MentionNews {
    let mention = &docs[doc].events[event];
    let current = mention.tokens.clone().any(|k| docs[doc].seg.low(k) == "currently");
    let published = || docs[doc].published.map(|date| (Days::of(date).first, NewsSource::Published));
    let dated = match mention.tense {
        Tense::Future => None,
        _ if ongoing::told_as_ongoing(&docs[doc].seg, mention.tokens.clone(), mention.sentence > 1) => {
            published()
        }
        _ if mention.sentence <= 1 => news[doc],
        _ if current => published(),
        Tense::Past => paragraph_day(docs, clusters, doc, mention.sentence)
            .map(|(day, at)| (day, NewsSource::Event(at)))
            .or_else(|| {
                news[doc]
                    .filter(|(_, source)| matches!(source, NewsSource::Published) && !names_a_day(&docs[doc]))
            }),
        Tense::Unknown => None,
    };
    let background = || background::told_as_background(&docs[doc].seg, mention.tokens.clone());
    let of_month = matches!(dated, Some((_, NewsSource::Published))) || (dated.is_some() && background());
    (dated, of_month)
}

/// Whether an article names any day ("March 2, 2016", "Thursday", "yesterday").
fn names_a_day(doc: &Doc<'_>) -> bool {
    doc.dates.iter().any(|expr| match expr.kind {
        DateKind::Absolute(date) => date.day.is_some(),
        DateKind::MonthDay(..)
        | DateKind::DayRange { .. }
        | DateKind::Weekday(_)
        | DateKind::WeekdayOfWeek { .. }
        | DateKind::Holiday { .. }
        | DateKind::Weekend => true,
        DateKind::OfYear { day, .. } => day.is_some(),
        DateKind::Relative(unit, _) => unit == Unit::Day,
        _ => false,
    })
}

/// Why an undated event took the day (or month) `days` of the news of article `doc`.
pub(super) fn news_basis(
    docs: &[Doc<'_>],
    first_members: &[(usize, usize)],
    doc: usize,
    days: Days,
    source: NewsSource,
) -> String {
    let day = days.first;
    match source {
        NewsSource::Event(source) => {
            let (lead_doc, lead_event) = first_members[source];
            let told_with =
                shorten(docs[lead_doc].seg.slice(docs[lead_doc].events[lead_event].tokens.clone()));
            if days.first != days.last {
                return format!(
                    "it has no date of its own and is told as the background of “{told_with}” in {}, \
                     which is {}: of that month",
                    docs[doc].id,
                    PartialDate::from_days(day)
                );
            }
            format!(
                "it has no date of its own and is told with “{told_with}” in {}, which is {}",
                docs[doc].id,
                PartialDate::from_days(day)
            )
        }
        NewsSource::Lead(k) => format!(
            "it has no date of its own and is {} of {}, whose lead tells of “{}”, {}{}",
            if days.first != days.last { "told as the background of the news" } else { "the news" },
            docs[doc].id,
            quote(&docs[doc], docs[doc].dates[k].tokens.clone()),
            PartialDate::from_days(day),
            if days.first != days.last { ": of that month" } else { "" }
        ),
        // Of the month of publication: the basis gives the day it was published, not the
        // month's first.
        NewsSource::Published if days.first != days.last => format!(
            "it has no date of its own and is the news of {}, published {}, which names no day for it",
            docs[doc].id,
            docs[doc].published.unwrap_or_else(|| PartialDate::from_days(day))
        ),
        NewsSource::Published => format!(
            "it has no date of its own and is the news of {}, published {}",
            docs[doc].id,
            PartialDate::from_days(day)
        ),
    }
}

/// The days of the month of day `day`.
pub(super) fn month_of(day: i64) -> Days {
    let date = PartialDate::from_days(day);
    PartialDate::month(date.year, date.month.unwrap_or(1)).map_or(Days { first: day, last: day }, Days::of)
}

#[cfg(test)]
mod tests {
    use crate::model::{Article, Document};

    /// The (type, date) of the events extracted from `text`, published 2023-03-08.
    fn event_dates(text: &str) -> Vec<(String, Option<String>)> {
        let published = Some("2023-03-08".parse().unwrap());
        let document = Document { id: "a".into(), title: "t".into(), outlet: None, published, url: None };
        let facts = crate::extract::extract(&[Article { document, text: text.into() }]).facts;
        let dated = facts.events.iter().map(|e| (e.event_type.clone(), e.date.value.map(|v| v.to_string())));
        dated.collect()
    }

    #[test]
    fn undated_happenings_of_an_article_naming_no_day_are_of_the_month_of_publication() {
        let text = "Troops fight fires in Examplia\n\n\
                    The 1st Battalion deployed to Examplia to fight the worst wildfires in decades.\n\n\
                    The fires spread quickly in the dry summer.\n\n\
                    Rescue crews evacuated hundreds of people from Ashford.";
        let dates = event_dates(text);
        assert!(dates.iter().any(|(t, d)| t == "rescue" && d.as_deref() == Some("2023-03")));
        // An article that names a day elsewhere leaves its far, undated happenings undated.
        let dates = event_dates(&text.replace("in the dry summer", "on March 1 in the dry summer"));
        assert!(dates.iter().any(|(t, d)| t == "rescue" && d.is_none()));
    }

    /// The (type, date) of the events extracted from two articles with their published dates.
    fn events_of_two(first: (&str, &str), second: (&str, &str)) -> Vec<(String, Option<String>)> {
        let article = |id: &str, (text, published): (&str, &str)| {
            let published = Some(published.parse().unwrap());
            let document = Document { id: id.into(), title: "t".into(), outlet: None, published, url: None };
            Article { document, text: text.into() }
        };
        let facts = crate::extract::extract(&[article("a", first), article("b", second)]).facts;
        let dated = facts.events.iter().map(|e| (e.event_type.clone(), e.date.value.map(|v| v.to_string())));
        dated.collect()
    }

    #[test]
    fn undated_news_of_several_articles_is_dated_by_what_they_establish_together() {
        // Two outlets a week apart in one month, neither naming a day: of that month.
        let text = "Armies train together\n\nThe Examplian army and the Norland army recently \
                    wrapped a training exercise at Ashford range.";
        let dates = events_of_two((text, "2023-03-19"), (text, "2023-03-26"));
        assert!(dates.iter().any(|(t, d)| t == "training" && d.as_deref() == Some("2023-03")), "{dates:?}");
        // Months apart: different news, each of its own month.
        let dates = events_of_two((text, "2023-03-19"), (text, "2023-04-26"));
        let months: Vec<Option<&str>> = dates.iter().map(|(_, d)| d.as_deref()).collect();
        assert_eq!(months, [Some("2023-03"), Some("2023-04")]);
        // The first telling names no day; a later one in another article does: its day.
        let first = "Parliament approves troop deployment to Examplia\n\nLawmakers spoke for hours.";
        let second = "Vote\n\nThe Norland parliament approved the troop deployment to Examplia on Tuesday.";
        let dates = events_of_two((second, "2023-03-08"), (first, "2023-03-08"));
        assert!(dates.iter().any(|(t, d)| t == "vote" && d.as_deref() == Some("2023-03-07")), "{dates:?}");
    }

    #[test]
    fn a_happening_dated_by_the_news_dates_the_next_in_turn() {
        let text = "Parliament backs troop deployment\n\n\
                    The Examplian parliament has approved a bill to deploy troops to Norland.\n\n\
                    Speaker Ann Ruiz said on Tuesday that the bill passed with a 300-100 vote.\n\n\
                    Rescue crews evacuated hundreds of people from Ashford.";
        let dates = event_dates(text);
        // The lead's vote is of the lead's Tuesday; the speaker's vote after it, and the rescue
        // after that, of its day in turn.
        assert!(dates.iter().all(|(_, d)| d.as_deref() == Some("2023-03-07")), "{dates:?}");
    }

    #[test]
    fn a_weekday_of_a_happening_awaited_by_its_noun_is_to_come() {
        // Published on a Wednesday; "the expected signing … on Sunday" is the Sunday after.
        let dates = event_dates("Norland's parliament debated the expected signing of the treaty on Sunday.");
        assert!(dates.contains(&("agreement".to_string(), Some("2023-03-12".to_string()))), "{dates:?}");
    }

    #[test]
    fn a_year_since_which_a_state_holds_lends_no_year_to_the_next_sentence() {
        let dates =
            event_dates("Ann Lee has served in the army since 1990. She was appointed chief in September.");
        assert!(dates.contains(&("appointment".to_string(), Some("2022-09".to_string()))), "{dates:?}");
    }
}
