//! What the explorer shows, computed from a corpus and a URL state: result cards, facet counts,
//! filter chips, entity and event details, the article reader and the timeline. The UI only
//! renders these values.

use std::collections::HashMap;

use crate::baked::Corpus;
use crate::evidence::{Evidence, TextPositions};
use crate::index::{Bitset, Facet, FacetCounts, FacetIndex, Filter};
use crate::model::{Certainty, Conflict, Entity, EntityKind, Event};
use crate::state::{Ignored, Sort, UrlState};

/// A fact as a result card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// The fact's id.
    pub id: String,
    /// "unit", "official", "organization", "place" or "event".
    pub kind: String,
    /// Name (entities) or summary (events).
    pub title: String,
    /// A short line: title and role, event type and date.
    pub subtitle: String,
    /// The passage that best supports it.
    pub quote: Evidence,
    /// How many articles state it.
    pub articles: usize,
}

/// An active filter, shown as a removable chip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    /// What it says: "Kind: unit", "Search: Osborn".
    pub label: String,
    /// The state without it.
    pub without: UrlState,
}

/// The result list and everything around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    /// How many facts match.
    pub total: usize,
    /// Every matching row, in the requested order (cards are drawn from it as they come into view).
    pub order: Vec<u32>,
    /// Counts per facet.
    pub facets: Vec<FacetCounts>,
    /// Active filters.
    pub chips: Vec<Chip>,
    /// Selected values no fact has, which the filter ignored.
    pub unknown_values: Vec<Ignored>,
    /// The matching rows (for the timeline).
    pub rows: Bitset,
}

/// An entity with everything known about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityDetail {
    /// The entity.
    pub entity: Entity,
    /// Its mentions grouped by article: (article id, article title, mentions).
    pub mentions: Vec<(String, String, Vec<Evidence>)>,
    /// Entities that take part in the same events, or that its attributes name: (id, name, kind).
    pub related: Vec<(String, String, String)>,
    /// Events it takes part in or that happened there: (id, summary, date).
    pub events: Vec<(String, String, Option<String>)>,
}

/// An event with its participants and disagreements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDetail {
    /// The event.
    pub event: Event,
    /// Participants: (id, name, kind).
    pub participants: Vec<(String, String, String)>,
    /// The place: (id, name).
    pub location: Option<(String, String)>,
    /// Conflicting claims about it.
    pub conflicts: Vec<Conflict>,
    /// Titles of the articles that report it: (id, title).
    pub articles: Vec<(String, String)>,
}

/// A run of article text in the reader, with what it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text, exactly as in the article.
    pub text: String,
    /// The entity mentioned here: (id, kind).
    pub entity: Option<(String, String)>,
    /// The event whose evidence this is, when it starts here: (id, type). Set on the first segment
    /// of each piece of event evidence only.
    pub event_start: Option<(String, String)>,
    /// Whether it lies in event evidence.
    pub in_event: bool,
    /// Whether it lies in the passage asked for (`at`).
    pub marked: bool,
}

/// An article in the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader {
    /// Article id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Outlet and date, when known.
    pub byline: String,
    /// Paragraphs of segments.
    pub paragraphs: Vec<Vec<Segment>>,
    /// The passage asked for, as text, when it exists.
    pub marked_text: Option<String>,
}

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
    /// Dated events, when there are at most [`MAX_TIMELINE_POINTS`].
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

/// The most events drawn one by one; beyond, the timeline draws a bar per year.
pub const MAX_TIMELINE_POINTS: usize = 300;

/// A corpus ready to explore.
#[derive(Debug, Clone)]
pub struct Explorer {
    corpus: Corpus,
    index: FacetIndex,
    entity_at: HashMap<String, usize>,
    event_at: HashMap<String, usize>,
    /// Lowercased name or summary of every row, for search ranking and sorting.
    name_key: Vec<String>,
    /// Rows in each order without a search: most supported first, by name, by date.
    by_support: Vec<u32>,
    by_name: Vec<u32>,
    by_date: Vec<u32>,
}

fn kind_of_row(explorer: &Explorer, row: usize) -> String {
    let n = explorer.corpus.facts.entities.len();
    if row < n {
        explorer.corpus.facts.entities[row].kind.as_str().to_string()
    } else {
        "event".to_string()
    }
}

