//! `gwr report`: an offline HTML site to check the extracted rows against the text. (Issue 12.)

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use gwr::report::{self, Options, source::Sources};
use gwr::source::{Encoding, Limits};

const AFTER: &str = "\
Writes a static site that opens from the file system, with no network (plain HTML, one style
sheet, two small scripts):
  index.html        every document: status and message, region, level, year, rows per table;
                    filters by status, region, year and text
  d/<doc>.html      the report's full text with every indicator and project highlighted where
                    it stands (colour by measure, filled = actual, outlined = target; hover or
                    click for subject, value_base and unit_base, qualifier, period, status,
                    indicator code, or a project's action and stage), the sections as an
                    outline, glossary terms linked to their first use
  r/<region>.html   the region's documents and, once `gwr targets` has run on the folder, each
                    headline indicator across the years (target band against result) and every
                    target row with the two sentences it came from

The highlights need each report's text: the source files are read again from the input
folder of `gwr extract` (--source, default raw/; documents.source_path is relative to it),
checked against documents.source_sha256 and decoded exactly as extract decoded them. A
document whose file is missing or changed gets a page that says so; the run goes on.
Everything taken from the reports (text, terms, names, titles, file names) is escaped.

Examples:
  gwr report                                  output/ -> output/report/ (open its index.html)
  gwr extract raw -o out && gwr targets out && gwr report out -o site
  gwr report data/ -o site/ --source reports/2024 --source reports/2025
  gwr report out -o site --source scraped/ --encoding gb18030   when extract was run so

Exit codes: 0 site written (also when some documents have no text: they are listed);
2 usage error, or a failure that stopped the run (no output folder, unreadable table,
site folder not writable).";

/// Write an offline HTML site to audit an output folder by eye.
#[derive(clap::Args)]
#[command(after_help = AFTER)]
pub struct Args {
    /// Output folder of `gwr extract` (and `gwr targets`)
    #[arg(default_value = "output", value_name = "OUTPUT_DIR")]
    dir: PathBuf,
    /// Folder to write the site into [default: <OUTPUT_DIR>/report]
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Input folder (or file) given to `gwr extract`, where the source files are; repeat for
    /// several
    #[arg(long, value_name = "DIR", default_value = "raw")]
    source: Vec<PathBuf>,
    /// The encoding forced with `gwr extract --encoding`, if it was
    #[arg(long, value_parser = |s: &str| s.parse::<Encoding>())]
    encoding: Option<Encoding>,
    /// Largest source file read, in MiB (as for extract)
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    max_mib: u64,
    /// Largest decompressed word/document.xml of a .docx, in MiB (as for extract)
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    max_xml_mib: u64,
    /// Print only errors
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let site = a.output.clone().unwrap_or_else(|| a.dir.join("report"));
    let opts = Options {
        dir: a.dir.clone(),
        site: site.clone(),
        sources: Sources {
            roots: a.source.clone(),
            encoding: a.encoding,
            limits: Limits { max_bytes: a.max_mib << 20, max_xml_bytes: a.max_xml_mib << 20 },
        },
    };
    let s = report::build(&opts).with_context(|| format!("report of {} failed", a.dir.display()))?;
    if !a.quiet {
        for (doc, why) in &s.no_text {
            eprintln!("gwr: warning: {doc}: no text on its page: {why}");
        }
        if s.unplaced > 0 {
            eprintln!(
                "gwr: warning: {} rows do not match the text at their offsets (listed on their pages)",
                s.unplaced
            );
        }
        if s.orphan_rows > 0 {
            eprintln!("gwr: warning: {} rows belong to documents missing from documents; skipped", s.orphan_rows);
        }
        let targets = match s.targets {
            Some(n) => format!("{n} targets"),
            None => "no targets table (run gwr targets for the region charts)".into(),
        };
        eprintln!(
            "gwr: report: {} documents ({} without text), {} regions, {} highlights, {targets}; pages {:.2}s, index \
             {:.3}s ({} KB) -> {}",
            s.documents,
            s.no_text.len(),
            s.regions,
            s.highlights,
            s.pages_seconds,
            s.index_seconds,
            s.index_bytes.div_ceil(1024),
            site.join("index.html").display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
