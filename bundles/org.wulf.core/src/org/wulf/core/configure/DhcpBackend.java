package org.wulf.core.configure;

import java.util.Locale;

import org.wulf.model.Cluster;

/** The external DHCP servers Wulf writes a configuration for. */
public enum DhcpBackend {

	DHCPD("dhcpd", ServiceFile.DHCPD),
	DNSMASQ("dnsmasq", ServiceFile.DNSMASQ);

	/** Where Warewulf's warewulf.conf names the DHCP service; imports keep it in the cluster's extras. */
	private static final String SYSTEMD_NAME_KEY = "dhcp/systemd name";

	private final String id;
	private final ServiceFile file;

	DhcpBackend(String id, ServiceFile file) {
		this.id = id;
		this.file = file;
	}

	public String id() {
		return id;
	}

	public ServiceFile file() {
		return file;
	}

	/** @return the backend of this id ({@code dhcpd}, {@code isc-dhcp-server}, {@code dnsmasq}), or null */
	public static DhcpBackend of(String text) {
		if (text == null) {
			return null;
		}
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
		case "dhcpd", "isc-dhcp-server", "isc", "isc-dhcpd" -> DHCPD;
		case "dnsmasq" -> DNSMASQ;
		default -> null;
		};
	}

	/**
	 * The backend a cluster uses when none is asked for: the one its DHCP template names, else the
	 * DHCP service an imported warewulf.conf names ({@code dhcp: systemd name: dhcpd}), else dnsmasq.
	 */
	public static DhcpBackend defaultFor(Cluster cluster) {
		DhcpBackend byTemplate = of(cluster.getDhcpTemplate());
		if (byTemplate != null) {
			return byTemplate;
		}
		String service = cluster.getExtras().get(SYSTEMD_NAME_KEY);
		if (service != null) {
			// the value is JSON: a quoted string
			DhcpBackend byService = of(service.trim().replaceAll("^\"|\"$", ""));
			if (byService != null) {
				return byService;
			}
		}
		return DNSMASQ;
	}
}
