package org.wulf.provision.dhcp;

/**
 * The PXE client system architecture of option 93 (RFC 4578, IANA "Processor Architecture
 * Types"), which decides which iPXE binary a firmware PXE client is given.
 */
public enum ClientArchitecture {
	BIOS(0, false, "undionly.kpxe"),
	EFI_IA32(6, false, "ipxe-i386.efi"),
	EFI_X86_64(7, false, "snponly.efi"),
	EFI_BC(9, false, "snponly.efi"),
	EFI_ARM64(11, false, "snponly-arm64.efi"),
	EFI_X86_64_HTTP(16, true, "snponly.efi"),
	EFI_ARM64_HTTP(19, true, "snponly-arm64.efi"),
	UNKNOWN(-1, false, "undionly.kpxe");

	private final int code;
	private final boolean httpBoot;
	private final String defaultBootFile;

	ClientArchitecture(int code, boolean httpBoot, String defaultBootFile) {
		this.code = code;
		this.httpBoot = httpBoot;
		this.defaultBootFile = defaultBootFile;
	}

	public int code() {
		return code;
	}

	/** UEFI HTTP-boot clients fetch the boot file by URL instead of TFTP. */
	public boolean httpBoot() {
		return httpBoot;
	}

	/** The iPXE binary Wulf serves to this architecture unless the cluster names another. */
	public String defaultBootFile() {
		return defaultBootFile;
	}

	/** The code as Warewulf's {@code tftp: ipxe:} map writes it ("00:07"). */
	public String hexCode() {
		return code < 0 ? "" : String.format("%02x:%02x", code >> 8, code & 0xff);
	}

	public static ClientArchitecture of(int code) {
		for (ClientArchitecture arch : values()) {
			if (arch.code == code) {
				return arch;
			}
		}
		return UNKNOWN;
	}
}
