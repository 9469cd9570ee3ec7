#!/usr/bin/env bash
# The medium benchmark corpus, with a year of service feedback, built in 4
# shards (`build --shard K/4`) and assembled (`portal`): for each audience,
# byte for byte the build of the whole portal. The corpus comes from the
# shared bench folder's make-corpus (../shared/bench beside this repository,
# as CI has it, or $CLUSTERSITE_BENCH) and bench/add-feedback. A clone
# without that folder skips this check, saying so (the end-to-end tests
# build content/ in shards everywhere); a $CLUSTERSITE_BENCH without
# make-corpus is an error.
#   tests/shards.sh BINARY
set -euo pipefail
bin=$(realpath "${1:?usage: tests/shards.sh BINARY}")
cd "$(dirname "$0")/.."
BENCH=${CLUSTERSITE_BENCH:-$(pwd)/../shared/bench}
if [ ! -x "$BENCH/make-corpus" ]; then
  if [ -n "${CLUSTERSITE_BENCH:-}" ]; then
    echo "tests/shards.sh: no make-corpus at $BENCH (CLUSTERSITE_BENCH)" >&2
    exit 1
  fi
  echo "tests/shards.sh: skipped: no make-corpus at $BENCH; set CLUSTERSITE_BENCH to the" \
    "shared bench folder to run it"
  exit 0
fi
# On tmpfs when there is one: some 400 MB are written and compared.
tmp=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus=$tmp/medium
"$BENCH/make-corpus" "$corpus" --preset medium --seed 1 >/dev/null
bench/add-feedback "$corpus" >/dev/null
# As of the corpus's last day, which its feedback goes up to.
export SOURCE_DATE_EPOCH=1782820800
for audience in public members staff; do
  out=$tmp/$audience
  "$bin" build "$corpus" --audience "$audience" -o "$out/whole" -q
  shards=()
  for k in 1 2 3 4; do
    "$bin" build "$corpus" --audience "$audience" --shard "$k/4" -o "$out/shard-$k" -q
    shards+=("$out/shard-$k")
  done
  "$bin" portal "$corpus" "${shards[@]}" --audience "$audience" -o "$out/assembled" -q
  if ! diff -r "$out/whole" "$out/assembled" >"$tmp/diff"; then
    echo "tests/shards.sh: medium, $audience: the 4 shards assembled differ from the whole build:" >&2
    head -n 20 "$tmp/diff" >&2
    exit 1
  fi
  files=$(find "$out/whole" -type f | wc -l)
  clusters=$(/usr/bin/python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["clusters"]))' \
    "$out/shard-1/.csp.json")
  echo "medium, $audience: 4 shards ($clusters clusters in the first) assembled are the whole build's $files files, byte for byte"
  rm -rf "$out"
done
