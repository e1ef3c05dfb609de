/**
 * Runnable examples, named by task: {@link org.carepathway.examples.ValidateOneHandover} validates one pathway,
 * {@link org.carepathway.examples.WriteACustomRule} adds a local rule written in DRL. Their data are the example
 * pathways under {@code examples/} on the class path, read by {@link org.carepathway.examples.ExamplePathways}.
 * The {@code pathway} command line is in {@code org.carepathway.examples.cli}.
 */
package org.carepathway.examples;
