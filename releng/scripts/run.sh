#!/bin/bash
# The run command. Builds the products when they are missing (tests skipped; the test command runs
# them), unpacks the headless product into target/run/headless and runs `wulf` there.
#   releng/scripts/run.sh                 a demo: a 4-node cluster in target/run/demo.wulf, listed with sources
#   releng/scripts/run.sh ARGS...         runs `wulf ARGS...` (e.g. node list -a n02)
#   releng/scripts/run.sh studio [ARGS]   starts the Wulf Studio workbench (under Xvfb when there is no display)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/releng/scripts/install-deps.sh"
source "$ROOT/releng/scripts/java-env.sh"
cd "$ROOT"
PRODUCTS=releng/org.wulf.products/target/products
if [ ! -f "$PRODUCTS/wulf-headless-linux.gtk.x86_64.tar.gz" ] || [ ! -f "$PRODUCTS/wulf-studio-linux.gtk.x86_64.tar.gz" ]; then
  echo "wulf: building the products (first run; tests are skipped here, releng/scripts/test.sh runs them)"
  ./mvnw -B -q verify -DskipTests
fi
if [ "${1:-}" = "studio" ]; then
  shift
  exec "$ROOT/releng/scripts/run-studio.sh" "$@"
fi
RUN=target/run
rm -rf "$RUN/headless" && mkdir -p "$RUN/headless"
tar -xzf "$PRODUCTS/wulf-headless-linux.gtk.x86_64.tar.gz" -C "$RUN/headless"
WULF="$RUN/headless/wulf"
if [ $# -gt 0 ]; then
  exec "$WULF" "$@"
fi
MODEL="$RUN/demo.wulf"
rm -f "$MODEL"
export WULF_MODEL="$ROOT/$MODEL"
show() { echo; echo "\$ wulf $*"; "$WULF" "$@"; }
echo "wulf demo: model file $WULF_MODEL"
show cluster set --name demo --ipaddr 10.0.0.1/16 --interface wulf0
show profile set default --image rocky9 --kernelargs quiet,crashkernel=no --netmask 255.255.0.0 --gateway 10.0.0.1
show node add 'n[01-04]' --ipaddr 10.0.1.11 --ipmiaddr 10.0.2.11 --tag rack=r1
show node set n02 --hwaddr 52:54:00:00:00:02 --netdev eth0 --image debian12
show node list
show node list -a n02
show validate
# overlays: the stock ones, rendered for a node (SSH keys need ssh-keygen, from openssh-client)
if command -v ssh-keygen >/dev/null 2>&1; then show ssh keys; fi
show profile set default --system-overlays wulf-init,wulf-agent --runtime-overlays wulf-runtime
show overlay list -a wulf-init
show overlay show --render n02 wulf-init /etc/hosts.ww
show overlay build --provision "$ROOT/$RUN/provision" 'n[01-04]'
echo
echo "wulf demo: done. Try: releng/scripts/run.sh --model $MODEL node list -n   or   releng/scripts/run.sh studio --model $MODEL"
