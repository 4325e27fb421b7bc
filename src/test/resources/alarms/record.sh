#!/bin/bash
# Records the histories the alarm tests replay (AlarmRulesTest): trains each preset as `train` does
# and keeps what the rules read, trimmed and gzipped. Run from the project root after `mvn package`,
# whenever the presets change:  src/test/resources/alarms/record.sh [PRESET...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-target/gan-workbench.jar}
presets=${*:-ring-vanilla ring-d-wins ring-minimax ring-oscillation ring-pacgan ring-wgan grid25-pacgan digits-mlp fashion-cgan}
work=$(mktemp -d)
for p in $presets; do
  java -jar "$jar" train --preset "$p" --seed 1 --quiet --out "$work/$p"
  "$here/keep.sh" "$work/$p" "$here/$p"
done
rm -rf "$work"
