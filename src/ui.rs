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
        let mut out = std::io::stdout().lock();
        // A closed pipe (`koop … | head`) is not an error worth reporting.
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }

    /// Writes bytes (a PDF) to standard output as they are.
    pub fn print_bytes(&mut self, bytes: &[u8]) {
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
        let label = self.paint_err("1;33", "warning");
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
        let mut text = format!("{}: {}\n", self.paint_err("1;31", "error"), err.message);
        for cause in &err.causes {
            text.push_str(&format!("  caused by: {cause}\n"));
        }
        for hint in &err.hints {
            text.push_str(&format!("  {}: {hint}\n", self.paint_err("1;34", "help")));
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
