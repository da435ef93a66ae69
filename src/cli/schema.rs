//! `gwr schema`: print the data package that describes every table.

use std::io::Write;
use std::process::ExitCode;

/// Print the data package (schemas/datapackage.json): every table with its columns, types,
/// descriptions, enumerations and keys.
#[derive(clap::Args)]
#[command(after_help = "Example:\n  gwr schema | python -m json.tool | less\n  gwr schema --table indicators")]
pub struct Args {
    /// Print only this table's field list, one `name<TAB>type<TAB>title` line per column.
    #[arg(long)]
    table: Option<String>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match a.table {
        None => out.write_all(gwr::schema::DATAPACKAGE_JSON.as_bytes())?,
        Some(t) => {
            let Some(table) = gwr::schema::PACKAGE.table(&t) else {
                let names: Vec<_> = gwr::schema::PACKAGE.tables.iter().map(|t| t.name.as_str()).collect();
                anyhow::bail!("no table {t:?}; tables: {}", names.join(", "));
            };
            let res = gwr::schema::PACKAGE.json["resources"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|r| r["name"] == t.as_str());
            for f in &table.fields {
                let title = res
                    .and_then(|r| r["schema"]["fields"].as_array())
                    .and_then(|fs| fs.iter().find(|x| x["name"] == f.name.as_str()))
                    .and_then(|x| x["title"].as_str())
                    .unwrap_or("");
                writeln!(out, "{}\t{:?}\t{}", f.name, f.ty, title)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
