package org.wulf.core.resolve;

import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The names under which attributes are shown and addressed ({@code node list -a}, validation
 * messages): Warewulf's field names where Warewulf has the field, so its admins recognise them.
 */
public final class FieldNames {

	private static final Map<String, String> WAREWULF_NAMES = Map.ofEntries(
			Map.entry("clusterName", "ClusterName"),
			Map.entry("image", "ImageName"),
			Map.entry("kernelVersion", "Kernel.Version"),
			Map.entry("kernelArgs", "Kernel.Args"),
			Map.entry("ipxeTemplate", "Ipxe"),
			Map.entry("systemOverlays", "SystemOverlay"),
			Map.entry("runtimeOverlays", "RuntimeOverlay"),
			Map.entry("primaryNetwork", "PrimaryNetDev"),
			Map.entry("username", "UserName"),
			Map.entry("onboot", "OnBoot"));

	private FieldNames() {
	}

	public static String of(EStructuralFeature feature) {
		String name = feature.getName();
		String known = WAREWULF_NAMES.get(name);
		if (known != null) {
			return known;
		}
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
