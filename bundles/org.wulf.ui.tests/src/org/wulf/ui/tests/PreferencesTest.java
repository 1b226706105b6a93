package org.wulf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.wulf.ui.internal.preferences.StudioPreferences;

/** Window > Preferences > Wulf: the page opens with the engine defaults. */
class PreferencesTest {

	@Test
	void wulfPageOpensWithEngineDefaults() {
		assertEquals(67, StudioPreferences.store().getDefaultInt(StudioPreferences.DHCP_PORT));
		assertEquals(69, StudioPreferences.store().getDefaultInt(StudioPreferences.TFTP_PORT));
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.wulf.ui.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(dialog.getSelectedPage() != null, "the Wulf page is shown");
			assertEquals("org.wulf.ui.internal.preferences.StudioPreferencePage", dialog.getSelectedPage().getClass().getName());
		} finally {
			dialog.close();
		}
	}
}
