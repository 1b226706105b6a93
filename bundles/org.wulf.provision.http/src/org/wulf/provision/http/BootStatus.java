package org.wulf.provision.http;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Where each node is in its boot: the last stage reached, when each stage was reached, and what
 * was last sent. Shared by the HTTP, TFTP and DHCP servers of one engine; the UI and
 * {@code wulf node status} read it. In memory only.
 */
public final class BootStatus {

	/** One node's progress. */
	public record NodeProgress(String node, String mac, String address, BootStage stage, String sent, Instant lastSeen,
			Map<BootStage, Instant> reached) {
	}

	private final Map<String, NodeProgress> byNode = new ConcurrentHashMap<>();
	private final List<Consumer<NodeProgress>> listeners = new CopyOnWriteArrayList<>();

	/** Records that a node reached a stage (a later stage or a repeat both count). */
	public NodeProgress reached(String node, String mac, String address, BootStage stage, String sent) {
		Instant now = Instant.now();
		NodeProgress progress = byNode.compute(node, (key, old) -> {
			if (stage == BootStage.DHCP && old != null && old.stage().ordinal() > BootStage.IPXE.ordinal()
					&& !old.stage().up()) {
				// the booting OS takes its own lease: same boot, the stage stays where it is
				return new NodeProgress(node, mac, address, old.stage(), old.sent(), now, old.reached());
			}
			if (stage == BootStage.RUNTIME && old != null && old.stage().up()) {
				// the node's agent refreshing its runtime overlay: a heartbeat, not a step back
				return new NodeProgress(node, mac, address, old.stage(), sent, now, old.reached());
			}
			Map<BootStage, Instant> reached = new EnumMap<>(BootStage.class);
			if (old != null && stage.ordinal() > BootStage.DHCP.ordinal()) {
				reached.putAll(old.reached());
			}
			if (stage == BootStage.DHCP || stage == BootStage.IPXE && old != null && old.stage().up()) {
				reached.clear(); // a new boot begins
			}
			reached.put(stage, now);
			return new NodeProgress(node, mac, address, stage, sent, now, Map.copyOf(reached));
		});
		listeners.forEach(listener -> listener.accept(progress));
		return progress;
	}

	public NodeProgress of(String node) {
		return byNode.get(node);
	}

	/** @return every node's progress, by node name */
	public Map<String, NodeProgress> all() {
		return new TreeMap<>(byNode);
	}

	public void addListener(Consumer<NodeProgress> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<NodeProgress> listener) {
		listeners.remove(listener);
	}
}
