/** Tests of the stock overlays: their shell scripts with dash and busybox, the agent against the real server. */
package org.wulf.overlay.stock.tests;
