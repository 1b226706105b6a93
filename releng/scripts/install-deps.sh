#!/bin/bash
# Installs, with apt, what building, testing and running Wulf needs on Debian 12, and only what is
# missing: safe to run again. Needs root (or sudo) only when something has to be installed.
#   xvfb, xauth       an X server for the workbench tests and for Wulf Studio without a display
#                     (xvfb-run needs xauth)
#   libgtk-3-0        SWT's GTK 3 (Wulf Studio and its tests)
#   fonts-dejavu-core fonts, so that the workbench draws readable text under Xvfb
#   curl, unzip       the Maven Wrapper downloads and unpacks Maven with them
#   ca-certificates   HTTPS to Maven Central
# Java 21+ is not an apt package of Debian 12's main archive; releng/scripts/java-env.sh finds one
# and says what to install when there is none.
set -euo pipefail

PACKAGES=(xvfb xauth libgtk-3-0 fonts-dejavu-core curl unzip ca-certificates)

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
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "wulf: installed ${missing[*]}"
