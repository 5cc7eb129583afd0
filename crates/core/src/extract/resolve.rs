//! Entity resolution: mentions of the same unit, official, organization or place, within and
//! across articles, become one entity.
//!
//! Mentions join an entity when their normalized names match, when a short form names an entity
//! the same article mentioned in full ("the Security Force", "Air Guard"), when a person's name
//! differs by one letter ("Kowalsky", "Kowalskyy"), when an acronym defined for one names another,
//! or when one program's name contains another's ("Harbor Partner Program").

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

use crate::model::EntityKind;

use super::bodies;
use super::lexicon::{gazetteer, lookup_lowercase, GazetteerKind, Head, Role};
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
    /// `entity_of[doc][mention]` is the cluster of that mention.
    pub entity_of: Vec<Vec<usize>>,
}

/// The key under which names match: lowercase, no leading "the", spaces for a person's hyphens,
/// "and" for a body's ampersand, no plural on the last word of units and organizations.
pub(crate) fn normalize(name: &str, kind: EntityKind) -> String {
    let mut key = name.trim().to_lowercase();
    if key.contains('’') {
        key = key.replace('’', "'");
    }
    if key.starts_with("the ") {
        key.drain(.."the ".len());
    }
    // "Kim Jong-su", "Kim Jong Su": a person's name is written with and without its hyphens.
    if kind == EntityKind::Official && key.contains('-') {
        key = key.replace('-', " ");
    }
    // "V R Lerwick", "VR Lerwick": initials written apart or together.
    if kind == EntityKind::Official && key.split(' ').filter(|w| w.chars().count() == 1).count() >= 2 {
        key = joined_initials(&key);
    }
    if matches!(kind, EntityKind::Unit | EntityKind::Organization) {
        // British and American spellings name one body ("Norland Defence Forces", "… Defense Forces").
        // "Trinidad & Tobago", "Trinidad and Tobago": the ampersand is the word.
        if key.contains(" & ") {
            key = key.replace(" & ", " and ");
        }
        for (british, american) in [("defence", "defense"), ("organisation", "organization")] {
            if key.contains(british) {
                key = key.replace(british, american);
            }
        }
        for (plural, singular) in
            [("forces", "force"), ("programs", "program"), ("guards", "guard"), ("marines", "marine corps")]
        {
            if let Some(stem) = key.strip_suffix(plural) {
                key = format!("{stem}{singular}");
            }
        }
        key = canonical_owner(key);
    }
    if kind == EntityKind::Organization {
        key = without_legal_form(key);
    }
    key
}

/// A person's key with runs of one-letter initials joined: "v r chaudhari" → "vr chaudhari".
fn joined_initials(key: &str) -> String {
    let mut joined: Vec<String> = Vec::new();
    let mut initial_before = false;
    for word in key.split(' ') {
        let initial = word.chars().count() == 1;
        match joined.last_mut() {
            Some(last) if initial && initial_before => last.push_str(word),
            _ => joined.push(word.to_string()),
        }
        initial_before = initial;
    }
    joined.join(" ")
}

/// "kestrel marine group plc", "kestrel marine group", "kestrel marine": a
/// company is one with and without its legal form, and with and without "group" or "holdings"
/// after a name of two words or more.
fn without_legal_form(mut key: String) -> String {
    const LEGAL_FORMS: [&str; 9] =
        [" plc", " ltd", " ltd.", " limited", " inc", " inc.", " llc", " corp.", " ag"];
    if let Some(form) = LEGAL_FORMS.iter().find(|form| key.ends_with(*form)) {
        key.truncate(key.len() - form.len());
        key = key.trim_end_matches(',').to_string();
    }
    for group in [" group", " holdings"] {
        let stem = key.strip_suffix(group).map(str::to_string);
        if let Some(stem) = stem.filter(|stem| stem.contains(' ')) {
            key = stem;
        }
    }
    key
}

/// A body's name that opens with another name of a country or state opens with its usual name:
/// "us embassy", "u.s. embassy" → "united states embassy".
fn canonical_owner(key: String) -> String {
    let gazetteer = gazetteer();
    let first = key.split(' ').next().unwrap_or("");
    let words = key.split(' ').count();
    for len in (1..=gazetteer.longest_from(first).min(words.saturating_sub(1))).rev() {
        let cut = key.split(' ').take(len).map(str::len).sum::<usize>() + len - 1;
        let Some(entry) = gazetteer.get(&key[..cut]) else { continue };
        if !entry.is_country_or_state() {
            return key;
        }
        let canonical = entry.canonical.to_lowercase();
        return if canonical == key[..cut] { key } else { format!("{canonical}{}", &key[cut..]) };
    }
    key
}

