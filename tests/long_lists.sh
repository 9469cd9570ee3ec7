#!/usr/bin/env bash
# Writes a content tree with long lists into DIR: one Latvian cluster
# `garas` with 65 public stories (35, 20 and 10 of its three services) and
# 70 members and partners (40, 20 and 10 in three sectors), so that every
# list and group of them has more than one page of 30. The end-to-end tests
# and the web checks build it.
#   tests/long_lists.sh DIR
set -euo pipefail
dir=${1:?usage: tests/long_lists.sh DIR}
c=$dir/garas
mkdir -p "$c/services" "$c/stories"
printf 'title: Garie saraksti\nbase_url: https://garas.example.lv/\nlanguage: lv\n' >"$dir/portal.yaml"
cat >"$c/cluster.yaml" <<'YAML'
name: Garo sarakstu klasteris
vision: "Daudz stāstu un daudz biedru vienā vietā."
language: lv
sectors: [Koka būvniecība, Mežsaimniecība, Izglītība]
contact: {name: Ilze Ozola, role: Koordinatore, email: ilze@garas.example.lv, phone: "+371 20000000"}
YAML
for s in eksports:Eksports apmacibas:Apmācības dizains:Dizains; do
  printf -- '---\ntitle: %s\nsummary: "Pakalpojums %s."\ncategory: %s\nuses_last_year: 10\n---\nApraksts.\n' \
    "${s#*:}" "${s#*:}" "${s%%:*}" >"$c/services/${s%%:*}.md"
done
for i in $(seq 1 65); do
  if ((i <= 35)); then service=eksports; elif ((i <= 55)); then service=apmacibas; else service=dizains; fi
  printf -- '---\ntitle: "Stāsts %02d"\ncompany: "SIA Biedrs %02d"\nservices: [%s]\ndate: 2026-%02d-%02d\nconsent: 2025-12-01\nvisibility: public\n---\nStāsta %02d teksts.\n' \
    "$i" "$i" "$service" $((1 + (i - 1) / 28)) $((1 + (i - 1) % 28)) "$i" >"$c/stories/stasts-$(printf %02d "$i").md"
done
for i in $(seq 1 70); do
  if ((i <= 40)); then sector="Koka būvniecība"; elif ((i <= 60)); then sector=Mežsaimniecība; else sector=Izglītība; fi
  if ((i % 7 == 0)); then kind=partner; else kind=member; fi
  printf -- '- name: "SIA Biedrs %02d"\n  kind: %s\n  type: company\n  sector: %s\n  joined: 2025-%02d-01\n  contact: {name: "Kontakts %02d", email: kontakts-%02d@biedrs.example.lv, phone: "+371 299%05d"}\n' \
    "$i" "$kind" "$sector" $((1 + i % 12)) "$i" "$i" "$i"
done >"$c/members.yaml"
