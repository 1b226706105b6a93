package org.wulf.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Wulf Studio's settings (instance scope): the model to open and how the engine serves. */
public final class StudioPreferences {

	public static final String MODEL = "model";
	public static final String BIND = "engine.bind";
	public static final String HTTP_PORT = "engine.httpPort";
	public static final String DHCP_PORT = "engine.dhcpPort";
	public static final String TFTP_PORT = "engine.tftpPort";
	public static final String IPXE_DIR = "engine.ipxeDir";

	private static ScopedPreferenceStore store;

	private StudioPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.wulf.ui");
			store.setDefault(MODEL, "");
			store.setDefault(BIND, "");
			store.setDefault(HTTP_PORT, 0);
			store.setDefault(DHCP_PORT, 67);
			store.setDefault(TFTP_PORT, 69);
			store.setDefault(IPXE_DIR, "/usr/lib/ipxe");
		}
		return store;
	}
}