/// The lowercase words of a name, split at spaces and hyphens.
fn words(name: &str) -> Vec<String> {
    name.split([' ', '-']).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

/// The words of a key (a name already in lowercase, as `normalize` gives it), split at spaces
/// and hyphens: `words` without copying them.
fn key_words(key: &str) -> Vec<&str> {
    key.split([' ', '-']).filter(|w| !w.is_empty()).collect()
}

/// A word with common derivational endings removed ("Partnership" → "partner").
fn stem(word: &str) -> &str {
    word.strip_suffix("ship").or_else(|| word.strip_suffix('s')).unwrap_or(word)
}

/// A name as short and full forms are compared: its key and core words, computed once for the
/// many comparisons of an entity's names.
pub(crate) struct NameForm {
    key: String,
    core: Vec<String>,
}

impl NameForm {
    /// The form of `name` as a name of an entity of `kind`.
    pub(crate) fn new(name: &str, kind: EntityKind) -> Self {
        let key = normalize(name, kind);
        let core = core_words(&key, kind).into_iter().map(str::to_string).collect();
        Self { key, core }
    }

    /// Whether this name is a short form of the name `long` ("Security Force" of "Norland
    /// Security Forces", "Battle Group" of "Battle Group Lithuania").
    pub(crate) fn is_short_form_of(&self, long: &NameForm, kind: EntityKind) -> bool {
        !is_parent_unit(&self.key, &long.key, kind)
            && (short_form_of(&self.core, &long.core)
                || self.core == long.core && long.key.len() > self.key.len())
    }
}

/// The words of a normalized name without the place that names a unit after its head ("battle
/// group lithuania", "battle group in lithuania" → battle group; "task force iraq" → task force;
/// "sovereign navy of tonga" → sovereign navy).
fn core_words(key: &str, kind: EntityKind) -> Vec<&str> {
    let mut all = key_words(key);
    if kind != EntityKind::Unit {
        return all;
    }
    for place_len in 1..=3.min(all.len().saturating_sub(2)) {
        let start = all.len() - place_len;
        let place = all[start..].join(" ");
        let known = gazetteer().get(&place).is_some_and(|entry| {
            matches!(entry.kind, GazetteerKind::Country | GazetteerKind::State | GazetteerKind::City)
        });
        let head_at = if matches!(all[start - 1], "in" | "of") { start - 1 } else { start };
        if known && head_at > 0 && lookup_lowercase(all[head_at - 1]).head() == Some(Head::Unit) {
            all.truncate(head_at);
            break;
        }
    }
    all
}

/// Whether `short` ends the designation chain `long` after a comma: the parent unit ("1st
/// Battalion, 194th Armor" of "Company A, 1st Battalion, 194th Armor"), not a short form of it.
fn is_parent_unit(short: &str, long: &str, kind: EntityKind) -> bool {
    kind == EntityKind::Unit && {
        let (short, long) = (short.to_lowercase(), long.to_lowercase());
        long.strip_suffix(short.as_str()).is_some_and(|head| head.ends_with(", "))
    }
}

/// Whether `short` is an ordered subsequence of `long`, with the same last word; a word of
/// `short` may also stand for consecutive words of `long` whose initials it spells ("nato efp
/// battle group" of "nato enhanced forward presence battalion battle group").
fn short_form_of<S: AsRef<str>, L: AsRef<str>>(short: &[S], long: &[L]) -> bool {
    let same_last = short.last().map(S::as_ref) == long.last().map(L::as_ref);
    if short.len() >= long.len() || short.is_empty() || !same_last {
        return false;
    }
    let mut at = 0;
    for word in short {
        let word = word.as_ref();
        let Some(next) = (at..long.len()).find_map(|k| stands_for(word, &long[k..]).map(|n| k + n)) else {
            return false;
        };
        at = next;
    }
    true
}

/// How many first words of `long` the word `word` stands for: one when it is the same word, or
/// two to five whose initials it spells ("efp" for "enhanced forward presence").
fn stands_for<L: AsRef<str>>(word: &str, long: &[L]) -> Option<usize> {
    if long.first().is_some_and(|first| first.as_ref() == word) {
        return Some(1);
    }
    let letters = word.chars().count();
    let spelled = (2..=5).contains(&letters)
        && letters <= long.len()
        && word.chars().zip(long).all(|(c, w)| w.as_ref().starts_with(c));
    spelled.then_some(letters)
}

/// Whether `a` becomes `b` by at most one inserted, deleted or changed character.
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

/// Two full names of one person spelled differently ("Anton Kowalsky" / "Anton Kowalskyy").
fn same_person(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    wa.len() >= 2
        && wa.len() == wb.len()
        && wa[..wa.len() - 1] == wb[..wb.len() - 1]
        && wa.last().is_some_and(|x| x.len() >= 5)
        && edit_distance_at_most_one(wa.last().map_or("", |s| s), wb.last().map_or("", |s| s))
}

/// Disjoint sets of clusters; the root of a set is its smallest member.
struct UnionFind(Vec<usize>);

impl UnionFind {
    /// The root of the set of `x`.
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

    /// Joins the sets of `a` and `b`.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (keep, drop) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[drop] = keep;
        }
    }
}

/// Groups the mentions of every article (`docs[d]`) into entities.
pub(crate) fn resolve(docs: &[&[Mention]]) -> Resolution {
    // Step 1: exact names, per kind; short forms within an article; person spellings.
    let mut names = NameClusters::default();
    let entity_of: Vec<Vec<usize>> =
        docs.iter().enumerate().map(|(doc, mentions)| names.add_article(doc, mentions)).collect();
    // Step 2: acronyms defined for one cluster that name another; programs whose names contain
    // one another; people named with and without a middle initial, or by title and surname.
    let mut union_find = UnionFind((0..names.clusters.len()).collect());
    names.link_acronyms(docs, &entity_of, &mut union_find);
    names.link_spelled_acronyms(&mut union_find);
    names.link_programs(&mut union_find);
    names.link_bodies(&mut union_find);
    names.link_demonym_forms(&mut union_find);
    names.link_places_named_without_their_head(&mut union_find);
    names.link_people(&mut union_find);
    names.link_unowned_short_forms(docs, &mut union_find);
    names.link_chain_heads(&mut union_find);
    // Step 3: renumber the merged clusters in order of first mention.
    let mut new_index: BTreeMap<usize, usize> = BTreeMap::new();
    let mut merged: Vec<Cluster> = Vec::new();
    for (index, cluster) in names.clusters.iter().enumerate() {
        let root = union_find.find(index);
        let merged_index = *new_index.entry(root).or_insert_with(|| {
            merged.push(Cluster { mentions: Vec::new() });
            merged.len() - 1
        });
        merged[merged_index].mentions.extend(cluster.mentions.iter().copied());
    }
    for cluster in &mut merged {
        cluster.mentions.sort_unstable();
    }
    let entity_of = entity_of
        .into_iter()
        .map(|doc| doc.into_iter().map(|cluster| new_index[&union_find.find(cluster)]).collect())
        .collect();
    Resolution { clusters: merged, entity_of }
}

