//! Regression guard on the TempEval-3 dev files (skipped when `../shared` is absent).

use saker_core::eval::EvalStatus;

#[test]
fn tempeval3_scores_hold() {
    let Some(dir) = saker_core::shared::path("data/eval") else {
        return;
    };
    let reports = saker_time::eval::run("tempeval3", &dir);
    for r in &reports {
        eprintln!(
            "{} {} n={} {:?} {:?}",
            r.set, r.task, r.n, r.metrics, r.notes
        );
    }
    let get = |task: &str, metric: &str| {
        reports
            .iter()
            .find(|r| r.task == task && r.status == EvalStatus::Scored)
            .and_then(|r| r.metrics.get(metric).copied())
    };
    let Some(f1) = get("timex_span_tbaq_dev", "relaxed_f1") else {
        // TBAQ absent from this shared folder: nothing to guard.
        return;
    };
    assert!(f1 >= 0.92, "relaxed span F1 fell to {f1}");
    let strict = get("timex_span_tbaq_dev", "strict_f1").unwrap_or(0.0);
    assert!(strict >= 0.86, "strict span F1 fell to {strict}");
    let dv = get("timex_value_tbaq_dev", "date_value_accuracy").unwrap_or(0.0);
    assert!(dv >= 0.875, "DATE value accuracy fell to {dv}");
}
