package org.carepathway.rules;

/**
 * A rule failed while validating a pathway: a custom rule whose condition or consequence threw. The message
 * names the rule and the pathway; the cause is what the rule threw. Built-in rules are tested not to throw.
 */
public final class RuleExecutionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String pathwayId;

    public RuleExecutionException(String ruleId, String pathwayId, Throwable cause) {
        super((ruleId == null ? "a rule" : "rule " + ruleId) + " failed on pathway '" + pathwayId + "': "
                + rootOf(cause), cause);
        this.ruleId = ruleId;
        this.pathwayId = pathwayId;
    }

    /** The id of the rule that failed, or null when the engine could not tell. */
    public String ruleId() {
        return ruleId;
    }

    /** The id of the pathway being validated. */
    public String pathwayId() {
        return pathwayId;
    }

    private static String rootOf(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
