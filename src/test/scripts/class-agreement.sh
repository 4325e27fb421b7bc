#!/bin/bash
# How often `sample --class k` draws what the judge calls k, for every class of a conditional run:
#   src/test/scripts/class-agreement.sh SESSION.gwb DATASET [COUNT]     e.g. runs/cgan/session.gwb digits 500
# (the judge of DATASET is trained once and cached; COUNT samples per class, default 500;
#  SAMPLE_OPTS="--truncation 1.0" passes options on to `sample`)
set -euo pipefail
session=$1
dataset=$2
count=${3:-500}
jar=${JAR:-target/gan-workbench.jar}
java="java ${JAVA_OPTS:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
classes=$($java -jar "$jar" judge --dataset "$dataset" --quiet 2>/dev/null | awk '/^per class/ { sub(/^per class +/, ""); print }')
IFS=',' read -ra names <<< "$classes"
for k in "${!names[@]}"; do
  name=$(echo "${names[$k]}" | sed -E 's/^ +//; s/ [0-9.]+%$//')
  $java -jar "$jar" sample --session "$session" --class "$k" --count "$count" ${SAMPLE_OPTS:-} --out "$tmp/$k.npy" > /dev/null 2>&1
  share=$($java -jar "$jar" judge --dataset "$dataset" --images "$tmp/$k.npy" --quiet 2>/dev/null \
    | awk -v want="$name" '/^histogram/ { sub(/^histogram +/, ""); n = split($0, parts, ", ");
        for (i = 1; i <= n; i++) { p = parts[i]; v = p; sub(/.* /, "", v); c = p; sub(/ [^ ]*$/, "", c); if (c == want) print v } }')
  echo "class $k ($name): $share of $count samples judged $name"
done
