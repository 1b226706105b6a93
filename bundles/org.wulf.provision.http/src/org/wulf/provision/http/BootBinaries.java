package org.wulf.provision.http;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The network bootloaders (iPXE binaries) that UEFI HTTP-boot clients fetch from {@code /boot/NAME};
 * the same files TFTP serves to PXE clients.
 */
@FunctionalInterface
public interface BootBinaries {

	/**
	 * @return the file, confined to where boot binaries live
	 * @throws java.nio.file.NoSuchFileException  when there is no such file
	 * @throws java.nio.file.AccessDeniedException when the name tries to leave that place
	 */
	Path find(String name) throws IOException;

	BootBinaries NONE = name -> {
		throw new java.nio.file.NoSuchFileException(name);
	};
}
