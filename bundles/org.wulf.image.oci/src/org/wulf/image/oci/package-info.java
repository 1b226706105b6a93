/**
 * OCI images in and out of Wulf's image store: pulling from registries (Registry HTTP API v2),
 * reading OCI layouts and {@code docker save} archives, applying layers to a root file system, and
 * writing and pushing OCI layouts.
 */
package org.wulf.image.oci;
