//! A host's own articles from a URL (an element's `src=`, the iframe's `?src=`): an
//! `articles.toml` manifest, its files fetched relative to it, or a `factlens-collection/1` file.
//! Fetched here (http and https only, without cookies, at most [`MAX_SOURCE_BYTES`] in all, a body
//! read only while it stays within that),
//! loaded and extracted with the core, and sent to the page with the source's origin, which the
//! page always shows. Nothing of it is kept: a source is not the person's collection.

use std::collections::HashMap;

use factlens_core::{corpus_of, load_corpus, Collection, Corpus};
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ReadableStreamDefaultReader, RequestCredentials, RequestInit, RequestMode, Response, Url,
    WorkerGlobalScope,
};

use crate::post::post_bytes;

/// At most this many bytes are read from a source, the manifest and all its files together.
pub const MAX_SOURCE_BYTES: usize = 20 * 1024 * 1024;

/// Loads the source `message.src` and sends it to the page as a `source` message with its origin
/// and the corpus; when it fails, the message says why and the corpus is empty (the original
/// articles are not passed off as the source's).
pub async fn show(message: &Value) {
    let src = message["src"].as_str().unwrap_or_default();
    let (reply, corpus) = match load(src).await {
        Ok((origin, corpus)) => (json!({"type": "source", "origin": origin, "idle": true}), corpus),
        Err((origin, error)) => (
            json!({"type": "source", "origin": origin, "error": error, "idle": true}),
            corpus_of(&Collection::default()),
        ),
    };
    // With its start index: the page loads it, it has no code to index facts.
    post_bytes(reply, factlens_core::Explorer::new(corpus).to_bytes());
}

/// The origin of the source and its corpus, or the origin (if known) and why it failed.
async fn load(src: &str) -> Result<(String, Corpus), (String, String)> {
    let url = Url::new(src).map_err(|_| (String::new(), format!("“{src}” is not a web address")))?;
    if !matches!(url.protocol().as_str(), "http:" | "https:") {
        return Err((String::new(), format!("{src}: only http and https addresses can be loaded")));
    }
    let mut budget = MAX_SOURCE_BYTES;
    let first = get(&url.href(), &mut budget).await.map_err(|e| (url.origin(), e))?;
    // After a redirect, the articles come from where it led: that is the origin shown.
    let at = Url::new(&first.url).unwrap_or(url);
    let origin = at.origin();
    let fail = |e: String| (at.origin(), e);
    if first.kind.starts_with("text/html") {
        return Err(fail(format!(
            "{src} is a web page, not an articles.toml manifest or a factlens collection file"
        )));
    }
    let text = String::from_utf8(first.bytes)
        .map_err(|_| fail(format!("{src} is not UTF-8 text: not a manifest or a collection file")))?;
    if text.trim_start().starts_with('{') {
        let collection = Collection::from_json_file(src, &text).map_err(|r| fail(r.to_string()))?;
        return Ok((origin, corpus_of(&collection)));
    }
    at.set_search("");
    at.set_hash("");
    let manifest = at.href();
    // The core checks the manifest and names each file (its folder joined with the entry's file);
    // the bytes come in a second pass, once fetched.
    let mut files = Vec::new();
    load_corpus(&manifest, &text, |file| {
        files.push(file.to_string());
        Ok(Vec::new())
    })
    .map_err(|e| fail(e.to_string()))?;
    let folder = Url::new_with_base("./", &manifest).map(|u| u.href()).unwrap_or_default();
    let mut fetched = HashMap::new();
    for file in files {
        // Escapes the core cannot see as text (`%2e%2e/`) are caught once the browser resolves them.
        let resolved = Url::new(&file).map(|u| u.href()).unwrap_or_default();
        if folder.is_empty() || !resolved.starts_with(&folder) {
            return Err(fail(format!("{manifest}: {file} is outside the manifest's folder")));
        }
        let got = get(&resolved, &mut budget).await.map_err(fail)?;
        fetched.insert(file, got.bytes);
    }
    let corpus =
        Corpus::bake(&manifest, &text, |file| fetched.remove(file).ok_or_else(|| "not fetched".into()))
            .map_err(fail)?;
    Ok((origin, corpus))
}

/// A fetched file: where it came from (after redirects), its content type and its bytes.
struct Fetched {
    url: String,
    kind: String,
    bytes: Vec<u8>,
}

/// Fetches `url` (CORS, no cookies), taking its size from `budget`.
async fn get(url: &str, budget: &mut usize) -> Result<Fetched, String> {
    let too_big =
        || format!("{url}: the source is larger than {} MB in all", MAX_SOURCE_BYTES / (1024 * 1024));
    let init = RequestInit::new();
    init.set_mode(RequestMode::Cors);
    init.set_credentials(RequestCredentials::Omit);
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let refused = || {
        format!("{url} could not be fetched: the server did not answer, or does not let other sites read it (CORS)")
    };
    let response: Response = JsFuture::from(scope.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| refused())?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "{url} could not be fetched: the server answered {} {}",
            response.status(),
            response.status_text()
        )
        .trim_end()
        .to_string());
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    if header("content-length").and_then(|n| n.trim().parse::<usize>().ok()).is_some_and(|n| n > *budget) {
        return Err(too_big());
    }
    let bytes = read_body(&response, *budget).await.map_err(|e| match e {
        Unread::TooBig => too_big(),
        Unread::Failed => refused(),
    })?;
    *budget -= bytes.len();
    Ok(Fetched {
        url: response.url(),
        kind: header("content-type").unwrap_or_default().to_ascii_lowercase(),
        bytes,
    })
}

/// Why a body was not read whole.
enum Unread {
    /// It held more bytes than were left of the limit.
    TooBig,
    /// The connection failed.
    Failed,
}

/// A response's body, read chunk by chunk and given up as soon as it holds more than `budget`
/// bytes, so a source without a length, or one that never ends, costs no more than the limit.
async fn read_body(response: &Response, budget: usize) -> Result<Vec<u8>, Unread> {
    let Some(stream) = response.body() else { return Ok(Vec::new()) };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| Unread::Failed)?;
        let field = |name: &str| js_sys::Reflect::get(&chunk, &name.into()).unwrap_or_default();
        if field("done").as_bool() != Some(false) {
            return Ok(bytes);
        }
        let part = js_sys::Uint8Array::new(&field("value"));
        if bytes.len() + part.length() as usize > budget {
            // The rest is not wanted: cancelling closes the connection.
            let _ = reader.cancel();
            return Err(Unread::TooBig);
        }
        let start = bytes.len();
        bytes.resize(start + part.length() as usize, 0);
        part.copy_to(&mut bytes[start..]);
    }
}
