package org.carepathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepathway.model.ProviderType.ACUTE_HOSPITAL;
import static org.carepathway.model.ProviderType.OWN_HOME;
import static org.carepathway.testkit.AlertIdentity.alert;

import java.nio.file.Path;
import org.carepathway.model.Pathway;
import org.carepathway.rules.RuleCompilationException;
import org.carepathway.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;

class RuleVerifierTest {
    private static final RuleVerifier CAPACITY = RuleVerifier.ofClasspath("rules/capacity-discharge.drl");
    private static final String AS_OF = "2026-11-21T09:00:00Z";

    @Test
    void should_count_only_the_alerts_of_the_rules_in_the_file() {
        // given: the built-in rules would add IS-002 and MED-001 for this discharge
        Pathway pathway = PathwayStory.aPatient().lackingCapacity()
                .dischargedFrom(ACUTE_HOSPITAL, "RR8").to(OWN_HOME, "HOME").at("2026-11-20T10:00:00Z").build();

        // when / then
        CAPACITY.given(pathway, AS_OF).hasExactlyAlerts(alert("ACME-001").forTransfer("t1"));
        assertThat(CAPACITY.rules()).extracting(RuleDescriptor::id).containsExactly("ACME-001");
    }

    @Test
    void should_raise_nothing_for_a_patient_with_capacity() {
        // given
        Pathway pathway = PathwayStory.aPatient()
                .dischargedFrom(ACUTE_HOSPITAL, "RR8").to(OWN_HOME, "HOME").at("2026-11-20T10:00:00Z").build();

        // when / then
        CAPACITY.given(pathway, AS_OF).hasNoAlerts();
    }

    @Test
    void should_fail_with_file_and_line_when_the_rule_does_not_compile() {
        // when / then
        assertThatThrownBy(() -> RuleVerifier.of(Path.of("src/test/resources/rules/broken.drl")))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("src/test/resources/rules/broken.drl:8:");
    }

    @Test
    void should_fail_with_the_given_name_and_line_for_drl_text() {
        // given
        String drl = "package x;\n\nrule \"X-1 broken\"\n    @id(\"X-1\") @severity(\"LOW\") @category(\"HANDOVER\")"
                + " @title(\"t\") @guidance(\"g\")\nwhen\n    NoSuchFact()\nthen\nend\n";

        // when / then
        assertThatThrownBy(() -> RuleVerifier.of("inline.drl", drl))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("inline.drl:6:");
    }
}
