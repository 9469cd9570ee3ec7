#!/usr/bin/env bash
# Prints the welcome kit of every cluster in content/ with Chromium and with
# WeasyPrint and checks each PDF with tests/check_kit.py; then a kit
# personalised for a member, end to end; then the kit of
# tests/fixtures/prose (task lists, whose boxes must print as □ and ■;
# aligned and wide tables; long addresses); then a quarterly handout of each
# cluster, and one of a quarter with more services than a chart holds (its
# charts go on over pages, its table repeats its header); then an annual
# visit brief of the staff's build, printed with `clustersite pdf`; then the
# strategy document of koks (members' build), printed the same way; then that
# the checks catch a Chromium print without the second pass (no page numbers
# in the contents), of a kit and of a handout.
# Needs chromium, weasyprint, poppler-utils, qpdf and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/clustersite}")
# The example content is written as of 2026-12-01 (noon UTC): every build here is as of it.
export SOURCE_DATE_EPOCH=1796126400
out=$(mktemp -d /tmp/clustersite-kit-print-XXXXXX)
trap 'rm -rf "$out"' EXIT

# Expected page counts of the members' kit: cover, contents and one page or
# more per part; a count outside means a layout change worth a look.
declare -A pages=([koks]=20:30 [veseliga-partika]=18:28 [baltic-logistics]=18:28)
failed=0
started=$(date +%s.%N)

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
page_count() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

# kit NAME ENGINE ARGS...: renders and prints one kit, then checks it.
kit() {
  local name=$1 engine=$2 range=$3
  shift 3
  local t0
  t0=$(now)
  "$bin" kit "$source" --audience members --date 2026-11-20 --engine "$engine" \
    -o "$out/$name-$engine.html" --pdf "$out/$name-$engine.pdf" "$@" 2>"$out/log" ||
    { cat "$out/log"; failed=1; return; }
  echo "$name $engine: $(page_count "$out/$name-$engine.pdf") pages in $(seconds "$t0" "$(now)") s"
  python3 tests/check_kit.py "$out/$name-$engine.html" "$out/$name-$engine.pdf" \
    --pages "$range" "${EXPECT[@]}" || failed=1
}

# agree NAME: the two engines print NAME within two pages of each other.
agree() {
  local c w
  c=$(page_count "$out/$1-chromium.pdf" 2>/dev/null || echo 0)
  w=$(page_count "$out/$1-weasyprint.pdf" 2>/dev/null || echo 0)
  if [ $((c - w)) -gt 2 ] || [ $((w - c)) -gt 2 ]; then
    echo "$1: Chromium prints $c pages, WeasyPrint $w: the engines disagree"
    failed=1
  fi
}