/// Clusters of mentions that share a name, before acronyms and programs link them.
#[derive(Default)]
struct NameClusters {
    clusters: Vec<Cluster>,
    /// The kind of each cluster.
    kinds: Vec<EntityKind>,
    /// The names of each cluster's mentions, once each.
    names: Vec<Vec<String>>,
    /// The cluster of each (kind, normalized name).
    by_key: HashMap<(EntityKind, String), usize>,
    /// Officials by lowercase first name, to find other spellings of a name.
    officials_by_first: HashMap<String, Vec<usize>>,
    /// The country a mention of each cluster states, if any.
    countries: Vec<Option<String>>,
}

impl NameClusters {
    /// Puts every mention of article `doc` in a cluster; returns the cluster of each.
    fn add_article(&mut self, doc: usize, mentions: &[Mention]) -> Vec<usize> {
        // Most mentions repeat a name: each name is normalized once.
        let mut forms: Vec<(String, EntityKind)> = Vec::new();
        let mut form_of_name: HashMap<(&str, EntityKind), usize> = HashMap::default();
        let form_of: Vec<usize> = (mentions.iter())
            .map(|m| {
                *form_of_name.entry((m.name.as_str(), m.kind)).or_insert_with(|| {
                    forms.push((normalize(&m.name, m.kind), m.kind));
                    forms.len() - 1
                })
            })
            .collect();
        let cores: Vec<Vec<&str>> = forms.iter().map(|(key, kind)| core_words(key, *kind)).collect();
        let keys: Vec<&str> = form_of.iter().map(|&f| forms[f].0.as_str()).collect();
        let normalized: Vec<&[&str]> = form_of.iter().map(|&f| cores[f].as_slice()).collect();
        // Units and organizations of this article by the last word of their normalized name.
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
        for (index, mention) in mentions.iter().enumerate() {
            if matches!(mention.kind, EntityKind::Unit | EntityKind::Organization) && !mention.credit {
                if let Some(last) = normalized[index].last() {
                    by_last.entry(*last).or_default().push(index);
                }
            }
        }
        let mut assigned: Vec<usize> = Vec::with_capacity(mentions.len());
        for (index, mention) in mentions.iter().enumerate() {
            let full_name = full_name_of(mentions, (&keys, &normalized), &by_last, index);
            let key = (mention.kind, full_name.unwrap_or_else(|| keys[index].to_string()));
            let cluster = self.cluster_for(&key, mention);
            self.by_key.entry(key).or_insert(cluster);
            self.clusters[cluster].mentions.push((doc, index));
            if self.countries[cluster].is_none() {
                self.countries[cluster] = mention.attributes.get("country").cloned();
            }
            if !self.names[cluster].contains(&mention.name) {
                self.names[cluster].push(mention.name.clone());
            }
            assigned.push(cluster);
        }
        assigned
    }

    /// The cluster of a mention under `key`: the one of its name, of another spelling of an
    /// official's name, or a new one.
    fn cluster_for(&mut self, key: &(EntityKind, String), mention: &Mention) -> usize {
        let first_name = || mention.name.split(' ').next().unwrap_or("").to_lowercase();
        let found = self.by_key.get(key).copied().or_else(|| {
            (mention.kind == EntityKind::Official)
                .then(|| {
                    self.officials_by_first.get(&first_name()).and_then(|clusters| {
                        clusters.iter().copied().find(|&cluster| {
                            self.names[cluster].iter().any(|name| same_person(name, &mention.name))
                        })
                    })
                })
                .flatten()
        });
        if let Some(cluster) = found {
            return cluster;
        }
        self.clusters.push(Cluster { mentions: Vec::new() });
        self.kinds.push(mention.kind);
        self.names.push(Vec::new());
        self.countries.push(None);
        if mention.kind == EntityKind::Official {
            self.officials_by_first.entry(first_name()).or_default().push(self.clusters.len() - 1);
        }
        self.clusters.len() - 1
    }

    /// Links the cluster of a mention with the cluster an all-capital alias of it names.
    fn link_acronyms(&self, docs: &[&[Mention]], entity_of: &[Vec<usize>], union_find: &mut UnionFind) {
        for (doc, mentions) in docs.iter().enumerate() {
            for (index, mention) in mentions.iter().enumerate() {
                // Only an acronym links: the other aliases are not looked up at all.
                for alias in mention.aliases.iter().filter(|a| a.chars().all(|c| c.is_ascii_uppercase())) {
                    for kind in EntityKind::ALL {
                        if let Some(&other) = self.by_key.get(&(kind, normalize(alias, kind))) {
                            let here = entity_of[doc][index];
                            if other != here {
                                union_find.union(here, other);
                            }
                        }
                    }
                }
            }
        }
    }

