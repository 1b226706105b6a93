package org.wulf.image.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wulf.image.ImageException;
import org.wulf.image.TreeClock;

/**
 * Runs a command inside an image's root file system, as {@code wwctl image exec/shell}: in new mount,
 * PID and UTS namespaces ({@code unshare}), with {@code /proc}, {@code /sys}, {@code /dev} (bind) and a
 * tmpfs {@code /run} mounted inside and the requested host paths bound in, then {@code chroot}. The
 * mounts live only in the new mount namespace, so they vanish with the command even if it is killed;
 * nothing is mounted on the host. Afterwards {@code /etc/warewulf/image_exit.sh} runs in the image when
 * it exists. Linux only; needs root. One session per image at a time (a lock file in the image's directory).
 */
public final class ImageSession {

	/** Host tools used: util-linux's unshare and mount, coreutils' chroot. */
	private static final List<String> TOOLS = List.of("unshare", "mount", "chroot");

	/**
	 * Runs as PID 1 of the new namespaces (host shell): mounts, binds, hostname, the command in the
	 * chroot, the exit script; exits with the command's status. Arguments: ROOT NAME {SRC DST ro|rw} -- COMMAND...
	 */
	private static final String SCRIPT = """
			set -e
			root=$1; name=$2; shift 2
			mount --make-rprivate /
			mount -t proc proc "$root/proc"
			mount -t sysfs sysfs "$root/sys" 2>/dev/null || mount --rbind /sys "$root/sys"
			mount --rbind /dev "$root/dev"
			mount -t tmpfs -o mode=0755 tmpfs "$root/run"
			while [ "$1" != "--" ]; do
			  mount --bind "$1" "$root$2"
			  if [ "$3" = ro ]; then mount -o remount,bind,ro "$root$2"; fi
			  shift 3
			done
			shift
			echo "$name" > /proc/sys/kernel/hostname
			set +e
			chroot "$root" "$@"
			status=$?
			if [ -x "$root/etc/warewulf/image_exit.sh" ]; then chroot "$root" /etc/warewulf/image_exit.sh; fi
			exit $status
			""";

	/** What a session did. */
	public record Outcome(int exitCode, boolean changed) {
	}

	private final String name;
	private final Path rootfs;
	private final List<Bind> binds = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	/**
	 * @param name   the image's name (the session's host name)
	 * @param rootfs its root file system
	 */
	public ImageSession(String name, Path rootfs) {
		this.name = name;
		this.rootfs = rootfs;
	}

	public ImageSession bind(Bind bind) {
		binds.add(bind);
		return this;
	}

	/** Binds {@code /etc/resolv.conf} read-only (the image mounts Warewulf configures by default), when the host has one. */
	public ImageSession bindResolvConf() {
		Path resolv = Path.of("/etc/resolv.conf");
		if (Files.exists(resolv)) {
			binds.add(new Bind(resolv, "/etc/resolv.conf", true));
		}
		return this;
	}

	/** Things the user should know (binds skipped, mount points created). */
	public List<String> notes() {
		return notes;
	}

