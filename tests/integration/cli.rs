//! The command line: help that teaches, usage errors, exit codes.

use crate::util::run;

#[test]
fn help_teaches_with_examples_and_exit_codes() {
    let out = run(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in ["extract", "schema", "eval", "Examples:", "Exit codes"] {
        assert!(text.contains(needle), "--help mentions {needle}");
    }
    let out = run(&["extract", "--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in ["--format", "--encoding", "--no-bom", "documents", "Exit codes", "gb18030"] {
        assert!(text.contains(needle), "extract --help mentions {needle}");
    }
}

#[test]
fn usage_errors_exit_2_and_say_why() {
    let out = run(&["extract", "--format", "xlsx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("xlsx"));
    let out = run(&["extract", "--encoding", "latin9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("latin9"));
    let out = run(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn version_is_printed() {
    let out = run(&["--version"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(gwr::VERSION));
}

#[test]
fn dict_override_replaces_an_embedded_word_list() {
    use crate::util::{extract, repo, rows_of};
    // Without 区长 among the speaker titles the seed report's speaker line is not recognised.
    let dict = tempfile::tempdir().unwrap();
    std::fs::write(dict.path().join("speaker_titles.tsv"), "title\t省长\ntitle\t市长\n").unwrap();
    let d = dict.path().to_str().unwrap().to_string();
    let (out_dir, out) = extract(&[repo("raw/cq-dadukou-2022.txt")], &["-q", "--format", "csv", "--dict", &d]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc = &rows_of(out_dir.path(), "documents", "cq-dadukou-2022")[0];
    assert_eq!(doc["speaker"], "");
    let (plain_dir, _) = extract(&[repo("raw/cq-dadukou-2022.txt")], &["-q", "--format", "csv"]);
    assert_eq!(rows_of(plain_dir.path(), "documents", "cq-dadukou-2022")[0]["speaker"], "张国智");
}

#[test]
fn a_broken_dict_file_stops_the_run_at_start_naming_file_and_line() {
    use crate::util::{extract, repo};
    let dict = tempfile::tempdir().unwrap();
    let units = "# units\n个\t个\t0\tcount\tcounter\n\n万\t-\tfour\t-\tmult\n";
    std::fs::write(dict.path().join("units.tsv"), units).unwrap();
    let d = dict.path().to_str().unwrap().to_string();
    let (out_dir, out) = extract(&[repo("raw")], &["--format", "csv", "--dict", &d]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let file = dict.path().join("units.tsv").display().to_string();
    assert!(stderr.starts_with(&format!("gwr: error: {file} line 4: power \"four\"")), "{stderr}");
    // Once, before any document: nothing was read or written.
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(std::fs::read_dir(out_dir.path()).unwrap().count(), 0);

    // A list under the name it had before it became a TSV file is not silently ignored.
    std::fs::remove_file(dict.path().join("units.tsv")).unwrap();
    std::fs::write(dict.path().join("speaker_titles.txt"), "省长\n").unwrap();
    let (_, out) = extract(&[repo("raw/cq-dadukou-2022.txt")], &["-q", "--format", "csv", "--dict", &d]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("speaker_titles.tsv"));
}
