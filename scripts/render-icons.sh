#!/usr/bin/env bash
# Render the icon (assets/icons/work-summary.svg) to the hicolor PNG sizes the .deb installs,
# the PNG embedded as the window icon (256 px) and the Windows .ico. The results are committed;
# run this after changing the SVG. Needs rsvg-convert (librsvg2-bin) and ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" work-summary.svg -o "work-summary-$size.png"
done
convert work-summary-16.png work-summary-24.png work-summary-32.png work-summary-48.png \
    work-summary-64.png work-summary-128.png work-summary-256.png work-summary.ico
