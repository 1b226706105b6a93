package org.wulf.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.wulf.core.store.ModelFile;

/**
 * Wulf Studio's command line. Arguments it does not know are ignored, because the platform and
 * the test harness pass their own.
 *
 * @param model      the model file to open: {@code --model PATH}, else {@link ModelFile#defaultPath()}
 * @param screenshot where to save a PNG of the window once it shows the model, after which the
 *                   workbench closes ({@code --screenshot PNG}); empty for an interactive session
 * @param help       {@code --help} was given
 */
public record StudioArguments(Path model, Optional<Path> screenshot, boolean help) {

	private static final String MODEL = "--model"; //$NON-NLS-1$
	private static final String SCREENSHOT = "--screenshot"; //$NON-NLS-1$
	private static final String HELP = "--help"; //$NON-NLS-1$

	/** @throws IllegalArgumentException when an option misses its value; the message says which */
	public static StudioArguments parse(String[] args) {
		Path model = null;
		Path screenshot = null;
		boolean help = false;
		String[] given = args == null ? new String[0] : args;
		for (int i = 0; i < given.length; i++) {
			String arg = given[i];
			if (arg.equals(MODEL) || arg.equals(SCREENSHOT)) {
				if (i + 1 >= given.length || given[i + 1].isBlank()) {
					throw new IllegalArgumentException(NLS.bind(Messages.Studio_optionNeedsValue, arg));
				}
				Path value = Path.of(given[++i]);
				if (arg.equals(MODEL)) {
					model = value;
				} else {
					screenshot = value;
				}
			} else if (arg.startsWith(MODEL + '=')) {
				model = Path.of(arg.substring(MODEL.length() + 1));
			} else if (arg.startsWith(SCREENSHOT + '=')) {
				screenshot = Path.of(arg.substring(SCREENSHOT.length() + 1));
			} else if (arg.equals(HELP)) {
				help = true;
			}
		}
		Path modelPath = model != null ? model : ModelFile.defaultPath();
		return new StudioArguments(modelPath.toAbsolutePath().normalize(),
				Optional.ofNullable(screenshot).map(p -> p.toAbsolutePath().normalize()), help);
	}

	/**
	 * The arguments of the running application, as the workbench parts see them. Falls back to the
	 * defaults when the command line cannot be parsed (the application has reported that already).
	 */
	public static StudioArguments ofRunningApplication() {
		try {
			return parse(Platform.getApplicationArgs());
		} catch (IllegalArgumentException e) {
			return parse(null);
		}
	}
}
