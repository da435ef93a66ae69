//! Subjects of the constructions the random audits found cut wrong (tests/fixtures/subjects/,
//! audit in tests/fixtures/subjects/AUDIT.md). Every row of every fixture is pinned by the golden
//! snapshots next to them (golden.rs); each test here states one rule, named after the bug, with
//! the subject each figure of its fixture must get.

use crate::util::{fixture_run, rows_of};

/// Assert the subject of each figure (by surface, in order) of one fixture.
fn subjects(name: &str, want: &[(&str, &str)]) {
    let rows = rows_of(fixture_run("subjects"), "indicators", name);
    let got: Vec<(&str, &str)> = rows.iter().map(|r| (r["surface"].as_str(), r["subject"].as_str())).collect();
    for (surface, subject) in want {
        assert!(got.contains(&(surface, subject)), "{name}: {surface} should have subject {subject}; got {got:?}");
    }
}

/// A verb alone after a figure counts the same thing as the figure before it, with this verb:
/// 新开工保障性住房7925套、建成8282套 was `新开工建成`. Not for a verb that holds its own object
/// (造林) or counts something else (惠及111万人 after 611个).
#[test]
fn lone_verb_lost_the_object() {
    subjects(
        "lone_verb",
        &[
            ("8282套", "建成保障性住房"),
            ("196项", "建成亿元以上重大项目"),
            ("7.4万套", "全省各类保障性住房竣工"),
            ("394万户", "累计市场主体"),
            ("88万亩", "造林"),
            ("111万人", "惠及"),
        ],
    );
}

/// 总数 (like 总量) names the count of what the figure before counts: 新增全职院士17人，总数91人
/// was `总数`; the change word of the figure before is not part of the owner.
#[test]
fn total_without_its_owner() {
    subjects("generic_total", &[("91人", "全职院士总数"), ("135个", "村级公共服务中心总数")]);
}
