# wulf-init step: SSH. The host keys and root's authorized_keys come in the overlays (rendered from
# the controller's key folder that `wulf ssh keys` fills); here they get the modes sshd insists on,
# since an overlay file keeps the mode of its template.
for key in /etc/ssh/ssh_host_*_key; do
	[ -f "$key" ] || continue
	if [ -s "$key" ]; then
		chmod 600 "$key"
	else
		rm -f "$key" "$key.pub" # an empty key (no `wulf ssh keys` yet) would stop sshd
	fi
done
if [ -d /root/.ssh ]; then
	chmod 700 /root/.ssh
	[ ! -f /root/.ssh/authorized_keys ] || chmod 600 /root/.ssh/authorized_keys
fi
