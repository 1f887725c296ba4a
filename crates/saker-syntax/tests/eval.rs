//! The `ud` evaluation: real scores when the treebanks are there, DataMissing otherwise.

use saker_core::eval::EvalStatus;

#[test]
fn missing_data_gives_data_missing_reports_not_scores() {
    let reports = saker_syntax::eval::run("ud", std::path::Path::new("/nonexistent/shared/data"));
    assert_eq!(reports.len(), 8);
    for r in &reports {
        assert!(matches!(r.status, EvalStatus::DataMissing { .. }), "{r:?}");
        assert!(r.metrics.is_empty());
    }
    assert!(saker_syntax::eval::SETS.contains(&"ud"));
}

#[test]
fn ud_test_sets_score_in_a_sane_range() {
    let Some(data) = saker_core::shared::path("data/ud") else {
        return;
    };
    let data = data.parent().expect("data/ud has a parent");
    let reports = saker_syntax::eval::run("ud", data);
    assert_eq!(reports.len(), 8);
    for r in &reports {
        assert_eq!(r.status, EvalStatus::Scored, "{r:?}");
        assert!(r.n > 20_000, "{r:?}");
        for (k, v) in &r.metrics {
            assert!(*v > 0.75 && *v <= 1.0, "{} {k} = {v}", r.task);
        }
    }
    let upos = reports
        .iter()
        .find(|r| r.task == "ewt.upos")
        .expect("ewt.upos");
    assert!(upos.metrics["accuracy"] > 0.93);
}
