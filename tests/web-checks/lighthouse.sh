#!/usr/bin/env bash
# Lighthouse (mobile, its default) in all four categories on the pages readers land on, against a fresh build
# served on loopback and compressed as the host serves it (static-server.js). The performance score follows the
# machine's load: run it on an idle machine.
#   bash tests/web-checks/lighthouse.sh                 # home, an island, the timeline
#   bash tests/web-checks/lighthouse.sh /about/ /people/sergey-lavrov/
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/ /islands/shikotan/ /timeline/)

[ -f node_modules/lighthouse/cli/index.js ] || npm ci --no-audit --no-fund --ignore-scripts >&2
site=$(mktemp -d /tmp/te-lighthouse.XXXXXX)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$site"' EXIT
dotnet run --project "$root/src/TreatyExplainer" -- build --root "$root" --output "$site/output" >&2
node static-server.js "$site/output" 8791 >/dev/null 2>&1 &
server=$!
sleep 1

printf '| page | performance | accessibility | best practices | SEO |\n| --- | ---: | ---: | ---: | ---: |\n'
for page in "${pages[@]}"; do
  node node_modules/lighthouse/cli/index.js "http://127.0.0.1:8791$page" --chrome-path=/usr/bin/chromium \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --output=json --output-path="$site/report.json" --quiet
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = k => Math.round(c[k].score * 100);
    console.log(`| ${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
  ' "$site/report.json" "$page"
done
