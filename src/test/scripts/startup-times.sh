#!/usr/bin/env bash
# Start-up as a teacher meets it, read from the app's own start-up log (StartupLog): N launches of
# the built jar with --autostart on the default preset, optionally while another process keeps one
# core busy. Prints each launch's milestones, then the median and the worst of each.
#
#   src/test/scripts/startup-times.sh [LAUNCHES] [--busy]      (default 5 launches, idle machine)
#
# Needs a display: uses $DISPLAY, else starts Xvfb on :97 for the duration.
set -euo pipefail
cd "$(dirname "$0")/../../.."
launches="${1:-5}"
busy="${2:-}"
jar=target/gan-workbench.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests

cleanup() { kill ${hog:-} ${xvfb:-} 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1280x720x24 >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=:97
  sleep 1
fi
if [ "$busy" = "--busy" ]; then
  # one core taken by another program, as on a teacher's laptop running a browser and a video call
  taskset -c 1 sh -c 'while :; do :; done' & hog=$!
  echo "one core kept busy by pid $hog"
fi

# The first launch of a build on a machine writes the class archive the next ones start from
# (FastStart): one launch before the counted ones makes sure it exists; its figures are shown apart.
log=$(mktemp)
java -jar "$jar" --autostart >"$log" 2>&1 & app=$!
for _ in $(seq 120); do grep -q "first step shown" "$log" && break; sleep 0.5; done
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
echo "launch 0, not counted (the first of this build writes the class archive):"
grep -o "startup:.*" "$log" | sed 's/^/  /'
rm -f "$log"

milestones=("window shown" "studio laid out" "ND4J loaded" "first samples shown" "first step shown")
declare -A values
for i in $(seq "$launches"); do
  log=$(mktemp)
  java -jar "$jar" --autostart >"$log" 2>&1 & app=$!
  for _ in $(seq 120); do
    grep -q "first step shown" "$log" && break
    sleep 0.5
  done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  line="launch $i:"
  for m in "${milestones[@]}"; do
    ms=$(sed -n "s/.*startup: $m \([0-9]*\) ms.*/\1/p" "$log" | head -1)
    line="$line  $m ${ms:-?} ms"
    values["$m"]+="${ms:-999999} "
  done
  echo "$line"
  rm -f "$log"
done

echo
for m in "${milestones[@]}"; do
  sorted=$(echo ${values["$m"]} | tr ' ' '\n' | sort -n)
  median=$(echo "$sorted" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  worst=$(echo "$sorted" | tail -1)
  echo "$m: median $median ms, worst $worst ms"
done
echo "(window, studio and ND4J counted from the launch; samples and step from Start, which --autostart presses"
echo " as soon as the studio is laid out)"
