#!/bin/bash
# Keeps what the alarm rules read of one `train` output folder: config.json, the history columns
# they use, the 2D coverage (from the session) and the judge's measurements, gzipped.
set -euo pipefail
from=$1
to=$2
mkdir -p "$to"
cp "$from/config.json" "$to/config.json"
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
         { print $col["step"] "," $col["loss_d"] "," $col["loss_g"] "," $col["d_real"] "," $col["d_fake"] "," \
                 $col["d_accuracy"] "," $col["grad_norm_g"] }' "$from/history.csv" | gzip -9n > "$to/history.csv.gz"
if unzip -l "$from/session.gwb" quality.csv > /dev/null 2>&1; then
  unzip -p "$from/session.gwb" quality.csv | gzip -9n > "$to/quality.csv.gz"
fi
if [ -f "$from/judge.csv" ]; then gzip -9nc "$from/judge.csv" > "$to/judge.csv.gz"; fi
