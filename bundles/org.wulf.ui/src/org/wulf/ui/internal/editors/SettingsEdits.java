package org.wulf.ui.internal.editors;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wulf.core.net.Ipv4;
import org.wulf.core.net.MacAddress;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.NodeSettings;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;

/**
 * The form editors' edits as EMF commands: an attribute of a node or profile, of its IPMI settings
 * (created on the first value), of a network device or of a tag, set from the text a user typed.
 * Text the model would not take is refused with {@link IllegalArgumentException} saying why, before
 * anything changes; empty text removes the value (a profile's value shows through again).
 */
public final class SettingsEdits {

	private static final WulfPackage P = WulfPackage.eINSTANCE;
	private static final List<EAttribute> ADDRESSES = List.of(P.getNetDev_Ipaddr(), P.getNetDev_Gateway(), P.getIpmi_Ipaddr(),
			P.getIpmi_Gateway());
	private static final List<EAttribute> NETMASKS = List.of(P.getNetDev_Netmask(), P.getIpmi_Netmask());
	private static final List<EAttribute> SPACE_SEPARATED = List.of(P.getNodeSettings_KernelArgs());

	private SettingsEdits() {
	}

	/** The text a field shows for an attribute: lists joined (kernel arguments by spaces, the rest by commas). */
	public static String text(EObject owner, EAttribute attribute) {
		if (owner == null) {
			return "";
		}
		Object value = owner.eGet(attribute);
		if (value instanceof List<?> list) {
			return String.join(SPACE_SEPARATED.contains(attribute) ? " " : ", ", list.stream().map(String::valueOf).toList());
		}
		return value == null ? "" : String.valueOf(value);
	}

	/** Sets an attribute of {@code owner} from text; null when the value is already that. */
	public static Command set(EditingDomain domain, EObject owner, EAttribute attribute, String typed) {
		Object value = parse(attribute, typed == null ? "" : typed.strip());
		if (java.util.Objects.equals(value, owner.eGet(attribute)) || (value instanceof List<?> l && l.equals(owner.eGet(attribute)))) {
			return null;
		}
		return SetCommand.create(domain, owner, attribute, value == null ? SetCommand.UNSET_VALUE : value);
	}

	/** Sets an IPMI attribute of a node or profile, adding its IPMI settings when it has none yet. */
	public static Command setIpmi(EditingDomain domain, NodeSettings settings, EAttribute attribute, String typed) {
		if (settings.getIpmi() != null) {
			return set(domain, settings.getIpmi(), attribute, typed);
		}
		Object value = parse(attribute, typed == null ? "" : typed.strip());
		if (value == null) {
			return null;
		}
		Ipmi ipmi = WulfFactory.eINSTANCE.createIpmi();
		ipmi.eSet(attribute, value);
		return SetCommand.create(domain, settings, P.getNodeSettings_Ipmi(), ipmi);
	}

	/** A new network device named eth0, eth1, ... (the first free name). */
	public static Command addNetDev(EditingDomain domain, NodeSettings settings) {
		NetDev netDev = WulfFactory.eINSTANCE.createNetDev();
		int n = 0;
		while (hasNetDev(settings, "eth" + n)) {
			n++;
		}
		netDev.setName("eth" + n);
		return AddCommand.create(domain, settings, P.getNodeSettings_NetDevs(), netDev);
	}

	/** A new tag with a free key (key, key2, ...) and an empty value. */
	public static Command addTag(EditingDomain domain, NodeSettings settings) {
		EObject tag = org.eclipse.emf.ecore.util.EcoreUtil.create(P.getTagEntry());
		String key = "key";
		for (int n = 2; hasTag(settings, key); n++) {
			key = "key" + n;
		}
		tag.eSet(P.getTagEntry_Key(), key);
		tag.eSet(P.getTagEntry_Value(), "");
		return AddCommand.create(domain, settings, P.getNodeSettings_Tags(), tag);
	}

	public static Command remove(EditingDomain domain, List<? extends EObject> objects) {
		return objects.isEmpty() ? null : RemoveCommand.create(domain, objects);
	}

	private static boolean hasNetDev(NodeSettings settings, String name) {
		return settings.getNetDevs().stream().anyMatch(d -> name.equals(d.getName()));
	}

	private static boolean hasTag(NodeSettings settings, String key) {
		return settings.getTags().containsKey(key);
	}

	/** The model value for typed text, checked; null for empty text. */
	static Object parse(EAttribute attribute, String text) {
		String field = attribute.getEContainingClass().getName() + "." + attribute.getName();
		if (attribute.isMany()) {
			if (text.isEmpty()) {
				return List.of();
			}
			return Arrays.stream(text.split(SPACE_SEPARATED.contains(attribute) ? "\\s+" : "\\s*,\\s*")).filter(s -> !s.isEmpty())
					.toList();
		}
		if (text.isEmpty()) {
			return null;
		}
		if (ADDRESSES.contains(attribute) && !Ipv4.isValid(text)) {
			throw new IllegalArgumentException(field + ": '" + text + "' is not an IPv4 address (like 10.0.0.11)");
		}
		if (NETMASKS.contains(attribute) && !Ipv4.isValidNetmask(text)) {
			throw new IllegalArgumentException(field + ": '" + text + "' is not a netmask (like 255.255.255.0)");
		}
		if (attribute == P.getNetDev_Hwaddr()) {
			if (!MacAddress.isValid(text)) {
				throw new IllegalArgumentException(field + ": '" + text + "' is not a MAC address (like 52:54:00:12:34:56)");
			}
			return MacAddress.normalize(text);
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == Integer.class || type == int.class) {
			try {
				return Integer.valueOf(text);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(field + ": '" + text + "' is not a whole number");
			}
		}
		if (type == Boolean.class || type == boolean.class) {
			if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
				throw new IllegalArgumentException(field + ": write true or false (or nothing to inherit)");
			}
			return Boolean.valueOf(text);
		}
		if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING && type != String.class) {
			throw new IllegalArgumentException(field + " cannot be edited as text");
		}
		return text;
	}
}
