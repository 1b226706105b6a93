package org.wulf.ui.internal.provision;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.wulf.provision.http.BootStage;

/** One colour per boot stage, the same in the status table and the timeline. */
public final class StageColors {

	private StageColors() {
	}

	public static RGB rgb(BootStage stage) {
		return switch (stage) {
		case DHCP -> new RGB(120, 144, 196);
		case IPXE -> new RGB(232, 196, 64);
		case KERNEL -> new RGB(236, 140, 60);
		case IMAGE -> new RGB(160, 110, 200);
		case SYSTEM -> new RGB(70, 170, 170);
		case NETWORK -> new RGB(60, 150, 200);
		case RUNTIME -> new RGB(40, 130, 150);
		case READY -> new RGB(120, 190, 90);
		case BOOTED -> new RGB(80, 170, 80);
		};
	}

	/** A colour of the display's registry-free kind: SWT 3.x+ colours need no disposal. */
	public static Color color(Display display, BootStage stage) {
		return new Color(display, rgb(stage));
	}
}
