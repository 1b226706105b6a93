#!/bin/bash
# The test command: installs what the tests need (Xvfb for the workbench tests), then builds
# everything from a clean state and runs every test: model, resolver, ranges, validation,
# persistence, CLI, and the workbench under Xvfb. Products are built and archived as part of it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/releng/scripts/install-deps.sh"
source "$ROOT/releng/scripts/java-env.sh"
cd "$ROOT"
echo "wulf: building and testing with $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1) from $JAVA_HOME"
if [ -n "${DISPLAY:-}" ] && [ "${WULF_USE_XVFB:-auto}" != "always" ]; then
  exec ./mvnw -B clean verify "$@"
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@"
