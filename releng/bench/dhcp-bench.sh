#!/bin/bash
# DHCP benchmark: DISCOVER->OFFER and full DORA exchanges per second from a load generator
# (releng/bench/dhcp/DhcpLoad.java, its own DHCP encoding) against `wulf server`'s embedded DHCP
# and, in the same run, against dnsmasq, on a veth link between two network namespaces this
# script creates (nothing is sent on the machine's interfaces). Both servers get the same /16 pool.
#   Usage: dhcp-bench.sh [COUNT (default 20000)] [WINDOW (default 64)]
# Each server gets a discarded warm-up run first (the JVM compiles its hot path; dnsmasq fills caches).
# Both log every lease: wulf to its log file, dnsmasq to /dev/null (its default DHCP logging).
# Needs root (namespaces). Installs dnsmasq-base when missing. Cleans up by PID and namespace name.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
COUNT=${1:-20000}
WINDOW=${2:-64}
WORK=${WULF_BENCH_DIR:-$ROOT/target/bench/dhcp}
NS_S=wulf-dbs-$$
NS_C=wulf-dbc-$$
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  ip netns del "$NS_S" 2>/dev/null || true
  ip netns del "$NS_C" 2>/dev/null || true
}
trap cleanup EXIT
log() { echo "dhcp-bench: $*"; }
[ "$(id -u)" -eq 0 ] || { echo "dhcp-bench: needs root (network namespaces)" >&2; exit 1; }
"$ROOT/releng/scripts/install-deps.sh" --bench >/dev/null
source "$ROOT/releng/scripts/java-env.sh"
PRODUCT=$ROOT/releng/org.wulf.products/target/products/wulf-headless-linux.gtk.x86_64.tar.gz
[ -f "$PRODUCT" ] || { echo "dhcp-bench: build the products first (./mvnw verify)" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/wulf"
tar -xzf "$PRODUCT" -C "$WORK/wulf"
W=$WORK/wulf/wulf
export WULF_MODEL=$WORK/cluster.wulf WULF_IMAGES=$WORK/images

ip netns add "$NS_S"; ip netns add "$NS_C"
ip link add wdb-s$$ netns "$NS_S" type veth peer name wdb-c$$ netns "$NS_C"
ip -n "$NS_S" link set lo up; ip -n "$NS_C" link set lo up
ip -n "$NS_S" addr add 10.215.0.1/16 dev wdb-s$$; ip -n "$NS_S" link set wdb-s$$ up
ip -n "$NS_C" addr add 10.215.255.254/16 dev wdb-c$$; ip -n "$NS_C" link set wdb-c$$ up
ip -n "$NS_C" route add default dev wdb-c$$

$W cluster set --ipaddr 10.215.0.1/16 --interface wdb-s$$ --dhcp server --dhcp-range 10.215.1.0-10.215.254.255 >/dev/null

load() { # MODE MAC_PREFIX -> prints per_second (after a discarded warm-up run of COUNT/2 other clients)
  local out
  ip netns exec "$NS_C" "$JAVA_HOME/bin/java" "$ROOT/releng/bench/dhcp/DhcpLoad.java" "$1" $((COUNT / 2)) "$WINDOW" $(($2 + 1)) >/dev/null
  out=$(ip netns exec "$NS_C" "$JAVA_HOME/bin/java" -Xss512k "$ROOT/releng/bench/dhcp/DhcpLoad.java" "$1" "$COUNT" "$WINDOW" "$2")
  echo "$out" >&2
  echo "$out" | sed -n 's/.*per_second=\([0-9]*\).*/\1/p'
}
start_wulf() {
  rm -rf "$WORK/state"
  ip netns exec "$NS_S" "$W" server --no-tftp --state "$WORK/state" > "$WORK/wulf.log" 2>&1 &
  SERVER=$!; PIDS+=("$SERVER")
  for _ in $(seq 1 60); do grep -q 'wulf server: serving' "$WORK/wulf.log" && return; sleep 0.5; done
  cat "$WORK/wulf.log"; exit 1
}
start_dnsmasq() {
  : > "$WORK/dnsmasq.leases"
  ip netns exec "$NS_S" dnsmasq --keep-in-foreground --port=0 --interface=wdb-s$$ --bind-interfaces \
    --dhcp-range=10.215.1.0,10.215.254.255,255.255.0.0,1h --dhcp-leasefile="$WORK/dnsmasq.leases" \
    --dhcp-authoritative --no-ping --dhcp-lease-max=100000 --log-facility=/dev/null --user=root --group=root \
    --pid-file="$WORK/dnsmasq.pid" &
  SERVER=$!; PIDS+=("$SERVER")
  sleep 1
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; }

declare -A R
for mode in offer dora; do
  start_wulf;    R[wulf-$mode]=$(load "$mode" 16); stop
  start_dnsmasq; R[dnsmasq-$mode]=$(load "$mode" 32); stop
done
echo "== DHCP: $COUNT clients, $WINDOW in flight, veth between two namespaces"
for mode in offer dora; do
  printf '%-6s wulf %6s/s   dnsmasq %6s/s   ratio %s\n' "$mode" "${R[wulf-$mode]}" "${R[dnsmasq-$mode]}" \
    "$(awk -v w="${R[wulf-$mode]}" -v d="${R[dnsmasq-$mode]}" 'BEGIN { printf "%.2f", w / d }')"
done
