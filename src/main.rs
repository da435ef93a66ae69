//! The `gwr` binary: parse arguments, run a subcommand, map the outcome to an exit code.
//!
//! Exit codes: 0 success; 1 when any input file is `error` (extract) or when `--exit-code`
//! finds differences (diff); 2 for usage errors and failures that stop a run.

use std::process::ExitCode;

mod cli;

/// The allocator of the binary, not of the library (cargo feature `mimalloc`, on by default):
/// a report's figures make many small allocations, which mimalloc serves in fewer instructions
/// than glibc's malloc (BENCHMARKS.md, speed round 14).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::main() {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (gwr schema | head) is not an error.
            if err.chain().any(|e| {
                e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("gwr: error: {err}");
            // Typed errors quote their source in their own message (`cannot create output
            // folder …: File exists`), so a cause already said by the line above is not repeated.
            let mut said = err.to_string();
            for cause in err.chain().skip(1) {
                let text = cause.to_string();
                if !said.ends_with(&text) {
                    eprintln!("  caused by: {text}");
                }
                said = text;
            }
            ExitCode::from(2)
        }
    }
}
