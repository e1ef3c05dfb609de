/** The Bundle-to-pathway mapping and the report writer; not an API, may change in any release. */
package org.carepathway.fhir.internal;
