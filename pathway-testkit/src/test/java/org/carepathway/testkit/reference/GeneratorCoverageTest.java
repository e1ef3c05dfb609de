package org.carepathway.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.carepathway.testkit.ValidationCase;
import org.carepathway.testkit.internal.PathwayGenerator;
import org.junit.jupiter.api.Test;

/** The generated pathways exercise every rule often enough for the agreement property to mean something. */
class GeneratorCoverageTest {
    @Test
    void should_make_every_rule_fire_in_a_few_hundred_generated_pathways() {
        // given
        Random random = new Random(20261126L);
        ReferenceRules reference = new ReferenceRules();
        Map<String, Integer> fired = new TreeMap<>();
        ReferenceRules.RULE_IDS.forEach(id -> fired.put(id, 0));

        // when
        for (int i = 0; i < 2_000; i++) {
            ValidationCase c = PathwayGenerator.validationCase(random);
            reference.validate(c.pathway(), c.asOf()).forEach(a -> fired.merge(a.ruleId(), 1, Integer::sum));
        }

        // then: at least 1 % of the pathways for every rule
        assertThat(fired).allSatisfy((rule, count) -> assertThat(count).as(rule + " in " + fired).isGreaterThanOrEqualTo(20));
    }
}
