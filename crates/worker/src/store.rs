//! Where collections are kept: one IndexedDB database, `factlens`, with one object store,
//! `collections`, holding each explorer's collection file (`factlens-collection/1` JSON) under its
//! key ("page", "frame", "element:…"). Any failure is returned as a sentence for the person.

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;

const DATABASE: &str = "factlens";
const STORE: &str = "collections";

/// The open database.
pub struct Store(Database);

/// Says what went wrong, for the person.
fn why(e: idb::Error) -> String {
    format!("the browser's storage refused: {e}")
}

impl Store {
    /// Opens (or creates) the database.
    pub async fn open() -> Result<Store, String> {
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
        let tx = self.0.transaction(&[STORE], TransactionMode::ReadOnly).map_err(why)?;
        let store = tx.object_store(STORE).map_err(why)?;
        let value = store.get(JsValue::from_str(key)).map_err(why)?.await.map_err(why)?;
        tx.await.map_err(why)?;
        Ok(value.and_then(|v| v.as_string()))
    }

    /// Keeps `json` under `key`, or forgets what is kept there for `None`.
    pub async fn set(&self, key: &str, json: Option<&str>) -> Result<(), String> {
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
