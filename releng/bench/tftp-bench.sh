#!/bin/bash
# Prints TFTP download throughput over loopback: a 32 MiB file, blksize 1468, windowsize 1, 8 and
# 16, from Wulf's TFTP server and from tftpd-hpa in the same run, with the same windowed client
# (releng/bench/org.wulf.bench: WindowedTftpClient), and the ratio. The tftp-hpa client (no
# options: 512-byte blocks, lock-step) is timed against both as well.
#
# This script makes the file, starts tftpd-hpa (/usr/sbin/in.tftpd, Debian package tftpd-hpa) on
# 127.0.0.1 and a free port, chrooted into the file's directory (-s), and stops it by its PID at
# the end. tftpd-hpa drops to the user nobody, which needs root: without root, or without in.tftpd,
# only Wulf is measured.
#
# Lock-step figures (windowsize 1, the tftp-hpa client) measure a round trip, and on a VM with
# idle vCPUs that is mostly the time a vCPU takes to wake up. WULF_BENCH_CPUS=0 runs the client and
# both servers on CPU 0 (taskset), which measures the CPU cost per packet instead.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/releng/scripts/java-env.sh"

DIR=$(mktemp -d /tmp/wulf-tftp-bench.XXXXXX)
FILE=bench-32MiB.bin
TFTPD_PID=
PIN=()
if [ -n "${WULF_BENCH_CPUS:-}" ]; then
  PIN=(taskset -c "$WULF_BENCH_CPUS")
  echo "pinned to CPUs $WULF_BENCH_CPUS"
fi
cleanup() {
  if [ -n "$TFTPD_PID" ]; then
    kill "$TFTPD_PID" 2>/dev/null || true
    wait "$TFTPD_PID" 2>/dev/null || true
  fi
  rm -rf "$DIR"
}
trap cleanup EXIT

head -c $((32 * 1024 * 1024)) /dev/urandom > "$DIR/$FILE"
# tftpd-hpa serves only world-readable files, and as root it reads them as nobody.
chmod 755 "$DIR"
chmod 644 "$DIR/$FILE"
export WULF_BENCH_TFTP_DIR="$DIR" WULF_BENCH_TFTP_FILE="$FILE"

free_udp_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! ss -Hlun "sport = :$port" | grep -q .; then
      echo "$port"
      return
    fi
  done
  echo "no free UDP port found" >&2
  return 1
}

if [ ! -x /usr/sbin/in.tftpd ]; then
  echo "in.tftpd not found (apt-get install tftpd-hpa); measuring Wulf only" >&2
elif [ "$(id -u)" -ne 0 ]; then
  # in.tftpd always drops privileges (setgroups, setuid), which only root may do.
  echo "tftpd-hpa needs root to start; measuring Wulf only" >&2
else
  PORT=$(free_udp_port)
  "${PIN[@]}" /usr/sbin/in.tftpd -L -s -a "127.0.0.1:$PORT" "$DIR" &
  TFTPD_PID=$!
  sleep 0.5
  if ! kill -0 "$TFTPD_PID" 2>/dev/null; then
    echo "tftpd-hpa did not start; measuring Wulf only" >&2
    TFTPD_PID=
  else
    echo "tftpd-hpa $(/usr/sbin/in.tftpd -V 2>&1 | head -n 1) on 127.0.0.1:$PORT (pid $TFTPD_PID)"
    export WULF_BENCH_TFTPD_PORT="$PORT"
  fi
fi

cd "$ROOT"
"${PIN[@]}" ./mvnw -B -Pbench verify -Dtest=TftpBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -pl target-platform,bundles/org.wulf.model,bundles/org.wulf.model.edit,bundles/org.wulf.core,bundles/org.wulf.provision.tftp,releng/bench/org.wulf.bench \
  | grep -E '^(==|windowsize|[0-9]+ |tftp-hpa client|tftpd-hpa|\[ERROR\]|BUILD)'
