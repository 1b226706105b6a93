package org.wulf.ui.internal.preferences;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Wulf: the model to open at start and the provisioning engine's defaults. */
public final class StudioPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public StudioPreferencePage() {
		super(GRID);
		setDescription("Empty fields use the defaults: the model from --model, $WULF_MODEL or the usual place, "
				+ "and the controller address and HTTP port of the model.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(StudioPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		FileFieldEditor model = new FileFieldEditor(StudioPreferences.MODEL, "Cluster model to open:", getFieldEditorParent());
		model.setFileExtensions(new String[] { "*.wulf", "*" });
		model.setEmptyStringAllowed(true);
		addField(model);
		addField(new StringFieldEditor(StudioPreferences.BIND, "Engine bind address:", getFieldEditorParent()));
		addField(port(StudioPreferences.HTTP_PORT, "HTTP port (0: the model's):"));
		addField(port(StudioPreferences.DHCP_PORT, "DHCP port:"));
		addField(port(StudioPreferences.TFTP_PORT, "TFTP port:"));
		addField(new DirectoryFieldEditor(StudioPreferences.IPXE_DIR, "iPXE binaries:", getFieldEditorParent()));
	}

	private IntegerFieldEditor port(String key, String label) {
		IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent(), 5);
		editor.setValidRange(0, 65535);
		return editor;
	}
}
