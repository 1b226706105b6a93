package org.wulf.provision.dhcp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;

/** The DHCP server could not open a port; the message says why and what to do. */
public final class DhcpBindException extends IOException {
	private static final long serialVersionUID = 1L;

	DhcpBindException(String message, Throwable cause) {
		super(message, cause);
	}

	static DhcpBindException of(InetSocketAddress address, BindException cause) {
		String where = address.getAddress().isAnyLocalAddress() ? "port " + address.getPort()
				: address.getAddress().getHostAddress() + ":" + address.getPort();
		String reason = cause.getMessage() == null ? "" : cause.getMessage();
		if (address.getPort() < 1024 && reason.toLowerCase().contains("permission")) {
			return new DhcpBindException("DHCP cannot listen on " + where
					+ ": ports below 1024 need root (or CAP_NET_BIND_SERVICE); run as root or choose --dhcp-port", cause);
		}
		if (reason.toLowerCase().contains("assign")) {
			return new DhcpBindException("DHCP cannot listen on " + where + ": no interface has the address "
					+ address.getAddress().getHostAddress() + "; set the cluster ipaddr to the provisioning interface's address",
					cause);
		}
		return new DhcpBindException("DHCP cannot listen on " + where + ": " + reason
				+ " (is another DHCP server, e.g. dnsmasq or dhcpd, running?)", cause);
	}
}
