package org.carepathway.testkit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.carepathway.model.Pathway;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.RuleCompilationException;
import org.carepathway.rules.RuleDescriptor;
import org.carepathway.rules.Settings;

/**
 * Verifies the rules of one DRL file on their own: the built-in catalogue is left out, so only the alerts of the
 * rules defined in that DRL count.
 *
 * <pre>{@code
 * RuleVerifier localPolicy = RuleVerifier.of(Path.of("rules/local-policy.drl"));   // compiles here
 * localPolicy.given(pathway, "2026-11-21T09:00:00Z").hasExactlyAlerts(alert("LOCAL-001").forTransfer("t1"));
 * localPolicy.given(otherPathway, "2026-11-21T09:00:00Z").hasNoAlerts();
 * }</pre>
 *
 * <p>Immutable and thread-safe once made.
 */
public final class RuleVerifier {
    private final UnaryOperator<PathwayValidator.Builder> rules;
    private final PathwayValidator validator;

    private RuleVerifier(UnaryOperator<PathwayValidator.Builder> rules, Settings settings) {
        this.rules = rules;
        this.validator = rules.apply(PathwayValidator.builder().withoutBuiltInRules()).settings(settings).build();
    }

    /**
     * The rules of a DRL file.
     *
     * @throws RuleCompilationException when they do not compile; the message names file, line and problem
     * @throws IllegalArgumentException when the file cannot be read
     */
    public static RuleVerifier of(Path drlFile) {
        Objects.requireNonNull(drlFile, "drlFile");
        return new RuleVerifier(b -> b.addRules(drlFile), Settings.DEFAULTS);
    }

    /**
     * Rules given as DRL text; {@code name} stands for the file in compile messages.
     *
     * @throws RuleCompilationException when they do not compile; the message names {@code name}, line and problem
     */
    public static RuleVerifier of(String name, String drl) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drl, "drl");
        return new RuleVerifier(b -> b.addRules(name, drl), Settings.DEFAULTS);
    }

    /**
     * The rules of a DRL resource on the class path, such as {@code com/acme/rules/local.drl}.
     *
     * @throws RuleCompilationException when they do not compile
     * @throws IllegalArgumentException when there is no such resource
     */
    public static RuleVerifier ofClasspath(String resource) {
        Objects.requireNonNull(resource, "resource");
        return new RuleVerifier(b -> b.addRulesFromClasspath(resource), Settings.DEFAULTS);
    }

    /** The same rules with these settings (windows and threshold), for rules that read them from {@code Evaluation}. */
    public RuleVerifier withSettings(Settings settings) {
        return new RuleVerifier(rules, Objects.requireNonNull(settings, "settings"));
    }

    /** The rules the DRL defines, ordered by id. */
    public List<RuleDescriptor> rules() {
        return validator.catalogue();
    }

    /** Validates the pathway with these rules alone, as of this instant; assert on the result. */
    public ReportAssert given(Pathway pathway, Instant asOf) {
        return PathwayAssertions.assertThat(validator.validate(pathway, asOf));
    }

    /** Validates the pathway with these rules alone, as of this RFC 3339 date-time; assert on the result. */
    public ReportAssert given(Pathway pathway, String asOf) {
        return given(pathway, TestTime.instant(asOf));
    }
}
