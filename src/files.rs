//! Reading a manifest and its articles from the file system, for the command line and the build
//! script (which includes this file by path). The core checks that an entry's path, as written,
//! stays inside the manifest's folder; only here can a symbolic link that leads out be seen.

use std::path::{Path, PathBuf};

/// The text of a manifest; the error names it.
pub fn read_manifest(manifest: &str) -> Result<String, String> {
    std::fs::read_to_string(manifest).map_err(|e| format!("{manifest}: cannot read the manifest: {e}"))
}

/// A reader of the article files of `manifest` for `load_corpus`: it follows symbolic links and
/// refuses a file whose real path is outside the manifest's real folder.
pub fn article_reader(manifest: &str) -> impl FnMut(&str) -> Result<Vec<u8>, String> {
    let folder = manifest_folder(manifest);
    move |file| {
        let real = std::fs::canonicalize(file).map_err(|e| e.to_string())?;
        match &folder {
            Ok(folder) if real.starts_with(folder) => std::fs::read(&real).map_err(|e| e.to_string()),
            Ok(_) => Err(format!(
                "it resolves to {} (through a symbolic link), outside the manifest's folder",
                real.display()
            )),
            Err(e) => Err(format!("cannot resolve the manifest's folder: {e}")),
        }
    }
}

/// The real path of the folder that holds `manifest`.
fn manifest_folder(manifest: &str) -> std::io::Result<PathBuf> {
    let parent = Path::new(manifest).parent().filter(|p| !p.as_os_str().is_empty());
    std::fs::canonicalize(parent.unwrap_or(Path::new(".")))
}
