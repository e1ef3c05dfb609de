package org.carepathway.examples.cli;

import java.util.Locale;

/** Numbers as the CLI and the report print them for people: digits grouped in threes, the same on every machine. */
final class Numbers {
    private Numbers() {
    }

    /** Like {@code 1,234,567}. */
    static String grouped(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** Like {@code 1 record} or {@code 1,234 records}. */
    static String records(long n) {
        return grouped(n) + (n == 1 ? " record" : " records");
    }

    /** A share as a whole percentage, like {@code 37%}; an empty whole is 0%. */
    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }
}
