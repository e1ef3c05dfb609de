package org.carepathway.rules.internal;

/**
 * Custom DRL and where it came from, for error messages.
 *
 * @param name file path, {@code classpath:} resource or the name given
 * @param drl the DRL text
 */
public record DrlSource(String name, String drl) {
}
