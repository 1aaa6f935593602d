#!/usr/bin/env bash
# Renders a results folder's report.html in headless Chromium and saves a full-page PNG beside it,
# so that a person can look at what a user would see. Fails (non-zero) when there is no Chromium,
# no report, no screenshot, or the page logged a JavaScript error: it never passes silently.
#
#   scripts/screenshot-report.sh results/metro-earthquake-compare [out.png]
#   REPORT=after-action.html scripts/screenshot-report.sh results/metro-earthquake-72h-drill
set -euo pipefail

folder=${1:?usage: scripts/screenshot-report.sh <results-folder> [out.png]}
name=${REPORT:-report.html}
report="$(cd "$folder" && pwd)/$name"
out=${2:-$folder/${name%.html}.png}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)

[[ -f $report ]] || { echo "screenshot-report: no $name in $folder" >&2; exit 1; }
[[ -n $browser ]] || { echo "screenshot-report: Chromium is not installed (Debian: apt-get install -y chromium)" >&2; exit 1; }

profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
rm -f "$out"

# Offline flags: no background requests; the report must need none.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --virtual-time-budget=10000 --enable-logging=stderr --v=0 \
  --screenshot="$out" --window-size=1400,${SCREENSHOT_HEIGHT:-9000} "file://$report" >"$log" 2>&1 || true

if grep -E "Uncaught|SyntaxError|ReferenceError|TypeError" "$log" >&2; then
  echo "screenshot-report: the report raised a JavaScript error (above)" >&2
  exit 1
fi

[[ -s $out ]] || { echo "screenshot-report: Chromium wrote no screenshot; its log:" >&2; cat "$log" >&2; exit 1; }
echo "screenshot-report: wrote $out"
