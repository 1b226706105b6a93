# wulf-init step: the agent. Started in the background before the hand-over (it survives the exec of
# the image's init); an image with systemd can run it as a service instead (WULF_AGENT=no).
if [ -x /usr/sbin/wulf-agent ] && [ "${WULF_AGENT:-yes}" != no ]; then
	/usr/sbin/wulf-agent --daemon </dev/null >/dev/console 2>&1 &
	log "agent started (pid $!)"
fi
