//! Entity resolution: mentions of the same unit, official, organization or place, within and
//! across articles, become one entity.
//!
//! Mentions join an entity when their normalized names match, when a short form names an entity
//! the same article mentioned in full ("the Security Force", "Air Guard"), when a person's name
//! differs by one letter ("Zelensky", "Zelenskyy"), when an acronym defined for one names another,
//! or when one program's name contains another's ("State Partner Program").

use std::collections::{BTreeMap, HashMap};

use crate::model::EntityKind;

use super::lexicon::gazetteer;
use super::mentions::Mention;

/// A group of mentions that name one entity.
#[derive(Debug, Clone)]
pub(crate) struct Cluster {
    /// (article index, mention index) of every mention.
    pub mentions: Vec<(usize, usize)>,
}

/// The result of resolution: clusters, and for each article and mention its cluster.
#[derive(Debug, Clone)]
pub(crate) struct Resolution {
    /// Every entity, as a group of mentions.
    pub clusters: Vec<Cluster>,
    /// `of[doc][mention]` is the cluster of that mention.
    pub of: Vec<Vec<usize>>,
}

/// The key under which names match: lowercase, no leading "the", no plural on the last word of
/// units and organizations.
pub(crate) fn normalize(name: &str, kind: EntityKind) -> String {
    let mut n = name.trim().to_lowercase().replace('’', "'");
    if let Some(rest) = n.strip_prefix("the ") {
        n = rest.to_string();
    }
    if matches!(kind, EntityKind::Unit | EntityKind::Organization) {
        for (plural, singular) in
            [("forces", "force"), ("programs", "program"), ("guards", "guard"), ("marines", "marine corps")]
        {
            if let Some(stem) = n.strip_suffix(plural) {
                n = format!("{stem}{singular}");
            }
        }
    }
    n
}

fn words(name: &str) -> Vec<String> {
    name.split([' ', '-']).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

/// A word with common derivational endings removed ("Partnership" → "partner").
fn stem(word: &str) -> &str {
    word.strip_suffix("ship").or_else(|| word.strip_suffix('s')).unwrap_or(word)
}

/// Whether the name `short` is a short form of the name `long` ("Security Force" of "Kosovo
/// Security Forces").
pub(crate) fn is_short_form(short: &str, long: &str, kind: EntityKind) -> bool {
    short_form_of(&words(&normalize(short, kind)), &words(&normalize(long, kind)))
}

/// Whether `short` is an ordered subsequence of `long`, with the same last word.
fn short_form_of(short: &[String], long: &[String]) -> bool {
    if short.len() >= long.len() || short.is_empty() || short.last() != long.last() {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l == w))
}

fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

/// Two full names of one person spelled differently ("Volodymyr Zelensky" / "Volodymyr Zelenskyy").
fn same_person(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    wa.len() >= 2
        && wa.len() == wb.len()
        && wa[..wa.len() - 1] == wb[..wb.len() - 1]
        && wa.last().is_some_and(|x| x.len() >= 5)
        && edit_distance_at_most_one(wa.last().map_or("", |s| s), wb.last().map_or("", |s| s))
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.0[root] != root {
            root = self.0[root];
        }
        let mut y = x;
        while self.0[y] != root {
            let next = self.0[y];
            self.0[y] = root;
            y = next;
        }
        root
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (keep, drop) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[drop] = keep;
        }
    }
}