    /// Links a cluster named only by an acronym with the one cluster (not a person) whose name
    /// those letters spell ("ONG" and "Ohio National Guard", "USCG" and "U.S. Coast
    /// Guard") or write with dots ("BC" and "B.C."), wherever in the set each is found. An acronym
    /// several names spell stays apart. Failing that, an acronym opening with "US" is the one
    /// American or unowned body the rest spells ("USCG" and "Coast Guard").
    fn link_spelled_acronyms(&self, union_find: &mut UnionFind) {
        let mut by_letters: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_american_letters: HashMap<String, Vec<usize>> = HashMap::default();
        for cluster in 0..self.clusters.len() {
            if self.kinds[cluster] == EntityKind::Official {
                continue;
            }
            let american = self.countries[cluster].as_deref().is_none_or(|c| c == "United States");
            for name in self.names[cluster].iter() {
                let letters = match dotted_letters(name) {
                    Some(letters) => vec![letters],
                    // "United Nations Mission in Ruritania" is UNMR or, its small words
                    // spelled too, UNMIR.
                    None if name.contains(' ') => vec![acronym_letters(name), every_initial(name)],
                    None => continue,
                };
                if american && name.contains(' ') {
                    push_once(
                        by_american_letters.entry(format!("US{}", acronym_letters(name))).or_default(),
                        cluster,
                    );
                }
                for letters in letters {
                    push_once(by_letters.entry(letters).or_default(), cluster);
                }
            }
        }
        for cluster in 0..self.clusters.len() {
            let [name] = self.names[cluster].as_slice() else { continue };
            let acronym = name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase());
            let spelled = by_letters.get(name.as_str()).or_else(|| by_american_letters.get(name.as_str()));
            if let (true, Some([other])) = (acronym, spelled.map(Vec::as_slice)) {
                if *other != cluster && self.kinds[cluster] != EntityKind::Official {
                    union_find.union(cluster, *other);
                }
            }
        }
    }

    /// Links organizations whose names contain one another ("Harbor Partner Program" in
    /// "Norland Port Authority Harbor Partnership Program"), compared only with those of the same
    /// last word.
    fn link_programs(&self, union_find: &mut UnionFind) {
        let mut orgs_by_last: HashMap<String, Vec<usize>> = HashMap::default();
        for cluster in 0..self.clusters.len() {
            if self.kinds[cluster] != EntityKind::Organization {
                continue;
            }
            for name in &self.names[cluster] {
                if let Some(last) = words(name).last() {
                    let list = orgs_by_last.entry(stem(last).to_string()).or_default();
                    if list.last() != Some(&cluster) {
                        list.push(cluster);
                    }
                }
            }
        }
        // Union keeps the smaller root, so the order of the pairs does not matter.
        for clusters in orgs_by_last.values() {
            for (i, &a) in clusters.iter().enumerate() {
                for &b in &clusters[i + 1..] {
                    let linked = self.names[a]
                        .iter()
                        .any(|x| self.names[b].iter().any(|y| contains_name(x, y) || contains_name(y, x)));
                    if linked {
                        union_find.union(a, b);
                    }
                }
            }
        }
    }
}

/// Adds `cluster` to `list` unless it is there.
fn push_once(list: &mut Vec<usize>, cluster: usize) {
    if !list.contains(&cluster) {
        list.push(cluster);
    }
}

/// The letters of a name written as capitals with dots ("B.C." → "BC"), if it is one.
fn dotted_letters(name: &str) -> Option<String> {
    let letters: String = name.chars().filter(|c| *c != '.').collect();
    let dotted = name.contains('.') && name.chars().all(|c| c == '.' || c.is_ascii_uppercase());
    (dotted && letters.len() >= 2).then_some(letters)
}

impl NameClusters {
    /// Links organizations that name one body by its subject either way round ("Defence
    /// Ministry", "Ministry of Defence"; see `bodies`) when both state the same country ("Poland's
    /// Ministry of National Defence", "the Polish Defence Ministry"). Without a stated country they
    /// stay apart: an article on two countries names each one's ministry by its subject alone.
    fn link_bodies(&self, union_find: &mut UnionFind) {
        let keyed: Vec<(usize, &String, bodies::SubjectKey)> = (0..self.clusters.len())
            .filter(|&c| self.kinds[c] == EntityKind::Organization)
            .filter_map(|c| self.countries[c].as_ref().map(|country| (c, country)))
            .flat_map(|(c, country)| {
                self.names[c].iter().filter_map(move |name| Some((c, country, bodies::subject_key(name)?)))
            })
            .collect();
        for (i, (a, country_a, key_a)) in keyed.iter().enumerate() {
            for (b, country_b, key_b) in &keyed[i + 1..] {
                if b != a && country_a == country_b && bodies::same_subject(key_a, key_b) {
                    union_find.union(*a, *b);
                }
            }
        }
    }

    /// Links a unit or organization named with its people's name to the one named with its
    /// country's name ("Norlandic Navy", "Norland Navy"): one force, written both ways.
    fn link_demonym_forms(&self, union_find: &mut UnionFind) {
        let gazetteer = gazetteer();
        for cluster in 0..self.clusters.len() {
            let kind = self.kinds[cluster];
            if !matches!(kind, EntityKind::Unit | EntityKind::Organization) {
                continue;
            }
            for name in &self.names[cluster] {
                let words: Vec<&str> = name.split(' ').collect();
                // "Norlandic Navy", "South African Navy": a demonym of one or two words, then the rest.
                let country_form = (1..=2.min(words.len().saturating_sub(1))).rev().find_map(|len| {
                    let country = gazetteer.country_of_demonym(&words[..len].join(" "))?;
                    Some(format!("{country} {}", words[len..].join(" ")))
                });
                let Some(form) = country_form else { continue };
                if let Some(&other) = self.by_key.get(&(kind, normalize(&form, kind))) {
                    union_find.union(cluster, other);
                }
            }
        }
    }

