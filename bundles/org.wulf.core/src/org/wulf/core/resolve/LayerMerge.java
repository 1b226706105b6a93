package org.wulf.core.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wulf.core.resolve.NodeResolver.Layer;
import org.wulf.model.Ipmi;
import org.wulf.model.NetDev;
import org.wulf.model.NodeSettings;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;

/**
 * Merges the layers of one node into effective values and their provenance. Attributes are found
 * reflectively from the model, so an attribute added to the .ecore is merged without code here.
 */
final class LayerMerge {

	private static final WulfPackage PACKAGE = WulfPackage.eINSTANCE;

	private final NodeSettings target;
	private final List<Layer> layers;
	private final NodeSettings values;
	private final Map<String, ResolvedField> fields = new LinkedHashMap<>();

	LayerMerge(NodeSettings target, List<Layer> layers) {
		this.target = target;
		this.layers = layers;
		this.values = (NodeSettings) EcoreUtil.create(target.eClass());
		merge();
	}

	NodeSettings values() {
		return values;
	}

	Map<String, ResolvedField> fields() {
		return fields;
	}

	private void merge() {
		values.setName(target.getName());
		values.getProfiles().addAll(target.getProfiles());
		record("Id", target.getName(), nodeOnly(target.getName()));
		record("Profiles", String.join(",", target.getProfiles()), nodeOnly(String.join(",", target.getProfiles())));
		// comment is not inherited (Warewulf 4.7)
		values.setComment(UnsetWords.isUnset(target.getComment()) ? null : target.getComment());
		record("Comment", values.getComment(), nodeOnly(values.getComment()));
		for (EAttribute attribute : PACKAGE.getNodeSettings().getEAllAttributes()) {
			if (attribute == PACKAGE.getNodeSettings_Name() || attribute == PACKAGE.getNodeSettings_Profiles()
					|| attribute == PACKAGE.getNodeSettings_Comment()) {
				continue;
			}
			List<Source> sources = new ArrayList<>();
			for (Layer layer : layers) {
				sources.add(new Source(layer, layer.settings()));
			}
			mergeAttribute(FieldNames.of(attribute), attribute, sources, values);
		}
		mergeIpmi();
		mergeNetDevs();
		mergeTags("Tags", keyed(NodeSettings::getTags), values.getTags());
		// Warewulf's disks, filesystems and resources merge per key; their values are JSON documents
		mergeTags("Disks", keyed(NodeSettings::getDisks), values.getDisks());
		mergeTags("FileSystems", keyed(NodeSettings::getFilesystems), values.getFilesystems());
		mergeTags("Resources", keyed(NodeSettings::getResources), values.getResources());
		choosePrimaryNetDev();
	}

	private void mergeIpmi() {
		List<Source> sources = new ArrayList<>();
		for (Layer layer : layers) {
			if (layer.settings().getIpmi() != null) {
				sources.add(new Source(layer, layer.settings().getIpmi()));
			}
		}
		if (sources.isEmpty()) {
			return;
		}
		Ipmi ipmi = WulfFactory.eINSTANCE.createIpmi();
		mergeObject("Ipmi.", PACKAGE.getIpmi(), sources, ipmi);
		List<TagSource> tags = new ArrayList<>();
		for (Source source : sources) {
			tags.add(new TagSource(source.layer(), ((Ipmi) source.object()).getTags()));
		}
		mergeTags("Ipmi.Tags", tags, ipmi.getTags());
		values.setIpmi(ipmi);
	}

	private void mergeNetDevs() {
		TreeSet<String> names = new TreeSet<>();
		for (Layer layer : layers) {
			for (NetDev netDev : layer.settings().getNetDevs()) {
				if (netDev.getName() != null) {
					names.add(netDev.getName());
				}
			}
		}
		for (String name : names) {
			List<Source> sources = new ArrayList<>();
			List<TagSource> tags = new ArrayList<>();
			for (Layer layer : layers) {
				for (NetDev netDev : layer.settings().getNetDevs()) {
					if (name.equals(netDev.getName())) {
						sources.add(new Source(layer, netDev));
						tags.add(new TagSource(layer, netDev.getTags()));
					}
				}
			}
			NetDev merged = WulfFactory.eINSTANCE.createNetDev();
			merged.setName(name);
			String prefix = "NetDevs[" + name + "].";
			mergeObject(prefix, PACKAGE.getNetDev(), sources, merged);
			mergeTags(prefix + "Tags", tags, merged.getTags());
			values.getNetDevs().add(merged);
		}
	}

	/**
	 * Warewulf: the device marked primary, else the one the primary network names, else the first
	 * by name. The derived choice is shown in the fields too, keeping the provenance of what was set.
	 */
	private void choosePrimaryNetDev() {
		if (values.getNetDevs().isEmpty()) {
			return;
		}
		NetDev chosen = null;
		for (NetDev netDev : values.getNetDevs()) {
			if (chosen == null && Boolean.TRUE.equals(netDev.getPrimary())) {
				chosen = netDev;
			}
		}
		if (chosen == null) {
			chosen = values.getNetDevs().get(0);
			for (NetDev netDev : values.getNetDevs()) {
				if (netDev.getName().equals(values.getPrimaryNetwork())) {
					chosen = netDev;
				}
			}
			chosen.setPrimary(Boolean.TRUE);
		}
		values.setPrimaryNetwork(chosen.getName());
		derive("PrimaryNetDev", chosen.getName());
		derive("NetDevs[" + chosen.getName() + "].Primary", Boolean.TRUE.toString());
	}

