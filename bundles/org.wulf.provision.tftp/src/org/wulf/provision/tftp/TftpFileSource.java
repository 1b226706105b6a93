package org.wulf.provision.tftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Where the server finds the file a read request names. {@link DirectoryFileSource} serves a
 * directory; the engine can put generated content in front of it (per-node configuration, iPXE
 * scripts) without writing it to disk.
 * <p>
 * The exception an implementation throws decides the TFTP error the client gets:
 * {@link NoSuchFileException} or {@link java.io.FileNotFoundException} → code 1 (file not found),
 * {@link AccessDeniedException} → code 2 (access violation), any other {@link IOException} →
 * code 0 with a generic message. The exception's message is logged, never sent to the client.
 */
@FunctionalInterface
public interface TftpFileSource {

	/**
	 * @param name   the file name exactly as the client sent it (decoded as UTF-8 when it is valid
	 *               UTF-8, else one char per byte); not checked in any way
	 * @param client who asks, for content that depends on the node
	 * @return the opened file; the server closes it
	 */
	TftpFile open(String name, InetSocketAddress client) throws IOException;
}
