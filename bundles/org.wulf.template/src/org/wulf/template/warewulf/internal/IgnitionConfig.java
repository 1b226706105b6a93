package org.wulf.template.warewulf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wulf.template.TemplateException;
import org.wulf.template.internal.GoPrinter;
import org.wulf.template.internal.Missing;
import org.wulf.template.internal.ReflectiveAccess;
import org.wulf.template.internal.Truth;
import org.wulf.template.internal.Values;
import org.wulf.template.internal.sprig.Json;

/**
 * Builds the Ignition v3 storage configuration Warewulf's {@code IgnitionJson} prints from a node's
 * {@code Disks} (device → {@code WipeTable}, {@code Partitions}: label → {@code Number}, {@code SizeMiB},
 * {@code StartMiB}, {@code Guid}, {@code TypeGuid}, {@code ShouldExist}, {@code WipePartitionEntry},
 * {@code Resize}) and {@code FileSystems} (device → {@code Format}, {@code Path}, {@code WipeFileSystem},
 * {@code Label}, {@code Uuid}, {@code Options}, {@code MountOptions}). Fields come out in Ignition's struct
 * order; disks and file systems sorted by device, partitions by number then size, as Warewulf sorts them.
 */
public final class IgnitionConfig {
    private IgnitionConfig() {
    }

    /** The JSON text, or "" when the node has neither disks nor file systems. */
    public static String json(Object node) throws TemplateException {
        Map<Object, Object> disks = map(get(node, "Disks"), "Disks");
        Map<Object, Object> fileSystems = map(get(node, "FileSystems"), "FileSystems");
        if (disks.isEmpty() && fileSystems.isEmpty()) {
            return "";
        }
        Map<String, Object> storage = new LinkedHashMap<>();
        if (!disks.isEmpty()) {
            storage.put("disks", disks(disks));
        }
        if (!fileSystems.isEmpty()) {
            storage.put("filesystems", fileSystems(fileSystems));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("ignition", new Json.Ordered(Map.of("version", "3.1.0")));
        config.put("storage", new Json.Ordered(storage));
        return Json.encode(new Json.Ordered(config), "");
    }

    private static List<Object> disks(Map<Object, Object> disks) throws TemplateException {
        List<Object> out = new ArrayList<>();
        for (Object device : GoPrinter.sortedKeys(disks)) {
            Object disk = disks.get(device);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("device", String.valueOf(device));
            Map<Object, Object> parts = map(get(disk, "Partitions"), "Disks." + device + ".Partitions");
            if (!parts.isEmpty()) {
                d.put("partitions", partitions(String.valueOf(device), parts));
            }
            d.put("wipeTable", Truth.isTrue(get(disk, "WipeTable")));
            out.add(new Json.Ordered(d));
        }
        return out;
    }

    private record Part(long number, Long size, Map<String, Object> json) {
    }

    private static List<Object> partitions(String device, Map<Object, Object> parts) throws TemplateException {
        List<Part> list = new ArrayList<>();
        for (Object label : GoPrinter.sortedKeys(parts)) {
            Object part = parts.get(label);
            String where = "disk " + device + " partition " + label;
            Map<String, Object> p = new LinkedHashMap<>();
            putString(p, "guid", get(part, "Guid"));
            p.put("label", String.valueOf(label));
            long number = integer(get(part, "Number"), where + ": Number");
            if (number != 0) {
                p.put("number", number);
            }
            if (Truth.isTrue(get(part, "Resize"))) {
                p.put("resize", true);
            }
            p.put("shouldExist", Truth.isTrue(get(part, "ShouldExist")));
            Long size = optionalInteger(get(part, "SizeMiB"), where + ": SizeMiB");
            if (size != null) {
                p.put("sizeMiB", size);
            }
            Long start = optionalInteger(get(part, "StartMiB"), where + ": StartMiB");
            if (start != null) {
                p.put("startMiB", start);
            }
            putString(p, "typeGuid", get(part, "TypeGuid"));
            p.put("wipePartitionEntry", Truth.isTrue(get(part, "WipePartitionEntry")));
            list.add(new Part(number, size, p));
        }
        list.sort(Comparator.comparingLong(Part::number).thenComparing((a, b) -> {
            if (a.size() != null && b.size() == null) {
                return -1;
            }
            if (a.size() == null && b.size() != null) {
                return 1;
            }
            return a.size() == null ? 0 : Long.compare(a.size(), b.size());
        }));
        List<Object> out = new ArrayList<>();
        for (Part p : list) {
            out.add(new Json.Ordered(p.json()));
        }
        return out;
    }

    private static List<Object> fileSystems(Map<Object, Object> fileSystems) throws TemplateException {
        List<Object> out = new ArrayList<>();
        for (Object device : GoPrinter.sortedKeys(fileSystems)) {
            Object fs = fileSystems.get(device);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("device", String.valueOf(device));
            putString(f, "format", get(fs, "Format"));
            putString(f, "label", get(fs, "Label"));
            List<String> mountOptions = options(get(fs, "MountOptions"));
            if (!mountOptions.isEmpty()) {
                f.put("mountOptions", mountOptions);
            }
            List<String> opts = options(get(fs, "Options"));
            if (!opts.isEmpty()) {
                f.put("options", opts);
            }
            Object path = get(fs, "Path");
            f.put("path", path == null ? "" : String.valueOf(path));
            putString(f, "uuid", get(fs, "Uuid"));
            f.put("wipeFilesystem", Truth.isTrue(get(fs, "WipeFileSystem")));
            out.add(new Json.Ordered(f));
        }
        return out;
    }

    /** Options given as a list, or as one comma-separated string (nodes.conf's "mount options"). */
    private static List<String> options(Object v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (Values.isList(v)) {
            for (Object o : Values.asList(v)) {
                out.add(String.valueOf(o));
            }
            return out;
        }
        for (String s : String.valueOf(v).split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static void putString(Map<String, Object> m, String key, Object v) {
        if (v != null && !String.valueOf(v).isEmpty()) {
            m.put(key, String.valueOf(v));
        }
    }

    private static long integer(Object v, String what) throws TemplateException {
        Long l = optionalInteger(v, what);
        return l == null ? 0 : l;
    }

    private static Long optionalInteger(Object v, String what) throws TemplateException {
        if (v == null || v instanceof CharSequence s && s.isEmpty()) {
            return null;
        }
        if (Values.isInteger(v)) {
            return Values.toLong(v);
        }
        try {
            return Long.parseLong(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            throw new TemplateException("IgnitionJson: " + what + " is \"" + v + "\", not a whole number");
        }
    }

    private static Map<Object, Object> map(Object v, String what) throws TemplateException {
        if (v == null) {
            return Map.of();
        }
        if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> cast = (Map<Object, Object>) m;
            return cast;
        }
        throw new TemplateException("IgnitionJson: " + what + " is a " + Values.typeName(v) + ", not a map");
    }

    /** A field of a map or Java object; null when absent. */
    static Object get(Object o, String name) {
        if (o == null) {
            return null;
        }
        try {
            Object v = ReflectiveAccess.field(o, name, List.of(), false);
            return v == Missing.VALUE ? null : v;
        } catch (TemplateException e) {
            return null;
        }
    }
}
