#!/usr/bin/env bash
# Whole-process build times of TreatyExplainer against Hugo on the same Markdown.
#   bash bench/run.sh                      # 60, 1,000 and 10,000 pages with 1,000 entities, 5 runs each
#   SIZES="60 1000" RUNS=3 bash bench/run.sh
# Prints a Markdown table: median seconds, peak RSS, and the ratio TreatyExplainer / Hugo, with auto-linking
# on (our real job, which Hugo cannot do) and off (like for like). Installs Hugo from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

RUNS=${RUNS:-5}
SIZES=${SIZES:-"60 1000 10000"}
ENTITIES=${ENTITIES:-1000}
work=${BENCH_DIR:-$(mktemp -d /tmp/treatyexplainer-bench.XXXXXX)}
mkdir -p "$work"
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

for tool in hugo /usr/bin/time; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Installing $(basename "$tool")..." >&2
    $sudo_cmd apt-get update -qq >&2
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$( [ "$tool" = hugo ] && echo hugo || echo time )" >&2
  fi
done

echo "Publishing the Release binary (ReadyToRun)..." >&2
publish_release "$work/bin"
bin="$work/bin/TreatyExplainer"

# A Hugo site with the same Markdown: front matter reduced to the title, a minimal layout.
hugo_site() { # corpus hugo-dir
  local corpus=$1 site=$2
  mkdir -p "$site/layouts/_default" "$site/content"
  cat > "$site/hugo.toml" <<'TOML'
baseURL = "/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
  unsafe = false
TOML
  local page='<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>'
  echo "$page" > "$site/layouts/_default/single.html"
  echo "$page" > "$site/layouts/_default/list.html"
  echo "$page" > "$site/layouts/index.html"
  (cd "$corpus/input" && find . -name '*.md') | while read -r file; do
    local target="$site/content/${file#./}"
    [ "$file" = "./index.md" ] && target="$site/content/_index.md"
    mkdir -p "$(dirname "$target")"
    awk 'NR == 1 && /^---$/ { fm = 1; next }
         fm == 1 && /^---$/ { fm = 2; print "---"; print "title: " title; print "---"; next }
         fm == 1 { if ($0 ~ /^title: /) title = substr($0, 8); next }
         { print }' "$corpus/input/$file" > "$target"
  done
}


# Median wall time, median CPU time (user + system) and peak RSS (MB) over $RUNS runs of a command.
measure() {
  local times="" cpus="" peak=0 wall user sys rss report="$work/time.txt"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %U %S %M" -o "$report" "$@" >/dev/null 2>&1
    read -r wall user sys rss < <(tail -n 1 "$report")
    times="$times $wall"
    cpus="$cpus $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  echo "$(echo "$times" | median) $(echo "$cpus" | median) $((peak / 1024))"
}

echo "| pages | TreatyExplainer, linking on (s) | linking off (s) | Hugo (s) | ratio on | ratio off | CPU on / Hugo (s) | CPU ratio on | ms/page (on) | peak RSS on / Hugo (MB) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for pages in $SIZES; do
  corpus="$work/corpus-$pages"
  if [ ! -d "$corpus" ]; then
    "$bin" bench-corpus --pages "$pages" --entities "$ENTITIES" --out "$corpus" --theme theme >/dev/null
    hugo_site "$corpus" "$work/hugo-$pages"
  fi
  read -r on on_cpu on_rss < <(measure "$bin" build --root "$corpus" --output "$work/out-on-$pages")
  off=0
  [ "${SKIP_OFF:-0}" = 1 ] || read -r off _ _ < <(measure "$bin" build --root "$corpus" --output "$work/out-off-$pages" --autolink off)
  read -r hugo hugo_cpu hugo_rss < <(measure hugo --source "$work/hugo-$pages" --destination "$work/hugo-out-$pages" --quiet)
  total=$(find "$corpus/input" -name '*.md' | wc -l)
  awk -v p="$pages" -v on="$on" -v off="$off" -v h="$hugo" -v c1="$on_cpu" -v c2="$hugo_cpu" -v t="$total" -v r1="$on_rss" -v r2="$hugo_rss" \
    'BEGIN { printf "| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f / %.2f | %.2f | %.3f | %d / %d |\n", p, on, off, h, on / h, off / h, c1, c2, c1 / c2, on * 1000 / t, r1, r2 }'
done
echo
echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/ { print $2 }') MB; $(dotnet --version) SDK; $(hugo version | cut -d' ' -f1-2); runs: $RUNS; corpus in $work" 
