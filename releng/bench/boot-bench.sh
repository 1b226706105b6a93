#!/bin/bash
# Boot benchmark: seconds from QEMU start to the node's "booted" report, for 1 VM and for 4 VMs at
# once (BIOS: QEMU's iPXE ROM -> DHCP -> HTTP), served by `wulf server` and, in the same run and the
# same network namespace, by the reference lab: dnsmasq (DHCP) + nginx serving the very same iPXE
# scripts, kernel and image as static files. Prints both and the ratio wulf/reference (goal <= 1.05).
# Neither side sends IPv6 router advertisements, so iPXE's IPv6 wait is the same on both.
#   Usage: boot-bench.sh [ROUNDS (default 1)]
# Needs root. Installs its packages when missing. Everything runs in its own namespace and is
# stopped by PID; the namespace is deleted on exit.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROUNDS=${1:-1}
WORK=${WULF_BENCH_DIR:-$ROOT/target/bench/boot}
E2E=$ROOT/target/e2e
NS=wulf-bb-$$
IP=10.216.0.1
PORT=9873
REF_PORT=9874
TIMEOUT=300
PIDS=()
SERVER=()
log() { echo "boot-bench: $*"; }
source "$ROOT/releng/e2e/lab.sh"
trap lab_cleanup EXIT
[ "$(id -u)" -eq 0 ] || { echo "boot-bench: needs root (namespaces, taps)" >&2; exit 1; }
"$ROOT/releng/scripts/install-deps.sh" --bench >/dev/null
PRODUCT=$ROOT/releng/org.wulf.products/target/products/wulf-headless-linux.gtk.x86_64.tar.gz
[ -f "$PRODUCT" ] || { echo "boot-bench: build the products first (./mvnw verify)" >&2; exit 1; }
if ! ls "$E2E"/kernel/boot/vmlinuz-* >/dev/null 2>&1; then
  echo "boot-bench: run releng/e2e/pxe-boot-test.sh once first (it fetches the kernel)" >&2; exit 1
fi
rm -rf "$WORK" && mkdir -p "$WORK/wulf" "$WORK/ref/provision" "$WORK/run"
tar -xzf "$PRODUCT" -C "$WORK/wulf"
W=$WORK/wulf/wulf
export WULF_MODEL=$WORK/cluster.wulf WULF_IMAGES=$WORK/images
"$ROOT/releng/e2e/make-node-rootfs.sh" "$E2E/kernel" "$WORK/rootfs" >/dev/null
$W cluster set --name bench --ipaddr $IP/24 --interface br0 --port $PORT --dhcp server >/dev/null
$W image import "$WORK/rootfs" bench >/dev/null
$W image build bench 2>/dev/null | tail -n 1
$W profile set default --image bench --kernelargs console=ttyS0,115200,panic=-1 >/dev/null
MACS=()
for i in 1 2 3 4; do
  mac=$(printf '52:54:00:21:40:%02x' "$i"); MACS+=("$mac")
  $W node add "b$i" --hwaddr "$mac" --ipaddr "10.216.0.$((10 + i))" --netmask 255.255.255.0 --netdev eth0 >/dev/null
done

lab_up "$IP/24" tap1 tap2 tap3 tap4

