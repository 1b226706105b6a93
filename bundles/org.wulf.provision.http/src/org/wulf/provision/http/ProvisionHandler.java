package org.wulf.provision.http;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.wulf.core.net.MacAddress;
import org.wulf.provision.http.BootStatus.NodeProgress;
import org.wulf.provision.http.internal.IpxeScripts;
import org.wulf.provision.http.internal.RangeRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The provisioning routes, keyed by the booting NIC's MAC:
 * {@code /provision/MAC?stage=ipxe|kernel|image|system|runtime} (the stage defaults to ipxe), the node's own
 * reports {@code ?stage=network|ready|booted},
 * the same as {@code /STAGE/MAC}, and {@code /status} (JSON of every node's boot progress).
 *
 * <p>Files are streamed with a small buffer (memory stays flat) and honour single byte ranges. The
 * runtime overlay can carry secrets: it is served only with the node's own token, and in secure
 * mode only to a privileged source port (below 1024), as Warewulf's secure mode does.</p>
 */
public final class ProvisionHandler extends Handler.Abstract {

	private static final Logger LOG = System.getLogger("org.wulf.provision.http");
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int BUFFER = 256 * 1024;

	private final NodeDirectory directory;
	private final BootStatus status;
	private final boolean secure;

	private final BootBinaries binaries;
	private final FilePreparer preparer;

	public ProvisionHandler(NodeDirectory directory, BootStatus status, boolean secure) {
		this(directory, status, secure, BootBinaries.NONE);
	}

	public ProvisionHandler(NodeDirectory directory, BootStatus status, boolean secure, BootBinaries binaries) {
		this(directory, status, secure, binaries, FilePreparer.NONE);
	}

	/** @param preparer called before a system or runtime overlay is sent (the overlay autobuild) */
	public ProvisionHandler(NodeDirectory directory, BootStatus status, boolean secure, BootBinaries binaries,
			FilePreparer preparer) {
		this.preparer = preparer;
		this.binaries = binaries;
		this.directory = directory;
		this.status = status;
		this.secure = secure;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		List<String> segments = new ArrayList<>();
		for (String segment : Request.getPathInContext(request).split("/")) {
			if (!segment.isEmpty()) {
				segments.add(segment);
			}
		}
		Fields query = Request.extractQueryParameters(request);
		if (segments.size() == 1 && segments.get(0).equals("status")) {
			sendText(response, callback, HttpStatus.OK_200, "application/json", statusJson());
			return true;
		}
		if (segments.size() == 2 && segments.get(0).equals("boot")) {
			sendBootBinary(request, response, callback, segments.get(1));
			return true;
		}
		if (segments.size() != 2) {
			return false;
		}
		String stageId = segments.get(0).equals("provision") ? query.getValue("stage") : segments.get(0);
		BootStage stage = stageId == null ? BootStage.IPXE : BootStage.ofId(stageId);
		if (stage == null || stage == BootStage.DHCP) {
			sendText(response, callback, HttpStatus.NOT_FOUND_404, "text/plain", "unknown stage " + stageId + "\n");
			return true;
		}
		String mac;
		try {
			mac = MacAddress.normalize(segments.get(1));
		} catch (IllegalArgumentException e) {
			sendText(response, callback, HttpStatus.BAD_REQUEST_400, "text/plain", e.getMessage() + "\n");
			return true;
		}
		String remote = Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request);
		Optional<BootNode> found = directory.byMac(mac);
		String base = "http://" + request.getHttpURI().getAuthority();
		if (found.isEmpty()) {
			LOG.log(Level.WARNING, "unknown MAC {0} from {1} asked for {2}", mac, remote, stage.id());
			if (stage == BootStage.IPXE) {
				sendText(response, callback, HttpStatus.OK_200, "text/plain", IpxeScripts.forUnknown(mac, base));
			} else {
				sendText(response, callback, HttpStatus.NOT_FOUND_404, "text/plain", "no node boots from " + mac + "\n");
			}
			return true;
		}
		BootNode node = found.get();
		if (node.assetKey() != null && !node.assetKey().equals(query.getValue("assetkey"))) {
			LOG.log(Level.WARNING, "node {0} ({1}) from {2}: wrong asset key", node.name(), mac, remote);
			sendText(response, callback, HttpStatus.UNAUTHORIZED_401, "text/plain", "wrong or missing asset key\n");
			return true;
		}
		switch (stage) {
		case IPXE -> {
			status.reached(node.name(), mac, Request.getRemoteAddr(request), stage, "ipxe script");
			LOG.log(Level.INFO, "node {0} ({1}) from {2}: iPXE script", node.name(), mac, remote);
			sendText(response, callback, HttpStatus.OK_200, "text/plain", IpxeScripts.forNode(node, base));
		}
		case NETWORK, READY, BOOTED -> {
			status.reached(node.name(), mac, Request.getRemoteAddr(request), stage, "");
			LOG.log(Level.INFO, "node {0} ({1}) from {2}: {3}", node.name(), mac, remote, stage.id());
			sendText(response, callback, HttpStatus.OK_200, "text/plain", "welcome, " + node.name() + "\n");
		}
		default -> {
			if (stage == BootStage.RUNTIME && !mayFetchRuntime(node, query, request, response, callback, remote)) {
				return true;
			}
			if ((stage == BootStage.SYSTEM || stage == BootStage.RUNTIME) && !prepared(node, stage, response, callback, remote)) {
				return true;
			}
			sendFile(request, response, callback, node, stage, remote);
		}
		}
		return true;
	}

	private boolean mayFetchRuntime(BootNode node, Fields query, Request request, Response response, Callback callback,
			String remote) {
		if (secure && Request.getRemotePort(request) >= 1024) {
			LOG.log(Level.WARNING, "node {0}: runtime overlay refused to {1}: not a privileged port (secure mode)", node.name(),
					remote);
			sendText(response, callback, HttpStatus.UNAUTHORIZED_401, "text/plain",
					"the runtime overlay is only sent to a privileged source port (secure mode)\n");
			return false;
		}
		if (node.token() == null || !node.token().equals(query.getValue("token"))) {
			LOG.log(Level.WARNING, "node {0}: runtime overlay refused to {1}: wrong or missing token", node.name(), remote);
			sendText(response, callback, HttpStatus.FORBIDDEN_403, "text/plain", "wrong or missing node token\n");
			return false;
		}
		return true;
	}

	private boolean prepared(BootNode node, BootStage stage, Response response, Callback callback, String remote) {
		try {
			preparer.prepare(node, stage);
			return true;
		} catch (IOException | RuntimeException e) {
			LOG.log(Level.WARNING, "node {0}: cannot make its {1} overlay for {2}: {3}", node.name(), stage.id(), remote, e.getMessage());
			sendText(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, "text/plain",
					"cannot build the " + stage.id() + " overlay of node " + node.name() + ": " + e.getMessage() + "\n");
			return false;
		}
	}

	private void sendFile(Request request, Response response, Callback callback, BootNode node, BootStage stage, String remote)
			throws IOException {
		Path file = node.files().get(stage);
		long length;
		try {
			length = file == null ? -1 : Files.size(file);
		} catch (NoSuchFileException e) {
			length = -1;
		}
		if (length < 0) {
			LOG.log(Level.WARNING, "node {0}: no {1} to send ({2})", node.name(), stage.id(), file);
			sendText(response, callback, HttpStatus.NOT_FOUND_404, "text/plain",
					"node " + node.name() + " has no " + stage.id() + " to boot\n");
			return;
		}
		RangeRequest range = RangeRequest.parse(request.getHeaders().get(HttpHeader.RANGE), length);
		response.getHeaders().put(HttpHeader.ACCEPT_RANGES, "bytes");
		if (range == RangeRequest.UNSATISFIABLE) {
			response.getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes */" + length);
			sendText(response, callback, HttpStatus.RANGE_NOT_SATISFIABLE_416, "text/plain", "range not satisfiable\n");
			return;
		}
		long first = range == null ? 0 : range.first();
		long count = range == null ? length : range.length();
		response.setStatus(range == null ? HttpStatus.OK_200 : HttpStatus.PARTIAL_CONTENT_206);
		if (range != null) {
			response.getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes " + range.first() + "-" + range.last() + "/" + length);
		}
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, count);
		long started = System.nanoTime();
		// streamed asynchronously from pooled direct buffers: no thread and no heap copy per download
		ByteBufferPool.Sized buffers = new ByteBufferPool.Sized(request.getComponents().getByteBufferPool(), true, BUFFER);
		Content.Source source = Content.Source.from(buffers, file, first, count);
		String address = Request.getRemoteAddr(request);
		Content.copy(source, response, Callback.from(() -> {
			status.reached(node.name(), node.mac(), address, stage, file.getFileName().toString());
			LOG.log(Level.INFO, "node {0} ({1}) from {2}: {3} {4} bytes in {5} ms", node.name(), node.mac(), remote, stage.id(),
					count, (System.nanoTime() - started) / 1_000_000);
			callback.succeeded();
		}, failure -> {
			LOG.log(Level.WARNING, "node {0}: sending {1} to {2} failed: {3}", node.name(), file, remote, failure.getMessage());
			callback.failed(failure);
		}));
	}

	/** {@code /boot/NAME}: an iPXE binary for a UEFI HTTP-boot client (firmware, not yet a known node). */
	private void sendBootBinary(Request request, Response response, Callback callback, String name) throws IOException {
		String remote = Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request);
		Path file;
		try {
			file = binaries.find(name);
		} catch (java.nio.file.AccessDeniedException e) {
			LOG.log(Level.WARNING, "refused /boot/{0} to {1}: {2}", name, remote, e.getReason());
			sendText(response, callback, HttpStatus.FORBIDDEN_403, "text/plain", "refused\n");
			return;
		} catch (NoSuchFileException e) {
			sendText(response, callback, HttpStatus.NOT_FOUND_404, "text/plain", "no boot file " + name + "\n");
			return;
		}
		response.setStatus(HttpStatus.OK_200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/efi");
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Files.size(file));
		ByteBufferPool.Sized buffers = new ByteBufferPool.Sized(request.getComponents().getByteBufferPool(), true, BUFFER);
		Content.copy(Content.Source.from(buffers, file), response, Callback.from(() -> {
			LOG.log(Level.INFO, "boot file {0} sent to {1}", name, remote);
			callback.succeeded();
		}, callback::failed));
	}

	private String statusJson() throws JsonProcessingException {
		Map<String, Object> nodes = new LinkedHashMap<>();
		for (NodeProgress progress : status.all().values()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("stage", progress.stage().id());
			entry.put("mac", progress.mac());
			entry.put("address", progress.address());
			entry.put("sent", progress.sent());
			entry.put("lastSeen", progress.lastSeen().toString());
			Map<String, String> reached = new LinkedHashMap<>();
			progress.reached().entrySet().stream().sorted(Map.Entry.comparingByKey())
					.forEach(e -> reached.put(e.getKey().id(), e.getValue().toString()));
			entry.put("reached", reached);
			nodes.put(progress.node(), entry);
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("nodes", nodes)) + "\n";
	}

	private static void sendText(Response response, Callback callback, int code, String type, String text) {
		response.setStatus(code);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
		Content.Sink.write(response, true, text, callback);
	}

}
