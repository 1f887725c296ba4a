//! Evaluation reports shared by every stage's scorer.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Outcome of evaluating one task on one gold set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum EvalStatus {
    /// Real numbers were computed.
    Scored,
    /// The stage this task needs is not built yet: no number is reported.
    NotImplemented,
    /// The gold data was not found where expected.
    DataMissing {
        /// What was looked for.
        detail: String,
    },
}

/// Scores of one task on one gold set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalReport {
    /// Gold set name (`ud`, `tempeval3`, `geowebnews`, …).
    pub set: String,
    /// Task scored (`sentence_split`, `upos`, `timex_value`, …).
    pub task: String,
    /// Whether numbers were computed.
    #[serde(flatten)]
    pub status: EvalStatus,
    /// Metric name → value (F1, precision, accuracy, acc@161km, …). Empty unless scored.
    pub metrics: BTreeMap<String, f64>,
    /// Number of gold items scored.
    pub n: usize,
    /// Free-form remarks (mappings used, items skipped and why).
    pub notes: Vec<String>,
}

impl EvalReport {
    /// A scored report.
    pub fn scored(set: &str, task: &str, n: usize, metrics: &[(&str, f64)]) -> Self {
        EvalReport {
            set: set.to_owned(),
            task: task.to_owned(),
            status: EvalStatus::Scored,
            metrics: metrics.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect(),
            n,
            notes: Vec::new(),
        }
    }

    /// A report saying the stage for this task is not built yet.
    pub fn not_implemented(set: &str, task: &str) -> Self {
        EvalReport {
            set: set.to_owned(),
            task: task.to_owned(),
            status: EvalStatus::NotImplemented,
            metrics: BTreeMap::new(),
            n: 0,
            notes: Vec::new(),
        }
    }

    /// A report saying the gold data is absent.
    pub fn data_missing(set: &str, task: &str, detail: impl Into<String>) -> Self {
        EvalReport {
            set: set.to_owned(),
            task: task.to_owned(),
            status: EvalStatus::DataMissing {
                detail: detail.into(),
            },
            metrics: BTreeMap::new(),
            n: 0,
            notes: Vec::new(),
        }
    }

    /// Adds a remark and returns the report.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}

/// Precision / recall / F1 counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Prf {
    /// Items predicted and in gold.
    pub tp: usize,
    /// Items predicted but not in gold.
    pub fp: usize,
    /// Gold items not predicted.
    pub fn_: usize,
}

impl Prf {
    /// Precision; 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall; 0 when gold is empty.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// Adds another set of counts to this one.
    pub fn add(&mut self, other: Prf) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// Harmonic mean of a precision and a recall; 0 when both are 0.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// `num / den`, or 0 when `den` is 0.
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_values() {
        let p = Prf {
            tp: 8,
            fp: 2,
            fn_: 8,
        };
        assert!((p.precision() - 0.8).abs() < 1e-12);
        assert!((p.recall() - 0.5).abs() < 1e-12);
        assert!((p.f1() - 2.0 * 0.8 * 0.5 / 1.3).abs() < 1e-12);
        assert_eq!(Prf::default().f1(), 0.0);
    }

    #[test]
    fn report_serialises_status_flat() {
        let r = EvalReport::data_missing("ud", "upos", "no file");
        let j = serde_json::to_value(&r).unwrap();
        assert_eq!(j["status"], "data_missing");
        assert_eq!(j["detail"], "no file");
        let s = EvalReport::scored("ud", "upos", 3, &[("accuracy", 0.5)]);
        assert_eq!(serde_json::to_value(&s).unwrap()["status"], "scored");
    }
}
