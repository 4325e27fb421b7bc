#!/usr/bin/env bash
# Makes the trained runs shipped inside the app (assets/trained) again, with the app's own commands:
# each is trained from its preset with seed 1 (the same run on any thread count of a CPU kind),
# then written as a compact copy (float16 parameters, no optimizer state).
#
#   packaging/trained-runs.sh            # all of them (about 20 minutes on a 2-core laptop)
#   packaging/trained-runs.sh ring-pacgan
#
# The list and the menu titles are in assets/trained/index.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jar=${JAR:-target/gan-workbench.jar}
[ -f "$jar" ] || mvn -B -q package -DskipTests
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# name, preset, steps
runs=(
  "digits-dcgan digits-dcgan 3000"
  "ring-pacgan ring-pacgan 0"
)
for run in "${runs[@]}"; do
  read -r name preset steps <<<"$run"
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  length=()
  [ "$steps" -gt 0 ] && length=(--steps "$steps")
  echo "== $name: train --preset $preset ${length[*]} --seed 1"
  java -jar "$jar" train --preset "$preset" "${length[@]}" --seed 1 --out "$work/$name" --quiet
  java -jar "$jar" compact --session "$work/$name/session.gwb" --out "assets/trained/$name.gwb"
done
