package org.carepathway.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carepathway.model.Transfer;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.testkit.PathwayArbitraries;
import org.carepathway.testkit.ValidationCase;

/** A property of the local rule over generated pathways. */
class LocalPolicyPropertiesTest {
    private static final PathwayValidator LOCAL_POLICY = PathwayValidator.builder().withoutBuiltInRules()
            .addRules(Path.of("src/main/resources/examples/rules/local-policy.drl")).build();

    @Property(tries = 300)
    void should_raise_LOCAL_001_only_for_patients_lacking_capacity_discharged_home(@ForAll("cases") ValidationCase c) {
        // when
        var alerts = LOCAL_POLICY.validate(c.pathway(), c.asOf()).alerts();

        // then
        assertThat(alerts).allSatisfy(alert -> {
            Transfer transfer = c.pathway().transfers().stream()
                    .filter(t -> t.id().equals(alert.transferId())).findFirst().orElseThrow();
            assertThat(c.pathway().patient().lacksCapacity()).isTrue();
            assertThat(c.pathway().provider(transfer.to()).orElseThrow().type().name()).isEqualTo("OWN_HOME");
        });
    }

    @Provide
    Arbitrary<ValidationCase> cases() {
        return PathwayArbitraries.validationCases();
    }
}
