package org.wulf.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.wulf.core.nodes.Discovery;
import org.wulf.core.store.ModelFile;
import org.wulf.core.store.ModelFileException;
import org.wulf.model.Cluster;
import org.wulf.provision.BootFileSource;
import org.wulf.provision.DhcpSetup;
import org.wulf.provision.ProvisionEngine;
import org.wulf.provision.ProvisionSetupException;
import org.wulf.provision.StoreBootFiles;
import org.wulf.provision.OverlayAutobuild;
import org.wulf.provision.OverlayBootFiles;
import org.wulf.overlay.OverlayBuilder;
import org.wulf.overlay.TemplateData;
import org.wulf.overlay.FileTemplateHost;
import org.wulf.provision.dhcp.DhcpSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wulf server}: runs the provisioning engine from the model until SIGTERM or Ctrl-C, reloading
 * when the model file changes and saving discovered nodes.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
		description = { "Serve the cluster: nodes network-boot from this machine (DHCP, TFTP and HTTP provisioning).",
				"Stops cleanly on SIGTERM or Ctrl-C; reloads when the model file changes." })
public final class ServerCommand implements Runnable {

	@ParentCommand
	WulfCommand root;

	@Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default: the controller address of the model)")
	String bind;
	@Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: the model's provisioning port)")
	Integer port;
	@Mixin
	ImageStoreOption storeOption;
	@Mixin
	OverlayStoreOption overlayOption;
	@Option(names = "--provision", paramLabel = "DIR",
			description = "where built overlay images are, as DIR/overlays/NODE/ (default: $WULF_PROVISION, else provision beside the image store)")
	Path provision;
	@Option(names = "--dhcp-port", paramLabel = "PORT", defaultValue = "67",
			description = "DHCP server port (default ${DEFAULT-VALUE}; clients use the next port up when it is not 67)")
	int dhcpPort;
	@Option(names = "--no-dhcp", description = "do not start the embedded DHCP server, whatever the model says")
	boolean noDhcp;
	@Option(names = "--tftp-port", paramLabel = "PORT", defaultValue = "69", description = "TFTP port (default ${DEFAULT-VALUE})")
	int tftpPort;
	@Option(names = "--no-tftp", description = "do not start the embedded TFTP server, whatever the model says")
	boolean noTftp;
	@Option(names = "--ipxe-dir", paramLabel = "DIR", defaultValue = "/usr/lib/ipxe",
			description = "where the iPXE binaries are, served over TFTP after the TFTP root (default ${DEFAULT-VALUE}, Debian's ipxe)")
	Path ipxeDir;
	@Option(names = "--state", paramLabel = "DIR",
			description = "where the server keeps its state, e.g. DHCP leases (default: beside the image store)")
	Path state;
	@Option(names = "--watch-seconds", paramLabel = "S", defaultValue = "2", description = "how often to look for model changes")
	int watchSeconds;

	@Override
	public void run() {
		ModelSession session = root.session();
		ModelFile file = session.file();
		Cluster cluster = session.read();
		String address = bind != null ? bind : cluster.getControllerIp();
		if (address == null || address.isBlank()) {
			throw new CliFailure("no address to serve on: set the controller address (wulf cluster set --ipaddr IP/PREFIX) or give --bind");
		}
		int httpPort = port != null ? port : cluster.getHttpPort();
		Path images = storeOption.store().root();
		Path provisionDir = provision != null ? provision : OverlayBuilder.defaultProvisionDir(images);
		Path stateDir = state != null ? state : images.toAbsolutePath().resolveSibling("state");
		DhcpSettings dhcp;
		Path leases = stateDir.resolve("dhcp.leases");
		try { // checked now, so that a model without what DHCP needs fails before anything listens
			dhcp = noDhcp ? null : DhcpSetup.from(cluster, "http://" + address + ":" + httpPort, leases, dhcpPort);
		} catch (ProvisionSetupException e) {
			throw new CliFailure(e.getMessage() + " (or start with --no-dhcp)", e);
		}
		BootFileSource tftp = noTftp || !cluster.isTftpEnabled() ? null
				: new BootFileSource(cluster.getTftpRoot() == null ? null : Path.of(cluster.getTftpRoot()), ipxeDir);
		ProvisionEngine engine = new ProvisionEngine(new ProvisionEngine.Settings(address, httpPort, cluster.isSecure(),
				dhcp == null ? null : base -> DhcpSetup.from(cluster, base, leases, dhcpPort), tftp, tftpPort),
				cluster, new OverlayBootFiles(new StoreBootFiles(images, cluster), provisionDir));
		engine.setDiscoverer(mac -> discover(file, engine, mac));
		org.wulf.overlay.OverlayStore overlays = overlayOption.store(root);
		Path configDir = file.path().toAbsolutePath().getParent();
		OverlayBuilder builder = new OverlayBuilder(overlays, provisionDir, new FileTemplateHost(configDir, images));
		engine.setFilePreparer(new OverlayAutobuild(builder, () -> engine.snapshot().cluster(), served -> TemplateData.of(served,
				new TemplateData.Settings(TemplateData.localHostName(), overlays.site(), provisionDir, images, configDir))));
		try {
			engine.start();
		} catch (IOException | ProvisionSetupException e) {
			throw new CliFailure(e.getMessage(), e);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			stopped.countDown();
			closeQuietly(engine);
		}, "wulf-server-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		root.out().println("wulf server: serving " + cluster.getNodes().size() + " nodes from " + file.path() + " on "
				+ engine.httpUrl() + (dhcp == null ? ", no DHCP" : ", DHCP " + dhcp.mode().name().toLowerCase() + " on port "
						+ dhcp.serverPort()) + (tftp == null ? ", no TFTP" : ", TFTP on port " + engine.tftpPort())
				+ " (SIGTERM or Ctrl-C stops)");
		try {
			while (!stopped.await(watchSeconds, TimeUnit.SECONDS)) {
				if (file.changedOnDisk()) {
					try {
						engine.reload(file.load());
						root.out().println("wulf server: the model changed; reloaded");
					} catch (ModelFileException e) {
						root.err().println("wulf server: the changed model cannot be read, still serving the previous one: "
								+ e.getMessage());
					}
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (IOException e) {
			throw new CliFailure("cannot watch " + file.path() + ": " + e.getMessage(), e);
		} finally {
			closeQuietly(engine);
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// the JVM is already shutting down: the hook runs
			}
		}
	}

	/** Warewulf's discovery: the unknown MAC claims the first discoverable node; the model is saved. */
	private boolean discover(ModelFile watched, ProvisionEngine engine, String mac) throws IOException {
		// its own ModelFile: reading here must not hide a change from the watcher's stamp
		ModelFile file = new ModelFile(watched.path());
		try (ModelFile.ModelLock lock = file.lock()) {
			Cluster cluster = file.load();
			var claimed = Discovery.claim(cluster, mac);
			if (claimed.isEmpty()) {
				return false;
			}
			file.save(cluster);
			engine.reload(cluster);
			root.out().println("wulf server: " + mac + " was discovered as node " + claimed.get().getName() + " (model saved)");
			return true;
		} catch (ModelFileException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static void closeQuietly(ProvisionEngine engine) {
		try {
			engine.close();
		} catch (Exception e) {
			// stopping anyway
		}
	}
}
