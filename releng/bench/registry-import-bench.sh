#!/bin/bash
# Registry import benchmark: a multi-layer image (~400 MB of generated files in 4 gzip layers) on a
# real registry (docker-registry on 127.0.0.1), then, in the same run and with cold caches:
#   wulf image import docker://...            (download, verify, apply layers into a rootfs)
#   skopeo copy docker://... oci:DIR          (download only: the peer's transfer)
#   skopeo copy + umoci unpack                (download and unpack: the full peer)
# Prints seconds and MiB/s (compressed bytes moved) for each and the ratios wulf/peer (< 1: faster).
#   Usage: registry-import-bench.sh [LAYER_MIB (default 100)] [LAYERS (default 4)] [ROUNDS (default 2)]
# Each round runs both sides cold (fresh cache and target directories, page cache dropped); the
# best round of each side is reported, which damps the noise of a shared machine.
# Needs the headless product (./mvnw verify). Loopback only; the registry is stopped by PID on exit.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LAYER_MIB=${1:-100}
LAYERS=${2:-4}
ROUNDS=${3:-2}
WORK=${WULF_BENCH_DIR:-$ROOT/target/bench/registry}
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
log() { echo "registry-import-bench: $*"; }

"$ROOT/releng/scripts/install-deps.sh" --e2e >/dev/null
PRODUCT=$ROOT/releng/org.wulf.products/target/products/wulf-headless-linux.gtk.x86_64.tar.gz
[ -f "$PRODUCT" ] || { echo "registry-import-bench: build the products first (./mvnw verify)" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/wulf" "$WORK/layout/blobs/sha256" "$WORK/storage"
tar -xzf "$PRODUCT" -C "$WORK/wulf"
W=$WORK/wulf/wulf
export WULF_MODEL=$WORK/cluster.wulf WULF_IMAGES=$WORK/images

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$WORK/config.yml" <<YAML
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $WORK/storage
http:
  addr: 127.0.0.1:$PORT
YAML
docker-registry serve "$WORK/config.yml" > "$WORK/registry.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/v2/" >/dev/null && break; sleep 0.1; done

# the image: per layer, a few large binaries (incompressible) and many small text files, as a
# distribution's /usr mixes them; written as an OCI layout with the peers' own tools (tar, gzip)
log "generating $LAYERS layers of ~$LAYER_MIB MiB"
DIFFS=() LAYERS_JSON=()
for i in $(seq "$LAYERS"); do
  dir=$WORK/layers/$i
  python3 - "$dir" "$LAYER_MIB" "$i" <<'PY'
import os, random, sys
root, mib, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(seed)
words = [''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(rnd.randint(3, 10))) for _ in range(2000)]
binary = mib * 1024 * 1024 * 6 // 10
for n in range(4):
    d = os.path.join(root, f"usr/lib/layer{seed}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"lib{n}.so"), "wb") as f:
        f.write(os.urandom(binary // 4))
text, count = mib * 1024 * 1024 * 4 // 10, 0
while text > 0:
    d = os.path.join(root, f"usr/share/layer{seed}/d{count // 200}")
    os.makedirs(d, exist_ok=True)
    body = (' '.join(rnd.choice(words) for _ in range(rnd.randint(200, 1600))) + '\n').encode()
    with open(os.path.join(d, f"f{count}.txt"), "wb") as f:
        f.write(body)
    text -= len(body); count += 1
os.symlink(f"layer{seed}/d0/f0.txt", os.path.join(root, f"usr/share/link{seed}"))
PY
  tar --sort=name -C "$dir" -cf "$WORK/layer.tar" .
  DIFFS+=("\"sha256:$(sha256sum "$WORK/layer.tar" | cut -d' ' -f1)\"")
  gzip -6 -n -c "$WORK/layer.tar" > "$WORK/layer.tar.gz"
  digest=$(sha256sum "$WORK/layer.tar.gz" | cut -d' ' -f1)
  size=$(stat -c %s "$WORK/layer.tar.gz")
  mv "$WORK/layer.tar.gz" "$WORK/layout/blobs/sha256/$digest"
  LAYERS_JSON+=("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$digest\",\"size\":$size}")
  rm -f "$WORK/layer.tar"
done
blob() { # writes stdin as a blob, prints "digest size"
  cat > "$WORK/blob.tmp"; d=$(sha256sum "$WORK/blob.tmp" | cut -d' ' -f1)
  mv "$WORK/blob.tmp" "$WORK/layout/blobs/sha256/$d"; echo "$d $(stat -c %s "$WORK/layout/blobs/sha256/$d")"
}
join() { local IFS=,; echo "$*"; }
read -r cd cs < <(printf '{"architecture":"amd64","os":"linux","config":{},"rootfs":{"type":"layers","diff_ids":[%s]}}' "$(join "${DIFFS[@]}")" | blob)
read -r md ms < <(printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[%s]}' "$cd" "$cs" "$(join "${LAYERS_JSON[@]}")" | blob)
printf '{"imageLayoutVersion":"1.0.0"}' > "$WORK/layout/oci-layout"
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"v1"}}]}' "$md" "$ms" > "$WORK/layout/index.json"
skopeo copy --quiet --dest-tls-verify=false "oci:$WORK/layout:v1" "docker://127.0.0.1:$PORT/bench/node:v1"
BYTES=0
for l in "${LAYERS_JSON[@]}"; do BYTES=$((BYTES + $(echo "$l" | sed 's/.*"size":\([0-9]*\).*/\1/'))); done
UNPACKED=$(du -sb "$WORK/layers" | cut -f1)
log "image: $LAYERS layers, $((BYTES / 1024 / 1024)) MiB compressed, $((UNPACKED / 1024 / 1024)) MiB unpacked, on 127.0.0.1:$PORT"
rm -rf "$WORK/layers"

