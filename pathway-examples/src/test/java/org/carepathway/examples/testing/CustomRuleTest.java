package org.carepathway.examples.testing;

import static org.carepathway.model.ProviderType.ACUTE_HOSPITAL;
import static org.carepathway.model.ProviderType.LOCAL_AUTHORITY;
import static org.carepathway.model.ProviderType.OWN_HOME;
import static org.carepathway.testkit.AlertIdentity.alert;

import java.nio.file.Path;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Pathway;
import org.carepathway.testkit.PathwayStory;
import org.carepathway.testkit.RuleVerifier;
import org.junit.jupiter.api.Test;

/** The local rule LOCAL-001 tested on its own: the built-in rules do not count. */
class CustomRuleTest {
    private static final RuleVerifier LOCAL_POLICY =
            RuleVerifier.of(Path.of("src/main/resources/examples/rules/local-policy.drl"));

    @Test
    void should_raise_LOCAL_001_for_a_discharge_home_lacking_capacity() {
        // given
        Pathway pathway = PathwayStory.aPatient().lackingCapacity()
                .dischargedFrom(ACUTE_HOSPITAL, "RR8").to(OWN_HOME, "HOME").at("2026-11-20T10:00:00Z")
                .build();

        // when / then
        LOCAL_POLICY.given(pathway, "2026-11-21T09:00:00Z").hasExactlyAlerts(alert("LOCAL-001").forTransfer("t1"));
    }

    @Test
    void should_raise_nothing_when_a_care_and_support_plan_is_in_force() {
        // given
        Pathway pathway = PathwayStory.aPatient().lackingCapacity().provider("LA1", LOCAL_AUTHORITY)
                .carePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "LA1")
                .dischargedFrom(ACUTE_HOSPITAL, "RR8").to(OWN_HOME, "HOME").at("2026-11-20T10:00:00Z")
                .build();

        // when / then
        LOCAL_POLICY.given(pathway, "2026-11-21T09:00:00Z").hasNoAlerts();
    }
}
