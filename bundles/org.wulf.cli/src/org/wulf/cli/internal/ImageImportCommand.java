package org.wulf.cli.internal;

import java.nio.file.Path;

import org.wulf.image.ImageException;
import org.wulf.image.ImageStore;
import org.wulf.image.InitramfsBuilder;
import org.wulf.image.oci.Credentials;
import org.wulf.image.oci.OciImporter;
import org.wulf.image.oci.Platform;
import org.wulf.model.Image;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wulf image import SOURCE [NAME]}: an image from a registry, an OCI layout or archive, a
 * {@code docker save} archive or a root file system directory, into the store and the model
 * (as {@code wwctl image import}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Import an OS image into the image store and record it in the model.",
				"SOURCE: docker://HOST[:PORT]/REPO[:TAG|@DIGEST], oci:DIR[:TAG], oci-archive:FILE[:TAG],",
				"docker-archive:FILE[:TAG], an archive file (docker save or OCI layout tar) or a root file system directory." })
final class ImageImportCommand implements Runnable {
	@ParentCommand
	ImageCommand parent;
	@Mixin
	ImageStoreOption storeOption;
	@Option(names = { "-f", "--force" }, description = "replace an image of the same name")
	boolean force;
	@Option(names = { "-u", "--update" }, description = "apply the image's layers over an existing image of the same name")
	boolean update;
	@Option(names = { "-b", "--build" }, description = "build the image right after importing it")
	boolean build;
	@Option(names = "--nohttps", description = "talk plain HTTP to the registry (loopback registries always are)")
	boolean noHttps;
	@Option(names = "--username", paramLabel = "USER", description = "registry user (default: $WULF_OCI_USERNAME or $WAREWULF_OCI_USERNAME)")
	String username;
	@Option(names = { "--password", "--passwd" }, paramLabel = "PASSWORD",
			description = "registry password (default: $WULF_OCI_PASSWORD or $WAREWULF_OCI_PASSWORD)")
	String password;
	@Option(names = { "--platform", "--arch" }, paramLabel = "OS/ARCH[/VARIANT]",
			description = "the image of a multi-platform index to import (default: $WULF_OCI_PLATFORM, $WAREWULF_OCI_PLATFORM or this machine's)")
	String platform;
	@Option(names = "--cache", paramLabel = "DIR", description = "the blob cache (default: $XDG_CACHE_HOME/wulf/oci or ~/.cache/wulf/oci)")
	Path cache;
	@Parameters(index = "0", paramLabel = "SOURCE")
	String source;
	@Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "the image name (default: the source's last name)")
	String name;

	@Override
	public void run() {
		ImageStore store = storeOption.store();
		OciImporter.Result result;
		String image;
		try {
			image = name != null ? name : OciImporter.defaultName(source);
			OciImporter importer = new OciImporter(store).force(force).update(update).plainHttp(noHttps).cache(cache)
					.warnings(w -> parent.root.err().println("warning: " + w));
			String chosen = platform != null ? platform : firstSet("WULF_OCI_PLATFORM", "WAREWULF_OCI_PLATFORM");
			if (chosen != null) {
				importer.platform(Platform.parse(chosen));
			}
			if (username != null || password != null) {
				Credentials environment = Credentials.fromEnvironment(System.getenv());
				importer.credentials(new Credentials(username != null ? username : environment != null ? environment.username() : "",
						password != null ? password : environment != null ? environment.password() : ""));
			}
			ProgressBar bar = new ProgressBar(parent.root.err(), "importing " + image);
			result = importer.progress(bar::update).importImage(source, image);
		} catch (ImageException e) {
			throw ImageCommand.failure(e);
		}
		String[] kernel = new String[1];
		parent.root.session().change(cluster -> {
			try {
				Image recorded = store.record(cluster, image, result.recordedSource());
				kernel[0] = recorded.getKernelVersion();
			} catch (ImageException e) {
				throw ImageCommand.failure(e);
			}
		}, true);
		parent.root.out().println("imported " + source + " as image " + image
				+ (result.layers() > 0 ? " (" + result.layers() + " layers, " + ProgressBar.size(result.bytes()) + ", " + result.digest() + ")" : "")
				+ " (" + (kernel[0] != null ? "kernel " + kernel[0] : "no kernel found in /boot") + ")");
		if (build) {
			ImageCommand.Build.build(parent.root, store, image, null, InitramfsBuilder.Compression.GZIP);
		}
	}

	private static String firstSet(String... names) {
		for (String variable : names) {
			String value = System.getenv(variable);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}
}