now() { date +%s.%N; }
rate() { awk -v b="$BYTES" -v s="$1" 'BEGIN { printf "%.1f", b / 1048576 / s }'; }
$W cluster set --ipaddr 127.0.0.1/8 >/dev/null

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
cold() { sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true; }
WULF_S="" SKOPEO_S="" FULL_S=""
for round in $(seq "$ROUNDS"); do
  rm -rf "$WORK/cache" "$WORK/skopeo" "$WORK/bundle" "$WORK/images/bench" # both sides start empty
  cold; t0=$(now)
  $W image import -f --cache "$WORK/cache" "docker://127.0.0.1:$PORT/bench/node:v1" bench 2>/dev/null >/dev/null
  t1=$(now)
  w=$(elapsed "$t0" "$t1")
  WULF_S=$(best "$WULF_S" "$w")
  [ -f "$WORK/images/bench/rootfs/usr/share/link1" ] || { echo "registry-import-bench: wulf's rootfs is incomplete" >&2; exit 1; }
  cold; t0=$(now)
  skopeo copy --quiet --src-tls-verify=false "docker://127.0.0.1:$PORT/bench/node:v1" "oci:$WORK/skopeo:v1"
  t1=$(now)
  umoci unpack --image "$WORK/skopeo:v1" "$WORK/bundle" >/dev/null
  t2=$(now)
  SKOPEO_S=$(best "$SKOPEO_S" "$(elapsed "$t0" "$t1")")
  FULL_S=$(best "$FULL_S" "$(elapsed "$t0" "$t2")")
  log "round $round: wulf $w s; skopeo $(elapsed "$t0" "$t1") s; skopeo+umoci $(elapsed "$t0" "$t2") s"
done
DIFF=$(diff -r --no-dereference "$WORK/images/bench/rootfs" "$WORK/bundle/rootfs" >/dev/null && echo identical || echo DIFFERENT)

echo "registry-import-bench: wulf image import (download+verify+apply): ${WULF_S} s, $(rate "$WULF_S") MiB/s"
echo "registry-import-bench: skopeo copy (download only):               ${SKOPEO_S} s, $(rate "$SKOPEO_S") MiB/s"
echo "registry-import-bench: skopeo copy + umoci unpack:                ${FULL_S} s, $(rate "$FULL_S") MiB/s"
echo "registry-import-bench: ratio wulf / (skopeo+umoci): $(awk -v a="$WULF_S" -v b="$FULL_S" 'BEGIN { printf "%.2f", a / b }')" \
  " wulf / skopeo-copy-only: $(awk -v a="$WULF_S" -v b="$SKOPEO_S" 'BEGIN { printf "%.2f", a / b }')  (rootfs vs umoci's: $DIFF)"
