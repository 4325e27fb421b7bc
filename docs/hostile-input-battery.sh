#!/bin/bash
# The hostile-input cases of docs/hostile-input.md, run against the built jar as a user would.
# Needs root only for the two tmpfs mounts that play a full disk and a read-only folder (skipped
# otherwise). Every crafted file is generated here; nothing binary is committed.
# Usage: docs/hostile-input-battery.sh [WORKDIR]   (prints one tab-separated line per case)
set -u
JAR=$(cd "$(dirname "$0")/.." && pwd)/target/gan-workbench.jar
W=${1:-$(mktemp -d)}; mkdir -p "$W"; cd "$W" || exit 1
J="java -jar $JAR"

case_() { # NAME ARGS...: exit code, seconds, peak RSS, stack-trace lines, first line of stderr
    local name=$1; shift
    local start; start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o rss.txt timeout 600 $J "$@" > out.txt 2> err.txt
    local rc=$?
    local secs; secs=$(echo "$(date +%s.%N) - $start" | bc)
    local trace; trace=$(grep -c -E "^\s+at |Exception in|SIGABRT|SIGSEGV|fatal error" err.txt)
    local msg; msg=$(grep -v "^\[INFO\]\|ThreadGovernor\|^judge " err.txt | head -1 | cut -c1-300)
    printf "%s\t%s\t%.1f\t%d\t%s\t%s\n" "$name" "$rc" "$secs" "$(( $(tail -1 rss.txt) / 1024 ))" "$trace" "$msg"
}

