# wulf-init step: network. Every network device of the node gets the static address the model gives
# it: the interface is found by its MAC (or named by "device" when the model has no MAC), renamed to
# the device name, given its MTU, address and, for one device, the default route. Reads
# /etc/wulf/netdevs: NAME HWADDR DEVICE IPADDR NETMASK GATEWAY MTU PRIMARY ("-" = not set).

# prefix_of NETMASK: 255.255.255.0 -> 24
prefix_of() {
	bits=0
	for octet in $(echo "$1" | tr '.' ' '); do
		case "$octet" in
		255) bits=$((bits + 8)) ;; 254) bits=$((bits + 7)) ;; 252) bits=$((bits + 6)) ;;
		248) bits=$((bits + 5)) ;; 240) bits=$((bits + 4)) ;; 224) bits=$((bits + 3)) ;;
		192) bits=$((bits + 2)) ;; 128) bits=$((bits + 1)) ;;
		esac
	done
	echo "$bits"
}

# interface_with MAC: the kernel's name of the interface with that MAC, waiting up to 10 s for its driver
interface_with() {
	want=$(echo "$1" | tr 'A-F-' 'a-f:')
	tries=0
	while [ $tries -lt 100 ]; do
		for dev in /sys/class/net/*; do
			[ "$(cat "$dev/address" 2>/dev/null)" = "$want" ] && { echo "${dev##*/}"; return 0; }
		done
		sleep 0.1 2>/dev/null || sleep 1
		tries=$((tries + 1))
	done
	return 1
}

ip link set lo up
ip addr add 127.0.0.1/8 dev lo 2>/dev/null
routed=""
if [ ! -r /etc/wulf/netdevs ]; then
	log "no /etc/wulf/netdevs: no network device configured"
else
	while read -r name hwaddr device ipaddr netmask gateway mtu primary; do
		case "$name" in "" | "#"*) continue ;; esac
		iface=""
		if [ "$hwaddr" != "-" ]; then
			iface=$(interface_with "$hwaddr") || { log "netdev $name: no interface has MAC $hwaddr"; continue; }
		elif [ "$device" != "-" ] && [ -e "/sys/class/net/$device" ]; then
			iface=$device
		else
			log "netdev $name: neither a MAC nor an existing device ($device) to configure"
			continue
		fi
		if [ "$device" != "-" ] && [ "$device" != "$iface" ]; then
			if [ -e "/sys/class/net/$device" ]; then
				log "netdev $name: $device is taken by another interface; keeping the name $iface"
			else
				ip link set dev "$iface" down
				ip link set dev "$iface" name "$device" && iface=$device
			fi
		fi
		[ "$mtu" = "-" ] || ip link set dev "$iface" mtu "$mtu" || log "netdev $name: MTU $mtu refused by $iface"
		ip link set dev "$iface" up
		if [ "$ipaddr" != "-" ]; then
			prefix=24
			[ "$netmask" = "-" ] || prefix=$(prefix_of "$netmask")
			ip addr flush dev "$iface"
			ip addr add "$ipaddr/$prefix" dev "$iface" || log "netdev $name: address $ipaddr/$prefix refused"
			log "netdev $name: $iface $ipaddr/$prefix"
		fi
		# one default route: the primary device's gateway, else the first gateway given
		if [ "$gateway" != "-" ] && { [ "$primary" = primary ] || [ -z "$routed" ]; }; then
			ip route replace default via "$gateway" dev "$iface" && routed=$iface
		fi
		if [ "$primary" = primary ]; then
			WULF_PRIMARY_INTERFACE=$iface
		fi
	done </etc/wulf/netdevs
fi
report network
