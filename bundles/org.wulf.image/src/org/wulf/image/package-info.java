/**
 * Wulf OS images: a root file system imported into the image store and built into a bootable initramfs.
 */
package org.wulf.image;
