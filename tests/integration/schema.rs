//! The Rust record types, the data package and the files written must agree.

use gwr::model::{DocumentRow, GlossaryRow, IndicatorRow, ProjectRow, Record, SectionRow};
use gwr::schema::PACKAGE;

use crate::util::{csv_header, full_run, run};

fn fields_of(table: &str) -> Vec<String> {
    PACKAGE.table(table).unwrap_or_else(|| panic!("no table {table}")).fields.iter().map(|f| f.name.clone()).collect()
}

#[test]
fn record_types_match_the_data_package() {
    let pairs: [(&str, &[&str]); 5] = [
        (DocumentRow::TABLE, DocumentRow::FIELDS),
        (SectionRow::TABLE, SectionRow::FIELDS),
        (IndicatorRow::TABLE, IndicatorRow::FIELDS),
        (ProjectRow::TABLE, ProjectRow::FIELDS),
        (GlossaryRow::TABLE, GlossaryRow::FIELDS),
    ];
    for (table, fields) in pairs {
        assert_eq!(fields_of(table), fields.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "table {table}");
    }
}

#[test]
fn contract_columns_are_all_present() {
    // The columns DATASET.md names, in its order; gwr may add columns but never drop one.
    let contract: [(&str, &[&str]); 5] = [
        (
            "documents",
            &[
                "doc_id",
                "source_path",
                "source_sha256",
                "encoding",
                "title",
                "region",
                "admin_level",
                "report_year",
                "delivered_on",
                "meeting",
                "speaker",
                "speaker_title",
                "n_chars",
                "status",
                "message",
            ],
        ),
        ("sections", &["doc_id", "section_id", "parent_id", "level", "marker", "heading", "char_start", "char_end"]),
        (
            "indicators",
            &[
                "doc_id",
                "mention_id",
                "char_start",
                "char_end",
                "surface",
                "section_id",
                "sentence",
                "subject",
                "indicator",
                "measure",
                "value",
                "unit",
                "value_base",
                "unit_base",
                "dimension",
                "qualifier",
                "period_start",
                "period_end",
                "status",
            ],
        ),
        (
            "projects",
            &[
                "doc_id",
                "project_id",
                "name",
                "char_start",
                "char_end",
                "section_id",
                "sentence",
                "action",
                "stage",
                "status",
                "period_start",
                "period_end",
            ],
        ),
        ("glossary", &["doc_id", "term", "definition", "char_start", "char_end", "first_use"]),
    ];
    for (table, cols) in contract {
        let have = fields_of(table);
        let mut it = have.iter();
        for c in cols {
            assert!(it.any(|h| h == c), "{table}: column {c} missing or out of order in {have:?}");
        }
    }
}

#[test]
fn csv_headers_follow_the_schema() {
    let dir = full_run();
    for t in ["documents", "sections", "indicators", "projects", "glossary"] {
        assert_eq!(csv_header(&dir.join(format!("{t}.csv"))), fields_of(t), "{t}.csv header");
    }
}

#[test]
fn output_datapackage_describes_the_written_tables() {
    let dir = full_run();
    let text = std::fs::read_to_string(dir.join("datapackage.json")).expect("datapackage.json written");
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let names: Vec<&str> = json["resources"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["documents", "sections", "indicators", "projects", "glossary"]);
    for r in json["resources"].as_array().unwrap() {
        let t = r["name"].as_str().unwrap();
        let cols: Vec<String> =
            r["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap().to_string()).collect();
        assert_eq!(cols, fields_of(t));
        assert!(dir.join(r["path"].as_str().unwrap()).is_file(), "{t}: path exists");
    }
}

#[test]
fn schema_subcommand_prints_the_package() {
    let out = run(&["schema"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(json["resources"].as_array().map(Vec::len), Some(PACKAGE.tables.len()));
    let out = run(&["schema", "--table", "indicators"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().next().unwrap().starts_with("doc_id\t"));
    assert_eq!(text.lines().count(), fields_of("indicators").len());
}

#[test]
fn every_enum_value_written_is_allowed() {
    let dir = full_run();
    for t in &PACKAGE.tables {
        let path = dir.join(format!("{}.csv", t.name));
        if !path.exists() {
            continue;
        }
        let rows = crate::util::read_csv(&path);
        for f in t.fields.iter().filter(|f| f.enumeration.is_some()) {
            let allowed: Vec<String> = f
                .enumeration
                .as_ref()
                .unwrap()
                .iter()
                .map(|v| v.as_str().map_or(v.to_string(), String::from))
                .collect();
            for r in &rows {
                let v = &r[&f.name];
                assert!(
                    v.is_empty() && !f.required || allowed.contains(v),
                    "{}.{}: {v:?} not in {allowed:?}",
                    t.name,
                    f.name
                );
            }
        }
        for f in t.fields.iter().filter(|f| f.required) {
            for r in &rows {
                assert!(!r[&f.name].is_empty(), "{}.{} is required but empty in {r:?}", t.name, f.name);
            }
        }
    }
}

/// Every enumerated column of the data package has a Rust enum (`gwr::vocab`) whose variants,
/// in order, are exactly the schema's `enum` list: the types the stages produce and the
/// published contract cannot drift apart.
#[test]
fn vocabularies_are_the_schema_enumerations() {
    use gwr::vocab::{
        AdminLevel, Dimension, DocStatus, Encoding, Measure, Outcome, Qualifier, SECTION_LEVELS, Stage, Status,
        TargetMatch, Term,
    };
    fn words<T: Term>() -> Vec<String> {
        T::ALL.iter().map(|t| t.as_str().to_string()).collect()
    }
    let mut checked = 0;
    for t in &PACKAGE.tables {
        for f in &t.fields {
            let Some(allowed) = &f.enumeration else { continue };
            let allowed: Vec<String> =
                allowed.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), String::from)).collect();
            let rust = match (t.name.as_str(), f.name.as_str()) {
                ("documents", "encoding") => words::<Encoding>(),
                ("documents", "admin_level") => words::<AdminLevel>(),
                ("documents", "status") => words::<DocStatus>(),
                ("sections", "level") => SECTION_LEVELS.iter().map(usize::to_string).collect(),
                ("indicators" | "targets", "measure") => words::<Measure>(),
                ("indicators", "dimension") => words::<Dimension>(),
                ("indicators", "qualifier") | ("targets", "target_qualifier") => words::<Qualifier>(),
                ("indicators" | "projects", "status") => words::<Status>(),
                ("projects", "stage") => words::<Stage>(),
                ("targets", "match") => words::<TargetMatch>(),
                ("targets", "outcome") => words::<Outcome>(),
                (table, column) => panic!("{table}.{column} is enumerated in the schema but has no enum in gwr::vocab"),
            };
            assert_eq!(rust, allowed, "{}.{}", t.name, f.name);
            checked += 1;
        }
    }
    assert_eq!(checked, 14);
}
