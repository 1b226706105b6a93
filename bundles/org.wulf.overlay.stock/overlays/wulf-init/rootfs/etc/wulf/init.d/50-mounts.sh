# wulf-init step: mounts. The file systems of the node's "fstab" resource (Warewulf's resources.fstab),
# rendered to /etc/wulf/fstab in fstab format. NFS needs mount.nfs in the image (or a mount that knows
# NFS); without it the mount is skipped with a message, not a failed boot.
if [ -r /etc/wulf/fstab ]; then
	while read -r spec file vfstype mntops rest; do
		case "$spec" in "" | "#"*) continue ;; esac
		case "$vfstype" in
		nfs | nfs4)
			if ! command -v "mount.$vfstype" >/dev/null 2>&1 && ! command -v mount.nfs >/dev/null 2>&1; then
				log "skipping $spec on $file: the image has no mount.nfs"
				continue
			fi ;;
		esac
		mkdir -p "$file"
		if command -v timeout >/dev/null 2>&1; then
			timeout 30 mount -t "$vfstype" -o "$mntops" "$spec" "$file"
		else
			mount -t "$vfstype" -o "$mntops" "$spec" "$file"
		fi && log "mounted $spec on $file" || log "could not mount $spec on $file ($vfstype, $mntops)"
	done </etc/wulf/fstab
fi
