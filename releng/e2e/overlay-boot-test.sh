#!/bin/bash
# End-to-end test of images from a registry and the stock overlays: a node image is pushed as a
# multi-layer OCI image to a local registry (Debian's docker-registry on 127.0.0.1), imported with
# `wulf image import docker://...`, built; the profile gets the system overlays wulf-init and wulf-agent
# and the runtime overlays wulf-runtime and a site overlay; two nodes with static addresses; `wulf ssh
# keys`; `wulf overlay build`. One QEMU VM (BIOS) network-boots from `wulf server` in a namespace; over
# its serial console the test checks the host name, the static address from the model, /etc/hosts with
# both nodes, the SSH keys, and the engine's record (stage ready, from the model's address). Then a file
# of the site overlay is changed and the overlays rebuilt: the node's agent must apply it while the node
# runs (the image's init prints the file when it changes).
#
# Usage: overlay-boot-test.sh      Needs root (namespaces, taps). Installs its packages when missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NS=wulf-ovl-$$
WORK=${WULF_E2E_DIR:-$ROOT/target/e2e}
RUN=$WORK/overlay-run
SERVER_IP=10.215.0.1
PORT=9873
REGISTRY_PORT=${REGISTRY_PORT:-45000}
BOOT_TIMEOUT=${BOOT_TIMEOUT:-200}
PIDS=()

log() { echo "overlay-e2e: $*"; }
fail() { echo "overlay-e2e: FAILED: $*" >&2; exit 1; }
source "$ROOT/releng/e2e/lab.sh"
trap lab_cleanup EXIT

[ "$(id -u)" -eq 0 ] || { echo "overlay-e2e: must run as root (network namespaces and tap devices)" >&2; exit 1; }
"$ROOT/releng/scripts/install-deps.sh" --e2e >/dev/null
START=$(date +%s)

mkdir -p "$WORK"
rm -rf "$RUN" && mkdir -p "$RUN/tftp"
lab_debian_kernel "$WORK"
"$ROOT/releng/e2e/make-os-rootfs.sh" "$WORK/kernel" "$RUN/osroot" >/dev/null

# the registry: docker-registry on this machine's loopback, storage in the run folder
cat > "$RUN/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $RUN/registry
http:
  addr: 127.0.0.1:$REGISTRY_PORT
EOF
docker-registry serve "$RUN/registry.yml" > "$RUN/registry.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$REGISTRY_PORT/v2/" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$REGISTRY_PORT/v2/" >/dev/null || { cat "$RUN/registry.log"; fail "the registry did not start"; }

# the image as three layers: the userland, the kernel and its modules, and a layer that removes a file
# of the first one (a whiteout); each layer made with GNU tar (umoci 0.4.7's insert can leave a layer's
# tar stream unfinished), added with umoci, pushed with skopeo
OCI=$RUN/oci
umoci init --layout "$OCI"
umoci new --image "$OCI:node"
mkdir -p "$RUN/layers/base" "$RUN/layers/kernel/lib" "$RUN/layers/whiteout/etc"
(cd "$RUN/osroot" && tar -cf - --exclude=./boot --exclude=./lib/modules .) | tar -xf - -C "$RUN/layers/base"
echo "left behind by the first layer" > "$RUN/layers/base/etc/obsolete"
cp -a "$RUN/osroot/boot" "$RUN/layers/kernel/boot"
cp -a "$RUN/osroot/lib/modules" "$RUN/layers/kernel/lib/modules"
touch "$RUN/layers/whiteout/etc/.wh.obsolete"
for layer in base kernel whiteout; do
  tar -C "$RUN/layers/$layer" --numeric-owner -cf "$RUN/layers/$layer.tar" .
  umoci raw add-layer --image "$OCI:node" "$RUN/layers/$layer.tar"
done
umoci config --image "$OCI:node" --config.entrypoint /sbin/init
skopeo copy -q --dest-tls-verify=false "oci:$OCI:node" "docker://127.0.0.1:$REGISTRY_PORT/node:1"
log "pushed node:1 (3 layers) to the registry on 127.0.0.1:$REGISTRY_PORT"

# the product
PRODUCT=$ROOT/releng/org.wulf.products/target/products/wulf-headless-linux.gtk.x86_64.tar.gz
[ -f "$PRODUCT" ] || fail "build the products first ($PRODUCT is missing)"
rm -rf "$RUN/wulf" && mkdir -p "$RUN/wulf" && tar -xzf "$PRODUCT" -C "$RUN/wulf"
export WULF_MODEL=$RUN/etc/cluster.wulf
export XDG_CACHE_HOME=$RUN/cache
mkdir -p "$RUN/etc"
W=$RUN/wulf/wulf
IMAGES=$RUN/images
$W cluster set --name ovl --ipaddr $SERVER_IP/24 --interface br0 --port $PORT --tftproot "$RUN/tftp" \
  --dhcp server --dhcp-range 10.215.0.200-10.215.0.250 --update-interval 5 --secure false >/dev/null
