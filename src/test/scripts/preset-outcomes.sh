#!/bin/bash
# What each 2D preset does at its length, as a teacher runs it: train on seeds 1-5 and on 1 and 2
# native threads, then `eval` (modes covered, high-quality share, reverse KL). Prints one line per
# run and whether the two thread counts gave the same history, bit for bit.
#   src/test/scripts/preset-outcomes.sh [PRESET...]     (default: every ring and grid preset)
# Slow: the grid of 25 takes about 90 s a run; the ring presets 10-30 s.
set -euo pipefail
jar=${JAR:-target/gan-workbench.jar}
seeds=${SEEDS:-1 2 3 4 5}
threads=${THREADS:-1 2}
presets=("$@")
[ ${#presets[@]} -eq 0 ] && presets=(ring-vanilla ring-pacgan ring-d-wins ring-r1 ring-minimax ring-oscillation ring-wgan grid25-pacgan)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for preset in "${presets[@]}"; do
  for seed in $seeds; do
    first=""
    for t in $threads; do
      dir="$out/$preset-$seed-$t"
      java -jar "$jar" train --preset "$preset" --seed "$seed" --threads "$t" --quiet --out "$dir" > /dev/null
      result=$(java -jar "$jar" eval --session "$dir/session.gwb" | tr -s ' ' | grep -E "^modes|^high|^reverse" | tr '\n' ';')
      # history.csv without its time and threads columns: the same run gives the same numbers
      sum=$(python3 -c "
import csv,sys,hashlib
rows=list(csv.reader(open(sys.argv[1])))
drop={i for i,n in enumerate(rows[0]) if n in ('seconds','threads')}
print(hashlib.sha1(repr([[c for i,c in enumerate(r) if i not in drop] for r in rows]).encode()).hexdigest()[:12])" "$dir/history.csv")
      same=""
      if [ -z "$first" ]; then first=$sum; else same=$([ "$sum" = "$first" ] && echo "same history as ${threads%% *} thread(s)" || echo "DIFFERENT history"); fi
      echo "$preset seed $seed threads $t: $result $same"
    done
  done
done
