//! One explorer's collection in the worker: opened from storage (or from the original articles),
//! changed by the page's commands, kept after every change, and extracted into the corpus the
//! page shows. Every decision is the core's; this file only sequences them and words the outcome
//! of each file for the person.

use factlens_core::{
    corpus_of, decode_file, facts_csv, propose, Article, Collection, Corpus, Draft, Explorer, FactSet,
    UrlState,
};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::chosen::{edited, Chosen};
use crate::post::{post, post_bytes};
use crate::store::Store;

/// The name of pasted text in outcomes.
const PASTED: &str = "Pasted text";

/// An explorer's collection and where it is kept.
pub struct Session {
    /// The explorer's storage key.
    key: String,
    /// The original articles and their facts.
    original: Corpus,
    collection: Collection,
    /// The collection before the last step that can be undone.
    undo: Option<Collection>,
    /// The collection's facts, when it is not the original.
    corpus: Option<Corpus>,
    /// The database, while it works.
    store: Option<Store>,
    /// Files chosen and decoded, waiting for the person to confirm their titles and dates.
    chosen: Vec<Chosen>,
}

/// One text's or file's outcome, as the page lists it.
fn outcome(name: &str, added: bool, message: String, notes: Vec<String>) -> Value {
    json!({"name": name, "added": added, "message": message, "notes": notes})
}

/// A draft of an article already checked once (from a collection file).
fn draft_of(name: String, a: &Article) -> Draft {
    let d = &a.document;
    Draft {
        name,
        text: a.text.clone(),
        title: Some(d.title.clone()),
        outlet: d.outlet.clone(),
        published: d.published.map(|p| p.to_string()),
        url: d.url.clone(),
    }
}

/// A string field of a message, `None` when absent or null.
fn field(v: &Value, key: &str) -> Option<String> {
    v[key].as_str().map(String::from)
}

