//! Where collections are kept: one IndexedDB database, `factlens`, with one object store,
//! `collections`, holding each explorer's collection file (`factlens-collection/1` JSON) under its
//! key ("page", "frame", "element:…"). Any failure is returned as a sentence for the person, and
//! so is storage that does not answer within [`PATIENCE_MS`]: the worker then goes on without it
//! (the page holds the collection) rather than wait, and show nothing, for ever.

use std::future::{poll_fn, Future};
use std::pin::pin;
use std::task::Poll;

use gloo_timers::future::TimeoutFuture;
use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;

const DATABASE: &str = "factlens";
const STORE: &str = "collections";
/// How long one storage step may take before the worker stops waiting for it.
const PATIENCE_MS: u32 = 15_000;

/// The open database.
pub struct Store(Database);

/// Says what went wrong, for the person.
fn why(e: idb::Error) -> String {
    format!("the browser's storage refused: {e}")
}

/// `work`'s result, or an error when it has not finished within [`PATIENCE_MS`].
async fn within<T>(work: impl Future<Output = Result<T, String>>) -> Result<T, String> {
    let mut work = pin!(work);
    let mut timeout = pin!(TimeoutFuture::new(PATIENCE_MS));
    poll_fn(|cx| match work.as_mut().poll(cx) {
        Poll::Ready(result) => Poll::Ready(result),
        Poll::Pending => timeout
            .as_mut()
            .poll(cx)
            .map(|()| Err(format!("the browser's storage did not answer within {} s", PATIENCE_MS / 1000))),
    })
    .await
}

impl Store {
    /// Opens (or creates) the database.
    pub async fn open() -> Result<Store, String> {
        within(Self::open_now()).await
    }

    async fn open_now() -> Result<Store, String> {
        let factory = Factory::new().map_err(why)?;
        let mut request = factory.open(DATABASE, Some(1)).map_err(why)?;
        request.on_upgrade_needed(|event| {
            if let Ok(db) = event.database() {
                if !db.store_names().iter().any(|s| s == STORE) {
                    let _ = db.create_object_store(STORE, ObjectStoreParams::new());
                }
            }
        });
        Ok(Store(request.await.map_err(why)?))
    }

    /// The collection file kept under `key`, if any.
    pub async fn get(&self, key: &str) -> Result<Option<String>, String> {
        within(self.get_now(key)).await
    }

    async fn get_now(&self, key: &str) -> Result<Option<String>, String> {
        let tx = self.0.transaction(&[STORE], TransactionMode::ReadOnly).map_err(why)?;
        let store = tx.object_store(STORE).map_err(why)?;
        // The value is there once the request succeeds: a read needs no commit to wait for.
        let value = store.get(JsValue::from_str(key)).map_err(why)?.await.map_err(why)?;
        Ok(value.and_then(|v| v.as_string()))
    }

    /// Keeps `json` under `key`, or forgets what is kept there for `None`.
    pub async fn set(&self, key: &str, json: Option<&str>) -> Result<(), String> {
        within(self.set_now(key, json)).await
    }

    async fn set_now(&self, key: &str, json: Option<&str>) -> Result<(), String> {
        let tx = self.0.transaction(&[STORE], TransactionMode::ReadWrite).map_err(why)?;
        let store = tx.object_store(STORE).map_err(why)?;
        let key = JsValue::from_str(key);
        match json {
            Some(json) => {
                store.put(&JsValue::from_str(json), Some(&key)).map_err(why)?.await.map_err(why)?;
            }
            None => store.delete(key).map_err(why)?.await.map_err(why)?,
        }
        tx.commit().map_err(why)?.await.map_err(why)?;
        Ok(())
    }
}
