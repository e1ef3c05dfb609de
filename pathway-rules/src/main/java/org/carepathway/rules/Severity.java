package org.carepathway.rules;

/** How urgently an alert needs acting on, most urgent first: CRITICAL > HIGH > MEDIUM > LOW. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** Whether this severity is the given one or more urgent. */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
