package org.wulf.provision.tftp;

/**
 * Hears about every request the server answers. Called on the transfer's own thread, so it
 * should return quickly; an exception it throws is logged and otherwise ignored.
 */
@FunctionalInterface
public interface TftpListener {

	void handle(TftpEvent event);
}
