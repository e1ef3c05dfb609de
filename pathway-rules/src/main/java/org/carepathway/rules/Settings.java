package org.carepathway.rules;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * The tunable values of the built-in rules (SPEC section 3): the time windows and the provider concern
 * threshold. Immutable; {@link #DEFAULTS} holds the catalogue's defaults.
 *
 * @param suicideRiskFollowUp FU-001: follow-up after discharge with a suicide risk (48h)
 * @param mentalHealthFollowUp FU-002: follow-up after adult mental health inpatient discharge (72h)
 * @param dischargeSummaryToGp FU-003: discharge summary to the GP (24h)
 * @param carePlanToGp FU-004: mental health care plan to the GP (24h)
 * @param safeguardingReferral SG-001: concern referred to the local authority (24h)
 * @param cqcNotification SG-002: CQC notified of a concern about a registered provider (24h)
 * @param providerConcernThreshold SG-003: open concerns about a placement that make it unsafe to use (3)
 */
public record Settings(
        Duration suicideRiskFollowUp,
        Duration mentalHealthFollowUp,
        Duration dischargeSummaryToGp,
        Duration carePlanToGp,
        Duration safeguardingReferral,
        Duration cqcNotification,
        int providerConcernThreshold) {

    /** The defaults of catalogue v1. */
    public static final Settings DEFAULTS = new Settings(Duration.ofHours(48), Duration.ofHours(72),
            Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(24), 3);

    /** The setting names, as the builder and the CLI's {@code --setting NAME=VALUE} take them. */
    public static final List<String> NAMES = List.of("suicideRiskFollowUp", "mentalHealthFollowUp",
            "dischargeSummaryToGp", "carePlanToGp", "safeguardingReferral", "cqcNotification",
            "providerConcernThreshold");

    public Settings {
        positive(suicideRiskFollowUp, "suicideRiskFollowUp");
        positive(mentalHealthFollowUp, "mentalHealthFollowUp");
        positive(dischargeSummaryToGp, "dischargeSummaryToGp");
        positive(carePlanToGp, "carePlanToGp");
        positive(safeguardingReferral, "safeguardingReferral");
        positive(cqcNotification, "cqcNotification");
        if (providerConcernThreshold < 1) {
            throw new IllegalArgumentException("providerConcernThreshold must be at least 1, was " + providerConcernThreshold);
        }
    }

    /**
     * A copy with one setting changed. Windows take ISO-8601 durations ({@code PT96H}, {@code P3D}); the
     * threshold takes a whole number of at least 1.
     *
     * @throws IllegalArgumentException for an unknown name or a value that does not parse
     */
    public Settings with(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return switch (name) {
            case "suicideRiskFollowUp" -> new Settings(window(name, value), mentalHealthFollowUp, dischargeSummaryToGp,
                    carePlanToGp, safeguardingReferral, cqcNotification, providerConcernThreshold);
            case "mentalHealthFollowUp" -> new Settings(suicideRiskFollowUp, window(name, value), dischargeSummaryToGp,
                    carePlanToGp, safeguardingReferral, cqcNotification, providerConcernThreshold);
            case "dischargeSummaryToGp" -> new Settings(suicideRiskFollowUp, mentalHealthFollowUp, window(name, value),
                    carePlanToGp, safeguardingReferral, cqcNotification, providerConcernThreshold);
            case "carePlanToGp" -> new Settings(suicideRiskFollowUp, mentalHealthFollowUp, dischargeSummaryToGp,
                    window(name, value), safeguardingReferral, cqcNotification, providerConcernThreshold);
            case "safeguardingReferral" -> new Settings(suicideRiskFollowUp, mentalHealthFollowUp, dischargeSummaryToGp,
                    carePlanToGp, window(name, value), cqcNotification, providerConcernThreshold);
            case "cqcNotification" -> new Settings(suicideRiskFollowUp, mentalHealthFollowUp, dischargeSummaryToGp,
                    carePlanToGp, safeguardingReferral, window(name, value), providerConcernThreshold);
            case "providerConcernThreshold" -> new Settings(suicideRiskFollowUp, mentalHealthFollowUp,
                    dischargeSummaryToGp, carePlanToGp, safeguardingReferral, cqcNotification, count(name, value));
            default -> throw new IllegalArgumentException("unknown setting '" + name + "'\nMaybe one of: "
                    + String.join(", ", NAMES));
        };
    }

    private static Duration window(String name, String value) {
        try {
            Duration window = Duration.parse(value);
            positive(window, name);
            return window;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("setting " + name + " must be an ISO-8601 duration, was '" + value
                    + "'\nMaybe PT72H (72 hours) or P3D (3 days)", e);
        }
    }

    private static int count(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + name + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static void positive(Duration window, String name) {
        Objects.requireNonNull(window, name);
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("setting " + name + " must be a positive duration, was " + window);
        }
    }
}