    /// Links a sea, ocean or island named with its head to the place named by the one word before
    /// it ("the Norland Sea", "the Norland"; "Atlantic Ocean", "Atlantic"; "Kelmo Island",
    /// "Kelmo"): one place, unless that word names a country, state or city ("Japan Sea", "Japan").
    fn link_places_named_without_their_head(&self, union_find: &mut UnionFind) {
        let kind = EntityKind::Place;
        for cluster in (0..self.clusters.len()).filter(|&c| self.kinds[c] == kind) {
            for name in &self.names[cluster] {
                let Some((first, head)) = name.split_once(' ') else { continue };
                // "Japan Sea": a country's, state's or city's name alone names it, not its sea.
                let land = gazetteer().get(first).is_some_and(|e| e.kind != GazetteerKind::Region);
                if !["sea", "ocean", "island"].iter().any(|h| head.eq_ignore_ascii_case(h)) || land {
                    continue;
                }
                if let Some(&other) = self.by_key.get(&(kind, normalize(first, kind))) {
                    union_find.union(cluster, other);
                }
            }
        }
    }

    /// Links officials named with and without middle initials ("Mary A. Stone", "Mary Stone"),
    /// then an official named by surname alone ("Gen. Stone") with the one person of the set
    /// whose full name ends with it; with two such people, the surname stays apart.
    fn link_people(&self, union_find: &mut UnionFind) {
        let officials = (0..self.clusters.len()).filter(|&c| self.kinds[c] == EntityKind::Official);
        let mut by_plain_name: HashMap<String, usize> = HashMap::default();
        let mut surnames_only: Vec<(usize, String)> = Vec::new();
        for cluster in officials {
            for name in &self.names[cluster] {
                let plain = without_initials(name);
                if plain.len() < 2 {
                    surnames_only.extend(plain.first().map(|w| (cluster, w.clone())));
                } else if let Some(&other) = by_plain_name.get(&plain.join(" ")) {
                    union_find.union(cluster, other);
                } else {
                    by_plain_name.insert(plain.join(" "), cluster);
                }
            }
        }
        link_middle_names(&by_plain_name, union_find);
        let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::default();
        for (plain, &cluster) in &by_plain_name {
            let surname = plain.rsplit(' ').next().unwrap_or("");
            by_surname.entry(surname).or_default().push(cluster);
        }
        for (cluster, surname) in surnames_only {
            let Some(people) = by_surname.get(surname.as_str()) else { continue };
            let mut roots: Vec<usize> = people.iter().map(|&p| union_find.find(p)).collect();
            roots.sort_unstable();
            roots.dedup();
            if let [person] = roots[..] {
                union_find.union(cluster, person);
            }
        }
    }
}

/// A cluster and the normalized words of one of its names.
type NamedCluster = (usize, Vec<String>);

impl NameClusters {
    /// "Defence Forces" in one article, "Norland Defence Forces" in another: a unit or organization
    /// whose every name has no owner before its words is the one other entity of its kind in the
    /// set whose name ends in one of them ("National Guard" with two state Guards stays apart),
    /// or of several such the one whose own articles use the short form alone too.
    /// Compared only with the last 64 names of the same last word, so that it stays linear.
    fn link_unowned_short_forms(&self, docs: &[&[Mention]], union_find: &mut UnionFind) {
        let mut places_named: Option<Vec<HashSet<&'static str>>> = None;
        let mut by_last: HashMap<(EntityKind, String), Vec<NamedCluster>> = HashMap::default();
        for cluster in 0..self.clusters.len() {
            if !matches!(self.kinds[cluster], EntityKind::Unit | EntityKind::Organization) {
                continue;
            }
            for name in &self.names[cluster] {
                let words = words(&normalize(name, self.kinds[cluster]));
                if let Some(last) = words.last() {
                    by_last
                        .entry((self.kinds[cluster], last.clone()))
                        .or_default()
                        .push((cluster, words.clone()));
                }
            }
        }
        for cluster in 0..self.clusters.len() {
            let kind = self.kinds[cluster];
            let [name] = self.names[cluster].as_slice() else { continue };
            if !matches!(kind, EntityKind::Unit | EntityKind::Organization) {
                continue;
            }
            let short = words(&normalize(name, kind));
            if short.len() < 2 {
                continue;
            }
            let Some(list) = by_last.get(&(kind, short[short.len() - 1].clone())) else { continue };
            let mut owners: Vec<usize> = (list.iter().rev().take(64))
                .filter(|(other, long)| {
                    *other != cluster && long.len() > short.len() && long.ends_with(&short)
                })
                .map(|&(other, _)| union_find.find(other))
                .collect();
            owners.sort_unstable();
            owners.dedup();
            if owners.len() > 1 {
                // "Norland Defence Forces" and "Estland Defense Forces": the one whose own
                // article names it by the short form alone too.
                let bare: Vec<usize> = (list.iter().rev().take(64))
                    .filter(|(other, long)| *other != cluster && *long == short)
                    .map(|&(other, _)| union_find.find(other))
                    .collect();
                owners.retain(|owner| bare.contains(owner));
            }
            // "Defence Ministry" in an article about Japan is not the "Norwegian Defence Ministry" of
            // another: a name owned by a place needs that place named beside the short form.
            let owned_elsewhere = |&(other, ref long): &NamedCluster| {
                let Some(place) = owner_place(&long[..long.len() - short.len()]) else { return false };
                let named = places_named.get_or_insert_with(|| docs.iter().map(|m| places_in(m)).collect());
                !self.clusters[cluster].mentions.iter().any(|&(doc, _)| named[doc].contains(place))
                    && other != cluster
            };
            if let [owner] = owners[..] {
                let mut longs = list.iter().rev().take(64).filter(|(other, long)| {
                    union_find.find(*other) == owner && long.len() > short.len() && long.ends_with(&short)
                });
                if longs.all(owned_elsewhere) {
                    continue;
                }
                union_find.union(cluster, owner);
            }
        }
    }
}

/// The country or state that the words before a body's short form name, in the gazetteer's
/// spelling: "indian" → India, "wisconsin" → Wisconsin.
fn owner_place(owner: &[String]) -> Option<&'static str> {
    let gazetteer = gazetteer();
    if let [word] = owner {
        if let Some(country) = gazetteer.country_of_demonym(word) {
            return Some(country);
        }
    }
    let entry = gazetteer.get(&owner.join(" "))?;
    entry.is_country_or_state().then_some(entry.canonical)
}