/// The bytes of a `File`.
async fn read(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer =
        JsFuture::from(file.array_buffer()).await.map_err(|_| "the browser could not read it".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The files of a message's payload.
fn files(payload: &JsValue) -> Vec<web_sys::File> {
    js_sys::Array::from(payload).iter().filter_map(|f| f.dyn_into::<web_sys::File>().ok()).collect()
}

impl Session {
    /// Opens the collection of `message.key`: the one the page held in memory, else the kept one,
    /// else the original articles (`original`, in the baked format). Sends the corpus.
    pub async fn open(message: &Value, original: &[u8]) -> Session {
        let original = Corpus::from_bytes(original).unwrap_or_else(|_| corpus_of(&Collection::default()));
        let key = field(message, "key").unwrap_or_else(|| "page".into());
        let store = match Store::open().await {
            Ok(store) => Some(store),
            Err(why) => {
                post(json!({"type": "problem", "message": why}));
                None
            }
        };
        let kept = match (field(message, "collection"), &store) {
            (Some(json), _) => Some(json),
            (None, Some(store)) => store.get(&key).await.unwrap_or_else(|why| {
                post(json!({"type": "problem", "message": why}));
                None
            }),
            (None, None) => None,
        };
        let collection = match kept.map(|json| Collection::from_json(&json)) {
            Some(Ok(collection)) => collection,
            Some(Err(refusal)) => {
                post(
                    json!({"type": "problem", "message": format!("the kept articles could not be read: {refusal}")}),
                );
                Collection::new(original.articles.clone())
            }
            None => Collection::new(original.articles.clone()),
        };
        let mut session =
            Session { key, original, collection, undo: None, corpus: None, store, chosen: Vec::new() };
        session.publish(session.store.is_some());
        session
    }

    /// Carries out a command of the page.
    pub async fn handle(&mut self, message: &Value, payload: &JsValue) {
        match message["type"].as_str().unwrap_or_default() {
            "propose" => {
                let p = propose(message["text"].as_str().unwrap_or_default());
                post(
                    json!({"type": "proposal", "title": p.title.unwrap_or_default(), "published": p.published.unwrap_or_default()}),
                );
            }
            "add" => self.add_pasted(&message["draft"]).await,
            "files" => self.choose_files(files(payload)).await,
            "add-files" => self.add_chosen(&message["edits"]).await,
            "discard" => {
                self.chosen.clear();
                post(json!({"type": "review", "items": [], "idle": true}));
            }
            "import" => self.import(files(payload)).await,
            "remove" => {
                let before = self.collection.clone();
                match self.collection.remove(message["id"].as_str().unwrap_or_default()) {
                    Some(article) => {
                        self.undo = Some(before);
                        self.finish(true, Some(format!("Removed “{}”.", article.document.title))).await;
                    }
                    None => self.finish(false, None).await,
                }
            }
            "undo" => {
                let previous = self.undo.take();
                let changed = previous.is_some();
                if let Some(previous) = previous {
                    self.collection = previous;
                }
                self.finish(changed, None).await;
            }
            "originals" => {
                let previous =
                    std::mem::replace(&mut self.collection, Collection::new(self.original.articles.clone()));
                self.undo = Some(previous);
                self.finish(true, Some("The original articles are back.".into())).await;
            }
            "export" => {
                self.export(
                    message["what"].as_str().unwrap_or_default(),
                    message["query"].as_str().unwrap_or_default(),
                );
                post(json!({"type": "done", "idle": true}));
            }
            _ => post(json!({"type": "done", "idle": true})),
        }
    }

    /// The title of the article `id`.
    fn title(&self, id: &str) -> String {
        self.collection
            .articles()
            .iter()
            .find(|a| a.document.id == id)
            .map(|a| a.document.title.clone())
            .unwrap_or_default()
    }

    /// Adds pasted text with what the person said about it.
    async fn add_pasted(&mut self, d: &Value) {
        let draft = Draft {
            name: PASTED.into(),
            text: field(d, "text").unwrap_or_default(),
            title: field(d, "title"),
            outlet: field(d, "outlet"),
            published: field(d, "published"),
            url: field(d, "url"),
        };
        let result = self.collection.add(draft);
        let added = result.is_ok();
        let item = match result {
            Ok(id) => outcome(PASTED, true, format!("added as “{}”", self.title(&id)), Vec::new()),
            Err(refusal) => outcome(PASTED, false, refusal.to_string(), Vec::new()),
        };
        post(json!({"type": "outcomes", "items": [item]}));
        self.finish(added, None).await;
    }

    /// Reads and decodes files one by one, with progress, and lists every file chosen so far for
    /// the person to confirm (nothing is added yet).
    async fn choose_files(&mut self, files: Vec<web_sys::File>) {
        let total = files.len();
        for (i, file) in files.iter().enumerate() {
            post(json!({"type": "progress", "done": i, "total": total}));
            let name = file.name();
            self.chosen.push(match read(file).await {
                Ok(bytes) => Chosen::of_file(&name, &bytes),
                Err(why) => Chosen::unreadable(&name, &why),
            });
        }
        let items: Vec<Value> = self.chosen.iter().map(Chosen::review).collect();
        post(json!({"type": "review", "items": items, "idle": true}));
    }

    /// Adds the files chosen, each with the person's edits (`edits[i]` for the i-th file), with
    /// progress (the last step is the extraction), and lists each one's outcome as it comes (the
    /// page appends it: a batch of n files posts n outcomes, not n lists).
    async fn add_chosen(&mut self, edits: &Value) {
        let chosen = std::mem::take(&mut self.chosen);
        let total = chosen.len() + 1;
        let mut added = false;
        for (i, file) in chosen.into_iter().enumerate() {
            post(json!({"type": "progress", "done": i, "total": total}));
            let item = self.add_one(file, &edits[i]);
            added |= item["added"] == true;
            post(json!({"type": "outcome", "item": item}));
        }
        post(json!({"type": "progress", "done": total - 1, "total": total}));
        self.finish(added, None).await;
    }

    /// Adds one chosen file: a text or web page as one article, a collection file's articles each.
    fn add_one(&mut self, file: Chosen, edit: &Value) -> Value {
        let (draft, proposed_date, mut notes) = match file {
            Chosen::Article { draft, proposed_date, notes } => (edited(draft, edit), proposed_date, notes),
            Chosen::Collection { name, collection } => return self.add_collection(&name, &collection),
            Chosen::Refused { name, why } => return outcome(&name, false, why, Vec::new()),
        };
        let name = draft.name.clone();
        let date_from_file = draft.published.is_some() && draft.published == proposed_date;
        match self.collection.add(draft) {
            Ok(id) => {
                if let (true, Some(date)) = (date_from_file, proposed_date) {
                    notes.push(format!("Publication date {date} read from the file."));
                }
                outcome(&name, true, format!("added as “{}”", self.title(&id)), notes)
            }
            Err(refusal) => outcome(&name, false, refusal.to_string(), notes),
        }
    }

    /// Adds the articles of a collection file, keeping their ids where they are free.
    fn add_collection(&mut self, name: &str, file: &Collection) -> Value {
        let total = file.articles().len();
        let mut notes = Vec::new();
        let mut added = 0;
        for a in file.articles() {
            let draft = draft_of(format!("{name}, article “{}”", a.document.id), a);
            let result = match self.collection.add_with_id(&a.document.id, draft.clone()) {
                Err(factlens_core::Refusal::BadId { .. }) => self.collection.add(draft),
                other => other,
            };
            match result {
                Ok(_) => added += 1,
                Err(refusal) => notes.push(refusal.to_string()),
            }
        }
        outcome(
            name,
            added > 0,
            format!("added {added} of the {total} articles of this collection file"),
            notes,
        )
    }

    /// Replaces the collection with an exported one (undoable).
    async fn import(&mut self, files: Vec<web_sys::File>) {
        let Some(file) = files.first() else { return self.finish(false, None).await };
        let name = file.name();
        let read = read(file).await.map_err(|why| format!("{name} could not be read: {why}"));
        let imported = read.and_then(|bytes| {
            let decoded = decode_file(&name, &bytes).map_err(|r| r.to_string())?;
            Collection::from_json_file(&name, &decoded.text).map_err(|r| r.to_string())
        });
        match imported {
            Ok(collection) => {
                let n = collection.articles().len();
                post(
                    json!({"type": "outcomes", "items": [outcome(&name, true, format!("imported {n} articles, in place of those shown"), Vec::new())]}),
                );
                self.undo = Some(std::mem::replace(&mut self.collection, collection));
                self.finish(true, Some(format!("Imported {n} articles from {name}."))).await;
            }
            Err(why) => {
                post(json!({"type": "outcomes", "items": [outcome(&name, false, why, Vec::new())]}));
                self.finish(false, None).await;
            }
        }
    }

    /// After a command: when it changed the collection, extracts, keeps and sends it; says what can
    /// be undone; tells the page the work is over.
    async fn finish(&mut self, changed: bool, undoable: Option<String>) {
        if !changed {
            post(json!({"type": "done", "idle": true}));
            return;
        }
        let kept = self.keep().await;
        if let Some(what) = undoable {
            post(json!({"type": "undoable", "what": what}));
        }
        self.publish(kept);
    }

    /// Whether the collection differs from the original articles.
    fn mine(&self) -> bool {
        self.collection.articles() != self.original.articles.as_slice()
    }

    /// Keeps the collection (or forgets it, when it is the original); false when storage fails.
    async fn keep(&mut self) -> bool {
        let Some(store) = &self.store else { return false };
        let json = self.mine().then(|| self.collection.to_json());
        match store.set(&self.key, json.as_deref()).await {
            Ok(()) => true,
            Err(why) => {
                self.store = None;
                post(json!({"type": "problem", "message": why}));
                false
            }
        }
    }

    /// Extracts the collection's facts and sends them (the original articles' are the page's own).
    fn publish(&mut self, kept: bool) {
        let mine = self.mine();
        self.corpus = mine.then(|| corpus_of(&self.collection));
        // Without storage the page holds the collection, so that a restarted worker loses nothing.
        let in_memory = (mine && self.store.is_none()).then(|| self.collection.to_json());
        let message =
            json!({"type": "corpus", "mine": mine, "kept": kept, "collection": in_memory, "idle": true});
        match &self.corpus {
            // With its start index: the page loads it, it has no code to index facts.
            Some(corpus) => post_bytes(message, Explorer::new(corpus.clone()).to_bytes()),
            None => post(message),
        }
    }

    /// Sends a file of facts or of articles for the page to download.
    fn export(&self, what: &str, query: &str) {
        let corpus = self.corpus.as_ref().unwrap_or(&self.original);
        let documents: Vec<_> = corpus.articles.iter().map(|a| a.document.clone()).collect();
        let view = || Explorer::new(corpus.clone()).view_facts(&UrlState::parse(query).0);
        let (name, mime, text) = match what {
            "view-json" => ("factlens-view.json", "application/json", to_json(&view())),
            "view-csv" => ("factlens-view.csv", "text/csv", facts_csv(&view(), &documents)),
            "all-json" => ("factlens-facts.json", "application/json", to_json(&corpus.facts)),
            "all-csv" => ("factlens-facts.csv", "text/csv", facts_csv(&corpus.facts, &documents)),
            _ => ("factlens-collection.json", "application/json", self.collection.to_json()),
        };
        post_bytes(json!({"type": "file", "name": name, "mime": mime}), text.into_bytes());
    }
}

/// Facts as `factlens/1` JSON, as the command line prints them.
fn to_json(facts: &FactSet) -> String {
    serde_json::to_string_pretty(facts).expect("serializing to memory cannot fail")
}
