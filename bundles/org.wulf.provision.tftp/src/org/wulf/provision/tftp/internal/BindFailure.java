package org.wulf.provision.tftp.internal;

import java.io.IOException;
import java.util.Locale;

import org.wulf.provision.tftp.TftpServerException;
import org.wulf.provision.tftp.TftpServerException.Reason;

/** Turns the system's words for a failed bind into what the user can do about it. */
public final class BindFailure {

	private BindFailure() {
	}

	public static TftpServerException explain(String address, int port, IOException e) {
		String where = "cannot serve TFTP on " + address + ":" + port + ": ";
		String system = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
		if (system.contains("permission denied") || system.contains("access denied")) {
			return new TftpServerException(Reason.PRIVILEGED_PORT, where + "port " + port
					+ " needs root (or CAP_NET_BIND_SERVICE); run as root or choose a TFTP port above 1023", e);
		}
		if (system.contains("in use")) {
			return new TftpServerException(Reason.PORT_IN_USE, where + "the port is in use by another program"
					+ " (tftpd-hpa, dnsmasq or another Wulf server?); stop it or choose another TFTP port", e);
		}
		if (system.contains("cannot assign requested address")) {
			return new TftpServerException(Reason.ADDRESS_NOT_LOCAL, where + address
					+ " is not an address of this host; configure it on the provisioning interface or change the address", e);
		}
		return new TftpServerException(Reason.OTHER, where + e.getMessage(), e);
	}
}