/// The countries and states an article's mentions name, as places or by a demonym opening a name.
fn places_in(mentions: &[Mention]) -> HashSet<&'static str> {
    let gazetteer = gazetteer();
    let mut places = HashSet::default();
    for mention in mentions {
        let first = mention.name.split(' ').next().unwrap_or("");
        places.extend(gazetteer.country_of_demonym(first));
        let names =
            mention.attributes.values().chain((mention.kind == EntityKind::Place).then_some(&mention.name));
        for entry in names.filter_map(|name| gazetteer.get(name)) {
            places.insert(entry.canonical);
            places.extend(entry.country);
        }
    }
    places
}

impl NameClusters {
    /// "Kilo Battery" (or "Battery K", "K Battery") named alone is the one unit of the set whose
    /// designation chain opens with it ("Kilo Battery, 9th …"); an element that opens two
    /// chains ("Company A" of two battalions) stays apart.
    fn link_chain_heads(&self, union_find: &mut UnionFind) {
        let units = || (0..self.clusters.len()).filter(|&c| self.kinds[c] == EntityKind::Unit);
        let mut chains: HashMap<String, Vec<usize>> = HashMap::default();
        for cluster in units() {
            for name in &self.names[cluster] {
                if let Some((head, _)) = name.split_once(", ") {
                    chains.entry(element_key(head)).or_default().push(cluster);
                }
            }
        }
        if chains.is_empty() {
            return;
        }
        for cluster in units() {
            for name in self.names[cluster].iter().filter(|name| !name.contains(',')) {
                let Some(list) = chains.get(&element_key(name)) else { continue };
                let mut roots: Vec<usize> = list.iter().map(|&c| union_find.find(c)).collect();
                roots.sort_unstable();
                roots.dedup();
                if let [chain] = roots[..] {
                    union_find.union(cluster, chain);
                }
            }
        }
    }
}

/// The key of one element of a designation chain: a head and its letter in one order, however
/// the letter is written ("Kilo Battery", "Battery K", "K Battery" → "battery k").
fn element_key(element: &str) -> String {
    let key = element.trim().to_lowercase();
    let letter = |w: &str| {
        let spelled = lookup_lowercase(w).is(Role::LetterWord);
        (spelled || w.len() == 1 && w.bytes().all(|b| b.is_ascii_lowercase())).then(|| w[..1].to_string())
    };
    match key.split(' ').collect::<Vec<_>>()[..] {
        [first, head] if lookup_lowercase(head).head() == Some(Head::Unit) => match letter(first) {
            Some(l) => format!("{head} {l}"),
            None => key,
        },
        [head, last] if lookup_lowercase(head).head() == Some(Head::Unit) && last.len() == 1 => {
            format!("{head} {last}")
        }
        _ => key,
    }
}

