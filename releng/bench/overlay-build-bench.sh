#!/bin/bash
# Prints the time of building the system and runtime overlay images of a 10,000-node cluster (full
# build, then incremental rebuilds) with the overlays in releng/bench/overlays. Peer: Warewulf's
# wwctl overlay build is Go and not packaged here, so no peer runs; the output says so.
# Builds the bundles it needs and runs releng/bench/org.wulf.bench inside OSGi (no UI needed).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/releng/scripts/java-env.sh"
cd "$ROOT"
./mvnw -B -o -Pbench verify -Dtest=OverlayBuildBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -pl target-platform,bundles/org.wulf.model,bundles/org.wulf.model.edit,bundles/org.wulf.core,bundles/org.wulf.image,bundles/org.wulf.template,bundles/org.wulf.overlay,bundles/org.wulf.provision.tftp,releng/bench/org.wulf.bench \
  | grep -E '^(==|full build|images|incremental|peer|target|first failure|\[ERROR\]|BUILD)'
