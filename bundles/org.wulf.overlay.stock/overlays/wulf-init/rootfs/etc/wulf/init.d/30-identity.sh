# wulf-init step: identity. The host name from the model; /etc/hosts and /etc/hostname come rendered
# in the overlay (templates hosts.ww and hostname.ww).
if [ -n "$WULF_HOSTNAME" ]; then
	hostname "$WULF_HOSTNAME" || echo "$WULF_HOSTNAME" > /proc/sys/kernel/hostname
	log "hostname $WULF_HOSTNAME"
fi
