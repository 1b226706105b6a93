package org.wulf.core.configure;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.wulf.core.net.Ipv4;
import org.wulf.model.Cluster;

/**
 * What a DHCP server tells booting nodes, whatever its configuration syntax: the iPXE binary the
 * firmware loads over TFTP, by client architecture (DHCP option 93, RFC 4578), and the URL that
 * iPXE, once loaded, fetches its script from (the provisioning server's
 * {@code /provision/MAC?stage=ipxe} route).
 */
public final class PxeBoot {

	/** Wulf's boot files when the cluster names none; the names Debian's ipxe package ships. */
	public static final Map<Integer, String> DEFAULT_FILES = Map.of(0x00, "undionly.kpxe", 0x07, "snponly.efi", 0x09,
			"snponly.efi");

	private static final Map<Integer, String> ARCHITECTURES = Map.of(0x00, "BIOS", 0x06, "EFI IA32", 0x07, "EFI x86-64",
			0x09, "EFI x86-64 (EFI BC)", 0x0A, "EFI ARM 32-bit", 0x0B, "EFI ARM 64-bit", 0x10, "EFI x86-64 HTTP boot");

	private static final Pattern ARCH_KEY = Pattern.compile("[0-9A-Fa-f]{2}:?[0-9A-Fa-f]{2}");
	private static final Pattern UNSAFE = Pattern.compile("[\\s,\"#;\\\\]");

	private PxeBoot() {
	}

	/**
	 * The boot file per client architecture: the cluster's iPXE files ({@code 00:07 -> snponly.efi})
	 * or, when it names none, {@link #DEFAULT_FILES}. A file is named relative to the TFTP root; an
	 * absolute path (Warewulf allows one, for the file it copies) is served under its file name.
	 *
	 * @throws ConfigureException when a key is not an architecture code or a file name cannot be
	 *                            written into a DHCP configuration
	 */
	public static SortedMap<Integer, String> bootFiles(Cluster cluster) throws ConfigureException {
		SortedMap<Integer, String> files = new TreeMap<>();
		if (cluster.getIpxeFiles().isEmpty()) {
			files.putAll(DEFAULT_FILES);
			return files;
		}
		for (Map.Entry<String, String> entry : cluster.getIpxeFiles()) {
			String key = entry.getKey() == null ? "" : entry.getKey().trim();
			if (!ARCH_KEY.matcher(key).matches()) {
				throw new ConfigureException("the cluster's iPXE file key \"" + key
						+ "\" is not a DHCP client architecture (write it as in Warewulf's tftp.ipxe, e.g. 00:07)");
			}
			String value = entry.getValue() == null ? "" : entry.getValue().trim();
			String file = value.startsWith("/") ? Path.of(value).getFileName().toString() : value;
			if (file.isEmpty() || UNSAFE.matcher(file).find()) {
				throw new ConfigureException("the cluster's iPXE file for architecture " + key + " (\"" + value
						+ "\") is not a file name a DHCP configuration can carry (no spaces, commas, quotes, # or ;)");
			}
			files.put(Integer.parseInt(key.replace(":", ""), 16), file);
		}
		return files;
	}

	/**
	 * The URL iPXE chains to. {@code ${mac}} is the booting NIC's address, which the server looks the
	 * node up by; {@code ${asset:uristring}} is the machine's SMBIOS asset tag, URI-encoded, which the
	 * server checks for nodes that have an asset key (and ignores for the others).
	 */
	public static String ipxeUrl(Ipv4 controller, int port) {
		return "http://" + controller + ":" + port + "/provision/${mac}?stage=ipxe&assetkey=${asset:uristring}";
	}

	/** @return e.g. {@code 00:07} */
	public static String archCode(int arch) {
		return String.format("%02x:%02x", arch >> 8, arch & 0xFF);
	}

	/** @return e.g. {@code EFI x86-64}, or {@code architecture 00:2a} for codes without a common name */
	public static String archName(int arch) {
		String name = ARCHITECTURES.get(arch);
		return name != null ? name : "architecture " + archCode(arch);
	}
}
