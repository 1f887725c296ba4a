//! Problems found in human-editable knowledge files (actor knowledge base, event patterns),
//! reported as `file:line: message` by `saker dict check`.

use std::fmt;

/// A problem at one line of a knowledge file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// File name.
    pub file: String,
    /// 1-based line number (0 when the problem is with the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn displays_as_file_line_message() {
        let d = super::Diagnostic {
            file: "agents.tsv".into(),
            line: 7,
            message: "unknown type `x`".into(),
        };
        assert_eq!(d.to_string(), "agents.tsv:7: unknown type `x`");
    }
}
