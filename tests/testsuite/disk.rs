//! A full disk while the new site is written: a real `ENOSPC` from a small tmpfs, mounted in a
//! private mount namespace of its own (`unshare --mount --map-root-user`), so nothing on the
//! machine sees it and it goes away with the test. The build must fail, say which file and why,
//! and leave the previous site byte for byte.

use crate::support::{TestSite, Tree};
use std::io::Write;
use std::path::Path;
use std::process::Command;

/// Mounts a 1 MiB tmpfs at `$1`, builds the site `$2` into `$1/public` (it fits), then the site
/// `$3` (it does not); keeps what the second build printed and left in `$4`.
const SCRIPT: &str = r#"
set -u
mount -t tmpfs -o size=1m tmpfs "$1" || exit 77
"$SAVOIRS" build --root "$2" --output "$1/public" >/dev/null || exit 78
"$SAVOIRS" build --root "$3" --output "$1/public" 2>"$4/stderr"
echo $? >"$4/code"
ls -A "$1" >"$4/beside"
cp -a "$1/public" "$4/public"
"#;

fn savoirs(site: &TestSite, output: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_savoirs"));
    c.arg("build")
        .arg("--root")
        .arg(&site.root)
        .arg("--output")
        .arg(output)
        .env("SOURCE_DATE_EPOCH", "1795262400");
    c
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_fails_the_build_clearly_and_leaves_the_previous_site() {
    let good = TestSite::fixture("basic");
    let big = TestSite::fixture("basic");
    big.file(
        "content/pages/contact.fr.md",
        format!("---\ntitle: Gros\n---\n{}", "Un mot de plus.\n\n".repeat(200_000)),
    );
    let dir = tempfile::tempdir().unwrap();
    let (disk, kept, reference) = (
        dir.path().join("disk"),
        dir.path().join("kept"),
        dir.path().join("reference"),
    );
    std::fs::create_dir_all(&disk).unwrap();
    std::fs::create_dir_all(&kept).unwrap();
    assert!(savoirs(&good, &reference).output().unwrap().status.success());

    let run = Command::new("unshare")
        .args(["--mount", "--map-root-user", "sh", "-c", SCRIPT, "sh"])
        .args([&disk, &good.root, &big.root, &kept])
        .env("SAVOIRS", env!("CARGO_BIN_EXE_savoirs"))
        .env("SOURCE_DATE_EPOCH", "1795262400")
        .output();
    let cannot = match &run {
        Err(e) => Some(format!("no unshare: {e}")),
        Ok(o) if o.status.code() == Some(77) || !kept.join("code").exists() => Some(format!(
            "cannot mount a tmpfs here ({}): {}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        )),
        Ok(_) => None,
    };
    if let Some(why) = cannot {
        // CI runs as root on Linux, where this always works: there the test must run.
        assert!(std::env::var_os("CI").is_none(), "{why}");
        let _ = writeln!(std::io::stderr(), "a full disk: SKIPPED: {why}");
        return;
    }

    let read = |name: &str| std::fs::read_to_string(kept.join(name)).unwrap();
    let stderr = read("stderr");
    assert_eq!(read("code").trim(), "1", "{stderr}");
    let out = disk.join("public").display().to_string();
    let said = format!("error[write-failed]: could not write {out}/");
    assert!(
        stderr.starts_with(&said),
        "names the file it could not write:\n{stderr}"
    );
    assert!(
        stderr.contains(": no space left on device; the previous site was left as it was\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "help: free some space on the disk that holds {out}, then build again"
        )),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("error: the site was not built (1 problem)\n"),
        "{stderr}"
    );
    assert_eq!(read("beside"), "public\n", "no staging folder left on the full disk");
    assert_eq!(
        Tree::of(&kept.join("public")),
        Tree::of(&reference),
        "the previous site, byte for byte"
    );
}
