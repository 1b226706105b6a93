package org.wulf.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.wulf.model.Cluster;
import org.wulf.model.WulfFactory;
import org.wulf.model.WulfPackage;
import org.xml.sax.SAXParseException;

/**
 * The native cluster model file (XMI). One place decides how the model is read and written, so the
 * CLI, the workbench and the provisioning engine agree: loads report the file, line and column of a
 * problem; saves are atomic; a save refuses to overwrite a file that changed since it was read.
 */
public final class ModelFile {

	/** The environment variable that names the model file when no --model is given. */
	public static final String ENVIRONMENT_VARIABLE = "WULF_MODEL";

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);
	private static final Map<Object, Object> NAME_TO_FEATURE = new HashMap<>();
	private static final Map<Path, ReentrantLock> LOCAL_LOCKS = new ConcurrentHashMap<>();

	private final Path path;
	private FileStamp stamp = FileStamp.MISSING;

	public ModelFile(Path path) {
		this.path = path.toAbsolutePath().normalize();
	}

	/**
	 * The model file used when none is named: {@code $WULF_MODEL}, else {@code /etc/wulf/cluster.wulf}
	 * for root (the controller), else {@code ~/.wulf/cluster.wulf}.
	 */
	public static Path defaultPath() {
		String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return Path.of(fromEnvironment);
		}
		if ("root".equals(System.getProperty("user.name"))) {
			return Path.of("/etc/wulf/cluster.wulf");
		}
		return Path.of(System.getProperty("user.home"), ".wulf", "cluster.wulf");
	}

	public Path path() {
		return path;
	}

	/** @return what the file looked like when it was last read or written through this object */
	public FileStamp stamp() {
		return stamp;
	}

	/** @return true if the file on disk is no longer the one last read or written through this object */
	public boolean changedOnDisk() throws IOException {
		return !FileStamp.of(path).sameAs(stamp);
	}

	/**
	 * Reads the cluster. A missing file gives a new, empty cluster (it is created on the first save).
	 */
	public Cluster load() throws ModelFileException {
		try {
			FileStamp before = FileStamp.of(path);
			if (!before.exists()) {
				stamp = FileStamp.MISSING;
				return newCluster();
			}
			Resource resource = newResource();
			try (InputStream in = Files.newInputStream(path)) {
				resource.load(in, loadOptions());
			} catch (IOException e) {
				throw parseError(e);
			}
			if (!resource.getErrors().isEmpty()) {
				throw diagnosticError(resource.getErrors().get(0));
			}
			if (resource.getContents().isEmpty()) {
				throw new ModelFileException(path, "the file holds no cluster (it is empty)", null);
			}
			EObject root = resource.getContents().get(0);
			if (!(root instanceof Cluster cluster)) {
				throw new ModelFileException(path, "the file holds a " + root.eClass().getName()
						+ ", not a Cluster; is this a Wulf model file?", null);
			}
			stamp = before;
			return cluster;
		} catch (NoSuchFileException e) {
			stamp = FileStamp.MISSING;
			return newCluster();
		} catch (IOException e) {
			throw new ModelFileException(path, "cannot read: " + e.getMessage(), e);
		}
	}

	/**
	 * Writes the cluster atomically. Refuses (with {@link ModelChangedOnDiskException}) when the file
	 * was changed on disk after this object last read or wrote it.
	 */
	public void save(Cluster cluster) throws ModelFileException {
		try {
			if (changedOnDisk()) {
				throw new ModelChangedOnDiskException(path);
			}
			saveOver(cluster);
		} catch (IOException e) {
			throw new ModelFileException(path, "cannot write: " + e.getMessage(), e);
		}
	}

	/** Writes the cluster atomically, replacing whatever is on disk (Save As, or an explicit overwrite). */
	public void saveOver(Cluster cluster) throws ModelFileException {
		Resource resource = cluster.eResource();
		if (resource == null) {
			resource = newResource();
			resource.getContents().add(cluster);
		}
		Resource content = resource;
		try {
			AtomicFileWriter.write(path, out -> content.save(out, saveOptions()));
			stamp = FileStamp.of(path);
		} catch (IOException e) {
			throw new ModelFileException(path, "cannot write: " + e.getMessage(), e);
		}
	}

	/**
	 * Takes the model's lock so that two read-modify-write runs do not interleave: a lock inside this
	 * JVM (threads of one process: the workbench, the engine's discovery) and an advisory file lock
	 * on {@code <file>.lock} (other processes: another {@code wulf}). Blocks until both are free.
	 */
	public ModelLock lock() throws ModelFileException {
		Path lockFile = path.resolveSibling(path.getFileName() + ".lock");
		ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(path, p -> new ReentrantLock());
		local.lock();
		try {
			Files.createDirectories(lockFile.getParent());
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			try {
				return new ModelLock(local, channel.lock());
			} catch (IOException | RuntimeException e) {
				channel.close();
				throw e;
			}
		} catch (IOException e) {
			local.unlock();
			throw new ModelFileException(path, "cannot lock " + lockFile + ": " + e.getMessage(), e);
		} catch (RuntimeException e) {
			local.unlock();
			throw e;
		}
	}

	/** Held while a model file is read, changed and saved; closing releases it. */
	public static final class ModelLock implements AutoCloseable {
		private final ReentrantLock local;
		private final FileLock file;

		ModelLock(ReentrantLock local, FileLock file) {
			this.local = local;
			this.file = file;
		}

		@Override
		public void close() throws IOException {
			try {
				file.release();
				file.channel().close();
			} finally {
				local.unlock();
			}
		}
	}

	/** A new cluster as a first save writes it: with an empty default profile, as Warewulf ships one. */
	public static Cluster newCluster() {
		WulfPackage.eINSTANCE.eClass();
		Cluster cluster = WulfFactory.eINSTANCE.createCluster();
		var profile = WulfFactory.eINSTANCE.createProfile();
		profile.setName(cluster.getDefaultProfile());
		profile.setComment("applies to every node that names no other profile");
		cluster.getProfiles().add(profile);
		return cluster;
	}

	private XMLResource newResource() {
		WulfPackage.eINSTANCE.eClass();
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(path.toString()));
		resource.setEncoding("UTF-8");
		return resource;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		synchronized (NAME_TO_FEATURE) {
			options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
		}
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		return options;
	}

	private ModelFileException parseError(IOException e) {
		Throwable cause = e instanceof Resource.IOWrappedException wrapped && wrapped.getCause() != null ? wrapped.getCause() : e;
		if (cause instanceof XMIException xmi) {
			return new ModelFileException(path, xmi.getLine(), xmi.getColumn(), clean(xmi.getMessage()), e);
		}
		if (cause instanceof SAXParseException sax) {
			return new ModelFileException(path, sax.getLineNumber(), sax.getColumnNumber(),
					"not well-formed XML: " + clean(sax.getMessage()), e);
		}
		return new ModelFileException(path, "cannot read: " + clean(cause.getMessage()), e);
	}

	private ModelFileException diagnosticError(Resource.Diagnostic diagnostic) {
		return new ModelFileException(path, diagnostic.getLine(), diagnostic.getColumn(), clean(diagnostic.getMessage()), null);
	}

	/** EMF appends "(uri, line, column)" to its messages; the file and place are reported separately. */
	private static String clean(String message) {
		if (message == null) {
			return "unknown error";
		}
		int at = message.lastIndexOf(" (");
		if (at > 0 && message.endsWith(")") && message.indexOf("file:", at) > 0) {
			return message.substring(0, at);
		}
		return message;
	}
}
