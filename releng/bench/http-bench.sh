#!/bin/bash
# HTTP provisioning benchmark: one image file downloaded by N concurrent clients (curl) from
# `wulf server` and, in the same run, from nginx serving the same file, both on 127.0.0.1.
# Prints throughput per server, the ratio wulf/nginx (goal >= 0.9) and wulf's peak RSS.
#   Usage: http-bench.sh [SIZE_MIB (default 1024)] [CLIENTS (default 16)] [ROUNDS (default 3)]
# Installs nginx-light and curl when missing (Debian). Loopback only; every process it starts is
# stopped by PID on exit.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIZE_MIB=${1:-1024}
CLIENTS=${2:-16}
ROUNDS=${3:-3}
WORK=${WULF_BENCH_DIR:-$ROOT/target/bench/http}
WULF_PORT=19873
NGINX_PORT=19874
MAC=52:54:00:be:00:01
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
log() { echo "http-bench: $*"; }

"$ROOT/releng/scripts/install-deps.sh" --bench >/dev/null
PRODUCT=$ROOT/releng/org.wulf.products/target/products/wulf-headless-linux.gtk.x86_64.tar.gz
[ -f "$PRODUCT" ] || { echo "http-bench: build the products first (./mvnw verify)" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/rootfs" "$WORK/nginx" "$WORK/wulf"
tar -xzf "$PRODUCT" -C "$WORK/wulf"
W=$WORK/wulf/wulf
export WULF_MODEL=$WORK/cluster.wulf WULF_IMAGES=$WORK/images

log "making a ${SIZE_MIB} MiB image (random data, uncompressed archive)"
head -c "$((SIZE_MIB * 1024 * 1024))" /dev/urandom > "$WORK/rootfs/payload"
$W cluster set --ipaddr 127.0.0.1/8 --port $WULF_PORT --dhcp off >/dev/null
$W image import "$WORK/rootfs" bench >/dev/null
$W image build --compression none bench 2>/dev/null
$W node add bench01 --hwaddr $MAC --ipaddr 127.0.9.1 --image bench >/dev/null
ARCHIVE=$WORK/images/bench/image.cpio
BYTES=$(stat -c %s "$ARCHIVE")

$W server --no-dhcp --bind 127.0.0.1 > "$WORK/wulf.log" 2>&1 &
WULF_PID=$!
PIDS+=("$WULF_PID")
cat > "$WORK/nginx/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $WORK/nginx/tmp;
  proxy_temp_path $WORK/nginx/tmp;
  fastcgi_temp_path $WORK/nginx/tmp;
  uwsgi_temp_path $WORK/nginx/tmp;
  scgi_temp_path $WORK/nginx/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/images/bench; }
}
NGINX
mkdir -p "$WORK/nginx/tmp"
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
PIDS+=($!)
for _ in $(seq 1 60); do
  curl -sf -o /dev/null "http://127.0.0.1:$WULF_PORT/status" && curl -sf -o /dev/null -r 0-0 "http://127.0.0.1:$NGINX_PORT/image.cpio" && break
  sleep 1
done

# one round: CLIENTS parallel full downloads; prints MiB/s over the wall time
round() {
  local url=$1 start end pids=()
  start=$(date +%s.%N)
  for i in $(seq 1 "$CLIENTS"); do
    curl -sf -o /dev/null -w '%{size_download}\n' "$url" > "$WORK/client.$i" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  end=$(date +%s.%N)
  for i in $(seq 1 "$CLIENTS"); do
    [ "$(cat "$WORK/client.$i")" = "$BYTES" ] || { echo "http-bench: client $i got $(cat "$WORK/client.$i") bytes, expected $BYTES" >&2; exit 1; }
  done
  awk -v b="$BYTES" -v n="$CLIENTS" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", b * n / 1048576 / (e - s) }'
}

log "$CLIENTS clients x $(( BYTES / 1048576 )) MiB, $ROUNDS rounds each, alternating servers"
wulf_best=0; nginx_best=0
for r in $(seq 1 "$ROUNDS"); do
  w=$(round "http://127.0.0.1:$WULF_PORT/provision/$MAC?stage=image")
  n=$(round "http://127.0.0.1:$NGINX_PORT/image.cpio")
  log "round $r: wulf $w MiB/s, nginx $n MiB/s"
  [ "$w" -gt "$wulf_best" ] && wulf_best=$w
  [ "$n" -gt "$nginx_best" ] && nginx_best=$n
done
rss=$(awk '/VmHWM/ {print $2}' "/proc/$WULF_PID/status")
echo "== HTTP: $CLIENTS concurrent downloads of a $(( BYTES / 1048576 )) MiB image on loopback (best of $ROUNDS)"
echo "wulf   $wulf_best MiB/s   peak RSS $(( rss / 1024 )) MiB (whole JVM)"
echo "nginx  $nginx_best MiB/s"
awk -v w="$wulf_best" -v n="$nginx_best" 'BEGIN { printf "ratio wulf/nginx %.2f (goal >= 0.90)\n", w / n }'
