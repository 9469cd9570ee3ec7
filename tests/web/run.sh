#!/usr/bin/env bash
# The browser and validator checks over fresh builds of content/ (the public,
# the members' and the staff's audience), each with the real checker:
#   1. Nu HTML Checker: every page, style sheet and SVG image, 0 errors;
#   2. page checks in Chromium: headings, landmarks, skip link, focus, alt
#      text, labels, phone width, text size, no web fonts, CSS size;
#   3. axe-core: one page of each kind in each language, 0 violations;
#   4. screenshots at 375 and 1280 px and prints, into build/screenshots/;
#   5. Lighthouse on a home, a service and a story page (mobile), into
#      build/lighthouse/;
#   6. the long lists of tests/long_lists.sh (65 stories, 70 members on
#      numbered pages) through checks 1 and 3;
#   7. tests/fixtures/prose (aligned and wide tables, task lists, long
#      addresses and words, a logo in the brand colour) in Chromium at 1280
#      and 375 px; its pages also go through checks 1 and 2;
#   8. the November digest e-mails of koks (lv) and baltic-logistics (en):
#      their HTML parts through check 1, and in Chromium with images off at
#      375 and 1280 px (no sideways scrolling, nothing clipped, no text under
#      12 px, the h1 and the three items' h2 visible), screenshots into
#      build/screenshots/.
# Needs node with npm, java 17 and chromium; installs the pinned npm packages
# of tests/web/package-lock.json (never a browser: Debian's Chromium is used).
#   tests/web/run.sh [CLUSTERSITE]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-build/clustersite}")
# The example content is written as of 2026-12-01 (noon UTC): every build here is as of it.
export SOURCE_DATE_EPOCH=1796126400
web=tests/web
out=$(realpath build)/web
failed=0

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }

# shellcheck source=scripts/lib.sh
. scripts/lib.sh
install_web_packages

rm -rf "$out"
mkdir -p "$out"
"$bin" build content -o "$out/public" 2>"$out/build.log" || { cat "$out/build.log"; exit 1; }
for audience in members staff; do
  "$bin" build content -o "$out/$audience" --audience "$audience" 2>>"$out/build.log" ||
    { cat "$out/build.log"; exit 1; }
done
for audience in public members; do
  "$bin" build tests/fixtures/prose -o "$out/prose-$audience" --audience "$audience" \
    2>>"$out/build.log" || { cat "$out/build.log"; exit 1; }
done
prose=("$out/prose-public" "$out/prose-members")
tests/long_lists.sh "$out/long-lists-content"
"$bin" build "$out/long-lists-content" -o "$out/long-lists" 2>>"$out/build.log" ||
  { cat "$out/build.log"; exit 1; }
# The digests as e-mail files, and their HTML parts as a mail client shows them.
mkdir -p "$out/digest"
digests=()
for cluster in koks baltic-logistics; do
  "$bin" digest content --cluster "$cluster" --month 2026-11 -o "$out/digest-$cluster.eml" \
    2>>"$out/build.log" || { cat "$out/build.log"; exit 1; }
  python3 tests/eml_parts.py "$out/digest-$cluster.eml" "$out/digest/digest-$cluster.html" \
    >"$out/digest-$cluster.json"
  digests+=("$out/digest/digest-$cluster.html")
done

# step NAME COMMAND...: runs one check, times it, remembers a failure.
step() {
  local name=$1 t0
  shift
  t0=$(now)
  echo "-- $name"
  "$@" || failed=1
  echo "   ($(seconds "$t0" "$(now)") s)"
}

step "Nu HTML Checker" node "$web/validate.mjs" "$out/public" "$out/members" "$out/staff" \
  "${prose[@]}" \
  "$out/long-lists" "$out/digest"
step "page structure, keyboard and phone width" node "$web/pages.mjs" "$out/public" "$out/members" \
  "$out/staff" "${prose[@]}"
step "axe-core" node "$web/axe.mjs" "$out/public" "$out/members" "$out/staff"
step "axe-core on long lists" node "$web/axe.mjs" "$out/long-lists" --languages lv --kinds stories,members
step "screenshots and prints" node "$web/screenshots.mjs" "$out/members" build/screenshots
step "Lighthouse" node "$web/lighthouse.mjs" "$bin" content build/lighthouse
step "tables, task lists, addresses and words" node "$web/prose.mjs" "${prose[@]}"
step "digest e-mails with images off" node "$web/digest.mjs" build/screenshots "${digests[@]}"
exit $failed
