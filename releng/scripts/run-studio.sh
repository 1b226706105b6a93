#!/bin/bash
# Unpacks the built Wulf Studio product into target/run/studio and starts it.
#   releng/scripts/run-studio.sh [--model FILE] [other wulf-studio arguments]
# With a display (DISPLAY set) Wulf Studio opens there and this script ends with it.
# Without one, it starts Xvfb on a free display number, lets Wulf Studio save a picture of its
# window once the explorer shows the model (wulf-studio --screenshot, done with SWT: no ImageMagick
# needed), stops both, and prints where the PNG is: target/run/studio-screenshot.png.
# Build the products first: ./mvnw -B verify (or releng/scripts/run.sh, which builds them).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/releng/scripts/java-env.sh"
ARCHIVE="$ROOT/releng/org.wulf.products/target/products/wulf-studio-linux.gtk.x86_64.tar.gz"
if [ ! -f "$ARCHIVE" ]; then
  echo "wulf: $ARCHIVE is missing; build it first: ./mvnw -B verify -DskipTests" >&2
  exit 1
fi
RUN="$ROOT/target/run/studio"
rm -rf "$RUN" && mkdir -p "$RUN"
tar -xzf "$ARCHIVE" -C "$RUN"

if [ -n "${DISPLAY:-}" ]; then
  echo "wulf: starting Wulf Studio from $RUN on display $DISPLAY"
  exec "$RUN/wulf-studio" "$@"
fi

if ! command -v Xvfb >/dev/null 2>&1; then
  echo "wulf: there is no DISPLAY and no Xvfb; install it with releng/scripts/install-deps.sh" >&2
  exit 1
fi
SHOT="$ROOT/target/run/studio-screenshot.png"
LOG="$ROOT/target/run/studio.log"
rm -f "$SHOT"
# -displayfd: Xvfb takes the first free display number itself and writes it to that descriptor
DISPLAY_FILE=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$DISPLAY_FILE" >"$ROOT/target/run/xvfb.log" 2>&1 &
XVFB_PID=$!
trap 'kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; rm -f "$DISPLAY_FILE"' EXIT
for _ in $(seq 1 100); do
  [ -s "$DISPLAY_FILE" ] && break
  kill -0 "$XVFB_PID" 2>/dev/null || { echo "wulf: Xvfb did not start; see $ROOT/target/run/xvfb.log" >&2; exit 1; }
  sleep 0.1
done
NUMBER=$(head -n 1 "$DISPLAY_FILE")
echo "wulf: no DISPLAY; started Xvfb on :$NUMBER (pid $XVFB_PID)"
echo "wulf: starting Wulf Studio from $RUN; it saves a screenshot of its window and exits"
set +e
DISPLAY=":$NUMBER" timeout 180 "$RUN/wulf-studio" "$@" --screenshot "$SHOT" 2>&1 | tee "$LOG"
STATUS=${PIPESTATUS[0]}
set -e
if [ "$STATUS" -ne 0 ] || [ ! -s "$SHOT" ]; then
  echo "wulf: Wulf Studio ended with exit code $STATUS without a screenshot; its output is in $LOG" >&2
  exit 1
fi
echo "wulf: screenshot of the Wulf Studio window: $SHOT"
