/** Tests of the TFTP server, on real sockets. */
package org.wulf.provision.tftp.tests;
