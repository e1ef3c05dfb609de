package org.carepathway.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepathway.rules.Category;
import org.carepathway.rules.RuleDescriptor;
import org.carepathway.rules.Severity;
import org.kie.api.definition.rule.Rule;

/** Reads the catalogue entry a rule declares in its DRL annotations. */
final class RuleMetadata {
    private RuleMetadata() {
    }

    static Optional<RuleDescriptor> describe(Rule rule, boolean builtIn) {
        if (!problems(rule).isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> meta = rule.getMetaData();
        return Optional.of(new RuleDescriptor(text(meta, "id"), Severity.valueOf(text(meta, "severity")),
                Category.valueOf(text(meta, "category")), text(meta, "title"), description(meta), text(meta, "guidance"),
                builtIn));
    }

    /** What is missing or wrong in the rule's metadata; empty when it is complete. */
    static List<String> problems(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        List<String> problems = new ArrayList<>();
        for (String key : List.of("id", "severity", "category", "title", "guidance")) {
            String value = text(meta, key);
            if (value == null || value.isBlank()) {
                problems.add("missing @" + key + "(\"...\")");
            }
        }
        enumProblem(meta, "severity", Severity.class).ifPresent(problems::add);
        enumProblem(meta, "category", Category.class).ifPresent(problems::add);
        return problems;
    }

    private static <E extends Enum<E>> Optional<String> enumProblem(Map<String, Object> meta, String key, Class<E> type) {
        String value = text(meta, key);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Enum.valueOf(type, value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            return Optional.of("@" + key + "(\"" + value + "\") is not one of " + String.join(", ", allowed));
        }
    }

    /** The optional {@code @description}; blank counts as absent. */
    private static String description(Map<String, Object> meta) {
        String value = text(meta, "description");
        return value == null || value.isBlank() ? null : value;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
