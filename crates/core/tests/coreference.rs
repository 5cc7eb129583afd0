//! Names that stand for others, through the public extractor: an acronym that spells a name found
//! in another article, "the battalion" for the one battalion named before, and undated sayings of
//! articles written far apart kept apart, and copies of one report (wire copy run by many
//! outlets) telling the same events however many there are.

use std::path::Path;

use factlens_core::{extract, load_corpus, Article, Document, EntityKind, FactSet, PartialDate};

fn facts(texts: &[(&str, &str)]) -> FactSet {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, (published, text))| {
            let document = Document {
                id: format!("a{i}"),
                title: format!("Article {i}"),
                outlet: None,
                published: Some(published.parse::<PartialDate>().unwrap()),
                url: None,
            };
            Article { document, text: (*text).into() }
        })
        .collect();
    extract(&articles).facts
}

#[test]
fn an_acronym_joins_the_one_entity_whose_name_it_spells_in_another_article() {
    let facts = facts(&[
        ("2021-01-04", "Gov. Jim Justice thanked the South Dakota National Guard for its work on Monday."),
        ("2021-01-05", "“We are ready,” SDNG Adjutant General Maj. Gen. Ann Roe said on Tuesday."),
    ]);
    let names: Vec<(&str, &Vec<String>)> =
        facts.entities.iter().map(|e| (e.name.as_str(), &e.aliases)).collect();
    let guard = facts
        .entities
        .iter()
        .find(|e| e.name == "South Dakota National Guard")
        .unwrap_or_else(|| panic!("{names:?}"));
    assert!(guard.aliases.iter().any(|a| a == "SDNG"), "{names:?}");
    assert!(!facts.entities.iter().any(|e| e.name == "SDNG"), "no organization of its own: {names:?}");
}

#[test]
fn the_battalion_is_the_one_battalion_named_before() {
    let facts = facts(&[(
        "2024-05-02",
        "Soldiers of the 836th Engineer Battalion left Austin on Monday. Lt. Col. Marcus Bell, the battalion commander, visited Warsaw on Tuesday.",
    )]);
    let battalion = facts.entities.iter().find(|e| e.kind == EntityKind::Unit).expect("the battalion");
    assert_eq!(battalion.name, "836th Engineer Battalion");
    assert!(battalion.aliases.iter().all(|a| a != "battalion"), "a common noun is no alias");
    let visit = facts.events.iter().find(|e| e.event_type == "visit").expect("the visit");
    assert!(visit.participants.contains(&battalion.id), "{:?}", visit.participants);
}

#[test]
fn undated_sayings_of_articles_a_year_apart_are_two_sayings() {
    let facts = facts(&[
        ("2020-01-04", "“It is a proud day,” Maj. Gen. James Hoyer said."),
        ("2021-01-04", "“I will miss them,” Maj. Gen. James Hoyer said."),
    ]);
    let sayings = facts.events.iter().filter(|e| e.event_type == "statement").count();
    assert_eq!(sayings, 2, "{:#?}", facts.events);
}

#[test]
fn one_person_with_and_without_middle_names_and_one_body_in_either_spelling() {
    let facts = facts(&[
        (
            "2024-05-02",
            "President Anna Maria Lind swore in the commanders of the Norland Defence Forces on Thursday.",
        ),
        (
            "2024-05-03",
            "President Anna Lind thanked the Norland Defense Forces on Friday. Lind spoke at noon.",
        ),
    ]);
    let names: Vec<(&str, &Vec<String>)> =
        facts.entities.iter().map(|e| (e.name.as_str(), &e.aliases)).collect();
    let people: Vec<&str> =
        facts.entities.iter().filter(|e| e.kind == EntityKind::Official).map(|e| e.name.as_str()).collect();
    assert_eq!(people, ["Anna Maria Lind"], "{names:?}");
    let units = facts.entities.iter().filter(|e| e.kind == EntityKind::Unit).count();
    assert_eq!(units, 1, "{names:?}");
}

#[test]
fn a_lone_acronym_neither_names_nor_types_the_body_it_spells() {
    let facts = facts(&[(
        "2024-05-02",
        "The PCG said on Monday the ship arrived. The Philippine Coast Guard met the crew on Tuesday. The PCG thanked them.",
    )]);
    let names: Vec<(&str, EntityKind)> = facts.entities.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    assert!(names.contains(&("Philippine Coast Guard", EntityKind::Unit)), "{names:?}");
    assert!(!names.iter().any(|(n, _)| *n == "PCG"), "{names:?}");
}

#[test]
fn many_copies_of_the_same_articles_tell_the_same_events() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/articles/articles.toml");
    let source = std::fs::read_to_string(&manifest).unwrap();
    let corpus =
        load_corpus(manifest.to_str().unwrap(), &source, |f| std::fs::read(f).map_err(|e| e.to_string()))
            .unwrap();
    let copies = |n: usize| -> Vec<Article> {
        (0..n)
            .flat_map(|i| {
                corpus.iter().map(move |a| {
                    let mut copy = a.clone();
                    copy.document.id = format!("{}-{i}", a.document.id);
                    copy
                })
            })
            .collect()
    };
    let events = |n: usize| extract(&copies(n)).facts.events.len();
    // Ten copies are 30 articles: the clusters an event of one copy could join are pushed out of
    // the bounded candidate lists by the 20-odd events of the copy before, unless the same words
    // find them.
    assert_eq!(events(10), events(1));
}
