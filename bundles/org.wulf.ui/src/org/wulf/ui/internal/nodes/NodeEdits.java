package org.wulf.ui.internal.nodes;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wulf.core.net.Ipv4;
import org.wulf.core.net.MacAddress;
import org.wulf.model.NetDev;
import org.wulf.model.Node;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;

/**
 * The edits the node table makes, as EMF commands (undoable). A value the model would reject is
 * refused here with a message that says why, before anything changes.
 */
public final class NodeEdits {

	private NodeEdits() {
	}

	/** Thrown for a value that cannot be set; the message is for the user. */
	public static final class RefusedEdit extends Exception {
		private static final long serialVersionUID = 1L;

		RefusedEdit(String message) {
			super(message);
		}
	}

	/** @return whether the column can be edited in place */
	public static boolean editable(NodeColumn column) {
		return column == NodeColumn.IMAGE || column == NodeColumn.IP || column == NodeColumn.MAC
				|| column == NodeColumn.PROFILES;
	}

	/**
	 * The command that sets {@code value} in {@code column} for every row; empty text removes the
	 * node's own value (the profiles' value shows again).
	 */
	public static Command set(EditingDomain domain, List<NodeRow> rows, NodeColumn column, String value)
			throws RefusedEdit {
		String text = value == null ? "" : value.strip();
		check(column, text);
		CompoundCommand all = new CompoundCommand(column.title() + " of " + rows.size() + (rows.size() == 1 ? " node" : " nodes"));
		for (NodeRow row : rows) {
			all.append(set(domain, row, column, text));
		}
		return all.unwrap();
	}

	static void check(NodeColumn column, String text) throws RefusedEdit {
		if (text.isEmpty()) {
			return;
		}
		if (column == NodeColumn.IP && !Ipv4.isValid(text)) {
			throw new RefusedEdit("'" + text + "' is not an IPv4 address (like 10.0.0.11)");
		}
		if (column == NodeColumn.MAC && !MacAddress.isValid(text)) {
			throw new RefusedEdit("'" + text + "' is not a MAC address (like 52:54:00:12:34:56)");
		}
		if (column == NodeColumn.IMAGE && !org.wulf.image.ImageStore.isValidName(text)) {
			throw new RefusedEdit("'" + text + "' is not an image name (letters, digits, '.', '_', '-', ':')");
		}
	}

	private static Command set(EditingDomain domain, NodeRow row, NodeColumn column, String text) {
		Node node = row.node();
		Object value = text.isEmpty() ? null : text;
		return switch (column) {
		case IMAGE -> SetCommand.create(domain, node, WulfPackage.Literals.NODE_SETTINGS__IMAGE, value);
		case PROFILES -> SetCommand.create(domain, node, WulfPackage.Literals.NODE_SETTINGS__PROFILES,
				text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*")));
		case IP -> netDev(domain, row, WulfPackage.Literals.NET_DEV__IPADDR, value);
		case MAC -> netDev(domain, row, WulfPackage.Literals.NET_DEV__HWADDR,
				value == null ? null : MacAddress.normalize(text));
		default -> throw new IllegalArgumentException(column + " is not editable");
		};
	}

	/** Sets an attribute of the node's own primary device, adding that device when only a profile has it. */
	private static Command netDev(EditingDomain domain, NodeRow row, org.eclipse.emf.ecore.EAttribute attribute, Object value) {
		NetDev primary = row.effective().primaryNetDev();
		String name = primary != null ? primary.getName() : "default";
		for (NetDev own : row.node().getNetDevs()) {
			if (name.equals(own.getName())) {
				return SetCommand.create(domain, own, attribute, value);
			}
		}
		NetDev added = WulfFactory.eINSTANCE.createNetDev();
		added.setName(name);
		added.eSet(attribute, value);
		return AddCommand.create(domain, row.node(), WulfPackage.Literals.NODE_SETTINGS__NET_DEVS, added);
	}
}
