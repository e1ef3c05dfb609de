package org.carepathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.pathway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carepathway.model.Communication;
import org.carepathway.model.CommunicationType;
import org.carepathway.model.Contact;
import org.carepathway.model.ContactKind;
import org.carepathway.model.Pathway;
import org.carepathway.model.Patient;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API: building, custom rules, disabling, the clock, thread safety. */
class PathwayValidatorTest {
    private static final String CUSTOM_RULE = "rules/lacks-capacity-discharge.drl";
    private static final PathwayValidator BUILT_IN = PathwayValidator.builder().build();

    private static Pathway dischargedHomeLackingCapacity() {
        Patient patient = new Patient("9434765919", null, java.time.LocalDate.of(1940, 5, 1), null, null, List.of(),
                null, false, false, true, null);
        return new Pathway("p-capacity", patient,
                List.of(new Provider("RR8", "Leeds", ProviderType.ACUTE_HOSPITAL, true, 0),
                        new Provider("HOME", null, ProviderType.OWN_HOME, null, 0)),
                List.of(), List.of(new Transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T, List.of())),
                List.of(), List.of(), List.of());
    }

    /** A DRL file in package com.example with one import and one rule, whose name stands on line 4. */
    private static String drl(String importedType, String ruleName, String metadata, String condition,
            String consequence) {
        return """
                package com.example;
                import %s;

                rule "%s"
                    %s
                when
                    %s
                then
                    %s
                end
                """.formatted(importedType, ruleName, metadata, condition, consequence);
    }

    /** Complete metadata for a LOW rule: id, severity, category, title and guidance. */
    private static String metadata(String id, String category) {
        return "@id(\"%s\") @severity(\"LOW\") @category(\"%s\") @title(\"t\") @guidance(\"g\")"
                .formatted(id, category);
    }

    @Test
    void should_list_the_23_rules_of_catalogue_v1_with_the_severity_and_category_of_SPEC() {
        // when
        List<RuleDescriptor> catalogue = BUILT_IN.catalogue();

        // then: id, severity and category as SPEC section 3 (category from section 2), ordered by id
        assertThat(catalogue).extracting(rule -> rule.id() + " " + rule.severity() + " " + rule.category())
                .containsExactly(
                        "CP-001 CRITICAL CARE_PLAN", "CP-002 HIGH CARE_PLAN", "CP-003 HIGH CARE_PLAN",
                        "CP-004 HIGH CARE_PLAN", "CP-005 LOW CARE_PLAN",
                        "DQ-001 HIGH DATA_QUALITY", "DQ-002 MEDIUM DATA_QUALITY", "DQ-003 LOW DATA_QUALITY",
                        "FU-001 CRITICAL FOLLOW_UP", "FU-002 HIGH FOLLOW_UP", "FU-003 MEDIUM FOLLOW_UP",
                        "FU-004 HIGH FOLLOW_UP",
                        "HO-001 HIGH HANDOVER", "HO-002 HIGH HANDOVER", "HO-003 MEDIUM HANDOVER",
                        "IS-001 LOW INFORMATION_SHARING", "IS-002 HIGH INFORMATION_SHARING",
                        "MED-001 HIGH MEDICATION",
                        "SG-001 HIGH SAFEGUARDING", "SG-002 HIGH SAFEGUARDING", "SG-003 CRITICAL SAFEGUARDING",
                        "SG-004 CRITICAL SAFEGUARDING", "SG-005 HIGH SAFEGUARDING");
        assertThat(catalogue).allSatisfy(rule -> {
            assertThat(rule.builtIn()).isTrue();
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.description()).as("@description of %s", rule.id()).endsWith(".");
            assertThat(rule.guidance()).isNotBlank();
        });
    }

    @Test
    void should_leave_the_description_of_a_custom_rule_without_one_null() {
        // given
        PathwayValidator validator = PathwayValidator.builder()
                .addRules("no-description.drl", drl("org.carepathway.rules.Handover",
                        "ACME-009 no description", metadata("ACME-009", "HANDOVER"), "Handover()", "")).build();

        // then
        assertThat(validator.catalogue()).filteredOn(RuleDescriptor::id, "ACME-009").singleElement()
                .extracting(RuleDescriptor::description).isNull();
    }

    @Test
    void should_run_a_custom_rule_from_the_classpath_next_to_the_built_ins() {
        // given
        PathwayValidator validator = PathwayValidator.builder().addRulesFromClasspath(CUSTOM_RULE).build();

        // when
        ValidationReport report = validator.validate(dischargedHomeLackingCapacity(), T);

        // then
        assertThat(report.alertsFor("ACME-001")).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(Severity.HIGH);
            assertThat(alert.category()).isEqualTo(Category.SAFEGUARDING);
            assertThat(alert.transferId()).isEqualTo("t1");
            assertThat(alert.providerId()).isEqualTo("RR8");
            assertThat(alert.guidance()).startsWith("Mental Capacity Act 2005");
        });
        assertThat(report.alertsFor("MED-001")).hasSize(1);
        assertThat(validator.catalogue()).filteredOn(RuleDescriptor::id, "ACME-001")
                .singleElement().extracting(RuleDescriptor::builtIn).isEqualTo(false);
    }

    @Test
    void should_give_custom_rules_the_facts_that_no_built_in_rule_matches() {
        // given: built-in rules look providers, transfers, contacts and communications up in the pathway, so a
        // session is given those facts only when a custom rule matches them, here one type per rule and one
        // rule matching every record by its supertype
        String drl = """
                package com.example;
                import org.carepathway.model.*;
                import org.carepathway.rules.Finding;

                rule "X-10 provider"
                    @id("X-10") @severity("LOW") @category("HANDOVER") @title("t") @guidance("g")
                when Provider( type == ProviderType.OWN_HOME ) then insert(Finding.of(kcontext)); end

                rule "X-11 transfer"
                    @id("X-11") @severity("LOW") @category("HANDOVER") @title("t") @guidance("g")
                when $t : Transfer() then insert(Finding.of(kcontext).about($t)); end

                rule "X-12 contact"
                    @id("X-12") @severity("LOW") @category("FOLLOW_UP") @title("t") @guidance("g")
                when Contact( kind == ContactKind.FOLLOW_UP ) then insert(Finding.of(kcontext)); end

                rule "X-13 communication"
                    @id("X-13") @severity("LOW") @category("FOLLOW_UP") @title("t") @guidance("g")
                when Communication( type == CommunicationType.DISCHARGE_SUMMARY ) then insert(Finding.of(kcontext)); end

                rule "X-14 any record that is a contact"
                    @id("X-14") @severity("LOW") @category("FOLLOW_UP") @title("t") @guidance("g")
                when Record( this instanceof Contact ) then insert(Finding.of(kcontext)); end
                """;
        Pathway base = dischargedHomeLackingCapacity();
        Pathway pathway = new Pathway(base.id(), base.patient(), base.providers(), base.carePlans(), base.transfers(),
                List.of(new Contact(null, "RR8", T.plusSeconds(3600), ContactKind.FOLLOW_UP)),
                List.of(new Communication(null, CommunicationType.DISCHARGE_SUMMARY, "RR8", "RR8", T, "t1", null)),
                List.of());

        // when
        ValidationReport custom = PathwayValidator.builder().addRules("every-fact.drl", drl).build().validate(pathway, T);
        ValidationReport alone = PathwayValidator.builder().withoutBuiltInRules().addRules("every-fact.drl", drl)
                .build().validate(pathway, T);

        // then
        for (ValidationReport report : List.of(custom, alone)) {
            assertThat(report.alerts()).extracting(Alert::ruleId).contains("X-10", "X-11", "X-12", "X-13", "X-14");
        }
        assertThat(custom.alerts()).filteredOn(alert -> !alert.ruleId().startsWith("X-"))
                .isEqualTo(BUILT_IN.validate(pathway, T).alerts());
    }

    @Test
    void should_run_a_custom_rule_from_a_file_without_the_built_ins(@TempDir Path dir) throws Exception {
        // given
        Path drl = dir.resolve("local.drl");
        try (var in = getClass().getClassLoader().getResourceAsStream(CUSTOM_RULE)) {
            Files.write(drl, in.readAllBytes());
        }
        PathwayValidator validator = PathwayValidator.builder().withoutBuiltInRules().addRules(drl).build();

        // when
        ValidationReport report = validator.validate(dischargedHomeLackingCapacity(), T);

        // then
        assertThat(report.alerts()).extracting(Alert::ruleId).containsExactly("ACME-001");
        assertThat(validator.catalogue()).extracting(RuleDescriptor::id).containsExactly("ACME-001");
    }

    @Test
    void should_name_file_and_line_when_a_custom_rule_does_not_compile() {
        // when / then
        assertThatThrownBy(() -> PathwayValidator.builder().addRulesFromClasspath("rules/broken.drl").build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("classpath:rules/broken.drl:8")
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems()).first()
                        .satisfies(p -> assertThat(p.line()).isEqualTo(8)));
    }

    @Test
    void should_name_the_rule_when_custom_metadata_is_missing_or_wrong() {
        // given
        String drl = drl("org.carepathway.rules.Handover", "X-1 no severity",
                "@id(\"X-1\") @category(\"NOT_A_CATEGORY\") @title(\"t\") @guidance(\"g\")", "Handover()", "");

        // when / then
        assertThatThrownBy(() -> PathwayValidator.builder().addRules("inline.drl", drl).build())
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("inline.drl:4: rule \"X-1 no severity\": missing @severity")
                .hasMessageContaining("@category(\"NOT_A_CATEGORY\") is not one of DATA_QUALITY");
    }

    @Test
    void should_reject_a_custom_rule_whose_id_is_taken() {
        // given
        String drl = drl("org.carepathway.rules.Handover", "my HO-001", metadata("HO-001", "HANDOVER"), "Handover()",
                "");

        // when / then
        assertThatThrownBy(() -> PathwayValidator.builder().addRules("dup.drl", drl).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule id HO-001")
                .hasMessageContaining("already taken by built-in rule");
    }

    @Test
    void should_not_raise_a_disabled_rule() {
        // given
        PathwayValidator validator = PathwayValidator.builder().disableRules("MED-001").build();

        // when
        ValidationReport report = validator.validate(dischargedHomeLackingCapacity(), T);

        // then
        assertThat(report.alertsFor("MED-001")).isEmpty();
        assertThat(BUILT_IN.validate(dischargedHomeLackingCapacity(), T).alertsFor("MED-001")).hasSize(1);
        assertThat(validator.catalogue()).extracting(RuleDescriptor::id).doesNotContain("MED-001");
    }

    @Test
    void should_fail_to_build_when_disabling_an_unknown_rule() {
        assertThatThrownBy(() -> PathwayValidator.builder().disableRules("HO-999").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown rule id 'HO-999'")
                .hasMessageContaining("Maybe one of: CP-001");
    }

    @Test
    void should_validate_as_of_the_injected_clock() {
        // given
        Instant fixed = Instant.parse("2027-01-01T00:00:00Z");
        PathwayValidator validator = PathwayValidator.builder().clock(Clock.fixed(fixed, ZoneOffset.UTC)).build();

        // when
        ValidationReport report = validator.validate(dischargedHomeLackingCapacity());

        // then
        assertThat(report.asOf()).isEqualTo(fixed);
        assertThat(report.pathwayId()).isEqualTo("p-capacity");
    }

    @Test
    void should_refuse_a_pathway_that_references_an_unlisted_provider() {
        // given
        Pathway pathway = pathway().provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "NOWHERE", T).build();

        // when / then
        assertThatThrownBy(() -> BUILT_IN.validate(pathway, T))
                .isInstanceOf(InvalidPathwayException.class)
                .hasMessageContaining("/transfers/0/to")
                .satisfies(e -> assertThat(((InvalidPathwayException) e).errors())
                        .extracting(org.carepathway.model.InputError::pointer).containsExactly("/transfers/0/to"));
    }

    @Test
    void should_give_the_same_report_from_many_threads_at_once() throws Exception {
        // given
        Pathway pathway = dischargedHomeLackingCapacity();
        ValidationReport expected = BUILT_IN.validate(pathway, T);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // when
            List<Future<ValidationReport>> reports = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                reports.add(pool.submit(() -> BUILT_IN.validate(pathway, T)));
            }

            // then
            for (Future<ValidationReport> report : reports) {
                assertThat(report.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_give_each_thread_the_report_of_its_own_pathway_when_sessions_are_reused() throws Exception {
        // given: pathways that differ in what they raise, validated one at a time first
        List<Pathway> pathways = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Pathway base = dischargedHomeLackingCapacity();
            Patient patient = i % 3 == 0 ? base.patient()
                    : new Patient(i % 3 == 1 ? null : "9434765918", "L" + i, base.patient().birthDate(), null, null,
                            List.of(), null, false, false, true, null);
            List<Transfer> transfers = i % 2 == 0 ? base.transfers() : List.of();
            pathways.add(new Pathway("p" + i, patient, base.providers(), List.of(), transfers, List.of(), List.of(),
                    List.of()));
        }
        List<ValidationReport> expected = pathways.stream().map(p -> BUILT_IN.validate(p, T)).toList();
        assertThat(expected.stream().map(r -> r.alerts().size()).distinct()).hasSizeGreaterThan(2);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // when: interleaved on four threads, each thread reusing whichever session is free
            List<Future<ValidationReport>> reports = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                Pathway pathway = pathways.get(i % pathways.size());
                reports.add(pool.submit(() -> BUILT_IN.validate(pathway, T)));
            }

            // then
            for (int i = 0; i < reports.size(); i++) {
                assertThat(reports.get(i).get()).isEqualTo(expected.get(i % pathways.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_give_a_whole_report_for_the_next_pathway_after_a_rule_threw() {
        // given: a custom rule that throws for one pathway only, in a session that is then reused
        String drl = drl("org.carepathway.model.Pathway", "X-7 throws on one pathway", metadata("X-7", "HANDOVER"),
                "Pathway( id == \"boom\" )", "throw new IllegalStateException(\"local rule bug\");");
        PathwayValidator validator = PathwayValidator.builder().addRules("boom.drl", drl).build();
        Pathway ok = dischargedHomeLackingCapacity();
        // with no NHS number: a leftover fact of it in a reused session would add DQ-002 to the next report
        Patient unnumbered = new Patient(null, "L1", ok.patient().birthDate(), null, null, List.of(), null, false,
                false, true, null);
        Pathway boom = new Pathway("boom", unnumbered, ok.providers(), ok.carePlans(), ok.transfers(), ok.contacts(),
                ok.communications(), ok.safeguardingConcerns());

        // when
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> validator.validate(boom, T)).isInstanceOf(RuleExecutionException.class);

            // then
            assertThat(validator.validate(ok, T)).isEqualTo(BUILT_IN.validate(ok, T));
        }
    }

    @Test
    void should_name_the_custom_rule_whose_consequence_throws() {
        // given
        String drl = drl("org.carepathway.rules.Handover", "X-9 throws", metadata("X-9", "HANDOVER"), "Handover()",
                "throw new IllegalStateException(\"local rule bug\");");
        PathwayValidator validator = PathwayValidator.builder().addRules("throws.drl", drl).build();

        // when / then
        assertThatThrownBy(() -> validator.validate(dischargedHomeLackingCapacity(), T))
                .isInstanceOf(RuleExecutionException.class)
                .hasMessageContaining("rule X-9 failed on pathway 'p-capacity'")
                .hasMessageContaining("local rule bug")
                .satisfies(e -> assertThat(((RuleExecutionException) e).ruleId()).isEqualTo("X-9"));
    }

    @Test
    void should_report_a_custom_condition_that_throws_as_a_rule_failure() {
        // given
        String drl = drl("org.carepathway.model.Patient", "X-8 reads past the end", metadata("X-8", "DATA_QUALITY"),
                "Patient( nhsNumber.substring(20) == \"x\" )", "");
        PathwayValidator validator = PathwayValidator.builder().addRules("zero.drl", drl).build();

        // when / then
        assertThatThrownBy(() -> validator.validate(dischargedHomeLackingCapacity(), T))
                .isInstanceOf(RuleExecutionException.class)
                .hasMessageContaining("failed on pathway 'p-capacity'")
                .hasMessageContaining("StringIndexOutOfBoundsException");
    }
}
