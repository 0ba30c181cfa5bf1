#!/usr/bin/env bash
# The build benchmark of issue 8 (see docs/performance.md).
#
#   bench/run.sh                 # N = 1000 and 10000 offers
#   bench/run.sh 1000 10000 50000
#
# For each N it generates the corpus into target/bench/N (once; again only when
# examples/corpus/ or what it copies changed), builds the release binary once, then
# measures with hyperfine (medians): the cold build (no output folder before each run), the
# peak memory of one cold build (GNU time, kB), `cp -r` of the built output tree to a fresh
# folder, the same cold build and cp -r with the output on tmpfs, and the warm rebuild (output
# kept, nothing changed). It prints the ratios cold build / cp -r and time(N) / time(first N).
# JSON and Markdown exports and summary.md go into target/bench/. Needs hyperfine and GNU
# time (Debian: apt-get install -y hyperfine time); it installs nothing itself.
#
# Environment:
#   BENCH_TMPFS=/dev/shm  where to run the tmpfs measurements; empty to skip them
#   BENCH_SETTLE=65       seconds to wait after deleting a large tree (see below); 0 to skip
#
# Why old output trees are moved aside rather than deleted between runs: on ext4 without a
# journal (this machine's disk), creating a file skips every inode deleted in the last 60 s
# (360 s while its inode-table block is dirty), and each skip costs a buffer lookup. Deleting
# a 5,000-file tree right before creating another one makes the creation 5-10x slower and
# very noisy. So `--prepare` moves the old tree into target/bench/N/trash/, which is deleted
# once per N, followed by a `sync` and a pause of BENCH_SETTLE seconds. The warm rebuild is
# measured last: savoirs itself deletes the previous site after each rebuild, and that cost
# is part of what it measures.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/target/bench"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
case "$TARGET" in /*) ;; *) TARGET="$ROOT/$TARGET" ;; esac
TMPFS="${BENCH_TMPFS-/dev/shm}"
if [ -n "$TMPFS" ] && ! { [ -d "$TMPFS" ] && [ -w "$TMPFS" ]; }; then TMPFS=""; fi
SETTLE="${BENCH_SETTLE:-65}"

# The build date: 2026-11-21T00:00:00Z, so "finished" offers are the same on every run.
export SOURCE_DATE_EPOCH=1795305600

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(1000 10000); fi
for n in "${sizes[@]}"; do
    [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 5 ] || { echo "not a number of offers (>= 5): $n" >&2; exit 2; }
done

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
if ! { [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; }; then missing+=(time); fi
command -v cargo >/dev/null || missing+=(cargo)
if [ ${#missing[@]} -gt 0 ]; then
    echo "missing: ${missing[*]}" >&2
    echo "on Debian: apt-get install -y hyperfine time   (cargo: a Rust toolchain)" >&2
    exit 1
fi

median() { # the median (seconds) of the first command of a hyperfine JSON export
    grep -m1 '"median"' "$1" | awk -F: '{ gsub(/[ ,]/, "", $2); print $2 }'
}
cpu() { # mean user + system seconds of a hyperfine JSON export
    awk -F: '/"user"|"system"/ { gsub(/[ ,]/, "", $2); s += $2 } END { print s }' "$1"
}
fmt_s() { awk -v t="$1" 'BEGIN { if (t < 1) printf "%.0f ms", t * 1000; else printf "%.2f s", t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
deleted=0
settle() { # after deleting many files, let ext4 forget them (see the top of this file)
    if [ "$deleted" = 1 ] && [ "$SETTLE" -gt 0 ]; then
        echo "(sync, then ${SETTLE} s pause after deleting files)"
        sync
        sleep "$SETTLE"
    fi
    deleted=0
}

echo "== machine"
echo "cpus:    $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))"
echo "memory:  $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "kernel:  $(uname -sr)"
echo "disk:    $(df -hT "$ROOT" | awk 'NR == 2 { print $2 " (" $1 "), " $4 " used, " $5 " free" }')"
echo "rustc:   $(rustc --version)"
echo "tools:   $(hyperfine --version), GNU time $(dpkg-query -W -f '${Version}' time 2>/dev/null || echo '?')"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src themes locales 2>/dev/null || echo ' (with local changes)')"
echo "SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH"
echo

echo "== build (release)"
cargo build --release --locked --bin savoirs --example corpus --example serve_latency
BIN="$TARGET/release/savoirs"
GEN="$TARGET/release/examples/corpus"
# The corpus is made again when the generator or anything it copies changed.
GEN_HASH=$(find examples/corpus site.yaml themes locales content/pillars content/neighbourhoods -type f -print0 |
    sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
mkdir -p "$OUT"
echo

summary="$OUT/summary.md"
{
    echo "| N offers | pages | files | output | cold build | cold build CPU (user+sys) | peak memory | cp -r | cold / cp | warm rebuild | per page (cold) | cold build (tmpfs) | cp -r (tmpfs) |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$summary"

declare -A cold_of shm_of
for n in "${sizes[@]}"; do
    dir="$OUT/$n"
    site="$dir/site"
    public="$dir/public"
    copy="$dir/copy"
    trash="$dir/trash"
    # Each measured run starts once the trees written before it are on the disk: otherwise
    # writing back the previous runs' gigabytes competes with the run for the two cores (the
    # N = 10,000 builds of the run at e3e58d1 took 15 to 20% more user time than alone).
    aside="mkdir -p '$trash'; for d in '$public' '$copy'; do if [ -e \"\$d\" ]; then mv \"\$d\" '$trash'/\$(date +%s%N); fi; done; sync"
    runs=3
    if [ "$n" -le 1000 ]; then runs=5; fi

    echo "== N = $n (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    if [ "$(cat "$dir/.corpus" 2>/dev/null || true)" != "$GEN_HASH" ]; then
        [ -e "$dir" ] && deleted=1
        rm -rf "$dir"
        mkdir -p "$dir"
        "$GEN" --offers "$n" --out "$site"
        echo "$GEN_HASH" >"$dir/.corpus"
    else
        echo "corpus: $site (already generated)"
    fi
    if [ -e "$trash" ]; then
        rm -rf "$trash"
        deleted=1
    fi
    settle
    build=("$BIN" build --root "$site" --output "$public")
    bash -c "$aside"
    report=$("${build[@]}" 2>&1)
    echo "$report"
    pages=$(echo "$report" | grep -o '[0-9]* pages' | head -1 | cut -d' ' -f1 || true)
    if [ -z "$pages" ]; then pages=$(find "$public" -name '*.html' | wc -l); fi
    files=$(find "$public" -type f | wc -l)
    size=$(du -sh "$public" | cut -f1)
    echo "output: $files files, $size"

    echo "-- cold build (no output folder)"
    hyperfine --warmup 1 --runs "$runs" \
        --prepare "$aside" \
        --command-name "cold build N=$n" \
        --export-json "$OUT/cold-$n.json" --export-markdown "$OUT/cold-$n.md" \
        "${build[*]}"

    echo "-- peak memory (one cold build)"
    bash -c "$aside"
    /usr/bin/time -f %M -o "$OUT/memory-$n.txt" "${build[@]}" >/dev/null
    kb=$(tail -1 "$OUT/memory-$n.txt")
    echo "peak RSS: $kb kB ($(awk -v k="$kb" 'BEGIN { printf "%.0f MiB", k / 1024 }'))"

    echo "-- cp -r of the output tree"
    hyperfine --warmup 1 --runs "$runs" \
        --prepare "mkdir -p '$trash'; if [ -e '$copy' ]; then mv '$copy' '$trash'/\$(date +%s%N); fi; sync" \
        --command-name "cp -r N=$n" \
        --export-json "$OUT/cp-$n.json" --export-markdown "$OUT/cp-$n.md" \
        "cp -r '$public' '$copy'"

    shm_cold="-"
    shm_cp="-"
    if [ -n "$TMPFS" ]; then
        shm="$TMPFS/savoirs-bench-$n"
        echo "-- on tmpfs ($TMPFS): cold build, then cp -r of the output tree"
        hyperfine --warmup 1 --runs "$runs" \
            --prepare "rm -rf '$shm'; sync" \
            --command-name "cold build to tmpfs N=$n" \
            --export-json "$OUT/cold-tmpfs-$n.json" --export-markdown "$OUT/cold-tmpfs-$n.md" \
            "$BIN build --root '$site' --output '$shm/public'"
        hyperfine --warmup 1 --runs "$runs" \
            --prepare "rm -rf '$shm/copy'; sync" \
            --command-name "cp -r to tmpfs N=$n" \
            --export-json "$OUT/cp-tmpfs-$n.json" --export-markdown "$OUT/cp-tmpfs-$n.md" \
            "cp -r '$shm/public' '$shm/copy'"
        rm -rf "$shm"
        shm_of[$n]=$(median "$OUT/cold-tmpfs-$n.json")
        shm_cold=$(fmt_s "${shm_of[$n]}")
        shm_cp=$(fmt_s "$(median "$OUT/cp-tmpfs-$n.json")")
    fi

    if "$BIN" build --help 2>/dev/null | grep -q -- '--timings'; then
        echo "-- stage timings (one rebuild)"
        "${build[@]}" --timings 2>&1 | tee "$OUT/timings-$n.txt"
    fi

    echo "-- warm rebuild (output kept, nothing changed)"
    hyperfine --warmup 1 --runs "$runs" \
        --prepare sync \
        --command-name "warm rebuild N=$n" \
        --export-json "$OUT/warm-$n.json" --export-markdown "$OUT/warm-$n.md" \
        "${build[*]}"

    rm -rf "$trash" "$copy"
    deleted=1

    cold=$(median "$OUT/cold-$n.json")
    warm=$(median "$OUT/warm-$n.json")
    cp_t=$(median "$OUT/cp-$n.json")
    cold_of[$n]=$cold
    r=$(ratio "$cold" "$cp_t")
    per_page=$(awk -v t="$cold" -v p="$pages" 'BEGIN { printf "%.3f ms", t * 1000 / p }')
    echo "load average after N = $n: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "cold build / cp -r = $(fmt_s "$cold") / $(fmt_s "$cp_t") = $r (target: at most 2)"
    echo "| $n | $pages | $files | $size | $(fmt_s "$cold") | $(fmt_s "$(cpu "$OUT/cold-$n.json")") | $((kb / 1024)) MiB | $(fmt_s "$cp_t") | $r | $(fmt_s "$warm") | $per_page | $shm_cold | $shm_cp |" >>"$summary"

    # Live preview (issue 6): save one offer's body, move it to another pillar; time to the page
    # served. BENCH_SERVE=0 skips it; BENCH_SERVE_RUNS sets the runs (default 5).
    if [ "${BENCH_SERVE:-1}" != 0 ]; then
        echo "-- live preview latency (savoirs serve)"
        "$TARGET/release/examples/serve_latency" --root "$site" --runs "${BENCH_SERVE_RUNS:-5}" | tee "$OUT/serve-$n.md"
    fi
    echo
done

echo "== summary (medians; also in $summary)"
cat "$summary"
echo
base=${sizes[0]}
for n in "${sizes[@]:1}"; do
    echo "time(N=$n) / time(N=$base) = $(ratio "${cold_of[$n]}" "${cold_of[$base]}")" \
        "for $(ratio "$n" "$base")x the offers (target for 10000/1000: at most 11)"
    # On disk, writing ten times the files costs more than ten times as much on this kind of
    # disk (compare the two cp -r); the same ratio on tmpfs leaves the disk out.
    if [ -n "${shm_of[$n]:-}" ] && [ -n "${shm_of[$base]:-}" ]; then
        echo "on tmpfs: $(ratio "${shm_of[$n]}" "${shm_of[$base]}")"
    fi
done
