package org.wulf.provision;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.wulf.model.Cluster;
import org.wulf.provision.dhcp.DhcpEvent;
import org.wulf.provision.dhcp.DhcpServer;
import org.wulf.provision.dhcp.DhcpSettings;
import org.wulf.provision.dhcp.LeaseTable;
import org.wulf.provision.http.BootBinaries;
import org.wulf.provision.http.BootStage;
import org.wulf.provision.tftp.TftpEvent;
import org.wulf.provision.tftp.TftpFileSource;
import org.wulf.provision.tftp.TftpServer;
import org.wulf.provision.http.BootNode;
import org.wulf.provision.http.BootStatus;
import org.wulf.provision.http.ProvisionServer;

/**
 * The embedded provisioning engine: one model snapshot served by the HTTP server (and the TFTP and
 * DHCP servers), with one boot status. Used by {@code wulf server} and by the workbench; it reads
 * the model and never edits it (discovery goes through {@link Discoverer}, which the owner of the
 * model implements).
 */
public final class ProvisionEngine implements AutoCloseable {

	private static final Logger LOG = System.getLogger("org.wulf.provision");

	/** Lets an unknown MAC claim a discoverable node; returns true when the model changed. */
	@FunctionalInterface
	public interface Discoverer {
		boolean discover(String mac) throws IOException;
	}

	/**
	 * Where and how to serve.
	 *
	 * @param dhcp makes the DHCP server's settings from the HTTP base URL once HTTP listens (see
	 *             {@link DhcpSetup}); null, or returning null, for no embedded DHCP
	 * @param tftp what TFTP serves (see {@link BootFileSource}), or null for no embedded TFTP
	 * @param tftpPort the TFTP port (69 normally)
	 */
	public record Settings(String bindAddress, int httpPort, boolean secure, Function<String, DhcpSettings> dhcp,
			TftpFileSource tftp, int tftpPort) {
		public Settings(String bindAddress, int httpPort, boolean secure) {
			this(bindAddress, httpPort, secure, null, null, TftpServer.DEFAULT_PORT);
		}
	}

	private final Settings settings;
	private final BootFiles files;
	private final BootStatus status = new BootStatus();
	private final AtomicReference<ModelSnapshot> snapshot = new AtomicReference<>();
	private final Map<String, String> tokens = new ConcurrentHashMap<>();
	private final SecureRandom random = new SecureRandom();
	private volatile Discoverer discoverer = mac -> false;
	private volatile org.wulf.provision.http.FilePreparer preparer = org.wulf.provision.http.FilePreparer.NONE;
	private ProvisionServer http;
	private DhcpServer dhcp;
	private TftpServer tftp;

	public ProvisionEngine(Settings settings, Cluster model, BootFiles files) {
		this.settings = settings;
		this.files = files;
		reload(model);
	}

	/** Serves a new snapshot of the model from now on. */
	public void reload(Cluster model) {
		ModelSnapshot next = new ModelSnapshot(model, files, this::token);
		snapshot.set(next);
		LOG.log(Level.INFO, "serving {0} nodes ({1} bootable network interfaces)", model.getNodes().size(),
				next.bootableInterfaces());
	}

	public void setDiscoverer(Discoverer discoverer) {
		this.discoverer = discoverer;
	}

	/** Sets what runs before a system or runtime overlay is sent (see {@link OverlayAutobuild}). */
	public void setFilePreparer(org.wulf.provision.http.FilePreparer preparer) {
		this.preparer = preparer;
	}

	public ProvisionEngine start() throws IOException {
		try {
			BootBinaries binaries = settings.tftp() instanceof BootBinaries b ? b : BootBinaries.NONE;
			http = new ProvisionServer(settings.bindAddress(), settings.httpPort(), settings.secure(), this::lookup, status,
					binaries, (node, stage) -> preparer.prepare(node, stage)).start();
			LOG.log(Level.INFO, "HTTP provisioning on {0}", http.baseUrl());
			if (settings.tftp() != null) {
				tftp = new TftpServer(settings.bindAddress(), settings.tftpPort(), settings.tftp()).maxBlockSize(1468)
						.listener(this::tftpEvent).start();
				LOG.log(Level.INFO, "TFTP on {0}:{1,number,#}", settings.bindAddress(), tftp.port());
			}
			DhcpSettings dhcpSettings = settings.dhcp() == null ? null : settings.dhcp().apply(http.baseUrl());
			if (dhcpSettings != null) {
				dhcp = new DhcpServer(dhcpSettings, () -> snapshot.get().dhcpHosts(), this::dhcpEvent).start();
			}
		} catch (IOException | RuntimeException e) {
			closeQuietly();
			throw e;
		}
		return this;
	}

	private void tftpEvent(TftpEvent event) {
		if (event.kind() == TftpEvent.Kind.FINISHED) {
			String address = event.client().getAddress().getHostAddress();
			snapshot.get().nodeByAddress(address).ifPresent(node -> LOG.log(Level.INFO, "node {0}: TFTP {1} sent", node, event.file()));
		}
	}

	/** @return the TFTP port once started, or -1 without TFTP */
	public int tftpPort() {
		return tftp == null ? -1 : tftp.port();
	}

	private void dhcpEvent(DhcpEvent event) {
		Level level = switch (event.kind()) {
		case IGNORED, MALFORMED, NAK, DECLINE -> Level.WARNING;
		default -> Level.INFO;
		};
		LOG.log(level, "DHCP {0}", event);
		if (event.node() != null && (event.kind() == DhcpEvent.Kind.ACK || event.kind() == DhcpEvent.Kind.PROXY_OFFER)) {
			status.reached(event.node(), event.mac(), event.address(), BootStage.DHCP,
					event.bootFile() == null ? "" : event.bootFile());
		}
	}

	/** @return the dynamic DHCP leases (empty without embedded DHCP) */
	public java.util.List<LeaseTable.Lease> leases() {
		return dhcp == null ? java.util.List.of() : dhcp.leases();
	}

	private void closeQuietly() {
		try {
			close();
		} catch (Exception e) {
			LOG.log(Level.WARNING, "stopping after a failed start: {0}", e.getMessage());
		}
	}

	private Optional<BootNode> lookup(String mac) {
		Optional<BootNode> node = snapshot.get().byMac(mac);
		if (node.isPresent()) {
			return node;
		}
		try {
			if (discoverer.discover(mac)) {
				return snapshot.get().byMac(mac);
			}
		} catch (IOException e) {
			LOG.log(Level.WARNING, "discovery for {0} failed: {1}", mac, e.getMessage());
		}
		return Optional.empty();
	}

	/** @return the runtime-overlay token of a node: random, kept for the engine's lifetime */
	public String token(String node) {
		return tokens.computeIfAbsent(node, n -> {
			byte[] bytes = new byte[16];
			random.nextBytes(bytes);
			return HexFormat.of().formatHex(bytes);
		});
	}

	public BootStatus status() {
		return status;
	}

	public ModelSnapshot snapshot() {
		return snapshot.get();
	}

	/** @return the HTTP base URL once started */
	public String httpUrl() {
		return http == null ? null : http.baseUrl();
	}

	@Override
	public void close() throws Exception {
		if (dhcp != null) {
			dhcp.close();
			dhcp = null;
		}
		if (tftp != null) {
			tftp.close();
			tftp = null;
		}
		if (http != null) {
			http.close();
			http = null;
		}
	}
}
