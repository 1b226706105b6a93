#!/bin/bash
# Makes the root file system of the overlay end-to-end test's node image: a small OS-like tree (busybox
# for every command, Debian's kernel with the virtio drivers as modules and a modules.dep, so the
# overlay's init loads them with modprobe) whose /sbin/init keeps running. The image has no network
# setup and no /init of its own: the system overlay wulf-init provides that.
#
# The test's /sbin/init prints what the test checks on the serial console, each line starting with
# WULF-OS: the host name, the IPv4 addresses, /etc/hosts, then, every 2 s, the runtime overlay's files
# when they change (so the agent's updates can be seen from outside).
#
# Usage: make-os-rootfs.sh KERNEL_PACKAGE_DIR OUT_DIR   (KERNEL_PACKAGE_DIR: an unpacked linux-image .deb)
set -euo pipefail
KPKG=${1:?unpacked kernel package}
OUT=${2:?output directory}
VMLINUZ=$(ls "$KPKG"/boot/vmlinuz-* | sort -V | tail -n 1)
KVER=${VMLINUZ##*/vmlinuz-}
rm -rf "$OUT"
mkdir -p "$OUT"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,run,root,etc,boot,var/log,lib/modules/"$KVER"}
chmod 1777 "$OUT/tmp"
chmod 700 "$OUT/root"
cp /bin/busybox "$OUT/bin/busybox"
for applet in $(/bin/busybox --list); do
  [ "$applet" = busybox ] || [ "$applet" = init ] || ln -s busybox "$OUT/bin/$applet"
done
mknod -m 600 "$OUT/dev/console" c 5 1
mknod -m 666 "$OUT/dev/null" c 1 3
cp "$VMLINUZ" "$OUT/boot/vmlinuz-$KVER"
# the virtio drivers (PCI, net, block, console) as modules, decompressed, and their modules.dep
for dir in drivers/virtio net/core drivers/net drivers/block drivers/char; do
  mkdir -p "$OUT/lib/modules/$KVER/kernel/$dir"
done
for module in drivers/virtio/virtio_ring drivers/virtio/virtio drivers/virtio/virtio_pci_modern_dev \
    drivers/virtio/virtio_pci_legacy_dev drivers/virtio/virtio_pci net/core/failover drivers/net/net_failover \
    drivers/net/virtio_net; do
  found=$(ls "$KPKG/lib/modules/$KVER/kernel/$module".ko* 2>/dev/null | head -n 1)
  [ -n "$found" ] || { echo "make-os-rootfs: $module is not in $KPKG" >&2; exit 1; }
  case "$found" in
    *.xz) xz -dc "$found" > "$OUT/lib/modules/$KVER/kernel/$module.ko" ;;
    *) cp "$found" "$OUT/lib/modules/$KVER/kernel/$module.ko" ;;
  esac
done
cp "$KPKG/lib/modules/$KVER"/modules.builtin* "$OUT/lib/modules/$KVER/" 2>/dev/null || true
/bin/busybox depmod -b "$OUT" "$KVER"
[ -s "$OUT/lib/modules/$KVER/modules.dep" ] || { echo "make-os-rootfs: depmod wrote no modules.dep" >&2; exit 1; }

echo 'root:x:0:0:root:/root:/bin/sh' > "$OUT/etc/passwd"
echo 'root:x:0:' > "$OUT/etc/group"
echo 'image' > "$OUT/etc/hostname"
cat > "$OUT/sbin/init" <<'SCRIPT'
#!/bin/sh
# The test image's init: says what the node looks like, then watches the runtime overlay's files.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
say() { echo "WULF-OS: $*"; }
say "init of the image running as pid $$"
say "hostname $(hostname)"
ip -4 -o addr show | while read -r n dev fam addr rest; do say "address $dev $addr"; done
while read -r line; do say "hosts $line"; done </etc/hosts
[ ! -f /etc/ssh/ssh_host_ed25519_key ] || say "host key $(stat -c %a /etc/ssh/ssh_host_ed25519_key) $(head -c 35 /etc/ssh/ssh_host_ed25519_key)"
[ ! -f /root/.ssh/authorized_keys ] || say "authorized_keys $(cut -d' ' -f1,3 /root/.ssh/authorized_keys | tr '\n' ' ')"
say "up"
last=""
while :; do
  now=$(cat /etc/wulf/runtime-stamp /etc/motd 2>/dev/null | md5sum)
  if [ "$now" != "$last" ]; then
    last=$now
    for file in /etc/wulf/runtime-stamp /etc/motd; do
      [ -f "$file" ] && while read -r line; do say "file $file: $line"; done <"$file"
    done
  fi
  sleep 2
done
SCRIPT
chmod 755 "$OUT/sbin/init"
echo "make-os-rootfs: $OUT (kernel $KVER)"
