package org.carepathway.examples.testing;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.testkit.GoldenCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** A rule pack (built-in rules plus the local policy) regression-tested against a folder of golden cases. */
class GoldenCasesTest {
    @TestFactory
    Stream<DynamicTest> should_raise_the_alerts_each_golden_case_expects() {
        return GoldenCases.in(Path.of("src/test/resources/golden"))
                .validatedBy(() -> PathwayValidator.builder()
                        .addRules(Path.of("src/main/resources/examples/rules/local-policy.drl")))
                .tests();
    }
}
