package org.carepathway.model;

import java.util.Objects;

/**
 * One problem with an input pathway: where it is, as a JSON Pointer (RFC 6901; {@code ""} for the whole
 * document), and a sentence a person can act on.
 *
 * @param pointer JSON Pointer to the offending member, or the pointer it would have when missing
 * @param message what is wrong and what to do
 */
public record InputError(String pointer, String message) {
    public InputError {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
