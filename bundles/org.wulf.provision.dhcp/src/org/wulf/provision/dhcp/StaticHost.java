package org.wulf.provision.dhcp;

import java.net.Inet4Address;

/**
 * A reservation from the model: this MAC always gets this address.
 *
 * @param name    the node name (sent as host name, shown in logs)
 * @param address the node's address on the provisioning network
 * @param netmask the node's netmask, or null for the network's
 * @param gateway the node's gateway, or null for the network's
 */
public record StaticHost(String name, Inet4Address address, Inet4Address netmask, Inet4Address gateway) {
}
