package org.wulf.provision.http;

import java.io.IOException;

/**
 * Makes a node's file ready just before it is sent, e.g. builds its overlay image when it is
 * missing or stale (Warewulf's autobuild). Runs on the request's thread: requests of other nodes
 * go on meanwhile.
 */
@FunctionalInterface
public interface FilePreparer {

	FilePreparer NONE = (node, stage) -> {
	};

	/** @throws IOException when the file cannot be made; the request gets a 500 with this message */
	void prepare(BootNode node, BootStage stage) throws IOException;
}
