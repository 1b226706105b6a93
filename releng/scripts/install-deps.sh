#!/bin/bash
# Installs, with apt, what building, testing and running Wulf needs on Debian 12, and only what is
# missing: safe to run again. Needs root (or sudo) only when something has to be installed.
#   (always)          xvfb, xauth: an X server for the workbench tests (xvfb-run needs xauth)
#                     libgtk-3-0: SWT's GTK 3; fonts-dejavu-core: readable text under Xvfb
#                     curl, unzip: the Maven Wrapper; ca-certificates: HTTPS to Maven Central
#                     busybox-static: the stock overlays' scripts are checked and run with busybox's sh
#                     openssh-client: ssh-keygen for `wulf ssh keys`
#   --e2e             the PXE-boot test: qemu-system-x86 (TCG), ipxe-qemu (QEMU's iPXE NIC ROMs),
#                     ipxe (undionly.kpxe, snponly.efi, ipxe.efi served over TFTP), ovmf (UEFI),
#                     busybox-static (the test node's userland), cpio, xz-utils (kernel modules),
#                     zstd (the image tests check zstd archives with the real tool),
#                     and for the OCI import tests docker-registry (a real registry on loopback), skopeo
#                     and umoci (peers), apache2-utils (htpasswd: Basic auth), openssl (the token service key)
#                     (docker-registry, skopeo and umoci also serve the overlay boot test)
#   --bench           the benchmark peers: nginx-light, dnsmasq-base, tftpd-hpa, tftp-hpa,
#                     pigz, zstd and python3 (image-build-bench.sh)
#                     (and everything of --e2e)
# Services of the installed packages (nginx, tftpd-hpa) are NOT started: a policy-rc.d refuses it
# while apt runs, so nothing ever listens on this machine's real interfaces. The tests and
# benchmarks start their own instances on loopback or in their own network namespaces.
# Java 21+ is not an apt package of Debian 12's main archive; releng/scripts/java-env.sh finds one
# and says what to install when there is none.
set -euo pipefail

PACKAGES=(xvfb xauth libgtk-3-0 fonts-dejavu-core curl unzip ca-certificates busybox-static openssh-client)
E2E=(qemu-system-x86 ipxe-qemu ipxe ovmf busybox-static cpio xz-utils iproute2 zstd)
E2E+=(docker-registry skopeo umoci apache2-utils openssl)
BENCH=(nginx-light dnsmasq-base tftpd-hpa tftp-hpa pigz zstd python3)
for arg in "$@"; do
  case "$arg" in
    --e2e) PACKAGES+=("${E2E[@]}") ;;
    --bench) PACKAGES+=("${E2E[@]}" "${BENCH[@]}") ;;
    *) echo "install-deps: unknown option $arg (use --e2e or --bench)" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)" != "installed" ]; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "wulf: system packages present (${PACKAGES[*]})"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "wulf: missing packages: ${missing[*]}; run this script as root to install them" >&2
    exit 1
  fi
  SUDO=(sudo)
fi

echo "wulf: installing ${missing[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
# keep package services from starting (exit 101 = "action forbidden" for invoke-rc.d)
POLICY=/usr/sbin/policy-rc.d
RESTORE=""
if [ -e "$POLICY" ]; then
  RESTORE=$(mktemp)
  "${SUDO[@]}" cp -p "$POLICY" "$RESTORE"
fi
printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$POLICY" >/dev/null
"${SUDO[@]}" chmod 755 "$POLICY"
restore_policy() {
  if [ -n "$RESTORE" ]; then "${SUDO[@]}" mv "$RESTORE" "$POLICY"; else "${SUDO[@]}" rm -f "$POLICY"; fi
}
trap restore_policy EXIT
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "wulf: installed ${missing[*]}"
