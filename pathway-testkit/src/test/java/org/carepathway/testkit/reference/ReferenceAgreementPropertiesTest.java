package org.carepathway.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carepathway.model.PathwayJson;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.testkit.PathwayArbitraries;
import org.carepathway.testkit.ValidationCase;

/** The Drools rules and the reference reading of SPEC section 3 raise the same alerts, field for field. */
class ReferenceAgreementPropertiesTest {
    private static final PathwayValidator RULES = PathwayValidator.builder().build();
    private static final ReferenceRules REFERENCE = new ReferenceRules();

    @Property(tries = 10_000)
    void should_raise_the_same_alerts_as_the_reference(@ForAll("cases") ValidationCase c) {
        // given
        List<ReferenceAlert> expected = REFERENCE.validate(c.pathway(), c.asOf());

        // when
        List<ReferenceAlert> actual = RULES.validate(c.pathway(), c.asOf()).alerts().stream()
                .map(ReferenceAlert::of).toList();

        // then
        assertThat(actual)
                .as("as of %s, pathway %s", c.asOf(), PathwayJson.write(c.pathway()))
                .containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<ValidationCase> cases() {
        return PathwayArbitraries.validationCases();
    }
}
