package org.wulf.provision;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.wulf.provision.http.BootBinaries;
import org.wulf.provision.tftp.DirectoryFileSource;
import org.wulf.provision.tftp.TftpFile;
import org.wulf.provision.tftp.TftpFileSource;

/**
 * What the TFTP server serves: the cluster's TFTP root first, then the iPXE binaries of the
 * controller's iPXE package (Debian's {@code ipxe}: {@code /usr/lib/ipxe}), so a fresh controller
 * boots nodes without copying anything into the TFTP root. Both are rooted: nothing outside them
 * can be named.
 */
public final class BootFileSource implements TftpFileSource, BootBinaries {

	private final DirectoryFileSource root;
	private final DirectoryFileSource ipxe;

	/**
	 * @param tftpRoot the TFTP root (may not exist yet), or null
	 * @param ipxeDir  where the iPXE binaries are installed, or null
	 */
	public BootFileSource(Path tftpRoot, Path ipxeDir) {
		this.root = tftpRoot != null && Files.isDirectory(tftpRoot) ? new DirectoryFileSource(tftpRoot) : null;
		this.ipxe = ipxeDir != null && Files.isDirectory(ipxeDir) ? new DirectoryFileSource(ipxeDir) : null;
	}

	/** The same lookup for HTTP ({@code /boot/NAME}): the TFTP root first, then the iPXE directory. */
	@Override
	public Path find(String name) throws IOException {
		NoSuchFileException missing = new NoSuchFileException(name);
		for (DirectoryFileSource source : new DirectoryFileSource[] { root, ipxe }) {
			if (source == null) {
				continue;
			}
			try {
				return source.resolve(name);
			} catch (NoSuchFileException e) {
				missing = e;
			}
		}
		throw missing;
	}

	@Override
	public String toString() {
		return (root == null ? "(no TFTP root)" : root.root().toString()) + (ipxe == null ? "" : " + iPXE from " + ipxe.root());
	}

	@Override
	public TftpFile open(String name, InetSocketAddress client) throws IOException {
		// as DirectoryFileSource opens: the resolved real path, its last element not followed
		return TftpFile.of(FileChannel.open(find(name), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
	}
}
