package org.carepathway.rules;

import java.util.Objects;

/**
 * A rule as the catalogue lists it. The metadata is declared on the rule itself, as DRL annotations:
 * {@code @id("HO-001") @severity("HIGH") @category("HANDOVER") @title("...") @guidance("...")}, and optionally
 * {@code @description("...")}.
 *
 * @param id the stable rule id, such as {@code HO-001}; never reused for another meaning
 * @param severity severity of the alerts the rule raises
 * @param category area of care
 * @param title plain-English title
 * @param description a sentence on when the rule fires; null when a custom rule declares none
 * @param guidance the guidance or law the rule rests on
 * @param builtIn whether the rule ships with carepathway (false for rules added through the builder)
 */
public record RuleDescriptor(String id, Severity severity, Category category, String title, String description,
        String guidance, boolean builtIn) {
    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(guidance, "guidance");
    }
}
