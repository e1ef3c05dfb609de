package org.carepathway.testkit;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.testkit.internal.GoldenFolder;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Golden cases: a folder of pathways with the alerts each one must raise, run as JUnit 5 dynamic tests, the way a
 * harness regression-tests a rule pack.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> golden_cases() {
 *     return GoldenCases.in(Path.of("src/test/resources/golden"))
 *             .validatedBy(() -> PathwayValidator.builder().addRules(Path.of("rules/local-policy.drl")))
 *             .tests();
 * }
 * }</pre>
 *
 * <p>The folder holds, for each case {@code NAME}, the pathway {@code NAME.json} (Pathway JSON v1) and
 * {@code NAME.expected.json}:
 *
 * <pre>{@code
 * {
 *   "description": "optional: what the case shows",
 *   "asOf": "2026-11-21T09:00:00Z",
 *   "settings": { "mentalHealthFollowUp": "PT96H" },
 *   "alerts": [
 *     { "ruleId": "HO-001", "transferId": "t1" },
 *     { "ruleId": "HO-003", "transferId": "t1", "carePlanId": "cp1" },
 *     { "ruleId": "SG-001", "concernId": "sg1" },
 *     { "ruleId": "DQ-002" }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code asOf} (RFC 3339 with an offset) and {@code alerts} are required; {@code settings} (names and values as
 * {@code PathwayValidator.Builder.setting} takes them) and {@code description} are optional; any other member is
 * an error, so a typo cannot pass unnoticed. Each alert is an identity (SPEC section 2): {@code ruleId} and the
 * subject ids that apply, absent when they do not; order does not matter; {@code []} expects no alert. The case
 * passes when the report holds exactly these identities.
 *
 * <p>Every case is a test named {@code NAME}, in name order; files in subfolders and files not ending in
 * {@code .json} are not read. A pathway without its expected file, an expected file without its pathway, a malformed
 * expected file or a pathway the reader rejects is a failing test naming the file, never a skipped one.
 */
public final class GoldenCases {
    private final Path folder;
    private final Supplier<PathwayValidator.Builder> validator;

    private GoldenCases(Path folder, Supplier<PathwayValidator.Builder> validator) {
        this.folder = folder;
        this.validator = validator;
    }

    /** The cases in this folder, validated by the built-in rules unless {@link #validatedBy} says otherwise. */
    public static GoldenCases in(Path folder) {
        return new GoldenCases(Objects.requireNonNull(folder, "folder"), PathwayValidator::builder);
    }

    /**
     * Validates the cases with validators from this builder (the rule pack under test); each case's settings are
     * applied on top. A validator is built once per distinct settings.
     */
    public GoldenCases validatedBy(Supplier<PathwayValidator.Builder> builder) {
        return new GoldenCases(folder, Objects.requireNonNull(builder, "builder"));
    }

    /**
     * One dynamic test per case.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds no case
     */
    public Stream<DynamicTest> tests() {
        Map<Map<String, String>, PathwayValidator> validators = new HashMap<>();
        return GoldenFolder.tests(folder, (name, pathway, expected) -> {
            PathwayValidator v;
            try {
                v = validators.computeIfAbsent(expected.settings(), this::build);
            } catch (IllegalArgumentException e) {
                throw new AssertionFailedError("golden case " + name + " in " + folder + ": " + e.getMessage(), e);
            }
            PathwayAssertions.assertThat(v.validate(pathway, expected.asOf()))
                    .as("golden case %s in %s", name, folder)
                    .hasExactlyAlerts(expected.alerts());
        });
    }

    private PathwayValidator build(Map<String, String> settings) {
        PathwayValidator.Builder builder = validator.get();
        settings.forEach(builder::setting);
        return builder.build();
    }
}
