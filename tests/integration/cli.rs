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

/// A run that cannot start says where and why once: the typed error already quotes the OS
/// error, so it is not repeated as a cause (it was: `caused by: File exists` twice).
#[test]
fn an_output_path_that_is_a_file_is_named_with_its_reason_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out");
    std::fs::write(&file, "").unwrap();
    let input = crate::util::repo("raw/cq-dadukou-2022.txt");
    let out = run(&["extract", input.to_str().unwrap(), "-o", file.to_str().unwrap(), "-q"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("cannot create output folder {}", file.display())), "{stderr}");
    assert_eq!(stderr.matches("os error").count(), 1, "{stderr}");
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

// ---------------------------------------------------------------------------------------
// Transcripts: the arguments, exit code, stdout and stderr of a run, snapshotted together
// (tests/integration/snapshots/). Help is wrapped at 100 columns whatever the terminal: stdin is
// not a terminal and COLUMNS is set. Temp folders read [TMP]; timings read [TIME].
// ---------------------------------------------------------------------------------------

/// Run gwr and write what a user sees as one text.
fn transcript(args: &[&str]) -> String {
    let out = crate::util::gwr()
        .args(args)
        .env("COLUMNS", "100")
        .env_remove("NO_COLOR")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("gwr runs");
    let code = out.status.code().map_or_else(|| "killed by a signal".to_string(), |c| c.to_string());
    format!(
        "$ gwr {}\nexit code: {code}\n----- stdout -----\n{}----- stderr -----\n{}",
        args.join(" "),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Settings for transcripts: each temp folder given becomes [TMP], and run times [TIME].
fn transcript_settings(temp_dirs: &[&std::path::Path]) -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    for (k, dir) in temp_dirs.iter().enumerate() {
        let placeholder = if temp_dirs.len() == 1 { "[TMP]".to_string() } else { format!("[TMP{}]", k + 1) };
        s.add_filter(&regex::escape(&dir.to_string_lossy()), placeholder);
    }
    s.add_filter(r"\d+(\.\d+)?s \(\d+(\.\d+)?M chars/s\)", "[TIME]");
    s
}

#[test]
fn transcript_of_help() {
    transcript_settings(&[]).bind(|| insta::assert_snapshot!("help", transcript(&["--help"])));
}

#[test]
fn transcript_of_extract_help() {
    transcript_settings(&[]).bind(|| insta::assert_snapshot!("extract_help", transcript(&["extract", "--help"])));
}

/// A usage error: exit code 2, the reason on stderr, nothing on stdout.
#[test]
fn transcript_of_a_usage_error() {
    transcript_settings(&[]).bind(|| {
        insta::assert_snapshot!("usage_error", transcript(&["extract", "--format", "xlsx"]));
    });
}

/// One good report, one broken .docx and a file of another kind: a warning for the skipped
/// file, one error line for the broken one, the summary, exit code 1.
#[test]
fn transcript_of_a_run_with_one_bad_file() {
    let input = tempfile::tempdir().unwrap();
    let output = tempfile::tempdir().unwrap();
    std::fs::copy(crate::util::repo("tests/fixtures/indicators/range.txt"), input.path().join("good.txt")).unwrap();
    std::fs::write(input.path().join("corrupt.docx"), b"PK\x03\x04 this is not a zip archive").unwrap();
    std::fs::write(input.path().join("notes.md"), b"not a report").unwrap();
    let (i, o) = (input.path().to_str().unwrap(), output.path().to_str().unwrap());
    let text = transcript(&["extract", i, "-o", o, "--format", "csv"]);
    transcript_settings(&[input.path(), output.path()]).bind(|| insta::assert_snapshot!("one_bad_file", text));
}
