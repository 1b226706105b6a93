#!/bin/bash
# Makes the root file system of the end-to-end test's compute node: busybox, the virtio-net driver
# modules of Debian's kernel, and an init that takes a DHCP address, tells the Wulf server it has
# booted, and powers off.   Usage: make-node-rootfs.sh KERNEL_PACKAGE_DIR OUT_DIR
# KERNEL_PACKAGE_DIR is an unpacked linux-image-*-amd64 .deb (dpkg-deb -x); its vmlinuz is placed in
# OUT_DIR/boot, where Wulf's kernel detection finds it.
set -euo pipefail
KPKG=${1:?unpacked kernel package}
OUT=${2:?output directory}
VMLINUZ=$(ls "$KPKG"/boot/vmlinuz-* | sort -V | tail -n 1)
KVER=${VMLINUZ##*/vmlinuz-}
rm -rf "$OUT"
mkdir -p "$OUT"/{bin,sbin,proc,sys,dev,tmp,run,etc,boot,usr/share/udhcpc,lib/modules/"$KVER"/wulf}
cp /bin/busybox "$OUT/bin/busybox"
# the kernel opens /dev/console before /init runs: without it the node's output is lost
mknod -m 600 "$OUT/dev/console" c 5 1
mknod -m 666 "$OUT/dev/null" c 1 3
for tool in sh mount insmod ip udhcpc wget cat echo sleep poweroff sed cut ls; do
  ln -s busybox "$OUT/bin/$tool"
done
cp "$VMLINUZ" "$OUT/boot/vmlinuz-$KVER"
# virtio-net and what it needs, in the order they must be loaded (all are modules in Debian's kernel)
for module in drivers/virtio/virtio_ring drivers/virtio/virtio drivers/virtio/virtio_pci_modern_dev \
    drivers/virtio/virtio_pci_legacy_dev drivers/virtio/virtio_pci net/core/failover drivers/net/net_failover \
    drivers/net/virtio_net; do
  found=$(ls "$KPKG/lib/modules/$KVER/kernel/$module".ko* 2>/dev/null | head -n 1)
  [ -n "$found" ] || { echo "make-node-rootfs: $module is not in $KPKG" >&2; exit 1; }
  case "$found" in
    *.xz) xz -dc "$found" > "$OUT/lib/modules/$KVER/wulf/${module##*/}.ko" ;;
    *) cp "$found" "$OUT/lib/modules/$KVER/wulf/${module##*/}.ko" ;;
  esac
  echo "${module##*/}" >> "$OUT/lib/modules/$KVER/wulf/load-order"
done
cat > "$OUT/usr/share/udhcpc/default.script" <<'SCRIPT'
#!/bin/sh
# udhcpc calls this with the lease in the environment
case "$1" in
  deconfig) ip addr flush dev "$interface"; ip link set "$interface" up ;;
  bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    echo "$ip" > /run/address ;;
esac
exit 0
SCRIPT
cat > "$OUT/init" <<'SCRIPT'
#!/bin/sh
# Wulf end-to-end test node: bring up the NIC with DHCP, report "booted" to the server, power off.
export PATH=/bin:/sbin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev 2>/dev/null
modules=/lib/modules/$(cat /proc/sys/kernel/osrelease)/wulf
for module in $(cat $modules/load-order); do insmod $modules/$module.ko 2>/dev/null; done
i=0; while [ ! -e /sys/class/net/eth0 ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
ip link set lo up; ip link set eth0 up
mac=$(cat /sys/class/net/eth0/address)
server=$(sed -n 's/.*wulf.server=\([^ ]*\).*/\1/p' /proc/cmdline)
echo "WULF-NODE: init running, mac $mac, server $server"
udhcpc -i eth0 -n -q -t 10 -T 2 -s /usr/share/udhcpc/default.script
address=$(cat /run/address 2>/dev/null)
if wget -q -O /tmp/reply "$server/provision/$mac?stage=booted"; then
  echo "WULF-NODE-BOOTED mac=$mac address=$address reply=$(cat /tmp/reply)"
else
  echo "WULF-NODE-FAILED mac=$mac address=$address: the server did not answer"
fi
poweroff -f
SCRIPT
chmod 755 "$OUT/init" "$OUT/usr/share/udhcpc/default.script"
echo "make-node-rootfs: $OUT (kernel $KVER)"
