# wulf-init step: runtime overlay. Fetched once before the image's init starts (users, keys and site
# files are in place for its services); the agent keeps it current afterwards.
if [ -x /usr/sbin/wulf-agent ]; then
	/usr/sbin/wulf-agent --once || log "the runtime overlay could not be applied now; the agent will retry"
else
	log "no /usr/sbin/wulf-agent (overlay wulf-agent): the runtime overlay is not applied"
fi
