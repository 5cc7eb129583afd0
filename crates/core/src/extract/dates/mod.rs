//! Date expressions: finding them ("March 11, 2011", "in October", "Friday", "last week",
//! "22-month-long", in `parse`, as the kinds of `expr`) and resolving them against an anchor, as
//! intervals of days (`days`).

mod days;
mod expr;
mod parse;

use super::text::Segmented;

pub(crate) use days::{resolve, shift, Days, Tense};
pub(crate) use expr::{DateExpr, DateKind, Unit};

/// Finds every date expression of an article, and marks their tokens in the returned mask.
pub(crate) fn find_dates(seg: &Segmented<'_>) -> (Vec<DateExpr>, Vec<bool>) {
    let mut found = Vec::new();
    let mut blocked = vec![false; seg.tokens.len()];
    for (s, sentence) in seg.sentences.iter().enumerate() {
        if sentence.boilerplate {
            continue;
        }
        let range = sentence.tokens.clone();
        let mut i = range.start;
        while i < range.end {
            match parse::parse_at(seg, i, range.clone()) {
                Some((kind, end)) => {
                    for b in &mut blocked[i..end] {
                        *b = true;
                    }
                    let happening = parse::happening_dated(seg, i, range.clone());
                    found.push(DateExpr { tokens: i..end, kind, sentence: s, happening });
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    (found, blocked)
}

/// Every complete date written in `text` ("March 11, 2011", "February 2022", "2020-02-28"), with
/// its byte range: the date grammar on its own, with no article around it (used to propose the
/// publication date of a new article from its date line).
#[cfg(feature = "collection")]
pub(crate) fn complete_dates(text: &str) -> Vec<(std::ops::Range<usize>, crate::date::PartialDate)> {
    let seg = super::text::segment(text);
    let all = 0..seg.tokens.len();
    let mut found = Vec::new();
    let mut i = 0;
    while i < seg.tokens.len() {
        match parse::parse_at(&seg, i, all.clone()) {
            Some((DateKind::Absolute(date), end)) => {
                found.push((seg.span(i..end), date));
                i = end;
            }
            Some((_, end)) => i = end,
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::text::segment;
    use super::*;
    use crate::date::PartialDate;

    fn kinds(text: &str) -> Vec<(String, DateKind)> {
        let seg = segment(text);
        find_dates(&seg).0.into_iter().map(|d| (seg.slice(d.tokens).to_string(), d.kind)).collect()
    }

    #[test]
    fn finds_the_forms_news_uses() {
        let found = kinds(
            "It began on March 11, 2011, and in October; on Friday morning, last week, this past week, \
             in August of that year, about three years after, the 22-month-long war, in 2024, on December 29.",
        );
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "March 11, 2011",
                "October",
                "Friday morning",
                "last week",
                "this past week",
                "August of that year",
                "three years after",
                "22-month-long",
                "2024",
                "December 29"
            ]
        );
        assert_eq!(found[0].1, DateKind::Absolute(PartialDate::day(2011, 3, 11).unwrap()));
        assert_eq!(found[7].1, DateKind::Duration { amount: 22, unit: Unit::Month });
    }

    #[test]
    fn a_bare_may_or_march_is_not_a_date() {
        assert!(kinds("They may march. The March on Washington.").is_empty());
        assert_eq!(kinds("It begins in May.").len(), 1);
    }

    #[test]
    fn reads_day_first_dates_with_a_comma_or_without_a_year() {
        let found = kinds("The frigate sailed on 07 March, 2021, met a tanker on 12th Sep, 2023 and docks on Friday, 7 June.");
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["07 March, 2021", "12th Sep, 2023", "Friday, 7 June"]);
        assert_eq!(found[0].1, DateKind::Absolute(PartialDate::day(2021, 3, 7).unwrap()));
        assert_eq!(found[2].1, DateKind::MonthDay(6, 7));
        assert!(kinds("Only 3 may come.").is_empty(), "a lowercase month word is no date");
    }

    #[test]
    fn reads_a_month_and_year_parted_by_a_comma() {
        let found = kinds("The envoy was called home before, including August, 2011, but not in May, 2012.");
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["August, 2011", "May, 2012"]);
        assert_eq!(found[0].1, DateKind::Absolute(PartialDate::month(2011, 8).unwrap()));
        assert!(kinds("They met in Sep, 2011.").is_empty(), "an undotted abbreviation needs a day");
    }

    #[test]
    fn a_year_before_a_happening_dates_it() {
        let found = kinds("Crews recalled the 2016 flood and Examplia's 1982 invasion, not the 1990 budget or the 2021 Act.");
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["2016", "1982"]);
        assert_eq!(found[0].1, DateKind::Absolute(PartialDate::year(2016)));
    }

    #[test]
    fn a_weekday_before_the_calendar_day_it_names_is_that_day() {
        let found = kinds(
            "Medics carry a hiker at Tarnby airfield, Tuesday, April 28, 2015. The fleet sails Sunday 31 July 2022; \
             mourning begins Friday the 19th of April, and the talks end on Monday.",
        );
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            names,
            ["Tuesday, April 28, 2015", "Sunday 31 July 2022", "Friday the 19th of April", "Monday"]
        );
        assert_eq!(found[0].1, DateKind::Absolute(PartialDate::day(2015, 4, 28).unwrap()));
        assert_eq!(found[2].1, DateKind::MonthDay(4, 19));
        assert_eq!(found[3].1, DateKind::Weekday(0));
        assert_eq!(
            kinds("It ends on the 3rd of May, 2021.")[0].1,
            DateKind::Absolute(PartialDate::day(2021, 5, 3).unwrap())
        );
        assert_eq!(
            kinds("The crews left on Friday, March and April being too wet.")[0].1,
            DateKind::Weekday(4)
        );
    }

    #[test]
    fn a_month_or_weekday_of_a_counted_year_or_week_is_one_expression() {
        let found = kinds(
            "Lena Hart took command in April last year, sails on 5 March next year, met the envoy on Friday this \
             week and flew in early June this year, last May and this April; Jon Berg leaves next March.",
        );
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "April last year",
                "5 March next year",
                "Friday this week",
                "early June this year",
                "last May",
                "this April",
                "next March"
            ]
        );
        assert_eq!(found[4].1, DateKind::MonthCounted { month: 5, offset: -1 });
        assert_eq!(found[6].1, DateKind::MonthCounted { month: 3, offset: 1 });
        assert_eq!(found[0].1, DateKind::OfYear { month: 4, day: None, offset: -1 });
        assert_eq!(found[1].1, DateKind::OfYear { month: 3, day: Some(5), offset: 1 });
        assert_eq!(found[2].1, DateKind::WeekdayOfWeek { weekday: 4, offset: 0 });
        assert_eq!(found[3].1, DateKind::OfYear { month: 6, day: None, offset: 0 });
    }

    #[test]
    fn a_range_of_days_of_one_month_is_one_expression() {
        let found =
            kinds("Exercise Blue Kite runs June 6-12, 2017, then 14 – 16 June and 20 to 22 July in Ashford.");
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["June 6-12, 2017", "14 – 16 June", "20 to 22 July"]);
        assert_eq!(found[0].1, DateKind::DayRange { year: Some(2017), month: 6, first: 6, last: 12 });
        assert_eq!(found[1].1, DateKind::DayRange { year: None, month: 6, first: 14, last: 16 });
        assert_eq!(found[2].1, DateKind::DayRange { year: None, month: 7, first: 20, last: 22 });
        let found = kinds("The drills will be held from 10th to 14th Feb at Ashford.");
        assert_eq!(found[0].1, DateKind::DayRange { year: None, month: 2, first: 10, last: 14 });
        assert!(kinds("The 12-6 vote passed in June.")
            .iter()
            .all(|(_, k)| !matches!(k, DateKind::DayRange { .. })));
    }

    #[test]
    fn a_holiday_named_with_day_is_its_fixed_day() {
        let found = kinds(
            "Wreaths were laid on Remembrance Day, and the Veterans Affairs office of Tarnby closed for boxing practice.",
        );
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["Remembrance Day"]);
        assert_eq!(found[0].1, DateKind::Holiday { month: 11, day: 11, before: false });
        assert_eq!(
            kinds("The march ends before Anzac Day.")[0].1,
            DateKind::Holiday { month: 4, day: 25, before: true }
        );
    }

    #[test]
    fn the_same_day_as_the_time_named_before() {
        let found = kinds(
            "Earlier in the day and later that evening, on the same day, that same day, but later in life.",
        );
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["Earlier in the day", "later that evening", "the same day", "that same day"]);
        assert!(found.iter().all(|(_, kind)| *kind == DateKind::FromPrevious { amount: 0, unit: Unit::Day }));
    }

    #[test]
    fn reads_a_bound_before_a_month_an_ordinal_after_a_short_month_and_mid_year() {
        let found = kinds("Troops go as early as April, talks open Jan 5th, and work ends in mid-2022.");
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["April", "Jan 5th", "mid-2022"], "{found:?}");
        assert_eq!(found[0].1, DateKind::Month(4));
        assert_eq!(found[1].1, DateKind::MonthDay(1, 5));
        assert_eq!(found[2].1, DateKind::Absolute(PartialDate::year(2022)));
    }

    #[test]
    fn one_unit_ago_written_with_a_or_an() {
        let found = kinds(
            "A month ago the brigade left, a day ago it landed, an hour ago it moved, a year after the war.",
        );
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["A month ago", "a day ago"]);
        assert_eq!(found[0].1, DateKind::Relative(Unit::Month, -1));
        assert_eq!(found[1].1, DateKind::Relative(Unit::Day, -1));
    }

    #[test]
    fn reads_weekends_times_counted_from_the_one_before_and_parts_of_months() {
        let found = kinds(
            "Crowds marched over the weekend. The next day, two weeks later, a day earlier, on the day before, \
             the day before the vote, in mid-March, in early May and in late night talks.",
        );
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "the weekend",
                "The next day",
                "two weeks later",
                "a day earlier",
                "the day before",
                "mid-March",
                "early May"
            ]
        );
        assert_eq!(found[0].1, DateKind::Weekend);
        assert_eq!(found[1].1, DateKind::FromPrevious { amount: 1, unit: Unit::Day });
        assert_eq!(found[2].1, DateKind::FromPrevious { amount: 2, unit: Unit::Week });
        assert_eq!(found[3].1, DateKind::FromPrevious { amount: -1, unit: Unit::Day });
        assert_eq!(found[5].1, DateKind::Month(3));
        let parts = kinds("The following morning they flew on. Three hours later a helicopter came.");
        assert_eq!(parts[0].1, DateKind::FromPrevious { amount: 1, unit: Unit::Day });
        assert_eq!(parts[1].1, DateKind::FromPrevious { amount: 0, unit: Unit::Day });
    }
}
