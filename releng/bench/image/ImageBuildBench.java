import java.nio.file.Path;

import org.wulf.image.InitramfsBuilder;

/**
 * The in-process side of image-build-bench.sh: builds one archive from a root file system with
 * Wulf's InitramfsBuilder (the code `wulf image build` runs) and prints "ENTRIES ARCHIVE_BYTES".
 * Usage (compiled): java -cp CLASSES:org.wulf.image.jar:zstd-jni.jar ImageBuildBench ROOTFS OUT gzip|zstd|none THREADS [LEVEL]
 */
public class ImageBuildBench {
	public static void main(String[] args) throws Exception {
		InitramfsBuilder.Compression compression = InitramfsBuilder.Compression.named(args[2]);
		InitramfsBuilder builder = new InitramfsBuilder().compression(compression).threads(Integer.parseInt(args[3]))
				.fixedMtime(0L);
		if (args.length > 4) {
			builder.level(Integer.parseInt(args[4]));
		}
		InitramfsBuilder.Result result = builder.build(Path.of(args[0]), Path.of(args[1]));
		System.out.println(result.entries() + " " + result.archiveBytes());
	}
}
