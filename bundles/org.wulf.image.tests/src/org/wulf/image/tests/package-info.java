/** Tests of image import and build. */
package org.wulf.image.tests;
