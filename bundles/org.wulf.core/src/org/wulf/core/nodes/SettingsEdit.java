package org.wulf.core.nodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.wulf.core.net.Ipv4;
import org.wulf.core.net.MacAddress;
import org.wulf.core.resolve.UnsetWords;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.NodeSettings;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;

/**
 * A set of changes to apply to nodes or profiles, as {@code wulf node set}, {@code node add} and the
 * workbench's bulk edit express them: attribute values, list replacements, one network device
 * ({@code --netname}), IPMI, and tag additions and deletions.
 *
 * <p>Values are checked and converted when they are put, so a bad value is reported before
 * anything is changed. {@code UNSET} or {@code UNDEF} as a value removes the object's own value, so
 * it inherits again (as {@code wwctl node set} does). When the edit is applied to the n-th node of
 * a range, IPv4 addresses of the network device and IPMI are incremented by n.</p>
 */
public final class SettingsEdit {

	private static final WulfPackage PACKAGE = WulfPackage.eINSTANCE;

	private final Map<EAttribute, Object> values = new LinkedHashMap<>();
	private final Map<EAttribute, List<String>> lists = new LinkedHashMap<>();
	private String netName = "default";
	private final Map<EAttribute, Object> netDevValues = new LinkedHashMap<>();
	private final Map<EAttribute, Object> ipmiValues = new LinkedHashMap<>();
	private final Map<String, String> tagsToAdd = new LinkedHashMap<>();
	private final List<String> tagsToDelete = new ArrayList<>();
	private final Map<String, String> netTagsToAdd = new LinkedHashMap<>();
	private final List<String> netTagsToDelete = new ArrayList<>();
	private final Map<String, String> ipmiTagsToAdd = new LinkedHashMap<>();
	private final List<String> ipmiTagsToDelete = new ArrayList<>();
	private final List<String> netDevsToDelete = new ArrayList<>();

	/** Sets a single-valued attribute of the node or profile (e.g. image, init, discoverable). */
	public SettingsEdit set(EAttribute attribute, String value) {
		requireOwner(attribute, PACKAGE.getNodeSettings());
		values.put(attribute, convert(attribute, value));
		return this;
	}

	/** Replaces a list attribute (profiles, kernel arguments, overlays); UNSET empties it. */
	public SettingsEdit setList(EAttribute attribute, List<String> items) {
		requireOwner(attribute, PACKAGE.getNodeSettings());
		if (!attribute.isMany()) {
			throw new IllegalArgumentException(attribute.getName() + " is not a list");
		}
		List<String> clean = new ArrayList<>();
		for (String item : items) {
			if (!item.isBlank()) {
				clean.add(item.trim());
			}
		}
		lists.put(attribute, clean.size() == 1 && UnsetWords.isUnset(clean.get(0)) ? List.of() : clean);
		return this;
	}

