//! Evaluations: "the governor praised the soldiers", "the minister condemned the attacks", "he
//! thanked the families". A saying that judges, thanks or urges is the speaker's answer to the
//! article's news, made with it: an undated one takes the article's news day (of its month only
//! when the article names no day for its news), after every rule that dates a saying more closely.

use std::cell::OnceCell;

use super::super::dates::{Days, Tense};
use super::super::doc::Doc;
use super::super::now::Now;
use super::cluster::EventCluster;
use super::dating::{month_of, news_basis, news_day, NewsSource};

/// Verbs of a saying that judges, thanks or urges (in the past, as news reports them).
const EVALUATING: &[&str] = &[
    "praised",
    "commended",
    "lauded",
    "hailed",
    "applauded",
    "thanked",
    "congratulated",
    "condemned",
    "denounced",
    "deplored",
    "criticized",
    "criticised",
    "urged",
    "expressed",
    "voiced",
    "recognised",
    "recognized",
    "emphasised",
    "emphasized",
];

/// Whether event mention `event` of `doc` is a saying told with a verb of evaluation in the simple
/// past: not a perfect ("has urged restraint": some time before the news),
/// not a passive ("commended by the commander"), not the clause's last word.
fn evaluates(doc: &Doc<'_>, event: usize) -> bool {
    let seg = &doc.seg;
    let tokens = doc.events[event].tokens.clone();
    (tokens.start..tokens.end.saturating_sub(1)).any(|k| {
        let perfect = k > tokens.start && matches!(seg.low(k - 1), "has" | "have" | "had");
        EVALUATING.contains(&seg.tok(k)) && !perfect && seg.low(k + 1) != "by"
    })
}

/// How many days before its article was written the news may be for a saying to take its day: a
/// report written later may quote what was said on any day since.
const DAYS_AFTER_NEWS: i64 = 1;

/// The day (or, from its publication date alone, the month) of the news of article `doc`, when
/// that news is no more than `DAYS_AFTER_NEWS` before its publication.
fn recent_news(
    docs: &[Doc<'_>],
    nows: &[Option<Now>],
    clusters: &[EventCluster],
    doc: usize,
) -> Option<(i64, NewsSource)> {
    let published = Days::of(docs[doc].published?).first;
    news_day(docs, nows, clusters, doc).filter(|&(day, _)| published - day <= DAYS_AFTER_NEWS)
}

/// Dates every undated saying told with a verb of evaluation, not told as coming, with its
/// article's news day when that is at most a day before the writing (or the month of writing, when
/// the article names no day for its news). A saying reported by several articles needs every one
/// of them to agree.
pub(super) fn apply_evaluations(docs: &[Doc<'_>], nows: &[Option<Now>], clusters: &mut [EventCluster]) {
    let first_members: Vec<(usize, usize)> = clusters.iter().map(|cluster| cluster.members[0]).collect();
    // Each article's news, found once, for the articles that have an evaluation to date.
    let news_of: Vec<OnceCell<Option<(i64, NewsSource)>>> = vec![OnceCell::new(); docs.len()];
    let mut found = Vec::new();
    for (index, cluster) in clusters.iter().enumerate() {
        if cluster.days.is_some() || cluster.event_type != "statement" {
            continue;
        }
        let mentions = &cluster.members;
        let coming = mentions.iter().any(|&(doc, e)| docs[doc].events[e].narrated == Tense::Future);
        if coming || !mentions.iter().any(|&(doc, e)| evaluates(&docs[doc], e)) {
            continue;
        }
        let news: Vec<Option<(i64, NewsSource)>> = mentions
            .iter()
            .map(|&(doc, _)| *news_of[doc].get_or_init(|| recent_news(docs, nows, clusters, doc)))
            .collect();
        let Some(Some((day, source))) = news.first().copied() else { continue };
        if news.iter().any(|other| other.map(|(d, _)| d) != Some(day)) {
            continue;
        }
        let days = if matches!(source, NewsSource::Published) {
            month_of(day)
        } else {
            Days { first: day, last: day }
        };
        found.push((index, mentions[0].0, days, source));
    }
    for (index, doc, days, source) in found {
        let cluster = &mut clusters[index];
        cluster.days = Some(days);
        cluster.stated = false;
        cluster.basis = Some(news_basis(docs, &first_members, doc, days, source));
    }
}

#[cfg(test)]
mod tests {
    use super::super::speaker::tests::saying_dates;

    #[test]
    fn an_evaluation_takes_the_news_day_of_a_report_written_the_day_after() {
        let text = "The Examplian Navy rescued four sailors off Ashford on Tuesday.\n\n\
                    The sailors were taken to a hospital in Ashford.\n\n\
                    Governor Ann Ruiz praised the crew for their courage.";
        assert_eq!(saying_dates(text), vec![Some("2023-03-07".to_string())]);
        // A perfect tells a saying of some time before the news.
        let perfect = text.replace("Ruiz praised", "Ruiz has praised");
        assert_eq!(saying_dates(&perfect), vec![None]);
        // A report written days after its news may quote what was said on any day since.
        let later = text.replace("on Tuesday", "on Sunday");
        assert_eq!(saying_dates(&later), vec![None]);
        // What a saying reports may look ahead; the saying was made.
        let hope = text
            .replace("praised the crew for their courage", "expressed hope that the crew will recover soon");
        assert_eq!(saying_dates(&hope), vec![Some("2023-03-07".to_string())]);
    }
}
