package org.wulf.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings of Wulf Studio that a user reads (see messages.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.wulf.ui.internal.messages"; //$NON-NLS-1$

	public static String Studio_windowTitle;
	public static String Studio_usage;
	public static String Studio_optionNeedsValue;
	public static String Studio_windowOpen;
	public static String Studio_screenshotSaved;
	public static String Studio_screenshotFailed;

	public static String Explorer_profiles;
	public static String Explorer_nodes;
	public static String Explorer_images;
	public static String Explorer_overlays;
	public static String Explorer_loadFailed;
	public static String Explorer_loadFailedStatus;
	public static String Explorer_unexpectedLoadError;
	public static String Explorer_summary;
	public static String Explorer_nodeWithAddress;

	public static String Effective_nothingSelected;
	public static String Effective_heading;
	public static String Effective_noProfiles;
	public static String Effective_field;
	public static String Effective_source;
	public static String Effective_value;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
