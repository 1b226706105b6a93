package org.wulf.image.oci.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wulf.image.oci.Descriptor;
import org.wulf.image.oci.OciException;
import org.wulf.image.oci.Platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes image manifests and indexes (OCI and Docker v2 schema 2 share the shape). */
public final class Manifests {

	public static final ObjectMapper JSON = new ObjectMapper();

	/** An image index or manifest list: manifests per platform. */
	public record Index(String mediaType, List<Descriptor> manifests) {
		/** The manifest for a platform, or the only one when the index has a single manifest without platform. */
		public Optional<Descriptor> select(Platform platform) {
			List<Descriptor> images = manifests.stream().filter(d -> MediaTypes.isManifest(d.mediaType()) || d.mediaType() == null).toList();
			Optional<Descriptor> match = images.stream().filter(d -> platform.matches(d.platform())).findFirst();
			if (match.isEmpty() && images.size() == 1 && images.get(0).platform() == null) {
				return Optional.of(images.get(0));
			}
			return match;
		}
	}

	/** An image manifest: its config blob and its layers, bottom first. */
	public record Manifest(String mediaType, Descriptor config, List<Descriptor> layers) {
	}

	private Manifests() {
	}

	/** Whether the JSON is an index (it has {@code manifests}) rather than an image manifest. */
	public static boolean isIndex(byte[] json, String where) throws OciException {
		JsonNode root = tree(json, where);
		String type = root.path("mediaType").asText("");
		return MediaTypes.isIndex(type) || (type.isEmpty() && root.has("manifests"));
	}

	public static Index index(byte[] json, String where) throws OciException {
		JsonNode root = tree(json, where);
		JsonNode manifests = root.get("manifests");
		if (manifests == null || !manifests.isArray()) {
			throw new OciException(where + ": the image index has no 'manifests' list");
		}
		List<Descriptor> list = new ArrayList<>();
		for (JsonNode m : manifests) {
			list.add(descriptor(m, where));
		}
		return new Index(root.path("mediaType").asText(MediaTypes.OCI_INDEX), list);
	}

	public static Manifest manifest(byte[] json, String where) throws OciException {
		JsonNode root = tree(json, where);
		if (root.path("schemaVersion").asInt() == 1) {
			throw new OciException(where + ": Docker manifest schema 1 is not supported (push the image again with a"
					+ " current client to get schema 2 or OCI)");
		}
		JsonNode config = root.get("config");
		JsonNode layers = root.get("layers");
		if (config == null || layers == null || !layers.isArray()) {
			throw new OciException(where + ": the manifest has no 'config' or no 'layers'");
		}
		List<Descriptor> list = new ArrayList<>();
		for (JsonNode layer : layers) {
			list.add(descriptor(layer, where));
		}
		return new Manifest(root.path("mediaType").asText(MediaTypes.OCI_MANIFEST), descriptor(config, where), list);
	}

	static Descriptor descriptor(JsonNode node, String where) throws OciException {
		String digest = Digests.check(node.path("digest").asText(null), where);
		if (!node.path("size").canConvertToLong()) {
			throw new OciException(where + ": descriptor " + digest + " has no size");
		}
		Platform platform = null;
		JsonNode p = node.get("platform");
		if (p != null) {
			platform = new Platform(p.path("os").asText(""), p.path("architecture").asText(""),
					p.hasNonNull("variant") ? p.get("variant").asText() : null);
		}
		Map<String, String> annotations = new LinkedHashMap<>();
		node.path("annotations").properties().forEach(e -> annotations.put(e.getKey(), e.getValue().asText()));
		return new Descriptor(node.path("mediaType").asText(null), digest, node.get("size").asLong(), platform, annotations);
	}

	private static JsonNode tree(byte[] json, String where) throws OciException {
		try {
			JsonNode root = JSON.readTree(json);
			if (root == null || !root.isObject()) {
				throw new OciException(where + ": not a JSON object");
			}
			return root;
		} catch (IOException e) {
			throw new OciException(where + ": not valid JSON: " + e.getMessage(), e);
		}
	}

	public static ObjectNode toJson(Descriptor d) {
		ObjectNode node = JSON.createObjectNode();
		node.put("mediaType", d.mediaType());
		node.put("digest", d.digest());
		node.put("size", d.size());
		if (d.platform() != null) {
			ObjectNode platform = node.putObject("platform");
			platform.put("architecture", d.platform().architecture());
			platform.put("os", d.platform().os());
			if (d.platform().variant() != null) {
				platform.put("variant", d.platform().variant());
			}
		}
		if (d.annotations() != null && !d.annotations().isEmpty()) {
			ObjectNode annotations = node.putObject("annotations");
			d.annotations().forEach(annotations::put);
		}
		return node;
	}

	public static byte[] manifestJson(Descriptor config, List<Descriptor> layers) {
		ObjectNode root = JSON.createObjectNode();
		root.put("schemaVersion", 2);
		root.put("mediaType", MediaTypes.OCI_MANIFEST);
		root.set("config", toJson(config));
		ArrayNode array = root.putArray("layers");
		layers.forEach(l -> array.add(toJson(l)));
		return bytes(root);
	}

	public static byte[] indexJson(List<Descriptor> manifests) {
		ObjectNode root = JSON.createObjectNode();
		root.put("schemaVersion", 2);
		root.put("mediaType", MediaTypes.OCI_INDEX);
		ArrayNode array = root.putArray("manifests");
		manifests.forEach(m -> array.add(toJson(m)));
		return bytes(root);
	}

	public static byte[] bytes(JsonNode node) {
		try {
			return JSON.writeValueAsBytes(node);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
