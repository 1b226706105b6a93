/** The pieces behind {@link org.wulf.image.oci.OciImporter}: HTTP, blobs, manifests, layers. */
package org.wulf.image.oci.internal;
