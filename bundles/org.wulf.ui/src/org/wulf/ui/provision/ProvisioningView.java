package org.wulf.ui.provision;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.wulf.model.Cluster;
import org.wulf.provision.BootFileSource;
import org.wulf.provision.DhcpSetup;
import org.wulf.provision.ProvisionEngine;
import org.wulf.provision.StoreBootFiles;
import org.wulf.provision.http.BootStatus.NodeProgress;
import org.wulf.ui.internal.document.ClusterDocument;
import org.wulf.ui.internal.provision.BootTimeline;
import org.wulf.ui.internal.provision.StageColors;

/**
 * The provisioning console: starts and stops the same engine as {@code wulf server} from the
 * workbench, shows its log, every node's boot stage (coloured) and a boot timeline per node.
 */
public class ProvisioningView extends ViewPart {

	public static final String ID = "org.wulf.ui.provisioning"; //$NON-NLS-1$

	private Text bind;
	private Text httpPort;
	private Button dhcp;
	private Text dhcpPort;
	private Button tftp;
	private Text tftpPort;
	private Button start;
	private Button stop;
	private Label state;
	private Table status;
	private BootTimeline timeline;
	private Text log;
	private ClusterDocument document;
	private ProvisionEngine engine;
	/** Held strongly: JUL keeps loggers weakly, and a collected logger would lose its handler. */
	private final Logger engineLog = Logger.getLogger("org.wulf.provision");
	private final Handler logHandler = new Handler() {
		@Override
		public void publish(LogRecord record) {
			String line = String.format("%tT %s %s%n", record.getMillis(), record.getLevel().getName(),
					new java.util.logging.SimpleFormatter().formatMessage(record));
			if (log != null && !log.isDisposed()) {
				log.getDisplay().asyncExec(() -> {
					if (!log.isDisposed()) {
						log.append(line);
					}
				});
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(body, SWT.NONE);
		org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout();
		row.center = true;
		row.wrap = true;
		bar.setLayout(row);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE).setText("Bind:");
		bind = text(bar, "", 110);
		new Label(bar, SWT.NONE).setText("HTTP port:");
		httpPort = text(bar, "", 50);
		dhcp = new Button(bar, SWT.CHECK);
		dhcp.setText("DHCP port");
		dhcpPort = text(bar, "67", 40);
		tftp = new Button(bar, SWT.CHECK);
		tftp.setText("TFTP port");
		tftpPort = text(bar, "69", 40);
		start = new Button(bar, SWT.PUSH);
		start.setText("Start");
		start.addListener(SWT.Selection, e -> start());
		stop = new Button(bar, SWT.PUSH);
		stop.setText("Stop");
		stop.addListener(SWT.Selection, e -> stop());
		state = new Label(body, SWT.NONE);
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		SashForm split = new SashForm(body, SWT.VERTICAL);
		split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		status = new Table(split, SWT.BORDER | SWT.FULL_SELECTION);
		status.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Node", "110" }, { "Stage", "80" }, { "Address", "110" },
				{ "MAC", "140" }, { "Last sent", "160" }, { "Seen", "70" } }) {
			TableColumn c = new TableColumn(status, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		timeline = new BootTimeline(split);
		log = new Text(split, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		split.setWeights(35, 35, 30);
		engineLog.addHandler(logHandler);
		if (org.wulf.ui.internal.document.ActiveDocument.get() != null) {
			use(org.wulf.ui.internal.document.ActiveDocument.get());
		}
		updateButtons();
	}

	private static Text text(Composite bar, String value, int width) {
		Text text = new Text(bar, SWT.BORDER);
		text.setText(value);
		text.setLayoutData(new org.eclipse.swt.layout.RowData(width, SWT.DEFAULT));
		return text;
	}

	/** Serves this document's model (the node table's); fills in the model's address and port. */
	public void use(ClusterDocument model) {
		this.document = model;
		Cluster cluster = model.cluster();
		var prefs = org.wulf.ui.internal.preferences.StudioPreferences.store();
		String preferredBind = prefs.getString(org.wulf.ui.internal.preferences.StudioPreferences.BIND);
		bind.setText(!preferredBind.isBlank() ? preferredBind
				: cluster.getControllerIp() == null ? "127.0.0.1" : cluster.getControllerIp().replaceFirst("/.*", ""));
		int preferredPort = prefs.getInt(org.wulf.ui.internal.preferences.StudioPreferences.HTTP_PORT);
		httpPort.setText(String.valueOf(preferredPort > 0 ? preferredPort : cluster.getHttpPort()));
		dhcpPort.setText(String.valueOf(prefs.getInt(org.wulf.ui.internal.preferences.StudioPreferences.DHCP_PORT)));
		tftpPort.setText(String.valueOf(prefs.getInt(org.wulf.ui.internal.preferences.StudioPreferences.TFTP_PORT)));
		dhcp.setSelection(false); // never by default from a workstation: the admin opts in
		tftp.setSelection(false);
		updateButtons();
	}

	/** Sets the HTTP port field (0: any free port). */
	public void setHttpPort(int port) {
		httpPort.setText(String.valueOf(port));
	}

	/** Starts the engine with what the fields say. */
	public void start() {
		if (document == null || engine != null) {
			return;
		}
		Cluster cluster = document.cluster();
		String address = bind.getText().strip();
		try {
			int port = Integer.parseInt(httpPort.getText().strip());
			int dhcpAt = Integer.parseInt(dhcpPort.getText().strip());
			Path images = org.wulf.image.ImageStore.defaultRoot();
			BootFileSource files = tftp.getSelection()
					? new BootFileSource(cluster.getTftpRoot() == null ? null : Path.of(cluster.getTftpRoot()), Path.of(org.wulf.ui.internal.preferences.StudioPreferences.store()
							.getString(org.wulf.ui.internal.preferences.StudioPreferences.IPXE_DIR)))
					: null;
			Path leases = images.toAbsolutePath().resolveSibling("state").resolve("dhcp.leases");
			ProvisionEngine started = new ProvisionEngine(new ProvisionEngine.Settings(address, port, cluster.isSecure(),
					dhcp.getSelection() ? base -> DhcpSetup.from(cluster, base, leases, dhcpAt) : null, files,
					Integer.parseInt(tftpPort.getText().strip())), cluster, new StoreBootFiles(images, cluster));
			started.start();
			engine = started;
			engine.status().addListener(progress -> status.getDisplay().asyncExec(this::refresh));
			state.setText("serving " + cluster.getNodes().size() + " nodes on " + engine.httpUrl()
					+ (dhcp.getSelection() ? ", DHCP" : "") + (tftp.getSelection() ? ", TFTP" : ""));
		} catch (Exception e) {
			state.setText("not started: " + e.getMessage());
		}
		updateButtons();
		refresh();
	}

	public void stop() {
		if (engine != null) {
			ProvisionEngine running = engine;
			engine = null;
			Job.create("Stopping the provisioning engine", monitor -> {
				try {
					running.close();
				} catch (Exception e) {
					// stopping anyway
				}
			}).schedule();
			state.setText("stopped");
		}
		updateButtons();
	}

	private void refresh() {
		if (status.isDisposed() || engine == null) {
			return;
		}
		List<NodeProgress> nodes = new ArrayList<>(engine.status().all().values());
		nodes.sort(Comparator.comparing(NodeProgress::node));
		status.removeAll();
		Instant now = Instant.now();
		for (NodeProgress node : nodes) {
			TableItem item = new TableItem(status, SWT.NONE);
			item.setText(new String[] { node.node(), node.stage().name(), nullToEmpty(node.address()), nullToEmpty(node.mac()),
					nullToEmpty(node.sent()), Duration.between(node.lastSeen(), now).toSeconds() + " s ago" });
			item.setBackground(1, StageColors.color(status.getDisplay(), node.stage()));
		}
		timeline.show(nodes);
		java.util.Map<String, String> stages = new java.util.HashMap<>();
		nodes.forEach(n -> stages.put(n.node(), n.stage().name()));
		org.eclipse.ui.IViewPart table = getSite().getPage().findView(org.wulf.ui.nodes.NodeTableView.ID);
		if (table instanceof org.wulf.ui.nodes.NodeTableView view) {
			view.showStages(stages); // the node table's Status column follows the engine
		}
	}

	private void updateButtons() {
		start.setEnabled(engine == null && document != null);
		stop.setEnabled(engine != null);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	public ProvisionEngine getEngine() {
		return engine;
	}

	public Table getStatusTable() {
		return status;
	}

	public String getState() {
		return state.getText();
	}

	public String getLog() {
		return log.getText();
	}

	@Override
	public void setFocus() {
		status.setFocus();
	}

	@Override
	public void dispose() {
		engineLog.removeHandler(logHandler);
		if (engine != null) {
			try {
				engine.close();
			} catch (Exception e) {
				// closing the workbench
			}
		}
		super.dispose();
	}
}
