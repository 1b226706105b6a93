/**
 * Wulf provisioning: the TFTP server of the embedded engine (see ARCHITECTURE.md).
 */
package org.wulf.provision.tftp;
