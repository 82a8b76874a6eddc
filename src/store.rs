//! Saving files safely: atomic replacement, a `.bak` of the previous version, refusing to overwrite a file that changed on disk.
//!
//! Every write goes to a temporary file in the target's folder, is flushed to disk, and is then
//! renamed over the target, so a crash or a full disk never leaves a half-written file: readers
//! see the old content or the new, nothing in between.

use std::ffi::OsString;
use std::fs::{self, Permissions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::digest::sha256_hex;
use crate::error::{MsgError, io_reason};
use crate::i18n::Msg;

/// Why a file was not saved. Every message names the file and says what to do.
#[derive(Debug)]
pub enum SaveError {
    /// The file's content is no longer what was loaded: someone else edited it.
    ChangedOnDisk { path: PathBuf },
    /// The file that was loaded is gone (moved or deleted).
    Missing { path: PathBuf },
    /// The file is marked read-only: whoever did that did not want it changed.
    ReadOnly { path: PathBuf },
    /// Saving as a new file, but a file of that name is already there.
    Exists { path: PathBuf },
    /// The folder to save into does not exist.
    NoFolder { path: PathBuf, folder: PathBuf },
    /// Reading the current version of the file failed.
    Read { path: PathBuf, source: io::Error },
    /// Writing the file (or its `.bak`) failed; the file itself is unchanged.
    Write { path: PathBuf, source: io::Error },
}

impl SaveError {
    /// What went wrong and what to do, for any language.
    pub fn message(&self) -> Msg {
        let file = |p: &Path| p.display().to_string();
        match self {
            SaveError::ChangedOnDisk { path } => {
                Msg::new("store-changed-on-disk").with("file", file(path))
            }
            SaveError::Missing { path } => Msg::new("store-missing").with("file", file(path)),
            SaveError::ReadOnly { path } => Msg::new("store-read-only").with("file", file(path)),
            SaveError::Exists { path } => Msg::new("store-exists")
                .with("file", file(path))
                .with("backup", file(&backup_path(path))),
            SaveError::NoFolder { path, folder } => Msg::new("store-no-folder")
                .with("file", file(path))
                .with("folder", file(folder)),
            SaveError::Read { path, source } => Msg::new("store-cannot-read")
                .with("file", file(path))
                .msg("reason", io_reason(source)),
            SaveError::Write { path, source } => Msg::new("store-cannot-write")
                .with("file", file(path))
                .msg("reason", io_reason(source)),
        }
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::Read { source, .. } | SaveError::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Where the previous version of `path` is kept: the same name with `.bak` appended
/// (`criteria.toml` → `criteria.toml.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(".bak");
    PathBuf::from(name)
}

/// Replaces (or creates) `path` with `bytes` atomically: a temporary file in the same folder
/// is written, flushed to disk and renamed over `path`; then the folder is flushed (unix).
///
/// A replaced file keeps its permissions; a new one gets the usual ones (`0o666` less the
/// umask on unix). When `path` is a symbolic link, the file it points to is replaced.
/// On error nothing is left behind and `path` is unchanged.
///
/// What a rename cannot replace is refused or written in place: a folder or a read-only file
/// is an error saying so; a pipe, a device or a terminal (`-o /dev/stdout`) is written to
/// directly, never replaced by a regular file. Errors name no temporary file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically_with(path, &mut self::bytes(bytes))
}

/// The same with the bytes written by `write` as they are made (into the temporary file, or
/// straight into a pipe or device), so that a large output is never held whole in memory. An
/// error from `write` leaves `path` as it was.
pub fn write_atomically_with(
    path: &Path,
    write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let target = resolve_link(path);
    let meta = fs::metadata(&target).ok();
    if let Some(m) = &meta {
        if m.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                MsgError(Msg::new("store-is-a-folder")),
            ));
        }
        if !m.is_file() {
            // A pipe, a device, a terminal: there is nothing to replace, only to write to.
            let f = fs::OpenOptions::new().write(true).open(&target)?;
            let mut w = io::BufWriter::new(f);
            return write(&mut w).and_then(|()| w.flush());
        }
        if m.permissions().readonly() {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                MsgError(Msg::new("store-read-only-not-replaced")),
            ));
        }
    }
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            MsgError(Msg::new("store-folder-missing").with("folder", folder.display().to_string())),
        ));
    }
    let permissions = meta.map(|m| m.permissions());
    // tempfile's errors name the temporary file, which means nothing to the user.
    write_file(&target, write, permissions, false).map_err(|e| io::Error::new(e.kind(), plain(&e)))
}