	/** The network device the netdev values and tags apply to ({@code --netname}, default "default"). */
	public SettingsEdit netName(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a network name cannot be empty");
		}
		this.netName = name;
		return this;
	}

	public SettingsEdit setNetDev(EAttribute attribute, String value) {
		requireOwner(attribute, PACKAGE.getNetDev());
		netDevValues.put(attribute, convert(attribute, value));
		return this;
	}

	public SettingsEdit setIpmi(EAttribute attribute, String value) {
		requireOwner(attribute, PACKAGE.getIpmi());
		ipmiValues.put(attribute, convert(attribute, value));
		return this;
	}

	public SettingsEdit addTag(String key, String value) {
		tagsToAdd.put(checkKey(key), value);
		return this;
	}

	public SettingsEdit deleteTag(String key) {
		tagsToDelete.add(key);
		return this;
	}

	public SettingsEdit addNetTag(String key, String value) {
		netTagsToAdd.put(checkKey(key), value);
		return this;
	}

	public SettingsEdit deleteNetTag(String key) {
		netTagsToDelete.add(key);
		return this;
	}

	public SettingsEdit addIpmiTag(String key, String value) {
		ipmiTagsToAdd.put(checkKey(key), value);
		return this;
	}

	public SettingsEdit deleteIpmiTag(String key) {
		ipmiTagsToDelete.add(key);
		return this;
	}

	public SettingsEdit deleteNetDev(String name) {
		netDevsToDelete.add(name);
		return this;
	}

	/** @return true when a list of profiles is part of this edit */
	public boolean setsProfiles() {
		return lists.containsKey(PACKAGE.getNodeSettings_Profiles());
	}

	public boolean isEmpty() {
		return values.isEmpty() && lists.isEmpty() && netDevValues.isEmpty() && ipmiValues.isEmpty() && tagsToAdd.isEmpty()
				&& tagsToDelete.isEmpty() && netTagsToAdd.isEmpty() && netTagsToDelete.isEmpty() && ipmiTagsToAdd.isEmpty()
				&& ipmiTagsToDelete.isEmpty() && netDevsToDelete.isEmpty();
	}

	/** Applies the edit as it is. */
	public void applyTo(NodeSettings target) {
		applyTo(target, 0);
	}

	/**
	 * Applies the edit to the n-th object of a range: IPv4 addresses given for the network device
	 * and IPMI are incremented by {@code offset}.
	 *
	 * @throws IllegalArgumentException when an incremented address would pass 255.255.255.255
	 */
	public void applyTo(NodeSettings target, int offset) {
		values.forEach((attribute, value) -> put(target, attribute, value, 0));
		lists.forEach((attribute, items) -> {
			@SuppressWarnings("unchecked")
			List<String> list = (List<String>) target.eGet(attribute);
			list.clear();
			list.addAll(items);
		});
		applyTags(target.getTags(), tagsToAdd, tagsToDelete);
		for (String name : netDevsToDelete) {
			target.getNetDevs().removeIf(netDev -> name.equals(netDev.getName()));
		}
		boolean netAdds = netDevValues.values().stream().anyMatch(v -> v != Unset.VALUE)
				|| !netTagsToAdd.isEmpty();
		NetDev existing = existingNetDev(target, netName);
		if (netAdds || (existing != null && (!netDevValues.isEmpty() || !netTagsToDelete.isEmpty()))) {
			NetDev netDev = existing != null ? existing : netDev(target, netName);
			netDevValues.forEach((attribute, value) -> put(netDev, attribute, value, offset));
			applyTags(netDev.getTags(), netTagsToAdd, netTagsToDelete);
			if (!netAdds && isEmpty(netDev)) {
				// Warewulf flattens a device left with nothing set
				target.getNetDevs().remove(netDev);
			}
		}
		boolean ipmiAdds = ipmiValues.values().stream().anyMatch(v -> v != Unset.VALUE) || !ipmiTagsToAdd.isEmpty();
		if (ipmiAdds || (target.getIpmi() != null && (!ipmiValues.isEmpty() || !ipmiTagsToDelete.isEmpty()))) {
			if (target.getIpmi() == null) {
				target.setIpmi(WulfFactory.eINSTANCE.createIpmi());
			}
			Ipmi ipmi = target.getIpmi();
			ipmiValues.forEach((attribute, value) -> put(ipmi, attribute, value, offset));
			applyTags(ipmi.getTags(), ipmiTagsToAdd, ipmiTagsToDelete);
			if (!ipmiAdds && isEmpty(ipmi)) {
				target.setIpmi(null);
			}
		}
	}

	private static NetDev existingNetDev(NodeSettings target, String name) {
		for (NetDev netDev : target.getNetDevs()) {
			if (name.equals(netDev.getName())) {
				return netDev;
			}
		}
		return null;
	}

	/** @return true when nothing but a name is set on the object */
	private static boolean isEmpty(EObject object) {
		for (var feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.getName().equals("name")) {
				continue;
			}
			Object value = object.eGet(feature);
			if (value instanceof java.util.Collection<?> many ? !many.isEmpty() : object.eIsSet(feature)) {
				return false;
			}
		}
		return true;
	}

	private static NetDev netDev(NodeSettings target, String name) {
		for (NetDev netDev : target.getNetDevs()) {
			if (name.equals(netDev.getName())) {
				return netDev;
			}
		}
		NetDev netDev = WulfFactory.eINSTANCE.createNetDev();
		netDev.setName(name);
		target.getNetDevs().add(netDev);
		return netDev;
	}

	private static void put(EObject target, EAttribute attribute, Object value, int offset) {
		if (value == Unset.VALUE) {
			target.eUnset(attribute);
		} else if (offset != 0 && isIpAddress(attribute) && value instanceof String text) {
			target.eSet(attribute, Ipv4.parse(text).plus(offset).toString());
		} else {
			target.eSet(attribute, value);
		}
	}

	private static boolean isIpAddress(EAttribute attribute) {
		return attribute == PACKAGE.getNetDev_Ipaddr() || attribute == PACKAGE.getIpmi_Ipaddr();
	}

	private static void applyTags(EMap<String, String> tags, Map<String, String> add, List<String> delete) {
		for (String key : delete) {
			tags.removeKey(key);
		}
		add.forEach((key, value) -> {
			if (UnsetWords.isUnset(value)) {
				tags.removeKey(key);
			} else {
				tags.put(key, value);
			}
		});
	}

	private static String checkKey(String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("a tag needs a key (key=value)");
		}
		return key.trim();
	}

	private static void requireOwner(EAttribute attribute, EClass owner) {
		if (!owner.getEAllAttributes().contains(attribute)) {
			throw new IllegalArgumentException(attribute.getName() + " is not an attribute of " + owner.getName());
		}
	}

	/** Converts the text of a flag to the attribute's type, with a message that names the bad value. */
	private static Object convert(EAttribute attribute, String text) {
		if (text == null || UnsetWords.isUnset(text)) {
			return Unset.VALUE;
		}
		EClassifier type = attribute.getEType();
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == Integer.class || instanceClass == int.class) {
			try {
				return Integer.valueOf(text.trim());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("\"" + text + "\" is not a whole number");
			}
		}
		if (instanceClass == Boolean.class || instanceClass == boolean.class) {
			return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "on", "1" -> Boolean.TRUE;
			case "false", "no", "off", "0" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException("\"" + text + "\" is not yes/no/true/false");
			};
		}
		String value = text.trim();
		if (isIpAddress(attribute) || attribute == PACKAGE.getNetDev_Gateway() || attribute == PACKAGE.getIpmi_Gateway()) {
			Ipv4.parse(value);
		} else if ((attribute == PACKAGE.getNetDev_Netmask() || attribute == PACKAGE.getIpmi_Netmask())
				&& !Ipv4.isValidNetmask(value)) {
			throw new IllegalArgumentException("\"" + value + "\" is not a netmask (e.g. 255.255.255.0)");
		} else if (attribute == PACKAGE.getNetDev_Hwaddr()) {
			return MacAddress.normalize(value);
		}
		return value;
	}

	/** Marks a value that removes the object's own value. */
	private enum Unset {
		VALUE
	}
}