idx() { # DIR COUNT ROWS COLS: an MNIST-style images file of a repeated pattern, gzipped
    python3 - "$@" <<'PY'
import gzip, struct, sys, os
d, n, h, w = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
os.makedirs(d, exist_ok=True)
with gzip.open(os.path.join(d, 'train-images-idx3-ubyte.gz'), 'wb', compresslevel=1) as f:
    f.write(struct.pack('>BBBBIII', 0, 0, 8, 3, n, h, w))
    chunk = bytes((i * 7) % 256 for i in range(w)) * max(1, (1 << 22) // w)
    left = n * h * w
    while left > 0:
        f.write(chunk[:min(len(chunk), left)]); left -= min(len(chunk), left)
PY
}

craft() { # IN OUT MODE [ARG]: a copy of a session with its dataset id replaced, or its history a bomb
    python3 - "$@" <<'PY'
import sys, zipfile, re, json
src, dst, mode = sys.argv[1], sys.argv[2], sys.argv[3]
arg = sys.argv[4] if len(sys.argv) > 4 else None
zin, zout = zipfile.ZipFile(src), zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == 'manifest.json':
        m = data.decode()
        if mode == 'dataset': m = re.sub(r'"dataset"\s*:\s*"ring8"', '"dataset" : ' + json.dumps(arg), m)
        if mode == 'bomb': m = re.sub(r'"step"\s*:\s*\d+', '"step" : 80000000', m)
        data = m.encode()
    if item.filename == 'history.csv' and mode == 'bomb':
        header = data.decode().splitlines()[0]
        row = ('1' + ',' * header.count(',') + '\n').encode() * 100000
        with zout.open('history.csv', 'w', force_zip64=True) as f:
            f.write((header + '\n').encode())
            for _ in range(int(arg) // 100000): f.write(row)
        continue
    zout.writestr(item, data)
zout.close()
PY
}

# ---- setup: a trained 2D run and an image run; crafted data and sessions
$J train --preset ring-vanilla --steps 20 --quiet --out base > /dev/null 2>&1
$J train --preset digits-mlp --steps 1 --quiet --no-judge --out dig > /dev/null 2>&1
idx big1 1 32768 32768; idx big8k 4 8192 8192; idx big4k 4 4096 4096; idx big2k 4 2048 2048; idx big1k 4 1024 1024
python3 -c "import struct; open('ovf-images-idx3-ubyte','wb').write(struct.pack('>BBBBIII',0,0,8,3,1<<22,1<<21,1<<21)+bytes(16))"
QUERY="folder:photos?$(python3 -c "print('a=b&'*20000+'a=b')")"
craft base/session.gwb s-devzero.gwb dataset csv:/dev/zero
craft base/session.gwb s-root.gwb dataset folder:/
craft base/session.gwb s-usr.gwb dataset folder:/usr
craft base/session.gwb s-query.gwb dataset "$QUERY"
craft base/session.gwb s-gone.gwb dataset "folder:$W/nonexistent"
craft base/session.gwb s-bomb.gwb bomb 60000000
printf 'x,y\n0,0\n1,1\n2,0.5\n1,0\n' > pts.csv
$J train --preset ring-vanilla --dataset "csv:$W/pts.csv" --batch 4 --steps 3 --quiet --out csvrun > /dev/null 2>&1; rm pts.csv
sed 's/"dataset" : "ring8"/"dataset" : null/' base/config.json > null.json
truncate -s 2M bigcfg.json; echo precious > victim.txt; echo hi > afile; mkdir -p adir.png
mkdir -p full ro; MOUNTED=0
if mount -t tmpfs -o size=512k tmpfs full 2> /dev/null && mount -t tmpfs -o size=1m,ro tmpfs ro 2> /dev/null; then MOUNTED=1; fi

# ---- 1. crashes of the whole app
case_ idx-one-32768x32768-image train --preset digits-mlp --dataset idx:big1 --steps 1 --out o --quiet
case_ idx-8192x8192-images-mlp train --preset digits-mlp --dataset idx:big8k --steps 1 --out o --quiet
case_ idx-4096x4096-images-mlp train --preset digits-mlp --dataset idx:big4k --steps 1 --out o --quiet
case_ idx-2048x2048-images-mlp train --preset digits-mlp --dataset idx:big2k --steps 1 --out o --quiet
case_ idx-1024x1024-images-mlp train --preset digits-mlp --dataset idx:big1k --steps 1 --out o --quiet
case_ g-hidden-8192-x8 train --preset ring-vanilla --g-hidden 8192,8192,8192,8192,8192,8192,8192,8192 --steps 1 --out o --quiet
case_ epochs-1e300 train --preset ring-vanilla --epochs 1e300 --out o
case_ resume-epochs-999999 train --resume base/session.gwb --epochs 999999 --out o
case_ query-20000-pairs-cli train --preset ring-vanilla --dataset "$QUERY" --steps 1 --out o
case_ query-20000-pairs-session-sample sample --session s-query.gwb --out q.png
case_ query-20000-pairs-session-resume train --resume s-query.gwb --steps 1 --out o
# ---- 2. readers
case_ history-zip-bomb-60M-rows sample --session s-bomb.gwb --out hb.png
case_ csv-dev-zero-cli train --preset ring-vanilla --dataset csv:/dev/zero --steps 1 --out o
case_ csv-dev-zero-session-sample sample --session s-devzero.gwb --out dz.png
case_ csv-dev-zero-session-resume train --resume s-devzero.gwb --steps 1 --out o
case_ idx-dims-overflow-a-long train --preset digits-mlp --dataset idx:ovf-images-idx3-ubyte --steps 1 --out o
case_ resume-csv-deleted train --resume csvrun/session.gwb --steps 2 --out o
case_ resume-data-folder-absent train --resume s-gone.gwb --steps 2 --out o
case_ config-dataset-null train --config null.json --steps 1 --out o
case_ config-dev-zero train --config /dev/zero --steps 1 --out o
case_ config-a-folder train --config /tmp --steps 1 --out o
case_ config-2MiB train --config bigcfg.json --steps 1 --out o
case_ session-dev-zero sample --session /dev/zero --out z.png
case_ folder-root-cli train --preset ring-vanilla --dataset folder:/ --steps 1 --out o
case_ folder-proc-cli train --preset digits-mlp --dataset folder:/proc --steps 1 --out o
case_ folder-root-session-sample sample --session s-root.gwb --out r.png
case_ folder-root-session-resume train --resume s-root.gwb --steps 1 --out o
# ---- 3. commands that need no data
case_ usr-session-sample sample --session s-usr.gwb --out u.png
case_ usr-session-eval eval --session s-usr.gwb
case_ usr-session-neighbours neighbours --session s-usr.gwb --out un.png
# ---- 4. writes
ln -sf victim.txt o.npy; case_ out-symlink-npy sample --session dig/session.gwb --count 4 --out o.npy
mkdir -p linkrun; ln -sf ../victim.txt linkrun/config.json; case_ out-symlink-config-json train --preset ring-vanilla --steps 2 --quiet --out linkrun
mkdir -p linkrun2; ln -sf ../victim.txt linkrun2/config.json.tmp; case_ planted-link-at-old-temp-name train --preset ring-vanilla --steps 2 --quiet --out linkrun2
ln -sf victim.txt strip.png; case_ interpolate-out-symlink interpolate --session dig/session.gwb --from 1 --to 2 --out strip.png
ln -sf victim.txt c.gwb; case_ compact-out-symlink compact --session base/session.gwb --out c.gwb
echo "# victim.txt after the link cases: $(cat victim.txt)"
case_ out-dev-null-npy sample --session base/session.gwb --out /dev/null/x.npy
case_ walk-out-under-dev-null walk --session dig/session.gwb --frames 8 --out /dev/null/w.gif
case_ out-under-a-file sample --session base/session.gwb --out afile/x.png
case_ out-folder-is-a-file train --preset ring-vanilla --steps 2 --out afile --quiet
case_ out-is-a-folder sample --session base/session.gwb --out adir.png
case_ out-empty-sample sample --session base/session.gwb --out ''
case_ out-empty-train train --preset ring-vanilla --out ''
if [ $MOUNTED = 1 ]; then
    case_ read-only-folder-train train --preset ring-vanilla --steps 2 --out ro/run --quiet
    case_ read-only-folder-sample sample --session base/session.gwb --out ro/x.png
    case_ read-only-folder-walk walk --session dig/session.gwb --frames 8 --out ro/w.gif
    case_ full-disk-sample-npy sample --session base/session.gwb --count 100000 --out full/big.npy
    $J sample --session base/session.gwb --count 1000 --out full/big.npy > /dev/null 2>&1
    before=$(sha256sum full/big.npy | cut -c1-12)
    case_ full-disk-keeps-previous-export sample --session base/session.gwb --count 100000 --out full/big.npy
    echo "# full/big.npy before $before after $(sha256sum full/big.npy | cut -c1-12); 0-byte files: $(find full -type f -size 0 | wc -l)"
    case_ full-disk-train-save train --preset digits-dcgan --steps 1 --out full/run --quiet --no-judge
    echo "# 0-byte or temporary files left on the full disk: $(find full -type f \( -size 0 -o -name '.*tmp*' \) | wc -l)"
    umount full ro
fi
# kill -9 in the middle of an export: the previous file stays whole; the orphan goes with the next write
$J sample --session dig/session.gwb --count 20000 --out prev.npy > /dev/null 2>&1
before=$(sha256sum prev.npy | cut -c1-12)
$J sample --session dig/session.gwb --count 100000 --out prev.npy > /dev/null 2>&1 & pid=$!
while kill -0 $pid 2> /dev/null; do
    f=$(ls -a | grep '^\.prev\.npy\.tmp-' | head -1)
    if [ -n "$f" ] && [ "$(stat -c %s "$f" 2> /dev/null || echo 0)" -gt 1000000 ]; then kill -9 $pid; break; fi
    sleep 0.01
done
wait $pid 2> /dev/null
echo "# kill -9 mid-export: prev.npy before $before after $(sha256sum prev.npy | cut -c1-12); orphans: $(ls -a | grep -c 'tmp-')"
touch -d '20 minutes ago' .prev.npy.tmp-* 2> /dev/null
case_ orphan-removed-by-next-write sample --session base/session.gwb --count 10 --out pts.csv
echo "# orphans after the next write: $(ls -a | grep -c 'tmp-')"
# ---- 5. command line
case_ typo-trian trian --steps 2
case_ resume-steps-long-max train --resume base/session.gwb --steps 9223372036854775807 --out o
case_ steps-negative train --preset ring-vanilla --steps -5 --out o
case_ bench-threads-100000 bench --model toy2d --threads 100000
case_ preparation-error-said-once train --preset ring-vanilla --dataset mnsit --steps 1 --out o
echo "# times the preparation error was printed: $(grep -c "Unknown dataset" err.txt)"
