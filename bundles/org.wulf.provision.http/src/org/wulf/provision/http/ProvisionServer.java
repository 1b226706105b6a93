package org.wulf.provision.http;

import java.net.BindException;
import java.io.IOException;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The engine's HTTP server (Jetty 12): iPXE scripts, kernels, images and overlays for booting nodes.
 * It binds only the address it is given.
 */
public final class ProvisionServer implements AutoCloseable {

	private final Server server;
	private final ServerConnector connector;
	private final String bindAddress;

	/**
	 * @param bindAddress the address to listen on (the provisioning interface's), e.g. 10.0.0.1
	 * @param port        the TCP port, 0 for any free one
	 * @param secure      serve runtime overlays only to privileged source ports
	 */
	public ProvisionServer(String bindAddress, int port, boolean secure, NodeDirectory directory, BootStatus status) {
		this(bindAddress, port, secure, directory, status, BootBinaries.NONE);
	}

	/** @param binaries what {@code /boot/NAME} serves to UEFI HTTP-boot clients */
	public ProvisionServer(String bindAddress, int port, boolean secure, NodeDirectory directory, BootStatus status,
			BootBinaries binaries) {
		this(bindAddress, port, secure, directory, status, binaries, FilePreparer.NONE);
	}

	/** @param preparer called before a system or runtime overlay is sent (the overlay autobuild) */
	public ProvisionServer(String bindAddress, int port, boolean secure, NodeDirectory directory, BootStatus status,
			BootBinaries binaries, FilePreparer preparer) {
		QueuedThreadPool threads = new QueuedThreadPool(200, 8);
		threads.setName("wulf-http");
		server = new Server(threads);
		connector = new ServerConnector(server);
		connector.setHost(bindAddress);
		connector.setPort(port);
		server.addConnector(connector);
		server.setHandler(new ProvisionHandler(directory, status, secure, binaries, preparer));
		server.setStopTimeout(2000);
		this.bindAddress = bindAddress;
	}

	public ProvisionServer start() throws IOException {
		try {
			server.start();
		} catch (BindException e) {
			throw new IOException("cannot listen on " + bindAddress + ":" + connector.getPort() + ": " + e.getMessage()
					+ (connector.getPort() > 0 && connector.getPort() < 1024 ? " (ports below 1024 need root)" : ""), e);
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			throw new IOException("cannot start the HTTP server on " + bindAddress + ": " + e.getMessage(), e);
		}
		return this;
	}

	/** @return the port actually listened on */
	public int port() {
		return connector.getLocalPort();
	}

	public String baseUrl() {
		return "http://" + (bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress) + ":" + port();
	}

	@Override
	public void close() throws Exception {
		server.stop();
	}
}
