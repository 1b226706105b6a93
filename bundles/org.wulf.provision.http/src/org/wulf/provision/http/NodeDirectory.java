package org.wulf.provision.http;

import java.util.Optional;

/** Finds the node that boots from a MAC; the engine backs it with the model (and discovery). */
@FunctionalInterface
public interface NodeDirectory {

	Optional<BootNode> byMac(String mac);
}
