//! The facts of one view, for export: what the results of a URL state hold, as a `factlens/1`
//! fact set of its own.

use std::collections::HashSet;

use super::explorer::Explorer;
use super::state::UrlState;
use crate::model::FactSet;

impl Explorer {
    /// The facts a view's results hold, as `factlens/1`: the matching entities and events with
    /// all their evidence, the conflicts about them, and the documents their evidence cites (in
    /// corpus order). An event's participants and place are ids, and may name entities the view
    /// leaves out.
    pub fn view_facts(&self, state: &UrlState) -> FactSet {
        let rows = self.results(state).rows;
        let facts = &self.corpus().facts;
        let shown = |row: usize| rows.contains(row);
        let entity_count = facts.entities.len();
        let entities: Vec<_> =
            facts.entities.iter().enumerate().filter(|(i, _)| shown(*i)).map(|(_, e)| e.clone()).collect();
        let events: Vec<_> = facts
            .events
            .iter()
            .enumerate()
            .filter(|(i, _)| shown(entity_count + i))
            .map(|(_, e)| e.clone())
            .collect();
        let ids: HashSet<&str> =
            entities.iter().map(|e| e.id.as_str()).chain(events.iter().map(|e| e.id.as_str())).collect();
        let conflicts = facts.conflicts.iter().filter(|c| ids.contains(c.about.as_str())).cloned().collect();
        let mut view =
            FactSet { format: facts.format.clone(), documents: Vec::new(), entities, events, conflicts };
        let cited: HashSet<&str> = view.all_evidence().map(|e| e.doc.as_str()).collect();
        let documents = facts.documents.iter().filter(|d| cited.contains(d.id.as_str())).cloned().collect();
        view.documents = documents;
        view
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, Conflict};
    use crate::synthetic::synthetic_corpus;

    fn explorer() -> Explorer {
        let mut corpus = synthetic_corpus(300, 7);
        let facts = &mut corpus.facts;
        for about in [facts.entities[0].id.clone(), facts.events[0].id.clone()] {
            let evidence = facts.events[0].evidence.clone();
            let claims = vec![
                Claim { value: "a".into(), evidence: evidence.clone() },
                Claim { value: "b".into(), evidence },
            ];
            facts.conflicts.push(Conflict {
                about,
                field: "date".into(),
                between: "articles".into(),
                claims,
            });
        }
        Explorer::new(corpus)
    }

    fn view(explorer: &Explorer, query: &str) -> FactSet {
        explorer.view_facts(&UrlState::parse(query).0)
    }

    #[test]
    fn a_view_holds_its_results_and_their_conflicts() {
        let explorer = explorer();
        let all = &explorer.corpus().facts;
        let events = view(&explorer, "kind=event");
        assert!(events.entities.is_empty());
        assert_eq!(events.events, all.events);
        assert_eq!(events.conflicts.len(), 1);
        assert_eq!(events.conflicts[0].about, all.events[0].id);
        assert_eq!(events.format, "factlens/1");
        let everything = view(&explorer, "");
        assert_eq!((everything.entities.len(), everything.conflicts.len()), (all.entities.len(), 2));
    }

    #[test]
    fn a_view_cites_only_the_documents_of_its_evidence() {
        let explorer = explorer();
        let name = explorer.corpus().facts.entities[3].name.clone();
        let found = view(&explorer, &format!("q={}", name.replace(' ', "+")));
        assert!(found.entities.iter().any(|e| e.name == name), "{name}");
        let results = explorer.results(&UrlState::parse(&format!("q={}", name.replace(' ', "+"))).0);
        assert_eq!(found.entities.len() + found.events.len(), results.total);
        let cited: HashSet<&str> = found.all_evidence().map(|e| e.doc.as_str()).collect();
        let listed: Vec<&str> = found.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(listed.len(), cited.len());
        assert!(listed.iter().all(|d| cited.contains(d)));
    }
}