impl Explorer {
    /// Indexes a corpus.
    pub fn new(corpus: Corpus) -> Self {
        let index = FacetIndex::from_facts(&corpus.facts);
        let entity_at = corpus.facts.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let event_at = corpus.facts.events.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let facts = &corpus.facts;
        let n = facts.entities.len();
        let name_key: Vec<String> = facts
            .entities
            .iter()
            .map(|e| e.name.to_lowercase())
            .chain(facts.events.iter().map(|e| e.summary.to_lowercase()))
            .collect();
        let support: Vec<usize> = facts
            .entities
            .iter()
            .map(|e| e.mentions.len())
            .chain(facts.events.iter().map(|e| e.evidence.len() * 2))
            .collect();
        let rows = || (0..name_key.len() as u32).collect::<Vec<u32>>();
        let mut by_support = rows();
        by_support.sort_by(|&a, &b| {
            support[b as usize]
                .cmp(&support[a as usize])
                .then_with(|| name_key[a as usize].cmp(&name_key[b as usize]))
        });
        let mut by_name = rows();
        by_name.sort_by(|&a, &b| name_key[a as usize].cmp(&name_key[b as usize]));
        let date = |r: u32| (r as usize >= n).then(|| facts.events[r as usize - n].date.value).flatten();
        let mut by_date = rows();
        by_date.sort_by(|&a, &b| {
            (date(a).is_none(), date(a), &name_key[a as usize]).cmp(&(
                date(b).is_none(),
                date(b),
                &name_key[b as usize],
            ))
        });
        Self { corpus, index, entity_at, event_at, name_key, by_support, by_name, by_date }
    }

