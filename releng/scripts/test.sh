#!/bin/bash
# The test command: installs what the tests need (Xvfb for the workbench tests; QEMU, OVMF and
# iPXE for the network-boot test; the real peers tftp-hpa and dnsmasq), then builds everything from
# a clean state and runs every test: model, resolver, ranges, validation, persistence, CLI, DHCP,
# TFTP, HTTP, images, and the workbench under Xvfb. Products are built and archived as part of it.
# Then the end-to-end test boots QEMU virtual machines (BIOS and UEFI, 4 at once) from the built
# `wulf server` inside a network namespace it creates (needs root; WULF_SKIP_E2E=1 skips it).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/releng/scripts/install-deps.sh" --bench
source "$ROOT/releng/scripts/java-env.sh"
cd "$ROOT"
echo "wulf: building and testing with $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1) from $JAVA_HOME"
if [ -n "${DISPLAY:-}" ] && [ "${WULF_USE_XVFB:-auto}" != "always" ]; then
  ./mvnw -B clean verify "$@"
else
  xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@"
fi
if [ "${WULF_SKIP_E2E:-0}" = 1 ]; then
  echo "wulf: WULF_SKIP_E2E=1: the QEMU network-boot test was skipped"
elif [ "$(id -u)" -ne 0 ]; then
  echo "wulf: the QEMU network-boot test needs root (namespaces, tap devices); run as root or set WULF_SKIP_E2E=1" >&2
  exit 1
else
  bash "$ROOT/releng/e2e/pxe-boot-test.sh" 2 "bios uefi"
  bash "$ROOT/releng/e2e/overlay-boot-test.sh"
fi
