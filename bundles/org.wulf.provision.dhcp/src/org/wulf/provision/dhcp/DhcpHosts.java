package org.wulf.provision.dhcp;

import java.net.Inet4Address;
import java.util.Optional;

/** The reservations the server must honour; the engine backs it with the current model snapshot. */
public interface DhcpHosts {

	/** @param mac lower-case, colon-separated */
	Optional<StaticHost> byMac(String mac);

	/** @return whether the address is reserved for some node, so the pool must not hand it out */
	boolean isReserved(Inet4Address address);

	DhcpHosts NONE = new DhcpHosts() {
		@Override
		public Optional<StaticHost> byMac(String mac) {
			return Optional.empty();
		}

		@Override
		public boolean isReserved(Inet4Address address) {
			return false;
		}
	};
}
