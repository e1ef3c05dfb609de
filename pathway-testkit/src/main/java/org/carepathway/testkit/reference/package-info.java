/**
 * An independent second reading of SPEC section 3 in plain Java, for cross-checks against the Drools rules and
 * for benchmarks; not for production. The entry point is {@link org.carepathway.testkit.reference.ReferenceRules}.
 */
package org.carepathway.testkit.reference;
