# wulf-init step: kernel modules. Loads the modules node.conf names (WULF_MODULES), then, like a
# coldplug, the drivers of the devices the kernel found (their modalias), so the NICs exist before
# the network step. An image whose init runs udev would load them later anyway; we need them now.
kernel=$(uname -r)
if [ ! -d "/lib/modules/$kernel" ]; then
	log "the image has no modules for kernel $kernel (/lib/modules/$kernel): only built-in drivers"
elif ! command -v modprobe >/dev/null 2>&1; then
	log "the image has no modprobe: modules not loaded"
else
	for module in $WULF_MODULES; do
		modprobe "$module" || log "module $module did not load"
	done
	# a driver can reveal more devices (virtio_pci -> the virtio bus): again while new ones appear
	seen=-1
	passes=0
	while [ $passes -lt 4 ]; do
		count=$(cat /sys/bus/*/devices/*/modalias 2>/dev/null | wc -l)
		[ "$count" != "$seen" ] || break
		seen=$count
		for alias in /sys/bus/*/devices/*/modalias; do
			[ -r "$alias" ] && modprobe -q -b "$(cat "$alias")" 2>/dev/null
		done
		passes=$((passes + 1))
	done
	true
fi
