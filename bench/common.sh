# Shared by bench/run.sh and bench/guard.sh; sourced from the repository root.

# The Release binary every measurement runs: ReadyToRun, framework-dependent, as a reader of docs/performance.md
# would publish it. Prints the build's output only when it fails.
publish_release() { # folder
  dotnet publish src/TreatyExplainer -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$1" >"$1.log" 2>&1 || { cat "$1.log" >&2; return 1; }
}

# The median of numbers given on standard input, separated by spaces or lines.
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
