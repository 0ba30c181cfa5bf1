//! The `savoirs` command: parses arguments, runs the command, prints the outcome.

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod cli;

use clap::Parser;
use std::io::IsTerminal;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`: its place in `mi_option_e` (`mimalloc.h`, the same in
/// mimalloc 2 and 3), which the `-sys` crate does not name.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Tells the allocator to keep the memory it frees instead of handing it back to the kernel.
///
/// A build is one process that ends when the site is written, and each stage takes again the
/// memory the one before freed. Handed back, every 4 KiB taken again costs a page fault and a
/// page zeroed by the kernel: about 550,000 faults and 1.6 s of system time at N = 10,000
/// (`docs/performance.md`); kept, about 1,800, with the same peak. The preview server keeps
/// the default, which returns memory a second after it is freed.
#[allow(unsafe_code)]
fn keep_freed_memory() {
    // SAFETY: `mi_option_set` only stores an integer in mimalloc's table of options, which is
    // made for being changed while the program runs; the option exists and -1 is its
    // documented "never purge" value.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) }
}

/// Turns transparent huge pages off for the build's process (Linux).
///
/// mimalloc asks the kernel for huge pages on its memory; the kernel then zeroes 2 MiB at each
/// first touch of a region, whether or not the rest is used. At N = 10,000 that was about 1,800
/// faults zeroing some 3.6 GB for a peak of 650 MB, a second of system time; with 4 KiB
/// pages, about 150,000 faults for what is used, and the build 5% faster
/// (`docs/performance.md`). The preview server keeps the default.
fn small_pages() {
    #[cfg(target_os = "linux")]
    {
        // Not being able to is not an error: the build is only slower.
        let _ = rustix::thread::disable_transparent_huge_pages(true);
    }
}

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
        cli::Command::Build(args) => {
            keep_freed_memory();
            small_pages();
            args.run(color)
        }
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
    #[allow(unsafe_code)]
    fn the_purge_delay_is_the_option_set_for_builds() {
        // SAFETY: reads and writes an integer option of the allocator.
        let (before, after) = unsafe {
            let before = libmimalloc_sys::mi_option_get(super::PURGE_DELAY);
            super::keep_freed_memory();
            (before, libmimalloc_sys::mi_option_get(super::PURGE_DELAY))
        };
        // mimalloc 3 purges a second after a free by default: a value no other option has.
        assert_eq!(before, 1000, "option {} is not the purge delay", super::PURGE_DELAY);
        assert_eq!(after, -1);
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn builds_turn_huge_pages_off() {
        super::small_pages();
        assert_eq!(rustix::thread::transparent_huge_pages_are_disabled().ok(), Some(true));
    }

    #[test]
    fn cli_definition_is_consistent() {
        super::cli::Cli::command().debug_assert();
    }
}
