package org.wulf.overlay;

import java.io.IOException;

/** What a template may read from the server while it renders ({@code Include}, {@code IncludeFrom}, {@code readlink}). */
public interface TemplateHost {

	/** @return the content of a server file (a relative path is taken from the configuration directory) */
	String readHostFile(String path) throws IOException;

	/** @return the content of a file in an image's root file system, or null if it has none */
	String readImageFile(String image, String path) throws IOException;

	/** @return the path a link resolves to (all links followed) */
	String resolveLink(String path) throws IOException;
}
