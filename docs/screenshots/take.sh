#!/usr/bin/env bash
# Screenshots of the home page, an island page and the timeline, at phone and desktop widths, into
# docs/screenshots/. Builds the site, serves it on loopback and uses Debian's headless Chromium.
# Run it after a change to the look:  bash docs/screenshots/take.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "Chromium is needed: apt-get install chromium (and fonts-noto-cjk for Japanese text)." >&2
  exit 1
fi
if ! ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 && ! ls /usr/share/fonts/*/noto-cjk >/dev/null 2>&1; then
  echo "warning: no CJK font installed (apt-get install fonts-noto-cjk); Japanese names will show as boxes." >&2
fi

out=$(mktemp -d)
dotnet run --project src/TreatyExplainer -- build --output "$out/site" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$out/site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$out"' EXIT
sleep 1

shoot() { # name path width height
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$out/profile-$1" \
    --window-size="$3,$4" --virtual-time-budget=3000 --screenshot="docs/screenshots/$1.png" \
    "http://127.0.0.1:$port$2" 2>/dev/null
  echo "docs/screenshots/$1.png"
}
shoot home-desktop / 1280 1400
shoot home-phone / 390 1600
shoot island-desktop /islands/iturup/ 1280 1400
shoot island-phone /islands/iturup/ 390 1600
shoot timeline-desktop /timeline/ 1280 1400
shoot timeline-phone /timeline/ 390 1600
