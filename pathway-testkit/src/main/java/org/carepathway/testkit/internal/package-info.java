/** Implementation of the testkit; not API, may change in any release. */
package org.carepathway.testkit.internal;
