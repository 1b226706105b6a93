package org.wulf.ui.internal.nodes;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.wulf.core.range.NodeRange;

/** Asks for a range of new nodes; the preview line says how many nodes and which addresses. */
public final class AddNodesDialog extends TitleAreaDialog {

	private Text names;
	private Text profiles;
	private Text netDev;
	private Text firstIp;
	private Text netmask;
	private Text firstIpmi;
	private AddNodesRequest request;

	public AddNodesDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Add nodes");
		setMessage("Addresses count up by one per node, as with wulf node add.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		names = field(form, "Names (range):", "n[0001-0064]");
		profiles = field(form, "Profiles:", "");
		netDev = field(form, "Network device:", "default");
		firstIp = field(form, "First IP address:", "");
		netmask = field(form, "Netmask:", "");
		firstIpmi = field(form, "First IPMI address:", "");
		names.addModifyListener(e -> preview());
		preview();
		return area;
	}

	private static Text field(Composite form, String label, String initial) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		text.setText(initial);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 260;
		text.setLayoutData(data);
		return text;
	}

	private void preview() {
		try {
			int count = NodeRange.expand(names.getText().strip()).size();
			setErrorMessage(null);
			setMessage(count + (count == 1 ? " node" : " nodes") + "; addresses count up by one per node.");
			if (getButton(IDialogConstants.OK_ID) != null) {
				getButton(IDialogConstants.OK_ID).setEnabled(count > 0);
			}
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			if (getButton(IDialogConstants.OK_ID) != null) {
				getButton(IDialogConstants.OK_ID).setEnabled(false);
			}
		}
	}

	@Override
	protected void okPressed() {
		request = new AddNodesRequest(names.getText(), profiles.getText(), netDev.getText(), firstIp.getText(),
				netmask.getText(), firstIpmi.getText());
		super.okPressed();
	}

	/** @return what was asked for, once OK was pressed */
	public AddNodesRequest request() {
		return request;
	}
}
