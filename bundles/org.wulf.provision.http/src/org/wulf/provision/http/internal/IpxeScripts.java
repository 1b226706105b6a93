package org.wulf.provision.http.internal;

import java.util.Map;

import org.wulf.provision.http.BootNode;
import org.wulf.provision.http.BootStage;

/** The iPXE scripts the server hands out: a node's boot script, and one for machines it does not know. */
public final class IpxeScripts {

	private IpxeScripts() {
	}

	/**
	 * Loads the kernel and the initrds (image, system overlay; the runtime overlay is fetched by the
	 * node itself later, with its token, from a privileged port) and boots with the node's arguments.
	 * On any failure it says so and retries from the start after a pause.
	 */
	public static String forNode(BootNode node, String base) {
		String query = node.assetKey() == null ? "" : "&assetkey=" + node.assetKey();
		String url = base + "/provision/" + node.mac() + "?stage=";
		StringBuilder script = new StringBuilder();
		script.append("#!ipxe\n");
		script.append("echo Wulf: booting ").append(node.name()).append(" (").append(node.mac()).append(") from ").append(base)
				.append('\n');
		Map<BootStage, ?> files = node.files();
		if (!files.containsKey(BootStage.KERNEL)) {
			return script.append("echo Wulf: no kernel is known for ").append(node.name())
					.append("; give it an image (wulf node set ").append(node.name()).append(" --image NAME)\n")
					.append("sleep 30\nchain --replace ").append(url).append("ipxe").append(query).append('\n').toString();
		}
		script.append("kernel --name kernel ").append(url).append("kernel").append(query).append(" || goto failed\n");
		StringBuilder initrds = new StringBuilder();
		for (BootStage stage : new BootStage[] { BootStage.IMAGE, BootStage.SYSTEM }) {
			if (files.containsKey(stage)) {
				script.append("initrd --name ").append(stage.id()).append(' ').append(url).append(stage.id()).append(query)
						.append(" || goto failed\n");
				initrds.append(" initrd=").append(stage.id());
			}
		}
		script.append("boot kernel").append(initrds).append(" wwid=").append(node.mac());
		if (node.kernelArgs() != null && !node.kernelArgs().isBlank()) {
			script.append(' ').append(node.kernelArgs().trim());
		}
		script.append(" wulf.server=").append(base);
		if (node.token() != null) {
			// the node's agent presents it for the runtime overlay (with a privileged port in secure mode)
			script.append(" wulf.token=").append(node.token());
		}
		script.append(" || goto failed\n");
		script.append(":failed\n");
		script.append("echo Wulf: booting ").append(node.name()).append(" failed; trying again in 15 seconds\n");
		script.append("sleep 15\n");
		script.append("chain --replace ").append(url).append("ipxe").append(query).append('\n');
		return script.toString();
	}

	/** Says why the machine cannot boot, and asks again after a while (it may be added meanwhile). */
	public static String forUnknown(String mac, String base) {
		return "#!ipxe\n"
				+ "echo Wulf: this machine (" + mac + ") is not a node of the cluster.\n"
				+ "echo Wulf: give a node this MAC (wulf node set NODE --hwaddr " + mac + ") or mark one discoverable.\n"
				+ "echo Wulf: asking again in 30 seconds.\n"
				+ "sleep 30\n"
				+ "chain --replace " + base + "/provision/" + mac + "?stage=ipxe\n";
	}
}