    /// The corpus.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// An entity by id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entity_at.get(id).map(|&i| &self.corpus.facts.entities[i])
    }

    /// An event by id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_at.get(id).map(|&i| &self.corpus.facts.events[i])
    }

    /// The display name of a fact id: an entity's name or an event's summary.
    pub fn name_of(&self, id: &str) -> Option<String> {
        self.entity(id).map(|e| e.name.clone()).or_else(|| self.event(id).map(|e| e.summary.clone()))
    }

    fn article_title(&self, doc: &str) -> String {
        self.corpus.article(doc).map_or_else(|| doc.to_string(), |a| a.document.title.clone())
    }

    /// The card of a result row.
    pub fn card(&self, row: u32) -> Card {
        let row = row as usize;
        let n = self.corpus.facts.entities.len();
        if row < n {
            let e = &self.corpus.facts.entities[row];
            let mut parts: Vec<String> = Vec::new();
            for key in ["title", "role", "affiliation", "state", "country"] {
                if let Some(v) = e.attributes.get(key) {
                    if *v != e.name && !parts.iter().any(|p| p.contains(v.as_str())) {
                        parts.push(v.clone());
                    }
                }
            }
            let mut docs: Vec<&str> = e.mentions.iter().map(|m| m.doc.as_str()).collect();
            docs.sort_unstable();
            docs.dedup();
            Card {
                id: e.id.clone(),
                kind: e.kind.as_str().to_string(),
                title: e.name.clone(),
                subtitle: parts.into_iter().take(3).collect::<Vec<_>>().join(" · "),
                quote: best_quote(&e.mentions),
                articles: docs.len(),
            }
        } else {
            let ev = &self.corpus.facts.events[row - n];
            let date = match (ev.date.value, ev.date.certainty) {
                (Some(v), Certainty::Stated) => v.to_string(),
                (Some(v), _) => format!("{v} (inferred)"),
                (None, _) => "date unknown".to_string(),
            };
            let mut docs: Vec<&str> = ev.evidence.iter().map(|m| m.doc.as_str()).collect();
            docs.sort_unstable();
            docs.dedup();
            Card {
                id: ev.id.clone(),
                kind: "event".to_string(),
                title: clip(&ev.summary, 120),
                subtitle: format!("{} · {date}", ev.event_type),
                quote: best_quote(&ev.evidence),
                articles: docs.len(),
            }
        }
    }

    /// The results for a state: every matching row in order, counts, chips and ignored values.
    pub fn results(&self, state: &UrlState) -> Results {
        let filter = Filter { selected: state.filters.clone(), text: state.q.clone() };
        let counted = self.index.query(&filter);
        let needle = state.q.trim().to_lowercase();
        let order: Vec<u32> = if needle.is_empty() || state.sort != Sort::Relevance {
            // The precomputed order, kept to the matching rows: no sort per query.
            let all = match state.sort {
                Sort::Relevance => &self.by_support,
                Sort::Name => &self.by_name,
                Sort::Date => &self.by_date,
            };
            all.iter().copied().filter(|&r| counted.rows.contains(r as usize)).collect()
        } else {
            // Best text match first, then the most supported.
            let n = self.corpus.facts.entities.len();
            let score = |row: usize| -> u8 {
                let name = &self.name_key[row];
                if *name == needle {
                    4
                } else if name.starts_with(&needle) || name.split(' ').any(|w| w.starts_with(&needle)) {
                    3
                } else if name.contains(&needle)
                    || row < n
                        && self.corpus.facts.entities[row]
                            .aliases
                            .iter()
                            .any(|a| a.to_lowercase().contains(&needle))
                {
                    2
                } else {
                    1
                }
            };
            let rank: HashMap<u32, usize> =
                self.by_support.iter().enumerate().map(|(i, &r)| (r, i)).collect();
            let mut rows: Vec<u32> = counted.rows.iter().map(|r| r as u32).collect();
            rows.sort_by_key(|&r| (std::cmp::Reverse(score(r as usize)), rank[&r]));
            rows
        };
        let mut chips: Vec<Chip> = Vec::new();
        for (facet, values) in &state.filters {
            for v in values {
                chips.push(Chip {
                    label: format!("{}: {v}", facet.label()),
                    without: state.toggled(*facet, v),
                });
            }
        }
        if !state.q.is_empty() {
            chips.push(Chip {
                label: format!("Search: {}", state.q),
                without: UrlState { q: String::new(), ..state.list_view() },
            });
        }
        let unknown_values = counted
            .unknown_values
            .iter()
            .map(|(f, v)| Ignored {
                key: f.key().to_string(),
                reason: format!("no fact has the value “{v}”"),
            })
            .collect();
        Results {
            total: counted.total,
            order,
            facets: counted.facets,
            chips,
            unknown_values,
            rows: counted.rows,
        }
    }

    /// Everything about one entity.
    pub fn entity_detail(&self, id: &str) -> Option<EntityDetail> {
        let entity = self.entity(id)?.clone();
        let mut mentions: Vec<(String, String, Vec<Evidence>)> = Vec::new();
        for m in &entity.mentions {
            match mentions.iter_mut().find(|(d, _, _)| *d == m.doc) {
                Some((_, _, list)) => list.push(m.clone()),
                None => mentions.push((m.doc.clone(), self.article_title(&m.doc), vec![m.clone()])),
            }
        }
        let mut related: Vec<(String, String, String)> = Vec::new();
        let push = |e: &Entity, related: &mut Vec<(String, String, String)>| {
            if e.id != entity.id && !related.iter().any(|(r, _, _)| *r == e.id) {
                related.push((e.id.clone(), e.name.clone(), e.kind.as_str().to_string()));
            }
        };
        for value in entity.attributes.values() {
            if let Some(e) =
                self.corpus.facts.entities.iter().find(|e| e.name == *value || e.aliases.contains(value))
            {
                push(e, &mut related);
            }
        }
        let mut events = Vec::new();
        for ev in &self.corpus.facts.events {
            let involved =
                ev.participants.contains(&entity.id) || ev.location.as_deref() == Some(entity.id.as_str());
            if !involved {
                continue;
            }
            events.push((ev.id.clone(), ev.summary.clone(), ev.date.value.map(|v| v.to_string())));
            for p in ev.participants.iter().chain(ev.location.iter()) {
                if let Some(e) = self.entity(p) {
                    push(e, &mut related);
                }
            }
        }
        related.truncate(24);
        Some(EntityDetail { entity, mentions, related, events })
    }

    /// Everything about one event.
    pub fn event_detail(&self, id: &str) -> Option<EventDetail> {
        let event = self.event(id)?.clone();
        let participants = event
            .participants
            .iter()
            .filter_map(|p| {
                self.entity(p).map(|e| (e.id.clone(), e.name.clone(), e.kind.as_str().to_string()))
            })
            .collect();
        let location =
            event.location.as_deref().and_then(|l| self.entity(l)).map(|e| (e.id.clone(), e.name.clone()));
        let conflicts = self.corpus.facts.conflicts.iter().filter(|c| c.about == event.id).cloned().collect();
        let mut articles: Vec<(String, String)> = Vec::new();
        for e in &event.evidence {
            if !articles.iter().any(|(d, _)| *d == e.doc) {
                articles.push((e.doc.clone(), self.article_title(&e.doc)));
            }
        }
        Some(EventDetail { event, participants, location, conflicts, articles })
    }

    /// Every disagreement between articles, with the summary of what it is about.
    pub fn conflicts(&self) -> Vec<(Conflict, String)> {
        self.corpus
            .facts
            .conflicts
            .iter()
            .map(|c| (c.clone(), self.name_of(&c.about).unwrap_or_else(|| c.about.clone())))
            .collect()
    }

    /// An article in the reader, every fact highlighted, the passage `at` marked.
    pub fn reader(&self, doc: &str, at: Option<(usize, usize)>) -> Option<Reader> {
        let article = self.corpus.article(doc)?;
        let text = &article.text;
        let positions = TextPositions::new(text);
        let len = positions.char_len();
        // Entity mentions, without overlaps (the first and longest win).
        let mut mentions: Vec<(usize, usize, &Entity)> = self
            .corpus
            .facts
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().filter(|m| m.doc == doc).map(move |m| (m.start, m.end, e)))
            .collect();
        mentions.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut kept: Vec<(usize, usize, &Entity)> = Vec::new();
        for m in mentions {
            if kept.last().is_none_or(|last| m.0 >= last.1) {
                kept.push(m);
            }
        }
        let mut evidence: Vec<(usize, usize, &Event)> = self
            .corpus
            .facts
            .events
            .iter()
            .flat_map(|ev| ev.evidence.iter().filter(|m| m.doc == doc).map(move |m| (m.start, m.end, ev)))
            .collect();
        evidence.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let at = at.filter(|&(a, b)| a < b && b <= len);
        // Cut points: every boundary, and every line break.
        let mut cuts: Vec<usize> = vec![0, len];
        cuts.extend(kept.iter().flat_map(|&(s, e, _)| [s, e]));
        cuts.extend(evidence.iter().flat_map(|&(s, e, _)| [s, e]));
        if let Some((a, b)) = at {
            cuts.extend([a, b]);
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        cuts.extend(chars.iter().enumerate().filter(|(_, (_, c))| *c == '\n').flat_map(|(i, _)| [i, i + 1]));
        cuts.sort_unstable();
        cuts.dedup();
        let mut paragraphs: Vec<Vec<Segment>> = vec![Vec::new()];
        let mut started: Vec<bool> = vec![false; evidence.len()];
        for w in cuts.windows(2) {
            let (s, e) = (w[0], w[1]);
            let piece = &text[positions.byte_offset(s)..positions.byte_offset(e)];
            if piece == "\n" {
                if paragraphs.last().is_some_and(|p| !p.is_empty()) {
                    paragraphs.push(Vec::new());
                }
                continue;
            }
            let entity = kept
                .iter()
                .find(|&&(ms, me, _)| ms <= s && e <= me)
                .map(|(_, _, ent)| (ent.id.clone(), ent.kind.as_str().to_string()));
            let covering: Vec<usize> =
                (0..evidence.len()).filter(|&k| evidence[k].0 <= s && e <= evidence[k].1).collect();
            let event_start = covering.iter().find(|&&k| !started[k]).map(|&k| {
                started[k] = true;
                (evidence[k].2.id.clone(), evidence[k].2.event_type.clone())
            });
            for &k in &covering {
                started[k] = true;
            }
            let marked = at.is_some_and(|(a, b)| a <= s && e <= b);
            if let Some(p) = paragraphs.last_mut() {
                p.push(Segment {
                    text: piece.to_string(),
                    entity,
                    event_start,
                    in_event: !covering.is_empty(),
                    marked,
                });
            }
        }
        paragraphs.retain(|p| !p.is_empty());
        let doc_meta = &article.document;
        let byline = [doc_meta.outlet.clone(), doc_meta.published.map(|p| p.to_string())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        let marked_text =
            at.map(|(a, b)| text[positions.byte_offset(a)..positions.byte_offset(b)].to_string());
        Some(Reader { id: doc.to_string(), title: doc_meta.title.clone(), byline, paragraphs, marked_text })
    }

    /// The matching events on a time axis.
    pub fn timeline(&self, rows: &Bitset) -> Timeline {
        let n = self.corpus.facts.entities.len();
        let events: Vec<&Event> =
            rows.iter().filter(|&r| r >= n).map(|r| &self.corpus.facts.events[r - n]).collect();
        let dated: Vec<(&Event, i64)> = events
            .iter()
            .filter_map(|e| {
                let v = e.date.value?;
                let mid = crate::date::PartialDate::day(
                    v.year,
                    v.month.unwrap_or(7),
                    v.day.unwrap_or(if v.month.is_some() { 15 } else { 1 }),
                )?;
                Some((*e, mid.to_days()?))
            })
            .collect();
        let undated = events.len() - dated.len();
        if dated.is_empty() {
            return Timeline { points: Vec::new(), bins: Vec::new(), ticks: Vec::new(), undated, lanes: 0 };
        }
        let first_year = dated.iter().map(|(e, _)| e.date.value.map_or(0, |v| v.year)).min().unwrap_or(0);
        let last_year = dated.iter().map(|(e, _)| e.date.value.map_or(0, |v| v.year)).max().unwrap_or(0);
        let start = crate::date::PartialDate::day(first_year, 1, 1).and_then(|d| d.to_days()).unwrap_or(0);
        let end = crate::date::PartialDate::day(last_year + 1, 1, 1)
            .and_then(|d| d.to_days())
            .unwrap_or(start + 365);
        let span = (end - start).max(1) as f64;
        let years = (last_year - first_year + 1).max(1);
        let step = [1, 2, 5, 10, 20, 50, 100].into_iter().find(|s| years / s <= 8).unwrap_or(100);
        let ticks: Vec<(f64, String)> = (first_year..=last_year + 1)
            .filter(|y| (y - first_year) % step == 0)
            .filter_map(|y| {
                let d = crate::date::PartialDate::day(y, 1, 1)?.to_days()?;
                Some(((d - start) as f64 / span, y.to_string()))
            })
            .collect();
        if dated.len() > MAX_TIMELINE_POINTS {
            let mut bins: Vec<TimelineBin> = (first_year..=last_year)
                .map(|y| {
                    let a = crate::date::PartialDate::day(y, 1, 1).and_then(|d| d.to_days()).unwrap_or(start);
                    let b =
                        crate::date::PartialDate::day(y + 1, 1, 1).and_then(|d| d.to_days()).unwrap_or(end);
                    TimelineBin {
                        x: (a - start) as f64 / span,
                        width: (b - a) as f64 / span,
                        year: format!("{y:04}"),
                        count: 0,
                        inferred: 0,
                    }
                })
                .collect();
            for (e, _) in &dated {
                if let Some(v) = e.date.value {
                    let bin = &mut bins[(v.year - first_year) as usize];
                    bin.count += 1;
                    bin.inferred += usize::from(e.date.certainty != Certainty::Stated);
                }
            }
            bins.retain(|b| b.count > 0);
            return Timeline { points: Vec::new(), bins, ticks, undated, lanes: 0 };
        }
        let mut points: Vec<TimelinePoint> = dated
            .iter()
            .map(|(e, day)| TimelinePoint {
                id: e.id.clone(),
                x: (*day - start) as f64 / span,
                lane: 0,
                event_type: e.event_type.clone(),
                summary: e.summary.clone(),
                date: e.date.value.map(|v| v.to_string()).unwrap_or_default(),
                certainty: e.date.certainty,
            })
            .collect();
        points.sort_by(|a, b| a.x.total_cmp(&b.x).then_with(|| a.id.cmp(&b.id)));
        // Stack points closer than 1/60 of the axis.
        let mut lane_ends: Vec<f64> = Vec::new();
        for p in &mut points {
            let lane = lane_ends.iter().position(|&end| p.x - end > 1.0 / 60.0).unwrap_or(lane_ends.len());
            if lane == lane_ends.len() {
                lane_ends.push(p.x);
            } else {
                lane_ends[lane] = p.x;
            }
            p.lane = lane;
        }
        Timeline { points, bins: Vec::new(), ticks, undated, lanes: lane_ends.len() }
    }

    /// The kind of a result row ("unit" … "event").
    pub fn row_kind(&self, row: usize) -> String {
        kind_of_row(self, row)
    }

    /// The values of every facet, for building filters.
    pub fn facet_values(&self, facet: Facet) -> &[String] {
        self.index.values(facet)
    }

    /// Entity kind of a fact id, or None for events and unknown ids.
    pub fn entity_kind(&self, id: &str) -> Option<EntityKind> {
        self.entity(id).map(|e| e.kind)
    }
}

/// At most `max` characters of `text`, cut at a word, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}

/// The passage that best shows a fact: the longest of the first mentions, up to a sentence.
fn best_quote(evidence: &[Evidence]) -> Evidence {
    evidence
        .iter()
        .take(6)
        .max_by_key(|e| (e.quote.chars().count().min(160), std::cmp::Reverse(e.start)))
        .or(evidence.first())
        .cloned()
        .unwrap_or(Evidence {
            doc: String::new(),
            start: 0,
            end: 0,
            quote: String::new(),
            prefix: String::new(),
            suffix: String::new(),
        })
}
