//! Date expressions against a reference date, the HeidelTime way: each row is an expression, the
//! article's publication date, and the value and grain a careful reader gives the event it dates.
//! Each expression is placed in a plain news sentence whose event is a deployment; `None`
//! means the date must stay as written (no value).

use factlens_core::{extract, Article, Certainty, Document, PartialDate};

/// (sentence with the expression, publication date, expected value, expected certainty).
#[rustfmt::skip]
const TABLE: &[(&str, &str, Option<&str>, Certainty)] = &[
    // Absolute dates: stated, at the grain written.
    ("The 1st Battalion deployed to Poland on March 4, 2023.", "2023-03-10", Some("2023-03-04"), Certainty::Stated),
    ("The 1st Battalion deployed to Poland in March 2023.", "2023-04-02", Some("2023-03"), Certainty::Stated),
    ("The 1st Battalion deployed to Poland in 2019.", "2023-04-02", Some("2019"), Certainty::Stated),
    ("The 1st Battalion deployed to Poland on 4 March 2023.", "2023-03-10", Some("2023-03-04"), Certainty::Stated),
    // A month and day without a year: the year of the publication date (or the one before, in the past).
    ("The 1st Battalion deployed to Poland on March 4.", "2023-03-10", Some("2023-03-04"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland on Dec. 29.", "2024-01-05", Some("2023-12-29"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland on Jan. 8.", "2023-12-20", Some("2024-01-08"), Certainty::Inferred),
    // A month alone.
    ("The 1st Battalion deployed to Poland in October.", "2023-12-20", Some("2023-10"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland in February.", "2023-12-20", Some("2024-02"), Certainty::Inferred),
    // Weekdays: the last one before the publication date in the past tense, the next one in the future.
    ("The 1st Battalion deployed to Poland on Tuesday.", "2023-03-10", Some("2023-03-07"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland on Tuesday.", "2023-03-10", Some("2023-03-14"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland on Friday.", "2023-12-27", Some("2023-12-29"), Certainty::Inferred),
    // Relative days, weeks, months and years.
    ("The 1st Battalion deployed to Poland yesterday.", "2023-03-10", Some("2023-03-09"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland tomorrow.", "2023-03-10", Some("2023-03-11"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland last month.", "2023-03-10", Some("2023-02"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland next month.", "2023-12-10", Some("2024-01"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland last year.", "2023-03-10", Some("2022"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland three years ago.", "2023-03-10", Some("2020"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland Thursday morning.", "2023-03-10", Some("2023-03-09"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland last week.", "2023-03-20", Some("2023-03"), Certainty::Inferred),
    // Last week of Friday 2023-03-10 spans February and March: only the year is sure.
    ("The 1st Battalion deployed to Poland last week.", "2023-03-10", Some("2023"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland earlier today.", "2023-03-10", Some("2023-03-10"), Certainty::Inferred),
    // The day of the time named before it, or after it in its sentence.
    ("The brigade trained in Estonia on Friday. The 1st Battalion deployed to Poland later that day.", "2023-03-13", Some("2023-03-10"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland earlier in the day, the minister confirmed on Thursday.", "2023-03-10", Some("2023-03-09"), Certainty::Inferred),
    ("The 1st Battalion has been deployed in Poland since Monday.", "2023-03-10", Some("2023-03-06"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland on Saturday, officials said Monday.", "2023-03-14", Some("2023-03-11"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland on Tuesday, the Army announced Wednesday.", "2023-03-10", Some("2023-03-07"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland tonight.", "2023-03-10", Some("2023-03-10"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland yesterday afternoon.", "2023-03-10", Some("2023-03-09"), Certainty::Inferred),
    ("The 1st Battalion returned to Fort Hood Saturday.", "2020-01-06", Some("2020-01-04"), Certainty::Inferred),
    ("The 1st Battalion came home to Fort Hood Saturday.", "2020-01-06", Some("2020-01-04"), Certainty::Inferred),
    ("In a statement Saturday, the Army said the 1st Battalion will deploy to Poland.", "2022-07-17", Some("2022-07-16"), Certainty::Inferred),
    // A "will" inside quotation marks is the speaker's: the narration says when it was said.
    ("“The 1st Battalion will be ready,” the colonel said in a message to the local radio station Monday.", "2023-03-10", Some("2023-03-06"), Certainty::Inferred),
    ("The governor is hosting a change of command ceremony at 2 p.m. Jan. 4 at the armory.", "2021-01-04", Some("2021-01-04"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland earlier this week.", "2023-03-10", Some("2023-03"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland next week.", "2023-03-10", Some("2023-03"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland this morning.", "2023-03-10", Some("2023-03-10"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland on Sunday afternoon.", "2023-03-10", Some("2023-03-05"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland this past weekend.", "2023-03-14", Some("2023-03"), Certainty::Inferred),
    // "over the weekend": the Saturday and Sunday before (a two-day span: its month).
    ("The 1st Battalion deployed to Poland over the weekend.", "2023-03-13", Some("2023-03"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland on the weekend.", "2023-03-29", Some("2023-04"), Certainty::Inferred),
    // Counted from the time told before, not from the writing.
    ("The brigade trained in Estonia on March 2, 2023. The 1st Battalion deployed to Poland the next day.", "2023-03-20", Some("2023-03-03"), Certainty::Inferred),
    ("The brigade trained in Estonia on Friday. The 1st Battalion had deployed to Poland a day earlier.", "2023-03-13", Some("2023-03-09"), Certainty::Inferred),
    ("The brigade trained in Estonia on March 2, 2023. The 1st Battalion deployed to Poland two weeks later.", "2023-04-20", Some("2023-03-16"), Certainty::Inferred),
    // A part of a month is of that month.
    ("The 1st Battalion deployed to Poland in mid-March.", "2023-04-02", Some("2023-03"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland in early March.", "2023-04-02", Some("2023-03"), Certainty::Inferred),
    // "until" tells when a happening ends: it goes on from the writing until then.
    ("The 1st Battalion will be deployed in Poland until 31 August 2023.", "2023-04-20", Some("2023"), Certainty::Inferred),
    ("The 1st Battalion will be deployed in Poland till May 30.", "2023-05-02", Some("2023-05"), Certainty::Inferred),
    ("The 1st Battalion will be deployed in Poland until 31 January 2024.", "2023-04-20", None, Certainty::Unknown),
    // No date of its own: an event of the headline or lead told as done is the article's news, of
    // the first event it dates in the three days before publication (or a day its lead names), else
    // of the month of publication (the paper's date bounds it, no day is given); a past event later
    // on takes the day of an event dated so earlier in its paragraph, or in an article that names no
    // day at all the month of publication; a coming one stays undated.
    ("The 1st Battalion deployed to Poland.", "2023-03-10", Some("2023-03"), Certainty::Inferred),
    ("The 1st Battalion deployed to Poland. It crossed the border on Thursday.", "2023-03-10", Some("2023-03-09"), Certainty::Inferred),
    ("The 1st Battalion will deploy to Poland.", "2023-03-10", None, Certainty::Unknown),
    ("Rain fell. Wind blew hard. The 1st Battalion trained in Poland on Saturday. It then deployed to the border.", "2023-03-13", Some("2023-03-11"), Certainty::Inferred),
    ("Rain fell. Wind blew hard. The sky was grey. The 1st Battalion deployed to Poland.", "2023-03-10", Some("2023-03"), Certainty::Inferred),
    ("Rain fell on Monday. Wind blew hard. The sky was grey. The 1st Battalion deployed to Poland.", "2023-03-10", None, Certainty::Unknown),
    // Told as background ("already", "after returning", "in response to"), of that day's month.
    ("Rain fell. Wind blew hard. The 1st Battalion trained in Poland on Saturday. Its soldiers were already deployed to the border.", "2023-03-13", Some("2023-03"), Certainty::Inferred),
    // Sentences set as paragraphs of their own: a past happening told within two sentences after
    // a dated one takes its day; one told later does not.
    ("Rain fell.\n\nWind blew hard.\n\nThe 1st Battalion trained in Poland on Saturday.\n\nIt then deployed to the border.", "2023-03-13", Some("2023-03-11"), Certainty::Inferred),
    ("Rain fell.\n\nWind blew hard.\n\nThe 1st Battalion trained in Poland on Saturday.\n\nThe sky was grey.\n\nSnow fell.\n\nIt then deployed to the border.", "2023-03-13", None, Certainty::Unknown),
    ("The 1st Battalion deployed to Poland.", "", None, Certainty::Unknown),
    // Without a publication date nothing relative can be resolved.
    ("The 1st Battalion deployed to Poland on Tuesday.", "", None, Certainty::Unknown),
    ("The 1st Battalion deployed to Poland last month.", "", None, Certainty::Unknown),
    ("The 1st Battalion deployed to Poland yesterday.", "", None, Certainty::Unknown),
    ("The 1st Battalion deployed to Poland on Tuesday, the Army announced Wednesday.", "", None, Certainty::Unknown),
];

fn article(text: &str, published: &str) -> Article {
    let published = (!published.is_empty()).then(|| published.parse::<PartialDate>().unwrap());
    let document = Document { id: "a".into(), title: "t".into(), outlet: None, published, url: None };
    Article { document, text: text.to_string() }
}

#[test]
fn date_expressions_resolve_against_the_publication_date() {
    let mut wrong = Vec::new();
    for &(text, published, value, certainty) in TABLE {
        let facts = extract(&[article(text, published)]).facts;
        // The deployment when there is one (a row may date it from another event).
        let deployment = facts.events.iter().find(|event| event.event_type == "deployment");
        let Some(event) = deployment.or(facts.events.first()) else {
            wrong.push(format!("{text:?} ({published}): no event"));
            continue;
        };
        let got = event.date.value.map(|v| v.to_string());
        if got.as_deref() != value || event.date.certainty != certainty {
            wrong.push(format!(
                "{text:?} published {published:?}: {got:?} {:?}, expected {value:?} {certainty:?}",
                event.date.certainty
            ));
        }
    }
    assert!(wrong.is_empty(), "{} of {} rows wrong:\n{}", wrong.len(), TABLE.len(), wrong.join("\n"));
}

#[test]
fn a_saying_in_the_report_of_an_occasion_by_one_who_takes_part_is_of_its_day() {
    let text = "Governor Ann Ruiz hosted a change of command ceremony at Camp Hill on Monday. \
                “They served well,” Governor Ann Ruiz said. \
                Colonel Bo Lind said the weather had been cold for weeks.";
    assert_eq!(sayings_dates(text, "2023-03-14"), [Some("2023-03-13".to_string()), None]);
}

#[test]
fn a_saying_framed_by_a_happening_told_before_is_of_its_day() {
    let text = "The minister signed an agreement to buy new aircraft on Tuesday during a live broadcast. \
                “This is a great day,” the minister said during the broadcast. \
                “We talked during the broadcast,” Colonel Bo Lind said.";
    assert_eq!(sayings_dates(text, "2023-03-10"), [Some("2023-03-07".to_string()), None]);
}

/// The dates of the sayings (`statement` events) found in `text` published on `published`.
fn sayings_dates(text: &str, published: &str) -> Vec<Option<String>> {
    dates_of("statement", text, published)
}

/// The dates of the events of type `event_type` found in `text` published on `published`.
fn dates_of(event_type: &str, text: &str, published: &str) -> Vec<Option<String>> {
    let facts = extract(&[article(text, published)]).facts;
    let events = facts.events.iter().filter(|event| event.event_type == event_type);
    events.map(|event| event.date.value.map(|v| v.to_string())).collect()
}

#[test]
fn a_happening_also_told_today_in_a_report_of_the_day_before_is_of_that_day() {
    let text = "Sunday two towns gathered to say goodbye to their soldiers at ceremonies. \
                Also today 40 soldiers of the 9th Rifle Company were given a send off from Dunmore. \
                The 9th Rifle Company will deploy to Poland next month.";
    let ceremonies = dates_of("ceremony", text, "2023-03-13");
    assert!(!ceremonies.is_empty());
    assert!(ceremonies.iter().all(|date| date.as_deref() == Some("2023-03-12")), "{ceremonies:?}");
}

#[test]
fn a_saying_that_reacts_to_a_happening_of_the_day_of_writing_is_of_that_day() {
    let text = "The parliament of Norland voted on Tuesday to send troops to Estmark. \
                Rain fell in the capital. \
                The government of Estmark welcomed the vote.";
    // Written on the day of the vote: the reaction came that day.
    assert_eq!(sayings_dates(text, "2023-03-07"), [Some("2023-03-07".to_string())]);
    // Written days later: the reaction may have come on any day between.
    assert_eq!(sayings_dates(text, "2023-03-09"), [None]);
}

#[test]
fn welcoming_soldiers_home_answers_their_return() {
    let text = "Soldiers of the 9th Rifle Company will return home today from Estmark. \
                Rain fell in the capital. \
                The minister welcomed home the soldiers and thanked them for their work.";
    assert_eq!(sayings_dates(text, "2023-03-07"), [Some("2023-03-07".to_string())]);
}
