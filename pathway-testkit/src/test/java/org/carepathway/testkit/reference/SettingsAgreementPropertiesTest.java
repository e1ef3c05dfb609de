package org.carepathway.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carepathway.model.PathwayJson;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.Settings;
import org.carepathway.testkit.PathwayArbitraries;
import org.carepathway.testkit.ValidationCase;

/**
 * The rules and the reference agree under other settings too: each window swapped for one of the others and the
 * threshold from 1 to 5, so that a rule reading the wrong setting, or a hard-coded default, shows.
 */
class SettingsAgreementPropertiesTest {
    private static final Duration H24 = Duration.ofHours(24);
    private static final Duration H48 = Duration.ofHours(48);
    private static final Duration H72 = Duration.ofHours(72);
    /** Each window differs from its default and from the other windows in at least one variant. */
    private static final List<Settings> VARIANTS = List.of(
            new Settings(H72, H24, H48, H72, H48, H72, 1),
            new Settings(H24, H48, H72, H48, H72, H48, 2),
            new Settings(H72, H48, H48, H24, H24, H72, 4),
            new Settings(Duration.ofHours(47), Duration.ofHours(73), Duration.ofHours(23), Duration.ofHours(25),
                    Duration.ofHours(23), Duration.ofHours(25), 5));
    private static final List<PathwayValidator> VALIDATORS =
            VARIANTS.stream().map(s -> PathwayValidator.builder().settings(s).build()).toList();

    @Property(tries = 2_000)
    void should_agree_with_the_reference_under_other_settings(@ForAll("cases") ValidationCase c,
            @ForAll("variants") int variant) {
        // given
        List<ReferenceAlert> expected = new ReferenceRules(VARIANTS.get(variant)).validate(c.pathway(), c.asOf());

        // when
        List<ReferenceAlert> actual = VALIDATORS.get(variant).validate(c.pathway(), c.asOf()).alerts().stream()
                .map(ReferenceAlert::of).toList();

        // then
        assertThat(actual)
                .as("settings %s as of %s, pathway %s", VARIANTS.get(variant), c.asOf(), PathwayJson.write(c.pathway()))
                .containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<ValidationCase> cases() {
        return PathwayArbitraries.validationCases();
    }

    @Provide
    Arbitrary<Integer> variants() {
        return Arbitraries.integers().between(0, VARIANTS.size() - 1);
    }
}