/// A writer of `data` as it is, for the functions that take one.
fn bytes(data: &[u8]) -> impl FnMut(&mut dyn Write) -> io::Result<()> + '_ {
    move |w: &mut dyn Write| w.write_all(data)
}

/// An IO error's meaning without the " at path …" tempfile adds to its text.
fn plain(e: &io::Error) -> MsgError {
    let text = e.to_string();
    match (e.kind(), text.find(" at path ")) {
        (io::ErrorKind::Other, Some(i)) => {
            MsgError(Msg::new("io-other").with("reason", &text[..i]))
        }
        _ => MsgError(io_reason(e)),
    }
}

/// Why writing an export or a template to `path` would destroy or pollute the user's data:
/// it is the criteria file or one of the offer files, or a spreadsheet landing inside an
/// offers folder (it would be read as offers next time). `None`: go ahead.
pub(crate) fn refuse_clobbering_inputs(
    path: &Path,
    criteria: Option<&Path>,
    offers: &[PathBuf],
) -> Option<Msg> {
    let canonical = |p: &Path| fs::canonicalize(p).ok();
    let target = canonical(path);
    if let (Some(c), Some(t)) = (criteria, &target)
        && canonical(c).as_ref() == Some(t)
    {
        return Some(Msg::new("store-is-the-criteria-file"));
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let folder = canonical(folder);
    let spreadsheet = matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("csv" | "tsv" | "txt" | "xlsx" | "xlsm" | "xlsb" | "xls" | "ods")
    );
    for input in offers {
        let input_c = canonical(input);
        if input_c.is_none() {
            continue;
        }
        if input_c == target {
            return Some(Msg::new("store-is-an-offer-file"));
        }
        if input.is_dir() && spreadsheet && input_c == folder {
            return Some(
                Msg::new("store-in-offers-folder").with("folder", input.display().to_string()),
            );
        }
    }
    None
}

/// Saves `new_text` over the criteria file at `path`, which was loaded when its content had
/// the hash `loaded_sha256` (hex, as from [`sha256_hex`]).
///
/// Refuses, writing nothing, when the file on disk no longer has that hash
/// ([`SaveError::ChangedOnDisk`]) or is gone ([`SaveError::Missing`]). Otherwise the current
/// content is first kept as [`backup_path`] (replacing an older `.bak`, with the file's
/// permissions), then the new text replaces the file; both writes are atomic.
pub fn save_over(path: &Path, new_text: &str, loaded_sha256: &str) -> Result<(), SaveError> {
    let current = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(SaveError::Missing { path: path.into() });
        }
        Err(source) => {
            return Err(SaveError::Read {
                path: path.into(),
                source,
            });
        }
    };
    if !sha256_hex(&current).eq_ignore_ascii_case(loaded_sha256.trim()) {
        return Err(SaveError::ChangedOnDisk { path: path.into() });
    }
    // Replacing goes through a rename, which a read-only file would not stop.
    if fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(SaveError::ReadOnly { path: path.into() });
    }
    replace_keeping_backup(path, &current, new_text.as_bytes())
}

