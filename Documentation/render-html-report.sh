#!/usr/bin/env bash
# Renders the HTML report of the sample district with headless Chromium to a PNG, so that a person
# can look at the charts and the table as a reader's browser shows them, in Chinese.
#
#     Documentation/render-html-report.sh [PROGRAM] [OUTPUT.png]
#
# PROGRAM is the example whose report is rendered (default audit; also funds, space, what-if).
# Installs Chromium and a CJK font (fonts-noto-cjk) with apt when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

program="${1:-audit}"
output="${2:-Documentation/Pictures/$program-district.png}"

if ! command -v chromium > /dev/null 2>&1 || ! fc-list :lang=zh 2> /dev/null | grep -q .; then
    if command -v apt-get > /dev/null 2>&1; then
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk fontconfig
    else
        echo "render-html-report: install Chromium and a CJK font (Noto Sans CJK SC) first" >&2
        exit 2
    fi
fi

page="$(mktemp -d)/$program-district.html"
swift run "$program" Examples/Data/district.csv --format html --output "$page"
mkdir -p "$(dirname "$output")"
# A tall window: the whole page, charts and tables, in one picture.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1400,5000 --screenshot="$output" "file://$page" 2> /dev/null
echo "wrote $output (from $page)"
