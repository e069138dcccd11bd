//! The terminal: standard output for a command's result, standard error for warnings, notes
//! and the final error, with colour only on a terminal and never when NO_COLOR is set.

use std::io::{IsTerminal, Write};

use crate::error::Error;

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Where commands write.
pub struct Ui {
    out_color: bool,
    err_color: bool,
    /// Standard output kept for the pager, when the command's output is paged.
    paged: Option<Vec<u8>>,
}

impl Ui {
    /// A terminal writer honouring `--color` and NO_COLOR.
    pub fn new(choice: ColorChoice) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let pick = |tty: bool| match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !no_color,
        };
        Ui {
            out_color: pick(std::io::stdout().is_terminal()),
            err_color: pick(std::io::stderr().is_terminal()),
            paged: None,
        }
    }

    /// Sends what the command prints to standard output through a pager, like git: only on a
    /// terminal, and `less -FRX` (the default) shows short output at once and leaves it on
    /// the screen. KOOP_PAGER, then PAGER, name another; empty or `cat` turns paging off,
    /// as does `--no-pager`.
    pub fn page(&mut self) {
        if std::io::stdout().is_terminal() && pager().is_some() {
            self.paged = Some(Vec::new());
        }
    }

    /// Shows what was kept for the pager, in the pager (or as is, when it cannot start).
    pub fn finish(&mut self) {
        let Some(text) = self.paged.take() else {
            return;
        };
        if text.is_empty() {
            return;
        }
        let shown = pager().and_then(|cmd| {
            let mut child = std::process::Command::new("sh")
                .arg("-c")
                .arg(&cmd)
                .env(
                    "LESS",
                    std::env::var("LESS").unwrap_or_else(|_| "FRX".into()),
                )
                .env("LV", "-c")
                .stdin(std::process::Stdio::piped())
                .spawn()
                .ok()?;
            if let Some(mut stdin) = child.stdin.take() {
                // The user quitting the pager early closes the pipe: not an error.
                let _ = stdin.write_all(&text);
            }
            // 126/127: the shell could not run the pager (not found, not executable).
            child
                .wait()
                .ok()
                .filter(|s| !matches!(s.code(), Some(126 | 127)))
        });
        if shown.is_none() {
            let _ = writeln!(
                std::io::stderr(),
                "{}: {}",
                crate::tr!("ui-warning"),
                crate::tr!("ui-pager-failed")
            );
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&text);
            let _ = out.flush();
        }
    }

    /// Whether standard output is coloured.
    pub fn color(&self) -> bool {
        self.out_color
    }

    /// Whether standard error is coloured.
    pub fn color_err(&self) -> bool {
        self.err_color
    }

    /// Prints to standard output as is.
    pub fn print(&mut self, text: &str) {
        if let Some(buf) = &mut self.paged {
            buf.extend_from_slice(text.as_bytes());
            return;
        }
        let mut out = std::io::stdout().lock();
        // A closed pipe (`koop … | head`) is not an error worth reporting.
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }

    /// Writes bytes (a PDF) to standard output as they are.
    pub fn print_bytes(&mut self, bytes: &[u8]) {
        // A PDF is never paged.
        if let Some(buf) = self.paged.as_mut().filter(|_| !bytes.starts_with(b"%PDF-")) {
            buf.extend_from_slice(bytes);
            return;
        }
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(bytes);
        let _ = out.flush();
    }

    /// Prints a line to standard output.
    pub fn line(&mut self, text: &str) {
        self.print(&format!("{text}\n"));
    }

    /// Prints `warning: …` to standard error.
    pub fn warn(&mut self, text: &str) {
        let label = self.paint_err("1;33", &crate::tr!("ui-warning"));
        // A closed standard error (`2>&1 | head`) is not worth a panic.
        let _ = writeln!(std::io::stderr(), "{label}: {text}");
    }

    /// Prints `note: …` to standard error (what was done, for the user to see).
    pub fn note(&mut self, text: &str) {
        let _ = writeln!(std::io::stderr(), "{text}");
    }

    /// Prints the final error with its causes and hints.
    pub fn error(&mut self, err: &Error) {
        if matches!(err.kind, crate::error::Kind::Done(_)) {
            return;
        }
        let color = self.err_color;
        for d in &err.findings {
            let _ = writeln!(std::io::stderr(), "{}", d.render(color));
        }
        let mut text = format!(
            "{}: {}\n",
            self.paint_err("1;31", &crate::tr!("ui-error")),
            err.message
        );
        for cause in &err.causes {
            text.push_str(&format!("  {}: {cause}\n", crate::tr!("ui-caused-by")));
        }
        for hint in &err.hints {
            text.push_str(&format!(
                "  {}: {hint}\n",
                self.paint_err("1;34", &crate::tr!("ui-help"))
            ));
        }
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    fn paint_err(&self, code: &str, text: &str) -> String {
        if self.err_color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// The pager to use: KOOP_PAGER, else PAGER, else `less -FRX`; none when it is set empty or
/// to `cat`.
fn pager() -> Option<String> {
    let chosen = std::env::var("KOOP_PAGER")
        .or_else(|_| std::env::var("PAGER"))
        .unwrap_or_else(|_| "less".to_string());
    let chosen = chosen.trim();
    (!chosen.is_empty() && chosen != "cat").then(|| chosen.to_string())
}
