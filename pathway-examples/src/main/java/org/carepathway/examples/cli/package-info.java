/**
 * The {@code pathway} command line: {@link org.carepathway.examples.cli.PathwayCli}, run as
 * {@code java -jar pathway-examples/target/pathway.jar validate [options] PATH...} or
 * {@code ... rules [options]} (SPEC section 4).
 */
package org.carepathway.examples.cli;
