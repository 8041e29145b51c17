#!/usr/bin/env bash
# Writes a synthetic 100-criterion framework (10 groups x 10 criteria, 200 inputs) to stdout. It keeps the id and
# edition of the shipped department framework so that the demo seed builds its open campaign on it.
set -euo pipefail
cat <<'HEAD'
id: dti-so-nganh
edition: 2023
title: Bộ chỉ số tổng hợp để đo tải (100 tiêu chí)
title_en: Synthetic load-test framework (100 criteria)
unit_level: department
illustrative: true
display: { total: 1000, as: points, decimals: 2 }
aggregation: points
tree:
HEAD
for g in $(seq 1 10); do
  printf '  - code: "%d"\n    name: Nhóm %d\n    max: 100\n    children:\n' "$g" "$g"
  for c in $(seq 1 10); do
    printf '      - code: "%d.%d"\n        name: Tiêu chí %d.%d\n        max: 10\n        inputs:\n' "$g" "$c" "$g" "$c"
    if (( c % 2 )); then
      printf '          - { id: dat, type: integer, label: Số đạt, min: 0 }\n'
      printf '          - { id: tong, type: integer, label: Tổng số, min: 0 }\n'
      printf '        score: if(tong = 0, max, max * clamp(ratio(dat, tong), 0, 1))\n'
    else
      printf '          - { id: co, type: yes_no, label: Có thực hiện }\n'
      printf '          - { id: so, type: integer, label: Số lượng, min: 0 }\n'
      printf '        score: if(co, max * clamp(so / 10, 0, 1), 0)\n'
    fi
  done
done
