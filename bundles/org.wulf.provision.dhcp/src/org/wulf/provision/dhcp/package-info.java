/**
 * Wulf provisioning: the DHCP server of the embedded engine (see ARCHITECTURE.md).
 */
package org.wulf.provision.dhcp;
