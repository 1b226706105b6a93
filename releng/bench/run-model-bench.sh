#!/bin/bash
# Prints the 10,000-node model load/save figures (XMI) next to the Jackson-YAML nodes.conf peer.
# Builds the core bundles and runs releng/bench/org.wulf.bench inside OSGi (no UI needed).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/releng/scripts/java-env.sh"
cd "$ROOT"
./mvnw -B -Pbench verify -Dtest=ModelIoBenchmark \
  -pl target-platform,bundles/org.wulf.model,bundles/org.wulf.model.edit,bundles/org.wulf.core,bundles/org.wulf.provision.tftp,releng/bench/org.wulf.bench \
  | grep -E '^(==|file sizes|XMI|Warewulf|exported|peer|resolve|target|\[ERROR\]|BUILD)' 
