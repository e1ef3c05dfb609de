package org.carepathway.model;

import java.util.List;
import java.util.Objects;

/** Checks shared by the records' constructors and the JSON reader, so both apply the same SPEC rules. */
final class Values {
    private Values() {
    }

    static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    static String requiredId(String value, String name) {
        required(value, name);
        if (!isUsableId(value)) {
            throw new IllegalArgumentException(name + " must not be an empty string");
        }
        return value;
    }

    /** SPEC section 1: an id, where given, is a non-empty string. */
    static boolean isUsableId(String value) {
        return !value.isEmpty();
    }

    /** An absent list is empty; a {@code null} element is a programming error (NullPointerException). */
    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
