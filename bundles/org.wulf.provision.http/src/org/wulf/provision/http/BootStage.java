package org.wulf.provision.http;

import java.util.Locale;

/**
 * The steps a node goes through while it network-boots, in order. The firmware and iPXE stages are
 * seen by the servers; {@link #NETWORK}, {@link #READY} and {@link #BOOTED} are reported by the node
 * itself ({@code /provision/MAC?stage=ID}): the stock {@code wulf-init} reports network (its static
 * addresses are up) and ready (configured, runtime overlay applied, handing over to the image's init);
 * a simpler init reports booted.
 */
public enum BootStage {
	DHCP, IPXE, KERNEL, IMAGE, SYSTEM, NETWORK, RUNTIME, READY, BOOTED;

	/** @return true for the stages a node reports itself rather than fetching a file */
	public boolean reportedByNode() {
		return this == NETWORK || this == READY || this == BOOTED;
	}

	/** @return true for the stages that mean the node is up (a later iPXE or DHCP request is a new boot) */
	public boolean up() {
		return this == READY || this == BOOTED;
	}

	/** @return the lower-case id used in URLs and JSON (as Warewulf 4.7 does) */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the stage with this id, or null */
	public static BootStage ofId(String id) {
		for (BootStage stage : values()) {
			if (stage.id().equals(id)) {
				return stage;
			}
		}
		return null;
	}
}