	/** @return null when this process may run sessions, else why not */
	public static String whyNotPossible() {
		if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
			return "running commands in an image needs Linux (namespaces and chroot)";
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("Uid:") && !line.split("\\s+")[2].equals("0")) {
					return "running commands in an image needs root (it mounts /proc, /sys and /dev in the image and"
							+ " changes root); run it with sudo";
				}
			}
		} catch (IOException e) {
			return "cannot tell whether this is root: " + e.getMessage();
		}
		for (String tool : TOOLS) {
			if (which(tool) == null) {
				return tool + " is not installed (util-linux and coreutils provide unshare, mount and chroot)";
			}
		}
		return null;
	}

	/**
	 * Runs the command. With {@code out}/{@code err} null the command shares this process's terminal
	 * (an interactive shell); otherwise its output is copied to them.
	 */
	public Outcome run(List<String> command, Map<String, String> environment, OutputStream out, OutputStream err)
			throws ImageException {
		String why = whyNotPossible();
		if (why != null) {
			throw new ImageException(why);
		}
		if (!Files.isDirectory(rootfs, LinkOption.NOFOLLOW_LINKS)) {
			throw new ImageException("image " + name + " has no root file system at " + rootfs);
		}
		if (command.isEmpty()) {
			throw new ImageException("no command to run in image " + name);
		}
		Path lockFile = rootfs.getParent().resolve(".session.lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new ImageException("image " + name + " is in use by another wulf image exec or shell; try again when it ends");
			}
			List<String> args = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--uts", "--", "/bin/sh", "-c",
					SCRIPT, "wulf-image-session", rootfs.toAbsolutePath().toString(), name));
			prepareMountPoints();
			for (Bind bind : binds) {
				if (prepareBind(bind)) {
					args.addAll(List.of(bind.source().toString(), bind.destination(), bind.readOnly() ? "ro" : "rw"));
				}
			}
			args.add("--");
			args.addAll(command);
			long before = TreeClock.newestChange(rootfs);
			int code = start(args, environment, out, err);
			long after = TreeClock.newestChange(rootfs);
			return new Outcome(code, after > before);
		} catch (IOException e) {
			throw new ImageException("cannot run " + command + " in image " + name + ": " + e.getMessage(), e);
		}
	}

	private int start(List<String> args, Map<String, String> environment, OutputStream out, OutputStream err)
			throws IOException, ImageException {
		ProcessBuilder builder = new ProcessBuilder(args);
		builder.environment().clear();
		builder.environment().put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
		builder.environment().put("HOME", "/root");
		builder.environment().putAll(environment);
		if (out == null) {
			builder.inheritIO();
		} else {
			builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
		}
		Process process = builder.start();
		Thread copyOut = out == null ? null : copy(process.getInputStream(), out);
		Thread copyErr = err == null ? null : copy(process.getErrorStream(), err);
		try {
			int code = process.waitFor();
			if (copyOut != null) {
				copyOut.join();
			}
			if (copyErr != null) {
				copyErr.join();
			}
			return code;
		} catch (InterruptedException e) {
			process.destroy(); // SIGTERM to unshare, which passes it on; the namespace and its mounts go with it
			Thread.currentThread().interrupt();
			throw new ImageException("the command in image " + name + " was interrupted", e);
		}
	}

	/** /proc, /sys, /dev and /run must be directories in the image to mount on. */
	private void prepareMountPoints() throws ImageException {
		for (String dir : List.of("proc", "sys", "dev", "run")) {
			Path path = rootfs.resolve(dir);
			if (Files.isSymbolicLink(path)) {
				throw new ImageException("/" + dir + " in image " + name + " is a symbolic link; it must be a directory to mount on");
			}
			if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				try {
					Files.createDirectories(path);
					notes.add("created /" + dir + " in image " + name + " to mount on");
				} catch (IOException e) {
					throw new ImageException("cannot create /" + dir + " in image " + name + ": " + e.getMessage(), e);
				}
			}
		}
	}

	/**
	 * The destination must be a real path in the image: a symbolic link on the way could point
	 * anywhere on the host once resolved outside the chroot, so such binds are skipped.
	 */
	private boolean prepareBind(Bind bind) throws ImageException {
		if (!Files.exists(bind.source())) {
			throw new ImageException("cannot bind " + bind.source() + " into image " + name + ": it does not exist on this host");
		}
		Path target = rootfs;
		String[] segments = bind.destination().replaceFirst("^/+", "").split("/+");
		for (String segment : segments) {
			if (segment.isEmpty()) {
				continue;
			}
			target = target.resolve(segment);
			if (Files.isSymbolicLink(target)) {
				notes.add("not binding " + bind.source() + ": " + bind.destination() + " in image " + name + " is (below) a symbolic link");
				return false;
			}
		}
		try {
			if (Files.isDirectory(bind.source())) {
				if (!Files.isDirectory(target)) {
					Files.createDirectories(target);
					notes.add("created " + bind.destination() + " in image " + name + " to bind " + bind.source() + " on");
				}
			} else if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				Files.createDirectories(target.getParent());
				Files.createFile(target);
				notes.add("created " + bind.destination() + " in image " + name + " to bind " + bind.source() + " on");
			} else if (Files.isDirectory(target)) {
				notes.add("not binding file " + bind.source() + " on directory " + bind.destination() + " in image " + name);
				return false;
			}
		} catch (IOException e) {
			throw new ImageException("cannot prepare " + bind.destination() + " in image " + name + ": " + e.getMessage(), e);
		}
		return true;
	}

	private static Thread copy(InputStream in, OutputStream out) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (in) {
				for (int n; (n = in.read(buffer)) > 0;) {
					synchronized (out) {
						out.write(buffer, 0, n);
						out.flush();
					}
				}
			} catch (IOException e) {
				// the process ended
			}
		}, "wulf-image-session-output");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static Path which(String tool) {
		for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin")) {
			Path path = Path.of(dir, tool);
			if (Files.isExecutable(path)) {
				return path;
			}
		}
		return null;
	}

}
