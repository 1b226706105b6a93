package org.wulf.core.configure;

import java.nio.file.Path;

/**
 * The files {@code wulf configure} writes for services that run outside Wulf, each with its place
 * under the root directory (normally {@code /}) and what the administrator does to apply it.
 */
public enum ServiceFile {

	HOSTS("etc/hosts", true, null),
	DHCPD("etc/dhcp/dhcpd.conf", true, "restart ISC dhcpd (isc-dhcp-server or dhcpd) to apply it"),
	/*
	 * Wulf's own drop-in: never backed up, because dnsmasq reads every file in /etc/dnsmasq.d and
	 * would read the copy too.
	 */
	DNSMASQ("etc/dnsmasq.d/wulf.conf", false, "restart dnsmasq to apply it"),
	EXPORTS("etc/exports", true, "run exportfs -ra to apply it");

	private final String relativePath;
	private final boolean backedUp;
	private final String applyHint;

	ServiceFile(String relativePath, boolean backedUp, String applyHint) {
		this.relativePath = relativePath;
		this.backedUp = backedUp;
		this.applyHint = applyHint;
	}

	/** @return the path below the root, e.g. {@code etc/hosts} */
	public String relativePath() {
		return relativePath;
	}

	/** @return the file under this root directory */
	public Path under(Path root) {
		return root.resolve(relativePath);
	}

	/**
	 * @return whether a file Wulf did not write is copied to {@code NAME.wulf-orig} (once) before
	 *         Wulf first replaces it
	 */
	public boolean backedUp() {
		return backedUp;
	}

	/** @return what to do so that the service reads the new file, or null when nothing is needed */
	public String applyHint() {
		return applyHint;
	}
}
