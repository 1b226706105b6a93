package org.wulf.ui.internal.provision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.wulf.provision.http.BootStage;
import org.wulf.provision.http.BootStatus.NodeProgress;

/**
 * The boot timeline: one bar per node, split where the node reached each stage (DHCP → iPXE →
 * kernel → image → overlays → booted), on a shared time axis from the first node's first step.
 */
public final class BootTimeline extends Canvas {

	private static final int ROW = 18;
	private static final int NAME_WIDTH = 110;
	private static final int TOP = 24;
	private List<NodeProgress> nodes = List.of();

	public BootTimeline(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL);
		addPaintListener(e -> paint(e.gc));
	}

	public void show(List<NodeProgress> progress) {
		nodes = new ArrayList<>(progress);
		redraw();
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		int x = NAME_WIDTH;
		for (BootStage stage : BootStage.values()) { // legend
			gc.setBackground(StageColors.color(getDisplay(), stage));
			gc.fillRectangle(x, 6, 10, 10);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawString(stage.id(), x + 13, 3, true);
			x += 13 + gc.stringExtent(stage.id()).x + 12;
		}
		if (nodes.isEmpty()) {
			gc.drawString("no node has asked for anything yet", NAME_WIDTH, TOP + 4, true);
			return;
		}
		Instant start = Instant.MAX;
		Instant end = Instant.MIN;
		for (NodeProgress node : nodes) {
			for (Instant at : node.reached().values()) {
				start = at.isBefore(start) ? at : start;
				end = at.isAfter(end) ? at : end;
			}
		}
		Instant now = Instant.now();
		end = now.isAfter(end) ? now : end;
		double span = Math.max(1, Duration.between(start, end).toMillis());
		int width = Math.max(10, area.width - NAME_WIDTH - 10);
		int y = TOP;
		for (NodeProgress node : nodes) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawString(node.node(), 4, y + 1, true);
			List<Map.Entry<BootStage, Instant>> steps = new ArrayList<>(node.reached().entrySet());
			steps.sort(Map.Entry.comparingByValue());
			for (int i = 0; i < steps.size(); i++) {
				Instant from = steps.get(i).getValue();
				Instant to = i + 1 < steps.size() ? steps.get(i + 1).getValue()
						: steps.get(i).getKey().up() ? from.plusMillis((long) (span / 100)) : now;
				int x0 = NAME_WIDTH + (int) (Duration.between(start, from).toMillis() / span * width);
				int x1 = NAME_WIDTH + (int) (Duration.between(start, to).toMillis() / span * width);
				gc.setBackground(StageColors.color(getDisplay(), steps.get(i).getKey()));
				gc.fillRectangle(x0, y + 2, Math.max(2, x1 - x0), ROW - 5);
			}
			y += ROW;
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawString(String.format("%.1f s", span / 1000), NAME_WIDTH + width - 40, y + 2, true);
	}
}
