package org.carepathway.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.carepathway.rules.Settings;
import org.carepathway.testkit.ValidationCase;
import org.carepathway.testkit.internal.PathwayGenerator;
import org.junit.jupiter.api.Test;

/**
 * The generated pathways exercise every rule, and sit on every window's boundary, often enough for the agreement
 * properties to mean something.
 */
class GeneratorCoverageTest {
    private static final List<ValidationCase> SAMPLE = sample(2_000);

    @Test
    void should_make_every_rule_fire_in_at_least_one_percent_of_generated_pathways() {
        // given
        ReferenceRules reference = new ReferenceRules();
        Map<String, Integer> fired = new TreeMap<>();
        ReferenceRules.RULE_IDS.forEach(id -> fired.put(id, 0));

        // when
        for (ValidationCase c : SAMPLE) {
            reference.validate(c.pathway(), c.asOf()).forEach(a -> fired.merge(a.ruleId(), 1, Integer::sum));
        }

        // then
        assertThat(fired).allSatisfy((rule, count) -> assertThat(count).as(rule + " in " + fired).isGreaterThanOrEqualTo(20));
    }

    @Test
    void should_sit_on_the_boundary_of_every_setting() {
        // given: each setting moved by the least step (one second, or a threshold of one more)
        ReferenceRules defaults = new ReferenceRules();
        Duration second = Duration.ofSeconds(1);
        Settings d = Settings.DEFAULTS;
        Map<String, Settings> nudged = new TreeMap<>(Map.of(
                "suicideRiskFollowUp", d.with("suicideRiskFollowUp", d.suicideRiskFollowUp().plus(second).toString()),
                "mentalHealthFollowUp", d.with("mentalHealthFollowUp", d.mentalHealthFollowUp().plus(second).toString()),
                "dischargeSummaryToGp", d.with("dischargeSummaryToGp", d.dischargeSummaryToGp().plus(second).toString()),
                "carePlanToGp", d.with("carePlanToGp", d.carePlanToGp().plus(second).toString()),
                "safeguardingReferral", d.with("safeguardingReferral", d.safeguardingReferral().plus(second).toString()),
                "cqcNotification", d.with("cqcNotification", d.cqcNotification().plus(second).toString()),
                "providerConcernThreshold", d.with("providerConcernThreshold", "4")));

        // when
        List<String> insensitive = new ArrayList<>();
        nudged.forEach((name, settings) -> {
            ReferenceRules moved = new ReferenceRules(settings);
            boolean changed = SAMPLE.stream().anyMatch(c ->
                    !moved.validate(c.pathway(), c.asOf()).equals(defaults.validate(c.pathway(), c.asOf())));
            if (!changed) {
                insensitive.add(name);
            }
        });

        // then: a property run would notice a rule that reads any setting one step off
        assertThat(insensitive).as("settings whose boundary no generated pathway sits on").isEmpty();
    }

    private static List<ValidationCase> sample(int size) {
        Random random = new Random(20261126L);
        List<ValidationCase> cases = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cases.add(PathwayGenerator.validationCase(random));
        }
        return cases;
    }
}
