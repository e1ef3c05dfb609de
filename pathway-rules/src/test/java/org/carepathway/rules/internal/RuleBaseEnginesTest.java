package org.carepathway.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carepathway.model.Pathway;
import org.carepathway.model.Patient;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferKind;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Evaluation;
import org.carepathway.rules.Settings;
import org.junit.jupiter.api.Test;

/**
 * Engines are rule bases of their own, one per thread validating at once: a second engine, made while the first
 * is in use, runs exactly the rules of the first, custom and disabled ones included.
 */
class RuleBaseEnginesTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final Evaluation AS_OF = new Evaluation(Instant.parse("2026-11-25T10:00:00Z"), Settings.DEFAULTS);

    private static final String CUSTOM = """
            package com.example;
            import org.carepathway.model.Patient;
            import org.carepathway.model.TransferKind;
            import org.carepathway.rules.Finding;
            import org.carepathway.rules.Handover;

            rule "X-1 discharged home lacking capacity"
                @id("X-1") @severity("HIGH") @category("SAFEGUARDING") @title("t") @guidance("g")
            when
                Patient( lacksCapacity )
                $h : Handover( kind == TransferKind.DISCHARGE )
            then
                insert(Finding.of(kcontext).about($h.transfer()).provider($h.from().id()).message("x1 " + $h.at()));
            end

            rule "X-2 disabled"
                @id("X-2") @severity("LOW") @category("SAFEGUARDING") @title("t") @guidance("g")
            when
                Patient()
            then
                insert(Finding.of(kcontext).message("x2"));
            end
            """;

    private static Pathway dischargedHome(String id, String nhsNumber) {
        Patient patient = new Patient(nhsNumber, "L1", LocalDate.of(1940, 5, 1), null, null, List.of(), null, false,
                false, true, null);
        return new Pathway(id, patient,
                List.of(new Provider("RR8", "Leeds", ProviderType.ACUTE_HOSPITAL, true, 0),
                        new Provider("HOME", null, ProviderType.OWN_HOME, null, 0)),
                List.of(), List.of(new Transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T, List.of())),
                List.of(), List.of(), List.of());
    }

    @Test
    void should_run_the_same_rules_on_an_engine_made_while_the_first_is_in_use() {
        // given
        RuleBase rules = RuleBase.build(true, List.of(new DrlSource("custom.drl", CUSTOM)), Set.of("X-2", "MED-001"));
        List<Pathway> pathways = List.of(dischargedHome("numbered", "9434765919"), dischargedHome("unnumbered", null),
                dischargedHome("mistyped", "9434765918"));

        // when: two engines held at once
        RuleBase.Engine first = rules.take();
        RuleBase.Engine second = rules.take();

        // then
        assertThat(rules.engines()).isEqualTo(2);
        for (Pathway pathway : pathways) {
            List<Alert> alerts = rules.runOn(second, pathway, AS_OF);
            assertThat(alerts).isEqualTo(rules.runOn(first, pathway, AS_OF));
            assertThat(alerts).extracting(Alert::ruleId).contains("X-1", "IS-002").doesNotContain("X-2", "MED-001");
        }
        assertThat(rules.runOn(second, pathways.get(1), AS_OF)).extracting(Alert::ruleId).contains("DQ-002");
    }

    @Test
    void should_reuse_an_idle_engine_rather_than_make_another() {
        RuleBase rules = RuleBase.build(true, List.of(), Set.of());
        for (int i = 0; i < 20; i++) {
            rules.run(dischargedHome("p" + i, "9434765919"), AS_OF);
        }
        assertThat(rules.engines()).isEqualTo(1);
    }

    @Test
    void should_wait_for_an_engine_rather_than_make_more_than_the_most() throws Exception {
        // given: at most one engine, held here
        RuleBase rules = RuleBase.build(true, List.of(), Set.of(), 1);
        Pathway pathway = dischargedHome("waiting", "9434765919");
        List<Alert> expected = rules.run(pathway, AS_OF);
        RuleBase.Engine held = rules.take();
        CompletableFuture<List<Alert>> other = CompletableFuture.supplyAsync(() -> rules.run(pathway, AS_OF));

        // when: the other validation has had time to finish, had it an engine
        Thread.sleep(200);
        assertThat(other).isNotDone();
        rules.give(held);

        // then
        assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
        assertThat(rules.engines()).isEqualTo(1);
    }
}
