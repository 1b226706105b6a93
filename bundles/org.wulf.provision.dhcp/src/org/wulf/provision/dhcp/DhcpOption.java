package org.wulf.provision.dhcp;

/** DHCPv4 option codes (RFC 2132 and the PXE/iPXE additions) the server reads or writes. */
public final class DhcpOption {
	public static final int PAD = 0;
	public static final int SUBNET_MASK = 1;
	public static final int ROUTER = 3;
	public static final int DNS_SERVERS = 6;
	public static final int HOSTNAME = 12;
	public static final int DOMAIN_NAME = 15;
	public static final int BROADCAST_ADDRESS = 28;
	public static final int REQUESTED_IP = 50;
	public static final int LEASE_TIME = 51;
	public static final int OVERLOAD = 52;
	public static final int MESSAGE_TYPE = 53;
	public static final int SERVER_ID = 54;
	public static final int PARAMETER_LIST = 55;
	public static final int MESSAGE = 56;
	public static final int MAX_MESSAGE_SIZE = 57;
	public static final int RENEWAL_TIME = 58;
	public static final int REBINDING_TIME = 59;
	public static final int VENDOR_CLASS = 60;
	public static final int CLIENT_ID = 61;
	public static final int TFTP_SERVER_NAME = 66;
	public static final int BOOTFILE_NAME = 67;
	public static final int USER_CLASS = 77;
	public static final int CLIENT_ARCH = 93;
	public static final int CLIENT_NDI = 94;
	public static final int CLIENT_UUID = 97;
	/** Vendor-specific information; carries PXE boot-server discovery control for PXE clients. */
	public static final int VENDOR_SPECIFIC = 43;
	/** iPXE's encapsulated options; its presence in a request identifies iPXE. */
	public static final int IPXE_ENCAPSULATED = 175;
	/** Inside 175: "no-pxedhcp", do not wait for ProxyDHCP offers. */
	public static final int IPXE_NO_PXEDHCP = 176;
	public static final int END = 255;

	private DhcpOption() {
	}
}
