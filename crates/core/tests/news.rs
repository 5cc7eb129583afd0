//! How news tells who and when, through the public extractor: a saying's participant is its
//! speaker, not those it talks about; an undated lead happened on the day its lead names.

use factlens_core::{extract, Article, Document, FactSet, PartialDate};

fn facts(published: &str, text: &str) -> FactSet {
    let document = Document {
        id: "a0".into(),
        title: "Article".into(),
        outlet: None,
        published: Some(published.parse::<PartialDate>().unwrap()),
        url: None,
    };
    extract(&[Article { document, text: text.into() }]).facts
}

fn id_of(facts: &FactSet, name: &str) -> String {
    let entity = facts.entities.iter().find(|e| e.name == name);
    entity.unwrap_or_else(|| panic!("no {name}: {:#?}", facts.entities)).id.clone()
}

#[test]
fn a_saying_has_its_speaker_not_the_people_it_praises() {
    let facts = facts(
        "2021-01-04",
        "Maj. Gen. Mary Stone retired. “She has done a superb job,” Gov. Ann Marshal said, lauding Stone and the Ohio National Guard.",
    );
    let saying = facts.events.iter().find(|e| e.event_type == "statement").expect("the saying");
    assert_eq!(saying.participants, vec![id_of(&facts, "Ann Marshal")], "{saying:#?}");
}

#[test]
fn an_undated_lead_happened_on_the_day_its_lead_names() {
    // 2017-08-06 is a Sunday: "Saturday" is the day before.
    let facts = facts(
        "2017-08-06",
        "Two hikers helped rescue a fallen climber on Longs Peak before a Colorado National Guard helicopter evacuated him.\n\nThe hikers found the climber Saturday morning.",
    );
    let rescue = facts.events.iter().find(|e| e.event_type == "rescue").expect("the rescue");
    assert_eq!(rescue.date.value.map(|v| v.to_string()).as_deref(), Some("2017-08-05"), "{rescue:#?}");
    assert!(rescue.date.basis.as_deref().is_some_and(|b| b.contains("Saturday")), "{:?}", rescue.date.basis);
}

#[test]
fn an_undated_lead_of_an_article_naming_no_day_is_of_its_month_and_says_when_it_was_published() {
    let facts = facts("2022-05-15", "The navy rescued four fishermen off Port Ash.");
    let rescue = facts.events.iter().find(|e| e.event_type == "rescue").expect("the rescue");
    assert_eq!(rescue.date.value.map(|v| v.to_string()).as_deref(), Some("2022-05"), "{rescue:#?}");
    let basis = rescue.date.basis.as_deref().unwrap_or("");
    assert!(basis.contains("published 2022-05-15"), "{basis}");
}

#[test]
fn a_position_in_lowercase_before_a_name_makes_an_official() {
    let facts = facts(
        "2017-08-06",
        "“The hikers were critical to his survival,” park spokeswoman Kyle Patterson said.",
    );
    let person = facts.entities.iter().find(|e| e.name == "Kyle Patterson").expect("the spokeswoman");
    assert_eq!(person.kind, factlens_core::EntityKind::Official);
    assert_eq!(person.attributes.get("title").map(String::as_str), Some("spokeswoman"));
    let saying = facts.events.iter().find(|e| e.event_type == "statement").expect("the saying");
    assert_eq!(saying.participants, vec![person.id.clone()]);
}

#[test]
fn sayings_of_one_speaker_told_together_are_one_speech_and_far_apart_two() {
    let text = "Colonel Ann Ruiz praised the soldiers. \
                “They are the best we have,” said Colonel Ann Ruiz. \
                The unit trained in Texas in May. It drove to Fort Bliss. It flew to Poland. It trained more. It rested. It moved on. \
                Colonel Ann Ruiz said the winter had been hard.";
    let facts = facts("2023-06-10", text);
    let sayings: Vec<usize> = facts
        .events
        .iter()
        .filter(|event| event.event_type == "statement")
        .map(|event| event.evidence.len())
        .collect();
    assert_eq!(sayings, [2, 1], "{:#?}", facts.events);
}

#[test]
fn two_articles_putting_a_happening_of_one_type_on_one_day_report_one_happening() {
    let article = |id: &str, published: &str, text: &str| Article {
        document: Document {
            id: id.into(),
            title: "Article".into(),
            outlet: None,
            published: Some(published.parse::<PartialDate>().unwrap()),
            url: None,
        },
        text: text.into(),
    };
    let facts = extract(&[
        article("a1", "2023-06-08", "The country's cabinet approved the plan on Tuesday."),
        article("a2", "2023-06-07", "Ministers on Tuesday approved a bill."),
    ])
    .facts;
    let votes: Vec<usize> =
        facts.events.iter().filter(|e| e.event_type == "vote").map(|e| e.evidence.len()).collect();
    assert_eq!(votes, [2], "{:#?}", facts.events);
}
