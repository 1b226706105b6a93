#!/bin/bash
# End-to-end test: QEMU virtual machines network-boot from `wulf server`, the way compute nodes do.
#
# Everything happens inside a network namespace this script creates (bridge + tap devices on a
# private 10.213.0.0/24); nothing is sent on the machine's own interfaces. The engine runs from the
# built headless product. Each VM: firmware PXE -> DHCP (wulf) -> [UEFI: TFTP snponly.efi -> iPXE
# -> DHCP] -> HTTP iPXE script -> kernel + image over HTTP -> Linux -> the node's init takes a DHCP
# address and reports "booted" to wulf. The test passes when every VM reached "booted" in the
# engine with the address the model gives it.
#
# Usage: pxe-boot-test.sh [VMS_PER_MODE (default 2)] [MODES (default "bios uefi")]
#   WULF_E2E_COMPRESSION=zstd|none: the image archive's compression (default gzip)
# Needs root (namespaces, taps). Installs its Debian packages when they are missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VMS=${1:-2}
MODES=${2:-bios uefi}
NS=wulf-e2e-$$
WORK=${WULF_E2E_DIR:-$ROOT/target/e2e}
SERVER_IP=10.213.0.1
PORT=9873
BOOT_TIMEOUT=${BOOT_TIMEOUT:-420}
PIDS=()

log() { echo "e2e: $*"; }
source "$ROOT/releng/e2e/lab.sh"
trap lab_cleanup EXIT

[ "$(id -u)" -eq 0 ] || { echo "e2e: must run as root (network namespaces and tap devices)" >&2; exit 1; }
# QEMU, OVMF, iPXE, busybox, curl... through the project's installer (it never starts package services)
"$ROOT/releng/scripts/install-deps.sh" --e2e >/dev/null

mkdir -p "$WORK"
rm -rf "$WORK/run" && mkdir -p "$WORK/run" "$WORK/tftp"
# the kernel: Debian's, downloaded and unpacked, not installed
lab_debian_kernel "$WORK"
"$ROOT/releng/e2e/make-node-rootfs.sh" "$WORK/kernel" "$WORK/rootfs"
# the TFTP root stays empty: wulf server serves the iPXE binaries from /usr/lib/ipxe itself

# the product
PRODUCT=$ROOT/releng/org.wulf.products/target/products/wulf-headless-linux.gtk.x86_64.tar.gz
[ -f "$PRODUCT" ] || { echo "e2e: build the products first ($PRODUCT is missing)" >&2; exit 1; }
rm -rf "$WORK/wulf" && mkdir -p "$WORK/wulf" && tar -xzf "$PRODUCT" -C "$WORK/wulf"
export WULF_MODEL=$WORK/run/cluster.wulf
export XDG_CACHE_HOME=$WORK/run/cache
W=$WORK/wulf/wulf
$W cluster set --name e2e --ipaddr $SERVER_IP/24 --interface br0 --port $PORT --tftproot "$WORK/tftp" \
  --dhcp server --dhcp-range 10.213.0.200-10.213.0.250 >/dev/null
$W image import --images "$WORK/run/images" "$WORK/rootfs" e2e >/dev/null
# WULF_E2E_COMPRESSION=zstd|none boots the image in that format (default: gzip)
$W image build --images "$WORK/run/images" ${WULF_E2E_COMPRESSION:+--compression "$WULF_E2E_COMPRESSION"} e2e
$W profile set default --image e2e --kernelargs console=ttyS0,115200,panic=-1 >/dev/null
n=0
NODES=()
for mode in $MODES; do
  for i in $(seq 1 "$VMS"); do
    n=$((n + 1))
    name=$(printf '%s%02d' "$mode" "$i")
    mac=$(printf '52:54:00:21:30:%02x' "$n")
    $W node add "$name" --hwaddr "$mac" --ipaddr "10.213.0.$((10 + n))" --netmask 255.255.255.0 --netdev eth0 >/dev/null
    NODES+=("$name:$mac:$mode:$n")
  done
done
$W node list -n

# the network: a namespace with a bridge; one tap per VM
taps=()
for node in "${NODES[@]}"; do taps+=("tap${node##*:}"); done
lab_up "$SERVER_IP/24" "${taps[@]}"

log "starting wulf server in $NS on $SERVER_IP"
ip netns exec "$NS" "$W" server --images "$WORK/run/images" > "$WORK/run/server.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do grep -q 'wulf server: serving' "$WORK/run/server.log" && break; sleep 1; done
grep -q 'wulf server: serving' "$WORK/run/server.log" || { cat "$WORK/run/server.log"; echo "e2e: the server did not start" >&2; exit 1; }

START=$(date +%s)
for node in "${NODES[@]}"; do
  IFS=: read -r name m1 m2 m3 m4 m5 m6 mode idx <<<"$node"
  mac="$m1:$m2:$m3:$m4:$m5:$m6"
  lab_vm "$mode" "tap$idx" "$mac" "$WORK/run/$name.serial" "$BOOT_TIMEOUT" "$WORK/run/$name.qemu"
done
log "${#NODES[@]} VMs started ($MODES, $VMS each); waiting for them to report booted"

failed=0
for node in "${NODES[@]}"; do
  IFS=: read -r name m1 m2 m3 m4 m5 m6 mode idx <<<"$node"
  for _ in $(seq 1 "$BOOT_TIMEOUT"); do
    grep -q "WULF-NODE-" "$WORK/run/$name.serial" 2>/dev/null && break
    sleep 1
  done
  status=$(ip netns exec "$NS" "$W" node status --url "http://$SERVER_IP:$PORT" "$name" | awk -v n="$name" '$1 == n {print $2}')
  line=$(grep -a "WULF-NODE-" "$WORK/run/$name.serial" 2>/dev/null | tail -n 1 | tr -d '\r')
  want="address=10.213.0.$((10 + idx))"
  # the engine's own record: stage booted, and the request came from the address the model gives
  engine=$(ip netns exec "$NS" curl -sf "http://$SERVER_IP:$PORT/status" | tr -d ' \n' | grep -o "\"$name\":{[^}]*" || true)
  if [ "$status" = BOOTED ] && [[ "$line" == *WULF-NODE-BOOTED*"$want"* ]] \
      && [[ "$engine" == *'"stage":"booted"'* ]] && [[ "$engine" == *"\"address\":\"10.213.0.$((10 + idx))\""* ]]; then
    log "$name ($mode): booted with $want in $(( $(date +%s) - START )) s"
  else
    log "$name ($mode): FAILED (engine says ${status:-nothing} ${engine:-}; console: ${line:-nothing}); see $WORK/run/$name.serial"
    failed=$((failed + 1))
  fi
done
ip netns exec "$NS" "$W" node status --url "http://$SERVER_IP:$PORT"
[ "$failed" -eq 0 ] || { log "$failed VM(s) did not boot; server log: $WORK/run/server.log"; tail -n 40 "$WORK/run/server.log"; exit 1; }
log "all ${#NODES[@]} VMs booted"
