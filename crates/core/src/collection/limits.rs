//! What the collection accepts: the largest file, and the version of the collection format.

/// The largest file (or pasted text) accepted, in bytes: 5 MiB.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The version of the collection format (`factlens-collection/1`) this code writes and reads.
pub(crate) const FORMAT_VERSION: u32 = 1;
