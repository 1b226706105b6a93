package org.wulf.provision.http;

import java.util.Locale;

/** The steps a node goes through while it network-boots, in order. */
public enum BootStage {
	DHCP, IPXE, KERNEL, IMAGE, SYSTEM, RUNTIME, BOOTED;

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
