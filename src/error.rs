//! The error a command ends with when koop could not do what was asked: a message, the
//! causes below it, hints on what to do, and the exit code it maps to.
//!
//! Findings about the user's records are `diag::Diagnostic`s, not errors.

use std::fmt;
use std::path::Path;

/// Result of a koop operation.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a command stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// The user asked for something that cannot be done (bad input, refused change).
    User,
    /// The repository could not be found or read at all.
    Repo,
    /// Not a failure: the command said all it had to say (a dry run); exit with this code.
    Done(i32),
}

/// A failed command: printed once as `error: …`, `caused by: …` and `help: …` lines.
#[derive(Debug, Clone)]
pub struct Error {
    /// What kind of failure this is; decides the exit code.
    pub kind: Kind,
    /// One sentence saying what went wrong.
    pub message: String,
    /// Lower-level causes, outermost first.
    pub causes: Vec<String>,
    /// What the user can do about it.
    pub hints: Vec<String>,
    /// Findings that explain a refusal, printed before the message as `koop check` prints them.
    pub findings: Vec<crate::diag::Diagnostic>,
}

impl Error {
    /// A refusal or bad input: exit code 1.
    pub fn user(message: impl Into<String>) -> Self {
        Error {
            kind: Kind::User,
            message: message.into(),
            causes: Vec::new(),
            hints: Vec::new(),
            findings: Vec::new(),
        }
    }

    /// The repository cannot be found or read: exit code 2.
    pub fn repo(message: impl Into<String>) -> Self {
        Error {
            kind: Kind::Repo,
            message: message.into(),
            causes: Vec::new(),
            hints: Vec::new(),
            findings: Vec::new(),
        }
    }

    /// The command has printed all it had to say; exit with `code`, printing nothing more.
    pub fn done(code: i32) -> Self {
        let mut e = Error::user("");
        e.kind = Kind::Done(code);
        e
    }

    /// Adds the findings that explain this error.
    pub fn with_findings(mut self, findings: Vec<crate::diag::Diagnostic>) -> Self {
        self.findings.extend(findings);
        self
    }

    /// An I/O failure on a path, keeping the operating system's reason as the cause.
    ///
    /// `action` names what failed, as an English verb phrase ("create the folder") or its
    /// short form ("create-folder"): articles and prepositions do not tell actions apart.
    pub fn io(action: &str, path: &Path, err: &std::io::Error) -> Self {
        let short: Vec<&str> = action
            .split([' ', '-'])
            .filter(|w| !matches!(*w, "" | "the" | "a" | "an" | "of" | "in"))
            .collect();
        let path = path.display();
        let message = match short.join("-").as_str() {
            "read" => crate::tr!("io-read", path = path),
            "write" => crate::tr!("io-write", path = path),
            "create" => crate::tr!("io-create", path = path),
            "create-folder" => crate::tr!("io-create-folder", path = path),
            "create-temporary-file" => crate::tr!("io-create-temporary-file", path = path),
            "remove" => crate::tr!("io-remove", path = path),
            "lock" => crate::tr!("io-lock", path = path),
            "open-lock-file" => crate::tr!("io-open-lock-file", path = path),
            "set-permissions" => crate::tr!("io-set-permissions", path = path),
            "commit" => crate::tr!("io-commit", path = path),
            _ => crate::tr!("io-other", action = action, path = path),
        };
        Error::user(message).caused_by(err.to_string())
    }

    /// Adds a hint line.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Adds a cause line.
    pub fn caused_by(mut self, cause: impl Into<String>) -> Self {
        self.causes.push(cause.into());
        self
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            Kind::User => 1,
            Kind::Repo => 2,
            Kind::Done(code) => code,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::Error;

    /// Every action the code base passes names its own message, in either spelling.
    #[test]
    fn io_actions_have_their_messages() {
        let err = std::io::Error::other("no");
        let path = std::path::Path::new("x");
        for (action, message) in [
            ("read", "cannot read x"),
            ("write", "cannot write x"),
            ("create", "cannot create x"),
            ("create the folder", "cannot create the folder x"),
            ("create-folder", "cannot create the folder x"),
            (
                "create a temporary file in",
                "cannot create a temporary file in x",
            ),
            ("remove", "cannot remove x"),
            ("lock", "cannot lock x"),
            ("open the lock file", "cannot open the lock file x"),
            ("set the permissions of", "cannot set the permissions of x"),
            ("commit", "cannot commit x"),
            ("rename", "cannot rename x"),
        ] {
            let e = Error::io(action, path, &err);
            assert_eq!(e.message, message, "{action}");
            assert_eq!(e.causes, ["no"]);
        }
    }
}
