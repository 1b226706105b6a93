#!/bin/bash
# Regenerates the EMF code of org.wulf.model and org.wulf.model.edit from model/wulf.ecore.
# Run after every change to the .ecore; commit the .genmodel and the src-gen folders it rewrites.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/releng/scripts/java-env.sh"
cd "$ROOT"
./mvnw -B -q -f releng/modelgen/pom.xml compile exec:java
