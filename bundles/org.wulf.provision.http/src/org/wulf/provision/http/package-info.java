/**
 * Wulf provisioning: the HTTP server of the embedded engine (see ARCHITECTURE.md).
 */
package org.wulf.provision.http;