EXPECT=()
source=content
for dir in content/*/; do
  slug=$(basename "$dir")
  [ -f "$dir/cluster.yaml" ] || continue
  range=${pages[$slug]:-10:60}
  for engine in chromium weasyprint; do kit "$slug" "$engine" "$range" --cluster "$slug"; done
  agree "$slug"
done

# A kit for one member: the greeting on the cover, the closest members first.
EXPECT=(--expect "Sveicināti klasterī, SIA Formatus!" --expect "Jums tuvākie biedri"
  --expect "Atbilst jūsu interesēm")
for engine in chromium weasyprint; do
  kit koks-formatus "$engine" 20:32 --cluster koks --member "SIA Formatus"
done

# Task lists print their boxes as characters in both engines (check_kit.py
# reads the items from the HTML); a logo in the brand colour on its tile.
source=tests/fixtures/prose
EXPECT=(--expect "■ Nosūtīt dienaskārtību" --expect "□ Apstiprināt telpas")
for engine in chromium weasyprint; do kit lasams "$engine" 8:14 --cluster lasams; done
source=content

# Quarterly handouts: printed from a members' build with `clustersite pdf`,
# checked as the kits are, their body text on the comments page and their
# long table the one of services in the summary.
HANDOUT=(--text-part handout-comments --table handout-summary:report-table)

# handout NAME SITE CLUSTER QUARTER RANGE: prints one handout with both engines and checks it.
handout() {
  local name=$1 file=$2/$3/reports/$4/handout.html range=$5 engine t0
  for engine in chromium weasyprint; do
    t0=$(now)
    "$bin" pdf "$file" -o "$out/$name-$engine.pdf" --engine "$engine" >"$out/log" 2>&1 ||
      { cat "$out/log"; failed=1; continue; }
    echo "$name $engine: $(page_count "$out/$name-$engine.pdf") pages in $(seconds "$t0" "$(now)") s"
    python3 tests/check_kit.py "$file" "$out/$name-$engine.pdf" --pages "$range" "${HANDOUT[@]}" \
      "${EXPECT[@]}" || failed=1
  done
  agree "$name"
}

"$bin" build content --audience members -o "$out/members" 2>"$out/log" || { cat "$out/log"; failed=1; }
# A full quarter with a quarter before it; the first quarter; the current
# quarter in English, with services rated by fewer than 3 members.
EXPECT=(--expect "18 no 51" --expect "mazāk nekā 3 vērtējumi")
handout koks-2026-q3 "$out/members" koks 2026-q3 6:10
EXPECT=(--expect "Iepriekšējā ceturksnī nav atsauksmju, ar ko salīdzināt.")
handout partika-2025-q4 "$out/members" veseliga-partika 2025-q4 6:10
EXPECT=(--expect "7 of 17" --expect "fewer than 3 ratings")
handout logistics-2026-q4 "$out/members" baltic-logistics 2026-q4 6:10

# A quarter of 15 services, more than the ten a handout's chart holds: koks
# with eight more services, each used and rated by three members.
python3 - "$out/many" <<'PY'
import pathlib, shutil, sys
root = pathlib.Path(sys.argv[1])
shutil.copytree("content/koks", root / "koks")
source = (root / "koks/services/pirceju-datubaze.md").read_text(encoding="utf-8")
records = []
for i in range(1, 9):
    text = source.replace("title: Pircēju un partneru datubāze", f"title: Papildu pakalpojums {i}")
    (root / f"koks/services/papildu-{i}.md").write_text(text, encoding="utf-8")
    for day, member in enumerate(["SIA Formatus", "SIA Kurzemes CLT", "AS Meža Resurss"], 1):
        records.append(f"- {{service: papildu-{i}, member: {member}, date: 2026-11-{day:02}, rating: {(i + day) % 5 + 1}}}\n")
with open(root / "koks/feedback/2026-q4.yaml", "a", encoding="utf-8") as f:
    f.writelines(records)
PY
"$bin" build "$out/many" --audience members -o "$out/many-site" 2>"$out/log" || { cat "$out/log"; failed=1; }
# The thirteenth service is on the second chart of each kind: its name is in
# the summary's table, both charts and both charts' tables. A chart of all
# fifteen would run into the bottom margin in WeasyPrint (check_kit.py
# fails it) and be cut across two pages in Chromium.
EXPECT=(--expect-times "Papildu pakalpojums 8=5")
handout koks-15-services "$out/many-site" koks 2026-q4 8:14

# built LABEL NAME FILE RANGE CHECKS...: prints a built document with
# `clustersite pdf` in both engines and checks each print as a kit's.
built() {
  local label=$1 name=$2 file=$3 range=$4 engine t0
  shift 4
  for engine in chromium weasyprint; do
    t0=$(now)
    if "$bin" pdf "$file" -o "$out/$name-$engine.pdf" --engine "$engine" >/dev/null 2>"$out/log"; then
      echo "$label $engine: $(page_count "$out/$name-$engine.pdf") pages in $(seconds "$t0" "$(now)") s"
      python3 tests/check_kit.py "$file" "$out/$name-$engine.pdf" --pages "$range" "$@" || failed=1
    else
      cat "$out/log"
      failed=1
    fi
  done
}

# A visit brief of the staff's build, printed as a built file is, by
# `clustersite pdf`: the member's uses, the services to offer with another
# member's story, its group's roadmap. The same checks as a kit's.
"$bin" build content --audience staff -o "$out/staff" 2>"$out/log" || { cat "$out/log"; failed=1; }
brief=$out/staff/koks/staff/visits/sia-priedes-logi.html
built "visit brief" brief "$brief" 6:12 --expect "Ikgadējās vizītes apraksts" \
  --expect "SIA Priedes Logi" --expect "Līvu Koka Konstrukcijas atgriežas eksporta misijās"

# The strategy document of the members' build, printed by `clustersite pdf`:
# its prose on part 1's pages, its long table 2.2's participants; the cluster's
# own direction, the indicators' progress and the sections written from data.
strategy=$out/members/koks/strategy/document.html
built "strategy document" strategy "$strategy" 12:22 \
  --text-part strategy-part-1 --table strategy-part-2:strategy-participants \
  --expect "Attīstības stratēģija" --expect "3.8 Koka būvniecības digitalizācija (BIM)" \
  --expect "Ģenerēts no klastera datiem"
agree strategy

# The checks must fail on a Chromium print made in one pass: the contents
# then have no page numbers.
"$bin" build content --cluster koks --audience members -o "$out/site" 2>/dev/null
chromium=$(command -v chromium || command -v chromium-browser)
root=()
[ "$(id -u)" -eq 0 ] && root=(--no-sandbox)
for document in welcome-kit/index.html reports/2026-q3/handout.html; do
  "$chromium" --headless "${root[@]}" --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$out/profile" \
    --no-pdf-header-footer --print-to-pdf="$out/one-pass.pdf" \
    "file://$out/site/$document" >/dev/null 2>&1
  if python3 tests/check_kit.py "$out/site/$document" "$out/one-pass.pdf" \
    >"$out/one-pass.txt"; then
    echo "check_kit.py passed a one-pass Chromium print of $document without page numbers"
    failed=1
  elif ! grep -q "has no page number" "$out/one-pass.txt"; then
    cat "$out/one-pass.txt"
    failed=1
  fi
done

echo "kit print checks: $(seconds "$started" "$(now)") s"
exit $failed
