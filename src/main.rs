//! The `savoirs` command: parses arguments, runs the command, prints the outcome.

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod cli;

use clap::Parser;
use std::io::IsTerminal;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Usage errors exit with 64 (EX_USAGE): `check` gives 1 and 2 their own meanings.
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 64 } else { 0 });
        }
    };
    let color = std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal();
    let outcome = match cli.command {
        cli::Command::Build(args) => args.run(color),
        cli::Command::Check(args) => args.run(color && std::io::stdout().is_terminal()),
        cli::Command::New(args) => args.run(color),
        cli::Command::Schema(args) => args.run(),
        cli::Command::Serve(args) => args.run(color),
    };
    print!("{}", outcome.stdout);
    eprint!("{}", outcome.stderr);
    ExitCode::from(outcome.code)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::cli::Cli::command().debug_assert();
    }
}