start_wulf() {
  ip netns exec "$NS" "$W" server --no-tftp --state "$WORK/run/state" > "$WORK/run/wulf.log" 2>&1 &
  SERVER=($!); PIDS+=("${SERVER[@]}")
  for _ in $(seq 1 60); do grep -q 'wulf server: serving' "$WORK/run/wulf.log" && return; sleep 0.5; done
  cat "$WORK/run/wulf.log"; exit 1
}
# The reference lab serves, as static files, exactly what wulf serves (scripts fetched from it once).
prepare_reference() {
  for mac in "${MACS[@]}"; do
    mkdir -p "$WORK/ref/provision/$mac"
    ip netns exec "$NS" curl -sf "http://$IP:$PORT/provision/$mac?stage=ipxe" | sed "s#http://$IP:$PORT#http://$IP:$REF_PORT#g" \
      > "$WORK/ref/provision/$mac/ipxe"
    ln -sf "$WORK/images/bench/rootfs$(ip netns exec "$NS" "$W" image show bench | sed -n 's/^kernel: *[^ ]* //p')" "$WORK/ref/provision/$mac/kernel"
    ln -sf "$WORK/images/bench/image.cpio.gz" "$WORK/ref/provision/$mac/image"
    echo ok > "$WORK/ref/provision/$mac/booted"
  done
  printf '#!ipxe\nchain http://%s:%s/provision/${net0/mac}?stage=ipxe\n' "$IP" "$REF_PORT" > "$WORK/ref/boot.ipxe"
  mkdir -p "$WORK/run/nginx"
  cat > "$WORK/run/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
user root;
pid $WORK/run/nginx/nginx.pid;
error_log $WORK/run/nginx/error.log;
events { worker_connections 256; }
http {
  access_log off;
  sendfile on;
  default_type application/octet-stream;
  client_body_temp_path $WORK/run/nginx; proxy_temp_path $WORK/run/nginx; fastcgi_temp_path $WORK/run/nginx;
  uwsgi_temp_path $WORK/run/nginx; scgi_temp_path $WORK/run/nginx;
  server {
    listen $IP:$REF_PORT;
    root $WORK/ref;
    location ~ ^/provision/(?<mac>[0-9a-f:]+)\$ { try_files /provision/\$mac/\$arg_stage =404; }
  }
}
NGINX
  {
    echo "port=0"; echo "interface=br0"; echo "bind-interfaces"; echo "no-ping"; echo "dhcp-authoritative"
    echo "dhcp-range=10.216.0.200,10.216.0.250,255.255.255.0,1h"; echo "dhcp-leasefile=$WORK/run/dnsmasq.leases"
    for i in 1 2 3 4; do echo "dhcp-host=${MACS[$((i - 1))]},10.216.0.$((10 + i)),b$i"; done
    echo "dhcp-match=set:ipxe,175"; echo "dhcp-userclass=set:ipxe,iPXE"
    echo "dhcp-boot=tag:!ipxe,undionly.kpxe,,$IP"; echo "dhcp-boot=tag:ipxe,http://$IP:$REF_PORT/boot.ipxe"
    echo "dhcp-option=tag:ipxe,encap:175,176,1"
  } > "$WORK/run/dnsmasq.conf"
}
start_reference() {
  : > "$WORK/run/dnsmasq.leases"
  ip netns exec "$NS" dnsmasq --keep-in-foreground --conf-file="$WORK/run/dnsmasq.conf" --log-facility=/dev/null \
    --user=root --group=root --pid-file="$WORK/run/dnsmasq.pid" &
  local d=$!
  ip netns exec "$NS" nginx -c "$WORK/run/nginx.conf" &
  SERVER=("$d" $!); PIDS+=("${SERVER[@]}")
  sleep 1
}
stop_server() { for pid in "${SERVER[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }

boot() { # N -> prints seconds until all N VMs reported booted
  local n=$1 start vm pids=() done_all
  rm -f "$WORK"/run/vm*.serial
  start=$(date +%s.%N)
  for vm in $(seq 1 "$n"); do
    lab_vm bios "tap$vm" "${MACS[$((vm - 1))]}" "$WORK/run/vm$vm.serial" "$TIMEOUT" /dev/null
    pids+=("$LAB_VM_PID")
  done
  while :; do
    done_all=1
    for vm in $(seq 1 "$n"); do grep -qa "WULF-NODE-BOOTED" "$WORK/run/vm$vm.serial" 2>/dev/null || done_all=0; done
    [ "$done_all" = 1 ] && break
    if awk -v s="$start" -v e="$(date +%s.%N)" -v t="$TIMEOUT" 'BEGIN { exit !(e - s > t) }'; then echo "boot-bench: VMs did not boot" >&2; exit 1; fi
    sleep 0.2
  done
  awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}

declare -A T
start_wulf; prepare_reference; stop_server
for r in $(seq 1 "$ROUNDS"); do
  for n in 1 4; do
    start_wulf; t=$(boot "$n"); stop_server; log "round $r, $n VM(s): wulf $t s"; T[wulf-$n]="${T[wulf-$n]:-} $t"
    start_reference; t=$(boot "$n"); stop_server; log "round $r, $n VM(s): reference $t s"; T[ref-$n]="${T[ref-$n]:-} $t"
  done
done
best() { tr ' ' '\n' <<<"$1" | grep . | sort -n | head -n 1; }
echo "== Boot: QEMU (TCG) start -> node reports booted, BIOS, best of $ROUNDS"
for n in 1 4; do
  w=$(best "${T[wulf-$n]}"); d=$(best "${T[ref-$n]}")
  printf '%d VM(s): wulf %5.1f s   dnsmasq+nginx %5.1f s   ratio %s (goal <= 1.05)\n' "$n" "$w" "$d" \
    "$(awk -v w="$w" -v d="$d" 'BEGIN { printf "%.2f", w / d }')"
done
