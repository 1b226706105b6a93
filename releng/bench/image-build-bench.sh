#!/bin/bash
# Image build benchmark: a root file system -> newc cpio -> compressed initramfs, Wulf against the
# tools Warewulf uses, on the same tree in the same run:
#   pigz        find . | cpio -o -H newc | pigz        (Warewulf's method, all cores; the reference)
#   gzip        find . | cpio -o -H newc | gzip        (Warewulf without pigz)
#   wulf-gzip   InitramfsBuilder, ParallelGzipOutputStream on all cores (level 6, as pigz's default)
#   wulf-zstd   InitramfsBuilder, zstd-jni level 3 with one worker per core
#   zstd        find . | cpio -o -H newc | zstd -T0    (level 3)
# Prints wall seconds, MB/s (file bytes of the tree per wall second), CPU seconds, archive sizes, and
# the ratios against pigz. The tree (>= 500 MB, >= 20,000 files: text, random and mixed content, symlinks, hard links)
# is generated deterministically by image/make-rootfs.py into a temporary directory. Every tool reads
# it from the page cache (a warm-up pass reads it first). Wulf runs in-process through
# image/ImageBuildBench.java against the org.wulf.image bundle jar, so the figures compare the
# compression pipelines, not JVM or OSGi start-up (about 0.3 s for the JVM is included).
#   Usage: image-build-bench.sh [SCALE (default 1.0)]      Needs: python3, cpio, pigz, gzip, zstd
# Build the jar first: ./mvnw -o -q install -DskipTests -pl target-platform,bundles/org.wulf.model,\
#   bundles/org.wulf.model.edit,bundles/org.wulf.core,bundles/org.wulf.image
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCALE=${1:-1.0}
source "$ROOT/releng/scripts/java-env.sh"
for tool in python3 cpio pigz gzip zstd awk; do
  command -v "$tool" >/dev/null || { echo "image-build-bench: $tool is missing (releng/scripts/install-deps.sh --bench)" >&2; exit 1; }
done
JAR=$(ls "$ROOT"/bundles/org.wulf.image/target/org.wulf.image-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
ZSTD_VERSION=$(sed -n 's|.*<artifactId>zstd-jni</artifactId><version>\([^<]*\)</version>.*|\1|p' "$ROOT/target-platform/wulf.target" | head -n 1)
ZSTD_JAR=${MAVEN_REPO:-$HOME/.m2/repository}/com/github/luben/zstd-jni/$ZSTD_VERSION/zstd-jni-$ZSTD_VERSION.jar
[ -n "$JAR" ] || { echo "image-build-bench: build bundles/org.wulf.image first (see the header)" >&2; exit 1; }
[ -f "$ZSTD_JAR" ] || { echo "image-build-bench: zstd-jni is not in the local Maven repository (build once online)" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/wulf-image-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
TREE=$WORK/rootfs
mkdir -p "$TREE" "$WORK/out"
echo "image-build-bench: generating the tree (scale $SCALE) in $TREE"
python3 "$ROOT/releng/bench/image/make-rootfs.py" "$TREE" "$SCALE"
BYTES=$(find "$TREE" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
ENTRIES=$(find "$TREE" | wc -l)
THREADS=$(nproc)
echo "image-build-bench: $ENTRIES entries, $BYTES bytes of files, $THREADS cores (the machine may be shared: figures are noisy)"
(cd "$TREE" && find . | cpio -o -H newc --quiet | cat > /dev/null)  # warm-up: the tree in the page cache
javac -d "$WORK/classes" -cp "$JAR" "$ROOT/releng/bench/image/ImageBuildBench.java"
CP="$WORK/classes:$JAR:$ZSTD_JAR"

declare -A SECONDS_OF CPU_OF SIZE_OF
TIMEFORMAT='%R %U %S'
run() { # NAME OUTPUT COMMAND...  (wall seconds, and user+system CPU seconds of the command and its children)
  local name=$1 out=$2 times; shift 2
  times=$( { time "$@" >/dev/null 2>&1; } 2>&1 | tail -n 1)
  SECONDS_OF[$name]=$(echo "$times" | awk '{print $1}')
  CPU_OF[$name]=$(echo "$times" | awk '{print $2 + $3}')
  SIZE_OF[$name]=$(stat -c %s "$out")
}
calc() { awk "BEGIN {print $1}"; }
wulf() { java --enable-native-access=ALL-UNNAMED -cp "$CP" ImageBuildBench "$TREE" "$1" "$2" "$THREADS" >/dev/null; }

run pigz "$WORK/out/pigz.gz" sh -c "cd '$TREE' && find . | cpio -o -H newc --quiet | pigz > '$WORK/out/pigz.gz'"
run gzip "$WORK/out/gzip.gz" sh -c "cd '$TREE' && find . | cpio -o -H newc --quiet | gzip > '$WORK/out/gzip.gz'"
run wulf-gzip "$WORK/out/wulf.cpio.gz" wulf "$WORK/out/wulf.cpio.gz" gzip
run wulf-zstd "$WORK/out/wulf.cpio.zst" wulf "$WORK/out/wulf.cpio.zst" zstd
run zstd "$WORK/out/zstd.zst" sh -c "cd '$TREE' && find . | cpio -o -H newc --quiet | zstd -q -T0 > '$WORK/out/zstd.zst'"

# Wulf's archives must be valid for the real tools before their figures count
gzip -t "$WORK/out/wulf.cpio.gz" || { echo "image-build-bench: gzip -t rejects Wulf's archive" >&2; exit 1; }
zstd -q -t "$WORK/out/wulf.cpio.zst" || { echo "image-build-bench: zstd -t rejects Wulf's archive" >&2; exit 1; }
[ "$(zcat "$WORK/out/wulf.cpio.gz" | cpio -it --quiet | wc -l)" -eq "$ENTRIES" ] \
  || { echo "image-build-bench: Wulf's archive does not list $ENTRIES entries" >&2; exit 1; }

printf '%-10s %9s %9s %9s %14s %10s %10s %10s\n' method seconds MB/s cpu-s bytes time/pigz cpu/pigz size/pigz
for name in pigz gzip wulf-gzip wulf-zstd zstd; do
  s=${SECONDS_OF[$name]}
  printf '%-10s %9.2f %9.1f %9.2f %14d %10.2f %10.2f %10.3f\n' "$name" "$s" "$(calc "$BYTES / $s / 1000000")" "${CPU_OF[$name]}" \
    "${SIZE_OF[$name]}" "$(calc "$s / ${SECONDS_OF[pigz]}")" "$(calc "${CPU_OF[$name]} / ${CPU_OF[pigz]}")" \
    "$(calc "${SIZE_OF[$name]} / ${SIZE_OF[pigz]}")"
done
echo "(seconds: wall clock; cpu-s: user+system of the command and its children. On a loaded machine the CPU"
echo " seconds compare the work done; wall seconds depend on the share of the cores each run got.)"
