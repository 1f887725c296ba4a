//! Byte spans.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into some text.
///
/// Invariant: `start <= end`, and both lie on UTF-8 character boundaries of the text they refer to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Builds a span; `start` and `end` are swapped if given in the wrong order.
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `text`, or `""` when the span does not fit `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_orders_bounds_and_slices() {
        let s = Span::new(5, 2);
        assert_eq!(s, Span { start: 2, end: 5 });
        assert_eq!(s.slice("abcdefg"), "cde");
        assert_eq!(Span::new(3, 99).slice("abc"), "");
        assert_eq!(s.len(), 3);
        assert!(!s.is_empty());
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 5);
        let b = Span::new(4, 8);
        let c = Span::new(5, 8);
        assert!(a.overlaps(&b));
        assert!(!a.overlaps(&c));
        assert!(Span::new(0, 10).contains(&b));
        assert!(!b.contains(&a));
    }
}