/// Saves `text` (for instance an edited built-in profile) as a new file at `path`.
///
/// When `path` exists: without `overwrite`, refuses with [`SaveError::Exists`] and writes
/// nothing; with it, keeps the current content as [`backup_path`] first, as [`save_over`]
/// does. Creates no folder: a missing one is [`SaveError::NoFolder`].
pub fn save_new(path: &Path, text: &str, overwrite: bool) -> Result<(), SaveError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(SaveError::NoFolder {
            path: path.into(),
            folder: folder.into(),
        });
    }
    // `symlink_metadata`: a dangling link still occupies the name.
    let exists = fs::symlink_metadata(path).is_ok();
    if exists && !overwrite {
        return Err(SaveError::Exists { path: path.into() });
    }
    if exists {
        let current = fs::read(path).map_err(|source| SaveError::Read {
            path: path.into(),
            source,
        })?;
        return replace_keeping_backup(path, &current, text.as_bytes());
    }
    // No-clobber: a file created meanwhile by someone else is not overwritten either.
    write_file(path, &mut bytes(text.as_bytes()), None, true).map_err(|source| {
        if source.kind() == io::ErrorKind::AlreadyExists {
            SaveError::Exists { path: path.into() }
        } else {
            SaveError::Write {
                path: path.into(),
                source,
            }
        }
    })
}

/// Writes `current` to the `.bak` of `path`, then `new` over `path`.
fn replace_keeping_backup(path: &Path, current: &[u8], new: &[u8]) -> Result<(), SaveError> {
    let target = resolve_link(path);
    let permissions = fs::metadata(&target).ok().map(|m| m.permissions());
    let backup = backup_path(path);
    // The backup holds the same content as the file: give it the same permissions, so a
    // private file does not get a world-readable copy.
    write_file(&backup, &mut bytes(current), permissions.clone(), false).map_err(|source| {
        SaveError::Write {
            path: backup,
            source,
        }
    })?;
    write_file(&target, &mut bytes(new), permissions, false).map_err(|source| SaveError::Write {
        path: path.into(),
        source,
    })
}

/// The file a symbolic link points to (so that saving edits it rather than replacing the link
/// with a copy), or `path` itself.
fn resolve_link(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && let Ok(target) = fs::canonicalize(path) {
        return target;
    }
    path.to_path_buf()
}

/// A file being written that is sent to the disk every [`SYNC_EVERY`] bytes: the final sync
/// then has only the tail left, and a writer that works on other cores meanwhile (the CSV
/// export) does not wait for the disk at the end.
struct Syncing<'a> {
    file: &'a mut fs::File,
    unsynced: usize,
}

/// Bytes written between two syncs of a large output file.
const SYNC_EVERY: usize = 8 << 20;

impl<'a> Syncing<'a> {
    fn new(file: &'a mut fs::File) -> Syncing<'a> {
        Syncing { file, unsynced: 0 }
    }
}

impl Write for Syncing<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        self.unsynced += n;
        if self.unsynced >= SYNC_EVERY {
            self.file.sync_data()?;
            self.unsynced = 0;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

/// The atomic write itself. `permissions`: those to give the file (default: as a new file);
/// `no_clobber`: fail with `AlreadyExists` rather than replace an existing `path`.
fn write_file(
    path: &Path,
    write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
    permissions: Option<Permissions>,
    no_clobber: bool,
) -> io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut prefix = OsString::from(".");
    prefix.push(path.file_name().unwrap_or_default());
    prefix.push(".");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A temporary file is private (0o600) by default; a new file should get the usual mode.
    #[cfg(unix)]
    if permissions.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(Permissions::from_mode(0o666));
    }
    // Dropping `tmp` on any error below deletes it.
    let mut tmp = builder.tempfile_in(folder)?;
    {
        let mut w = io::BufWriter::with_capacity(1 << 16, Syncing::new(tmp.as_file_mut()));
        write(&mut w)?;
        w.flush()?;
    }
    if let Some(permissions) = permissions {
        tmp.as_file().set_permissions(permissions)?;
    }
    tmp.as_file().sync_all()?;
    if no_clobber {
        tmp.persist_noclobber(path).map_err(|e| e.error)?;
    } else {
        tmp.persist(path).map_err(|e| e.error)?;
    }
    sync_folder(folder);
    Ok(())
}

/// Flushes the folder entry of a rename to disk. Best effort: the data is already safe, and
/// some file systems cannot sync a folder.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}
