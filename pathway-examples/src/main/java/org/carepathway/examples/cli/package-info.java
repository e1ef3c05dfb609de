/**
 * The {@code pathway} command line: {@link org.carepathway.examples.cli.PathwayCli}, run as
 * {@code java -jar pathway-examples/target/pathway.jar validate [options] PATH...} or
 * {@code ... rules [options]} (SPEC section 4), {@code ... report --html FILE [options] PATH...} and
 * {@code ... generate --count N}.
 */
package org.carepathway.examples.cli;