/// Groups the mentions of every article (`docs[d]`) into entities.
pub(crate) fn resolve(docs: &[Vec<Mention>]) -> Resolution {
    // Step 1: exact names, per kind; short forms within an article; person spellings.
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut cluster_kind: Vec<EntityKind> = Vec::new();
    let mut cluster_names: Vec<Vec<String>> = Vec::new();
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::new();
    let mut of: Vec<Vec<usize>> = Vec::with_capacity(docs.len());
    // Officials by first name, to find other spellings of a name.
    let mut officials_by_first: HashMap<String, Vec<usize>> = HashMap::new();
    for (d, mentions) in docs.iter().enumerate() {
        let mut assigned: Vec<usize> = Vec::with_capacity(mentions.len());
        // Units and organizations of this article by the last word of their normalized name.
        let normalized: Vec<Vec<String>> =
            mentions.iter().map(|m| words(&normalize(&m.name, m.kind))).collect();
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
        for (j, o) in mentions.iter().enumerate() {
            if matches!(o.kind, EntityKind::Unit | EntityKind::Organization) && !o.credit {
                if let Some(last) = normalized[j].last() {
                    by_last.entry(last.as_str()).or_default().push(j);
                }
            }
        }
        for (k, m) in mentions.iter().enumerate() {
            let key = (m.kind, normalize(&m.name, m.kind));
            // A short form of a unit or organization this article names in full ("the Security
            // Force", "Air Guard") stands for it: the nearest full name before it, else after it.
            // A name that opens with a place ("Iowa National Guard") is a full name of its own.
            let short = &normalized[k];
            let opens_with_place = m.name.split(' ').next().is_some_and(|w| gazetteer().get(w).is_some());
            let full_name = (matches!(m.kind, EntityKind::Unit | EntityKind::Organization)
                && short.len() >= 2
                && !opens_with_place)
                .then(|| {
                    let candidates = by_last.get(short.last().map_or("", |w| w.as_str()))?;
                    let fits =
                        |j: &&usize| mentions[**j].kind == m.kind && short_form_of(short, &normalized[**j]);
                    let split = candidates.partition_point(|&j| j < k);
                    candidates[..split]
                        .iter()
                        .rev()
                        .find(fits)
                        .or_else(|| candidates[split..].iter().find(fits))
                        .copied()
                })
                .flatten()
                .map(|j| normalize(&mentions[j].name, m.kind));
            let key = match full_name {
                Some(full) => (m.kind, full),
                None => key,
            };
            let first_name = m.name.split(' ').next().unwrap_or("").to_lowercase();
            let found = by_key.get(&key).copied().or_else(|| {
                (m.kind == EntityKind::Official)
                    .then(|| {
                        officials_by_first.get(&first_name).and_then(|cs| {
                            cs.iter()
                                .copied()
                                .find(|&c| cluster_names[c].iter().any(|n| same_person(n, &m.name)))
                        })
                    })
                    .flatten()
            });
            let c = match found {
                Some(c) => c,
                None => {
                    clusters.push(Cluster { mentions: Vec::new() });
                    cluster_kind.push(m.kind);
                    cluster_names.push(Vec::new());
                    if m.kind == EntityKind::Official {
                        officials_by_first.entry(first_name.clone()).or_default().push(clusters.len() - 1);
                    }
                    clusters.len() - 1
                }
            };
            by_key.entry(key).or_insert(c);
            clusters[c].mentions.push((d, k));
            if !cluster_names[c].contains(&m.name) {
                cluster_names[c].push(m.name.clone());
            }
            assigned.push(c);
        }
        of.push(assigned);
    }

    // Step 2: acronyms defined for one cluster that name another; programs whose names contain
    // one another.
    let mut uf = UnionFind((0..clusters.len()).collect());
    for (d, mentions) in docs.iter().enumerate() {
        for (k, m) in mentions.iter().enumerate() {
            for alias in &m.aliases {
                for kind in EntityKind::ALL {
                    if let Some(&other) = by_key.get(&(kind, normalize(alias, kind))) {
                        let here = of[d][k];
                        let acronym = alias.chars().all(|c| c.is_ascii_uppercase());
                        if acronym && other != here {
                            uf.union(here, other);
                        }
                    }
                }
            }
        }
    }
    // Organizations compared only with those of the same last word.
    let mut orgs_by_last: HashMap<String, Vec<usize>> = HashMap::new();
    for c in 0..clusters.len() {
        if cluster_kind[c] == EntityKind::Organization {
            for n in &cluster_names[c] {
                if let Some(last) = words(n).last() {
                    let list = orgs_by_last.entry(stem(last).to_string()).or_default();
                    if list.last() != Some(&c) {
                        list.push(c);
                    }
                }
            }
        }
    }
    let pairs: Vec<(usize, usize)> = orgs_by_last
        .values()
        .flat_map(|cs| {
            cs.iter().enumerate().flat_map(move |(i, &a)| cs[i + 1..].iter().map(move |&b| (a, b)))
        })
        .collect();
    for (a, b) in pairs {
        {
            let contains = |x: &str, y: &str| {
                let (wx, wy): (Vec<String>, Vec<String>) = (words(x), words(y));
                let sx: Vec<&str> = wx.iter().map(|w| stem(w)).collect();
                let sy: Vec<&str> = wy.iter().map(|w| stem(w)).collect();
                sx.len() >= 3
                    && sx.len() < sy.len()
                    && sx.last() == sy.last()
                    && sx.iter().all(|w| sy.contains(w))
            };
            let linked = cluster_names[a]
                .iter()
                .any(|x| cluster_names[b].iter().any(|y| contains(x, y) || contains(y, x)));
            if linked {
                uf.union(a, b);
            }
        }
    }

    // Step 3: renumber the merged clusters in order of first mention.
    let mut new_index: BTreeMap<usize, usize> = BTreeMap::new();
    let mut merged: Vec<Cluster> = Vec::new();
    for (c, cluster) in clusters.iter().enumerate() {
        let root = uf.find(c);
        let idx = *new_index.entry(root).or_insert_with(|| {
            merged.push(Cluster { mentions: Vec::new() });
            merged.len() - 1
        });
        merged[idx].mentions.extend(cluster.mentions.iter().copied());
    }
    for cluster in &mut merged {
        cluster.mentions.sort_unstable();
    }
    let of = of.into_iter().map(|doc| doc.into_iter().map(|c| new_index[&uf.find(c)]).collect()).collect();
    Resolution { clusters: merged, of }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_matching_helpers() {
        assert_eq!(normalize("the Kosovo Security Forces", EntityKind::Unit), "kosovo security force");
        assert!(short_form_of(&words("Air Guard"), &words("Iowa Air National Guard")));
        assert!(!short_form_of(&words("Air Guard"), &words("Air Guard")));
        assert!(same_person("Volodymyr Zelensky", "Volodymyr Zelenskyy"));
        assert!(!same_person("Kim Reynolds", "Kim Reyes"));
        assert!(edit_distance_at_most_one("abc", "abd") && !edit_distance_at_most_one("abc", "xyz"));
    }
}
