package org.carepathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.RuleDescriptor;
import org.carepathway.rules.Settings;
import org.carepathway.testkit.internal.ExpectedOutcome;
import org.carepathway.testkit.internal.GoldenFolder;
import org.carepathway.testkit.reference.ReferenceAlert;
import org.carepathway.testkit.reference.ReferenceRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own golden cases (src/test/resources/golden): every rule of the catalogue firing and its nearest
 * case not firing, at the boundaries, checked against the Drools rules and against the reference reading.
 */
class ProjectGoldenCasesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> should_raise_the_expected_alerts_with_the_built_in_rules() {
        return GoldenCases.in(GOLDEN).tests();
    }

    @TestFactory
    Stream<DynamicTest> should_raise_the_expected_alerts_with_the_reference_reading() {
        return GoldenFolder.tests(GOLDEN, (name, pathway, expected) -> {
            Settings settings = Settings.DEFAULTS;
            for (var setting : expected.settings().entrySet()) {
                settings = settings.with(setting.getKey(), setting.getValue());
            }
            List<AlertIdentity> actual = new ReferenceRules(settings).validate(pathway, expected.asOf()).stream()
                    .map(ProjectGoldenCasesTest::identity).toList();
            assertThat(actual).as("golden case %s", name).containsExactlyInAnyOrderElementsOf(expected.alerts());
        });
    }

    @Test
    void should_have_a_firing_case_for_every_rule_of_the_catalogue() throws IOException {
        // given
        Set<String> catalogue = new TreeSet<>();
        PathwayValidator.builder().build().catalogue().stream().map(RuleDescriptor::id).forEach(catalogue::add);

        // when
        Set<String> fired = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.filter(f -> f.getFileName().toString().endsWith(".expected.json"))
                    .map(ExpectedOutcome::read)
                    .forEach(e -> e.alerts().forEach(a -> fired.add(a.ruleId())));
        }

        // then
        assertThat(catalogue).hasSize(23).isEqualTo(new TreeSet<>(ReferenceRules.RULE_IDS));
        assertThat(fired).containsAll(catalogue);
    }

    @Test
    void should_have_at_least_30_cases_and_quiet_cases_beside_the_firing_ones() throws IOException {
        // given
        List<ExpectedOutcome> expected;
        List<String> quiet;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<Path> expectedFiles = files.filter(f -> f.getFileName().toString().endsWith(".expected.json"))
                    .sorted().toList();
            expected = expectedFiles.stream().map(ExpectedOutcome::read).toList();
            quiet = expectedFiles.stream().filter(f -> ExpectedOutcome.read(f).alerts().isEmpty())
                    .map(f -> f.getFileName().toString().split("-")[0]).distinct().toList();
        }

        // then: the data quality, handover, care plan, follow-up and safeguarding areas each have a case that raises nothing
        assertThat(expected).hasSizeGreaterThanOrEqualTo(30);
        assertThat(quiet).contains("dq", "ho", "cp", "fu", "sg");
    }

    private static AlertIdentity identity(ReferenceAlert a) {
        return new AlertIdentity(a.ruleId(), a.transferId(), a.carePlanId(), a.concernId());
    }
}
