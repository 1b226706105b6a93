/** Tests of OCI import and export against a real registry. */
package org.wulf.image.oci.tests;
