/** Tests of the HTTP server, on real sockets. */
package org.wulf.provision.http.tests;
