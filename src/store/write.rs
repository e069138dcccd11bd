//! Writing records safely: a lock so two koop processes never interleave writes to one
//! repository, and atomic writes (a temporary file in the same folder, synced, then renamed)
//! so a crash or a full disk never leaves a half-written record.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;

use super::LOCK_FILE;
use crate::error::{Error, Result};

/// An exclusive lock on a repository, held until dropped.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// How long a write waits for another koop's lock before giving up (KOOP_LOCK_TIMEOUT, in
/// seconds, overrides it).
pub const LOCK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The lock timeout in force.
pub fn lock_timeout() -> std::time::Duration {
    std::env::var("KOOP_LOCK_TIMEOUT")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(LOCK_TIMEOUT, std::time::Duration::from_secs)
}

impl Lock {
    /// Takes the repository's write lock, waiting for another koop to release it; calls
    /// `waiting` once when that takes more than a second, and gives up after `LOCK_TIMEOUT`.
    pub fn acquire_with(root: &Path, mut waiting: impl FnMut()) -> Result<Lock> {
        let path = root.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io("open-lock-file", &path, &e))?;
        let start = std::time::Instant::now();
        let timeout = lock_timeout();
        let mut said = false;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Lock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) => {}
                Err(std::fs::TryLockError::Error(e)) => return Err(Error::io("lock", &path, &e)),
            }
            let waited = start.elapsed();
            if waited > timeout {
                return Err(Error::user(crate::tr!(
                    "write-locked",
                    seconds = timeout.as_secs(),
                    path = path.display()
                ))
                .hint(crate::tr!("write-locked-hint")));
            }
            if !said && waited > std::time::Duration::from_secs(1) {
                waiting();
                said = true;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    /// Takes the lock without telling anyone about a wait.
    pub fn acquire(root: &Path) -> Result<Lock> {
        Lock::acquire_with(root, || {})
    }
}

/// Creates a new file at `root/rel`; refuses when something is already there.
pub fn create(root: &Path, rel: &str, content: &str) -> Result<()> {
    let path = root.join(rel);
    let tmp = temp_with(&path, content)?;
    tmp.persist_noclobber(&path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::user(crate::tr!("write-exists", path = rel))
                .hint(crate::tr!("write-exists-hint"))
        } else {
            Error::io("write", &path, &e.error)
        }
    })?;
    Ok(())
}

/// Replaces the file at `root/rel` atomically with `content`, keeping its permissions.
pub fn replace(root: &Path, rel: &str, content: &str) -> Result<()> {
    let path = root.join(rel);
    let tmp = temp_with(&path, content)?;
    if let Ok(meta) = std::fs::metadata(&path) {
        std::fs::set_permissions(tmp.path(), meta.permissions())
            .map_err(|e| Error::io("set-permissions", tmp.path(), &e))?;
    }
    tmp.persist(&path)
        .map_err(|e| Error::io("write", &path, &e.error))?;
    Ok(())
}

/// Writes `content` to a synced temporary file beside `path`, creating folders as needed.
/// Writes a file that is not a record (a rendered document) atomically, replacing any file
/// of that name.
pub fn write_file(path: &Path, content: &[u8]) -> Result<()> {
    let tmp = temp_with(path, content)?;
    tmp.persist(path)
        .map_err(|e| Error::io("write", path, &e.error))?;
    Ok(())
}

fn temp_with(path: &Path, content: impl AsRef<[u8]>) -> Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create-folder", dir, &e))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".koop-").suffix(".tmp");
    // tempfile creates 0600 files; records are shared, so ask for 0666 and let the umask
    // decide, as for any file a program creates.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| Error::io("create-temporary-file", dir, &e))?;
    tmp.write_all(content.as_ref())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io("write", tmp.path(), &e))?;
    Ok(tmp)
}
