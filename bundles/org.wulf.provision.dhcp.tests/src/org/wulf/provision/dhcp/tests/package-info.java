/** Tests of the DHCP server, on real sockets. */
package org.wulf.provision.dhcp.tests;