$W image import --images "$IMAGES" "docker://127.0.0.1:$REGISTRY_PORT/node:1" --nohttps node
$W image build --images "$IMAGES" node
[ ! -e "$IMAGES/node/rootfs/etc/obsolete" ] || fail "the whiteout of the third layer was not applied"
[ -x "$IMAGES/node/rootfs/sbin/init" ] || fail "the imported image has no executable /sbin/init"

# a site overlay with a file the test changes later
mkdir -p "$RUN/site-src"
echo "motd version 1" > "$RUN/site-src/motd"
$W overlay create site >/dev/null
$W overlay import --parents site "$RUN/site-src/motd" /etc/motd >/dev/null
$W profile set default --image node --kernelargs console=ttyS0,115200,panic=-1,loglevel=3 \
  --system-overlays wulf-init,wulf-agent --runtime-overlays wulf-runtime,site >/dev/null
$W node add n01 --hwaddr 52:54:00:21:50:01 --ipaddr 10.215.0.11 --netmask 255.255.255.0 --netdev eth0 >/dev/null
$W node add n02 --hwaddr 52:54:00:21:50:02 --ipaddr 10.215.0.12 --netmask 255.255.255.0 --netdev eth0 >/dev/null
$W ssh keys >/dev/null
$W overlay build --images "$IMAGES"

lab_up "$SERVER_IP/24" tap1
log "starting wulf server in $NS on $SERVER_IP"
ip netns exec "$NS" "$W" server --images "$IMAGES" > "$RUN/server.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 60); do grep -q 'wulf server: serving' "$RUN/server.log" && break; sleep 1; done
grep -q 'wulf server: serving' "$RUN/server.log" || { cat "$RUN/server.log"; fail "the server did not start"; }

SERIAL=$RUN/n01.serial
BOOT=$(date +%s)
lab_vm bios tap1 52:54:00:21:50:01 "$SERIAL" "$((BOOT_TIMEOUT + 120))" "$RUN/n01.qemu"
for _ in $(seq 1 "$BOOT_TIMEOUT"); do
  grep -q "WULF-OS: up" "$SERIAL" 2>/dev/null && break
  sleep 1
done
console() { tr -d '\r' <"$SERIAL" | grep -a "$1"; }
grep -q "WULF-OS: up" "$SERIAL" || { tail -n 40 "$SERIAL"; fail "n01 did not come up within $BOOT_TIMEOUT s (console: $SERIAL)"; }
log "n01 up in $(( $(date +%s) - BOOT )) s"

failed=0
check() { # check WHAT PATTERN: the console has (or gets within 30 s) a line matching PATTERN
  # the image's init prints its report lines after "up", so give the console time to catch up
  local waited=0
  until console "$2" >/dev/null || [ $waited -ge 30 ]; do sleep 1; waited=$((waited + 1)); done
  if console "$2" >/dev/null; then log "ok: $1"; else log "FAILED: $1 (no \"$2\" on the console)"; failed=$((failed + 1)); fi
}
check "host name from the model" "WULF-OS: hostname n01"
check "static address from the model" "WULF-OS: address eth0 10.215.0.11/24"
check "/etc/hosts lists n01" "WULF-OS: hosts 10.215.0.11 n01 n01-default"
check "/etc/hosts lists n02" "WULF-OS: hosts 10.215.0.12 n02 n02-default"
check "SSH host key installed, mode 600" "WULF-OS: host key 600 -----BEGIN OPENSSH PRIVATE KEY-----"
check "root's authorized_keys" "WULF-OS: authorized_keys ssh-ed25519 root@ovl"
check "runtime overlay applied at boot" "WULF-OS: file /etc/motd: motd version 1"
engine=$(ip netns exec "$NS" curl -sf "http://$SERVER_IP:$PORT/status" | tr -d ' \n' | grep -o '"n01":{[^}]*' || true)
if [[ "$engine" == *'"stage":"ready"'* ]] && [[ "$engine" == *'"address":"10.215.0.11"'* ]]; then
  log "ok: the engine has n01 ready at 10.215.0.11"
else
  log "FAILED: the engine says ${engine:-nothing} for n01"
  failed=$((failed + 1))
fi

# a change on the controller reaches the running node through its agent
echo "motd version 2" > "$RUN/site-src/motd"
$W overlay import --overwrite site "$RUN/site-src/motd" /etc/motd >/dev/null
$W overlay build --images "$IMAGES" >/dev/null
CHANGED=$(date +%s)
for _ in $(seq 1 60); do console "WULF-OS: file /etc/motd: motd version 2" >/dev/null && break; sleep 1; done
if console "WULF-OS: file /etc/motd: motd version 2" >/dev/null; then
  log "ok: the agent applied the changed /etc/motd $(( $(date +%s) - CHANGED )) s after the rebuild"
  console "wulf-agent: updated /etc/motd" | tail -n 1
else
  log "FAILED: the node never showed motd version 2"
  failed=$((failed + 1))
fi

ip netns exec "$NS" "$W" node status --url "http://$SERVER_IP:$PORT"
if [ "$failed" -ne 0 ]; then
  log "$failed check(s) failed; console $SERIAL, server log $RUN/server.log"
  grep -a "wulf-\|WULF" "$SERIAL" | tail -n 40
  tail -n 20 "$RUN/server.log"
  exit 1
fi
log "all checks passed in $(( $(date +%s) - START )) s"
