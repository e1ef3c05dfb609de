/** Internals of the rule engine: not API, free to change between releases. */
package org.carepathway.rules.internal;