/// "Peter Mwangi" and "Peter Kamau Mwangi": a person named by first name and surname is the one
/// person of the set named with the same two and middle names between, when there is one.
fn link_middle_names(by_plain_name: &HashMap<String, usize>, union_find: &mut UnionFind) {
    let mut by_ends: HashMap<(&str, &str), Vec<(usize, usize)>> = HashMap::default();
    for (plain, &cluster) in by_plain_name {
        let words: Vec<&str> = plain.split(' ').collect();
        if let (Some(first), Some(last)) = (words.first(), words.last()) {
            by_ends.entry((first, last)).or_default().push((words.len(), cluster));
        }
    }
    for people in by_ends.values() {
        let short: Vec<usize> = people.iter().filter(|(n, _)| *n == 2).map(|&(_, c)| c).collect();
        let long: Vec<usize> = people.iter().filter(|(n, _)| *n > 2).map(|&(_, c)| c).collect();
        let mut roots: Vec<usize> = long.iter().map(|&c| union_find.find(c)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let ([person], [name]) = (roots.as_slice(), short.as_slice()) {
            union_find.union(*person, *name);
        }
    }
}

/// The letters an acronym of a name takes: the initial of each capitalized word, every capital
/// of a dotted abbreviation ("U.S. Coast Guard" → "USCG", "Ohio State University" → "OSU").
/// The first letter of every word of `name`, in capitals ("United Nations Mission in Ruritania":
/// "UNMIR").
fn every_initial(name: &str) -> String {
    name.split([' ', '-']).filter_map(|word| word.chars().next()).flat_map(char::to_uppercase).collect()
}

fn acronym_letters(name: &str) -> String {
    name.split([' ', '-'])
        .flat_map(|word| {
            let dotted = word.contains('.');
            word.char_indices().filter(move |&(k, c)| c.is_uppercase() && (k == 0 || dotted)).map(|(_, c)| c)
        })
        .collect()
}

/// The words of a person's name, lowercase, without middle initials ("Mary A. Stone" → mary stone).
fn without_initials(name: &str) -> Vec<String> {
    let is_initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .filter(|&(k, w)| k == 0 || k == last || !is_initial(w))
        // "V.R. Rana" and "VR Rana": joined initials with and without their dots.
        .map(|(_, w)| match w.contains('.') && w.chars().all(|c| c == '.' || c.is_uppercase()) {
            true => w.replace('.', "").to_lowercase(),
            false => w.to_lowercase(),
        })
        .collect()
}

/// How many mentions with the same last word, on each side, a short form looks at for its full
/// name: far more than an article names, and it keeps a text that repeats one name thousands of
/// times linear.
const NEAREST_CANDIDATES: usize = 64;

/// A short form of a unit or organization this article names in full ("the Security Force",
/// "Air Guard") stands for it: the normalized full name nearest before mention `index`, else
/// after it. A name that opens with a place ("Ohio National Guard") is a full name of its own;
/// one that opens with an organization ("NATO eFP Battle Group") may be a short form.
fn full_name_of(
    mentions: &[Mention],
    (keys, normalized): (&[&str], &[&[&str]]),
    by_last: &HashMap<&str, Vec<usize>>,
    index: usize,
) -> Option<String> {
    let mention = &mentions[index];
    let short = normalized[index];
    let opens_with_place = (mention.name.split(' ').next())
        .and_then(|w| gazetteer().get(w))
        .is_some_and(|entry| !matches!(entry.kind, GazetteerKind::Organization | GazetteerKind::Outlet));
    if !matches!(mention.kind, EntityKind::Unit | EntityKind::Organization)
        || short.len() < 2
        || opens_with_place
    {
        return None;
    }
    let candidates = by_last.get(short.last().copied().unwrap_or(""))?;
    let fits = |j: &&usize| {
        mentions[**j].kind == mention.kind
            && (short_form_of(short, normalized[**j])
                || short == normalized[**j] && keys[**j].len() > keys[index].len())
            && !is_parent_unit(&mention.name, &mentions[**j].name, mention.kind)
    };
    let split = candidates.partition_point(|&j| j < index);
    let mut before = candidates[..split].iter().rev().take(NEAREST_CANDIDATES);
    let mut after = candidates[split..].iter().take(NEAREST_CANDIDATES);
    let full = before.find(fits).or_else(|| after.find(fits))?;
    // Of the same kind (`fits`): its key is its name normalized for this kind.
    Some(keys[*full].to_string())
}

/// Whether the organization name `x` is contained in `y`: at least three words, fewer than
/// `y`'s, the same last word, every word of `x` in `y` (words stemmed).
fn contains_name(x: &str, y: &str) -> bool {
    let (words_x, words_y): (Vec<String>, Vec<String>) = (words(x), words(y));
    let stems_x: Vec<&str> = words_x.iter().map(|w| stem(w)).collect();
    let stems_y: Vec<&str> = words_y.iter().map(|w| stem(w)).collect();
    stems_x.len() >= 3
        && stems_x.len() < stems_y.len()
        && stems_x.last() == stems_y.last()
        && stems_x.iter().all(|w| stems_y.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_short_form(short: &str, long: &str, kind: EntityKind) -> bool {
        NameForm::new(short, kind).is_short_form_of(&NameForm::new(long, kind), kind)
    }

    #[test]
    fn the_parent_of_a_designation_chain_is_not_its_short_form() {
        let chain = "Company D, 2nd Battalion, 198th Armor";
        assert!(!is_short_form("2nd Battalion, 198th Armor", chain, EntityKind::Unit));
        assert!(is_short_form("Air Guard", "Ohio Air National Guard", EntityKind::Unit));
    }

    #[test]
    fn name_matching_helpers() {
        assert_eq!(normalize("the Norland Security Forces", EntityKind::Unit), "norland security force");
        assert!(short_form_of(&words("Air Guard"), &words("Ohio Air National Guard")));
        assert!(!short_form_of(&words("Air Guard"), &words("Air Guard")));
        assert!(same_person("Anton Kowalsky", "Anton Kowalskyy"));
        assert_eq!(
            normalize("Park Min-jun", EntityKind::Official),
            normalize("Park Min Jun", EntityKind::Official)
        );
        assert_eq!(normalize("Task Force 2-135", EntityKind::Unit), "task force 2-135");
        assert_eq!(
            normalize("Government of Varna & Osterbay", EntityKind::Organization),
            normalize("the Government of Varna and Osterbay", EntityKind::Organization)
        );
        assert!(!same_person("Ann Whitaker", "Ann Whitman"));
        assert!(edit_distance_at_most_one("abc", "abd") && !edit_distance_at_most_one("abc", "xyz"));
    }

    #[test]
    fn a_units_short_forms_leave_out_its_place_and_spell_words_by_initials() {
        let full = "NATO enhanced Forward Reach Battalion Battle Group Estonia";
        assert!(is_short_form("NATO eFR Battle Group in Estonia", full, EntityKind::Unit));
        assert!(is_short_form("NATO enhanced Forward Reach Battalion Battle Group", full, EntityKind::Unit));
        assert!(!is_short_form("NATO eFR Battle Group in Estonia", full, EntityKind::Organization));
        assert!(!is_short_form("Coast Guard", "Coast Guard Sector Kelmouth", EntityKind::Unit));
    }

    /// The names of the organizations extracted from articles written on one day.
    fn organizations_of(texts: &[&str]) -> Vec<String> {
        use crate::model::{Article, Document};
        let articles: Vec<Article> = (0..texts.len())
            .map(|i| {
                let published = Some("2023-03-08".parse().unwrap());
                let document =
                    Document { id: format!("a{i}"), title: "t".into(), outlet: None, published, url: None };
                Article { document, text: texts[i].into() }
            })
            .collect();
        let facts = crate::extract::extract(&articles).facts;
        let organizations = facts.entities.iter().filter(|e| e.kind == EntityKind::Organization);
        organizations.map(|e| e.name.clone()).collect()
    }

    #[test]
    fn a_short_form_joins_a_name_owned_by_a_place_only_where_that_place_is_named() {
        let owned = "The Norwegian Defence Ministry signed a contract on Monday.";
        let elsewhere = "Japan will buy jets, the Defence Ministry said on Tuesday.";
        let names = organizations_of(&[owned, elsewhere]);
        assert!(names.contains(&"Defence Ministry".to_string()), "{names:?}");
        let there = "Norway will buy jets, the Defence Ministry said on Tuesday.";
        let names = organizations_of(&[owned, there]);
        assert!(!names.contains(&"Defence Ministry".to_string()), "{names:?}");
    }

    fn unit(name: &str) -> Mention {
        Mention {
            kind: EntityKind::Unit,
            tokens: 0..1,
            name: name.to_string(),
            aliases: Vec::new(),
            attributes: BTreeMap::new(),
            sentence: 0,
            repeat: false,
            credit: false,
        }
    }

    #[test]
    fn a_force_named_by_its_people_or_its_country_is_one() {
        let (a, b) = ([unit("Maltese Army")], [unit("Malta Army"), unit("South African Navy")]);
        let (c, d) = ([unit("South Africa Navy")], [unit("Maltese Navy")]);
        let resolution = resolve(&[&a, &b, &c, &d]);
        assert_eq!(resolution.clusters.len(), 3, "{resolution:?}");
    }

    #[test]
    fn a_sea_or_island_named_with_and_without_its_head_is_one_place() {
        let place = |name: &str| Mention { kind: EntityKind::Place, ..unit(name) };
        let (a, b) = ([place("Norland Sea"), place("Ashby Ocean")], [place("Norland"), place("Ashby")]);
        let (c, d) = ([place("Tolvo Bay"), place("Japan Sea")], [place("Tolvo"), place("Japan")]);
        let (e, f) = ([place("Kelmo Island")], [place("Kelmo")]);
        let resolution = resolve(&[&a, &b, &c, &d, &e, &f]);
        assert_eq!(resolution.clusters.len(), 7, "{resolution:?}");
    }

    #[test]
    fn a_short_form_alone_in_one_article_is_the_one_unit_another_names_in_full() {
        let (a, b, c) = ([unit("Norland Navy")], [unit("Navy")], [unit("Rural Guard")]);
        let (d, e) =
            ([unit("Ohio National Guard"), unit("Delaware National Guard")], [unit("National Guard")]);
        let resolution = resolve(&[&a, &b, &c]);
        assert_eq!(resolution.clusters.len(), 3, "a one-word name stays apart: {resolution:?}");
        let (f, g) = ([unit("Norland Defence Forces")], [unit("Defence Forces")]);
        assert_eq!(resolve(&[&f, &g]).clusters.len(), 1);
        assert_eq!(resolve(&[&d, &e]).clusters.len(), 3, "two Guards: the short form stays apart");
    }

    #[test]
    fn a_short_form_of_two_units_is_the_one_whose_article_uses_it_alone_too() {
        let (a, b) =
            ([unit("Norland Defence Forces"), unit("Defence Forces")], [unit("Estland Defense Forces")]);
        let c = [unit("Defence Forces")];
        let resolution = resolve(&[&a, &b, &c]);
        assert_eq!(resolution.clusters.len(), 2, "{resolution:?}");
        assert_eq!(resolution.entity_of[2][0], resolution.entity_of[0][0]);
        let a = [unit("Norland Defence Forces")];
        assert_eq!(resolve(&[&a, &b, &c]).clusters.len(), 3, "neither uses it alone: it stays apart");
    }

    #[test]
    fn an_element_named_alone_is_the_one_chain_it_opens() {
        let (a, b) = (
            [unit("Kilo Battery, 9th Field Artillery Battalion")],
            [unit("Battery K"), unit("Kilo Battery")],
        );
        assert_eq!(resolve(&[&a, &b]).clusters.len(), 1);
        let two = [unit("Company A, 1st Battalion, 9th Armor"), unit("Company A, 2nd Battalion, 9th Armor")];
        assert_eq!(resolve(&[&two, &[unit("Company A")]]).clusters.len(), 3, "two chains: it stays apart");
        assert_eq!(element_key("C Company"), element_key("Charlie Company"));
    }

    #[test]
    fn a_body_owned_by_a_country_is_keyed_by_the_countrys_usual_name() {
        let key = |name| normalize(name, EntityKind::Organization);
        assert_eq!(key("UK Embassy"), key("United Kingdom Embassy"));
        assert_eq!(key("U.S. Embassy"), "united states embassy");
        assert_eq!(key("Iowa Department of Health"), "iowa department of health");
        assert_eq!(normalize("US", EntityKind::Place), "us");
    }

    #[test]
    fn a_persons_initials_written_apart_or_together_are_one_name() {
        assert_eq!(
            normalize("V R Lerwick", EntityKind::Official),
            normalize("VR Lerwick", EntityKind::Official)
        );
        assert_eq!(normalize("Ann B Lerwick", EntityKind::Official), "ann b lerwick");
    }

    #[test]
    fn a_company_is_one_with_and_without_its_legal_form_and_group() {
        let names = organizations_of(&[
            "Kestrel Marine Group PLC won a contract on Monday.",
            "The boats will be built with Kestrel Marine in Harbourton.",
        ]);
        assert_eq!(names.len(), 1, "{names:?}");
        assert_eq!(without_legal_form("crisis group".into()), "crisis group");
    }

    #[test]
    fn an_acronym_spelling_the_small_words_too_is_the_body_it_spells() {
        let names = organizations_of(&[
            "Troops serve with the United Nations Mission in Ruritania on the border.",
            "Norland sends troops to missions in Kelmo (UNKOM) and Ruritania (UNMIR).",
        ]);
        assert!(!names.contains(&"UNMIR".to_string()), "{names:?}");
    }

    #[test]
    fn an_acronym_opening_with_us_is_the_american_body_the_rest_spells() {
        let names = organizations_of(&[
            "Border Guard crews rescued two sailors near Kelmo Bay on Sunday. USBG / Staff The crews \
             searched all night.",
        ]);
        assert!(!names.contains(&"USBG".to_string()), "{names:?}");
    }
}