	private void derive(String path, String value) {
		ResolvedField field = fields.get(path);
		if (field != null && !value.equals(field.value())) {
			fields.put(path, new ResolvedField(path, value, field.provenance()));
		}
	}

	private void mergeObject(String prefix, EClass eClass, List<Source> sources, EObject into) {
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (attribute.getName().equals("name")) {
				continue;
			}
			mergeAttribute(prefix + FieldNames.of(attribute), attribute, sources, into);
		}
	}

	private void mergeAttribute(String path, EAttribute attribute, List<Source> sources, EObject into) {
		if (attribute.isMany()) {
			mergeList(path, attribute, sources, into);
		} else {
			mergeScalar(path, attribute, sources, into);
		}
	}

	private void mergeScalar(String path, EAttribute attribute, List<Source> sources, EObject into) {
		Object value = null;
		String profileSource = null;
		boolean nodeSet = false;
		for (Source source : sources) {
			Object candidate = source.object().eGet(attribute);
			if (!isSet(candidate)) {
				continue;
			}
			value = UnsetWords.isUnset(candidate) ? null : candidate;
			if (source.layer().isTarget()) {
				nodeSet = true;
			} else {
				profileSource = source.layer().name();
			}
		}
		if (value != null) {
			into.eSet(attribute, value);
		}
		Provenance provenance;
		if (nodeSet) {
			provenance = new Provenance(List.of(target.getName()), true, profileSource != null);
		} else if (profileSource != null) {
			provenance = new Provenance(List.of(profileSource), false, false);
		} else {
			provenance = Provenance.NONE;
		}
		record(path, value == null ? null : String.valueOf(value), provenance);
	}

	@SuppressWarnings("unchecked")
	private void mergeList(String path, EAttribute attribute, List<Source> sources, EObject into) {
		List<Object> merged = new ArrayList<>();
		List<String> contributors = new ArrayList<>();
		boolean nodeSet = false;
		for (Source source : sources) {
			List<Object> items = (List<Object>) source.object().eGet(attribute);
			if (items.isEmpty()) {
				continue;
			}
			if (items.size() == 1 && UnsetWords.isUnset(items.get(0))) {
				merged.clear();
				contributors.clear();
			} else {
				merged.addAll(items);
			}
			contributors.add(source.layer().name());
			nodeSet |= source.layer().isTarget();
		}
		List<Object> cleaned = removeNegated(merged);
		((List<Object>) into.eGet(attribute)).addAll(cleaned);
		List<String> text = new ArrayList<>();
		for (Object item : cleaned) {
			text.add(String.valueOf(item));
		}
		record(path, String.join(",", text), new Provenance(contributors, nodeSet, false));
	}

	/** {@code ~x} removes every {@code x} and itself. */
	private static List<Object> removeNegated(List<Object> items) {
		List<String> removed = new ArrayList<>();
		for (Object item : items) {
			if (item instanceof String text && text.startsWith("~")) {
				removed.add(text.substring(1));
			}
		}
		List<Object> result = new ArrayList<>();
		for (Object item : items) {
			if (item instanceof String text && (text.startsWith("~") || removed.contains(text))) {
				continue;
			}
			result.add(item);
		}
		return result;
	}

	private void mergeTags(String prefix, List<TagSource> sources, EMap<String, String> into) {
		Map<String, String> merged = new TreeMap<>();
		Map<String, String> profileSource = new TreeMap<>();
		Map<String, Boolean> nodeSet = new TreeMap<>();
		for (TagSource source : sources) {
			for (Map.Entry<String, String> tag : source.tags()) {
				String key = tag.getKey();
				if (key == null) {
					continue;
				}
				if (UnsetWords.isUnset(tag.getValue())) {
					merged.remove(key);
				} else {
					merged.put(key, tag.getValue());
				}
				if (source.layer().isTarget()) {
					nodeSet.put(key, Boolean.TRUE);
				} else {
					profileSource.put(key, source.layer().name());
				}
			}
		}
		TreeSet<String> keys = new TreeSet<>(profileSource.keySet());
		keys.addAll(nodeSet.keySet());
		for (String key : keys) {
			String value = merged.get(key);
			if (value != null) {
				into.put(key, value);
			}
			Provenance provenance = nodeSet.containsKey(key)
					? new Provenance(List.of(target.getName()), true, profileSource.containsKey(key))
					: new Provenance(List.of(profileSource.get(key)), false, false);
			record(prefix + "[" + key + "]", value, provenance);
		}
	}

	private List<TagSource> keyed(Function<NodeSettings, EMap<String, String>> map) {
		List<TagSource> sources = new ArrayList<>();
		for (Layer layer : layers) {
			sources.add(new TagSource(layer, map.apply(layer.settings())));
		}
		return sources;
	}

	private Provenance nodeOnly(String value) {
		return value == null || value.isEmpty() ? Provenance.NONE : new Provenance(List.of(target.getName()), true, false);
	}

	private void record(String path, String value, Provenance provenance) {
		fields.put(path, new ResolvedField(path, value, provenance));
	}

	private static boolean isSet(Object value) {
		return value != null && !(value instanceof String text && text.isEmpty());
	}

	private record Source(Layer layer, EObject object) {
	}

	private record TagSource(Layer layer, EMap<String, String> tags) {
	}
}
