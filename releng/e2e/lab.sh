# The virtual network-boot lab shared by the end-to-end test and the boot benchmark (sourced, not run):
# a network namespace with a bridge and one tap device per VM, QEMU machines on those taps, and a
# cleanup that stops every process by the PID it was started with and deletes the namespace.
# The caller sets NS (namespace name) and PIDS=() before using these.

# lab_cleanup: for `trap lab_cleanup EXIT`
lab_cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  ip netns del "$NS" 2>/dev/null || true
}

# lab_up ADDRESS/PREFIX TAP...: the namespace, bridge br0 with the server's address, and the taps
lab_up() {
  local address=$1 tap
  shift
  ip netns add "$NS"
  ip -n "$NS" link set lo up
  ip -n "$NS" link add br0 type bridge
  ip -n "$NS" link set br0 type bridge stp_state 0 forward_delay 0
  ip -n "$NS" addr add "$address" dev br0
  ip -n "$NS" link set br0 up
  for tap in "$@"; do
    ip -n "$NS" tuntap add dev "$tap" mode tap
    ip -n "$NS" link set "$tap" master br0
    ip -n "$NS" link set "$tap" up
  done
}

# lab_vm bios|uefi TAP MAC SERIAL_FILE TIMEOUT OUTPUT: starts one VM in the background (PID in PIDS
# and LAB_VM_PID). BIOS boots through QEMU's iPXE ROM; UEFI through OVMF's own PXE (DHCP -> TFTP
# snponly.efi -> iPXE), with its own copy of the firmware variables beside SERIAL_FILE.
lab_vm() {
  local mode=$1 tap=$2 mac=$3 serial=$4 timeout=$5 output=$6 firmware=() nic
  if [ "$mode" = uefi ]; then
    cp /usr/share/OVMF/OVMF_VARS_4M.fd "$serial.vars.fd"
    firmware=(-drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd
      -drive if=pflash,format=raw,unit=1,file="$serial.vars.fd")
    nic="virtio-net-pci,netdev=n0,mac=$mac,bootindex=1,romfile="
  else
    nic="virtio-net-pci,netdev=n0,mac=$mac,bootindex=1"
  fi
  # under timeout: a VM that finds no boot source waits forever
  ip netns exec "$NS" timeout "$timeout" qemu-system-x86_64 -machine pc,accel=tcg -cpu qemu64 -m 512 -smp 1 \
    "${firmware[@]}" -nographic -monitor none -serial "file:$serial" \
    -netdev tap,id=n0,ifname="$tap",script=no,downscript=no -device "$nic" -boot n -no-reboot \
    </dev/null >"$output" 2>&1 &
  LAB_VM_PID=$!
  PIDS+=("$LAB_VM_PID")
}

# lab_debian_kernel DIR: Debian's linux-image-amd64 kernel package, downloaded with apt and unpacked
# (not installed) into DIR/kernel (vmlinuz in DIR/kernel/boot, modules in DIR/kernel/lib/modules)
lab_debian_kernel() {
  local dir=$1 kpkg
  ls "$dir"/kernel/boot/vmlinuz-* >/dev/null 2>&1 && return 0
  echo "e2e: downloading Debian's linux-image-amd64"
  rm -rf "$dir/kernel" "$dir/deb" && mkdir -p "$dir/deb"
  kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/.*Depends: \(linux-image-[0-9].*\)/\1/p' | head -n 1)
  if [ -z "$kpkg" ]; then # no package lists yet (fresh container): fetch them
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    kpkg=$(apt-cache depends linux-image-amd64 | sed -n 's/.*Depends: \(linux-image-[0-9].*\)/\1/p' | head -n 1)
  fi
  (cd "$dir/deb" && apt-get download -q "$kpkg" >/dev/null 2>&1) || { echo "e2e: cannot download $kpkg" >&2; return 1; }
  dpkg-deb -x "$dir"/deb/*.deb "$dir/kernel"
}
