package org.wulf.core.configure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.wulf.core.store.AtomicFileWriter;
import org.wulf.model.Cluster;

/**
 * The configuration of the services a site keeps outside Wulf, rendered from the cluster model:
 * the hosts file, a DHCP server (ISC dhcpd or dnsmasq) and the NFS exports. Rendering reads the
 * model and never changes it; {@link #write} puts a file in place under a root directory.
 *
 * <p>A write is atomic (readers see the old file or the new one) and a new file is made readable
 * by all ({@code 0644}, as these files are); an existing file keeps its permissions. A file Wulf
 * did not write before is first copied to {@code NAME.wulf-orig}, once.</p>
 */
public final class ExternalServices {

	private static final String BACKUP_SUFFIX = ".wulf-orig";

	private final Cluster cluster;

	public ExternalServices(Cluster cluster) {
		this.cluster = cluster;
	}

	/** @param existing the hosts file as it is now (its lines above Wulf's part are kept), or null */
	public RenderedFile hosts(String existing) throws ConfigureException {
		return HostsFile.render(cluster, existing);
	}

	/** @param backend the DHCP server, or null for the cluster's default ({@link DhcpBackend#defaultFor}) */
	public RenderedFile dhcp(DhcpBackend backend) throws ConfigureException {
		DhcpPlan plan = DhcpPlan.of(cluster);
		return (backend != null ? backend : DhcpBackend.defaultFor(cluster)) == DhcpBackend.DHCPD ? DhcpdConfig.render(plan)
				: DnsmasqConfig.render(plan);
	}

	public RenderedFile exports() throws ConfigureException {
		return ExportsFile.render(cluster);
	}

	/** @return the file's content under this root, or null when there is no such file */
	public static String read(Path root, ServiceFile file) throws IOException {
		try {
			// lenient: a byte that is not UTF-8 must not make the file unreadable
			return new String(Files.readAllBytes(file.under(root)), StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return null;
		}
	}

	/**
	 * A file put in place.
	 *
	 * @param path   where it was written
	 * @param backup where the file it replaced was saved, or null when nothing needed saving
	 */
	public record Written(Path path, Path backup) {
	}

	/** Writes the rendered file under the root directory (normally {@code /}). */
	public static Written write(Path root, RenderedFile rendered) throws IOException {
		Path target = rendered.file().under(root);
		Path backup = null;
		if (rendered.file().backedUp() && Files.isRegularFile(target)) {
			Path candidate = target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
			if (!Files.exists(candidate) && !GeneratedHeader.isIn(new String(Files.readAllBytes(target), StandardCharsets.UTF_8))) {
				Files.copy(target, candidate, StandardCopyOption.COPY_ATTRIBUTES);
				backup = candidate;
			}
		}
		byte[] bytes = rendered.content().getBytes(StandardCharsets.UTF_8);
		AtomicFileWriter.write(target, PosixFilePermissions.fromString("rw-r--r--"), out -> out.write(bytes));
		return new Written(target, backup);
	}
}
