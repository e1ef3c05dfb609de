package org.carepathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.rules.PathwayFixture.AS_OF;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.pathway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carepathway.model.CarePlanSection;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.ConcernStatus;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.ProviderType;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 2: identity and order of alerts within a report, and determinism. */
class ReportOrderTest {
    private static final PathwayValidator VALIDATOR = PathwayFixture.BUILT_IN_RULES;

    /** Severity descending, then ruleId, transferId, carePlanId, concernId ascending, absent before present. */
    private static final Comparator<Alert> SPEC_ORDER = Comparator
            .comparingInt((Alert a) -> List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)
                    .indexOf(a.severity()))
            .thenComparing(Alert::ruleId)
            .thenComparing(Alert::transferId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Alert::carePlanId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Alert::concernId, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * A pathway that raises alerts of every severity from several rules, with transfer ids whose string order
     * differs from their numeric order (t1 < t10 < t2) and collections listed out of order.
     */
    private static Pathway busyPathway() {
        return pathway()
                .nhsNumber("9434765918")
                .needs(Need.PERSONAL_CARE)
                .legalStatus("03")
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("MH1", ProviderType.MENTAL_HEALTH_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME, null, 0)
                .provider("CMH", ProviderType.COMMUNITY_MENTAL_HEALTH)
                .plan("cp2", CarePlanType.MENTAL_HEALTH, CarePlanStatus.ACTIVE, "CMH", T.plusSeconds(86_400 * 5), null,
                        LocalDate.of(2026, 11, 1), "", List.of(CarePlanSection.FOLLOW_UP))
                .plan("cp1", CarePlanType.OTHER, CarePlanStatus.ACTIVE, "CMH", T.minusSeconds(86_400 * 30), null,
                        LocalDate.of(2026, 11, 20), null, List.of())
                .transfer("t2", TransferKind.DISCHARGE, "MH1", "CH1", T.plusSeconds(3_600))
                .transfer("t10", TransferKind.DISCHARGE, "RR8", "CH1", T.plusSeconds(7_200), TransferItem.MEDICATION_LIST,
                        TransferItem.CARE_PLAN)
                .transfer("t1", TransferKind.ADMISSION, "CH1", "RR8", T)
                .build();
    }

    @Test
    void should_order_alerts_by_severity_then_rule_then_subject_ids() {
        // given
        Pathway p = busyPathway();

        // when
        ValidationReport report = VALIDATOR.validate(p, AS_OF);

        // then
        assertThat(report.alerts()).isSortedAccordingTo(SPEC_ORDER);
        assertThat(report.alerts())
                .extracting(a -> a.severity() + " " + a.ruleId() + " " + a.transferId() + " " + a.carePlanId())
                .containsExactly(
                        "CRITICAL CP-001 t2 null",
                        "HIGH CP-002 t10 null",
                        "HIGH CP-002 t2 null",
                        "HIGH CP-003 null cp2",
                        "HIGH CP-004 t10 null",
                        "HIGH CP-004 t2 null",
                        "HIGH DQ-001 null null",
                        "HIGH HO-001 t1 null",
                        "HIGH HO-002 t10 null",
                        "HIGH HO-002 t2 null",
                        "HIGH IS-002 t10 null",
                        "HIGH IS-002 t2 null",
                        "HIGH MED-001 t1 null",
                        "HIGH MED-001 t2 null",
                        "MEDIUM HO-003 t1 cp1",
                        "MEDIUM HO-003 t2 cp1",
                        "LOW CP-005 null cp1",
                        "LOW CP-005 null cp2",
                        "LOW DQ-003 t10 null",
                        "LOW DQ-003 t2 null");
    }

    @Test
    void should_never_report_the_same_identity_twice() {
        // given
        Pathway p = busyPathway();

        // when
        ValidationReport report = VALIDATOR.validate(p, AS_OF);

        // then
        Set<List<String>> identities = new HashSet<>();
        for (Alert a : report.alerts()) {
            assertThat(identities.add(Arrays.asList(a.ruleId(), report.pathwayId(), a.transferId(), a.carePlanId(),
                    a.concernId()))).as("identity of %s", a).isTrue();
        }
    }

    @Test
    void should_give_identical_reports_for_identical_input() {
        // given two equal pathways built separately, and two validators
        Pathway first = busyPathway();
        Pathway second = busyPathway();
        PathwayValidator otherValidator = PathwayValidator.builder().build();

        // when
        ValidationReport a = VALIDATOR.validate(first, AS_OF);
        ValidationReport b = VALIDATOR.validate(second, AS_OF);
        ValidationReport c = otherValidator.validate(first, AS_OF);
        ValidationReport again = VALIDATOR.validate(first, AS_OF);

        // then
        assertThat(a.alerts()).isNotEmpty();
        assertThat(b).isEqualTo(a);
        assertThat(c).isEqualTo(a);
        assertThat(again).isEqualTo(a);
    }

    @Test
    void should_give_the_same_report_whatever_the_order_of_the_collections() {
        // given the busy pathway with every collection reversed
        Pathway p = busyPathway();
        Pathway reversed = new Pathway(p.id(), p.patient(), reversed(p.providers()), reversed(p.carePlans()),
                reversed(p.transfers()), reversed(p.contacts()), reversed(p.communications()),
                reversed(p.safeguardingConcerns()));

        // when
        ValidationReport report = VALIDATOR.validate(p, AS_OF);
        ValidationReport reversedReport = VALIDATOR.validate(reversed, AS_OF);

        // then
        assertThat(reversedReport.alerts()).isEqualTo(report.alerts());
    }

    private static <T> List<T> reversed(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        Collections.reverse(copy);
        return copy;
    }

    /**
     * A custom rule that raises, for every transfer, plan and concern, the same rule id with every combination of
     * subject ids, many times over: the report must hold each identity once, absent ids before present ones.
     */
    private static final String PROBE_DRL = """
            package com.example.orderprobe;

            import org.carepathway.model.CarePlan;
            import org.carepathway.model.SafeguardingConcern;
            import org.carepathway.rules.Finding;
            import org.carepathway.rules.Handover;

            rule "PROBE-001 every combination of subject ids"
                @id("PROBE-001") @severity("LOW") @category("DATA_QUALITY")
                @title("Order probe") @guidance("SPEC section 2")
            when
                $h : Handover()
                $p : CarePlan()
                $c : SafeguardingConcern()
            then
                Finding f = Finding.of(kcontext).message("probe");
                insert(f);
                insert(f.about($h.transfer()));
                insert(f.about($p));
                insert(f.about($c));
                insert(f.about($h.transfer()).about($p));
                insert(f.about($h.transfer()).about($c));
                insert(f.about($p).about($c));
                insert(f.about($h.transfer()).about($p).about($c));
            end
            """;

    @Test
    void should_put_absent_subject_ids_before_present_ones_and_report_each_identity_once(@TempDir Path dir)
            throws IOException {
        // given
        Path drl = dir.resolve("order-probe.drl");
        Files.writeString(drl, PROBE_DRL, StandardCharsets.UTF_8);
        PathwayValidator validator = PathwayValidator.builder().withoutBuiltInRules().addRules(drl).build();
        Pathway p = pathway()
                .provider("A1", ProviderType.OTHER)
                .provider("B1", ProviderType.OWN_HOME)
                .transfer("t2", TransferKind.TRANSFER, "A1", "B1", T)
                .transfer("t10", TransferKind.TRANSFER, "B1", "A1", T.plusSeconds(60))
                .transfer("t1", TransferKind.TRANSFER, "A1", "B1", T.plusSeconds(120))
                .completePlan("cp2", CarePlanType.OTHER, CarePlanStatus.ACTIVE, "A1", T, null)
                .completePlan("cp1", CarePlanType.OTHER, CarePlanStatus.ACTIVE, "A1", T, null)
                .concern(concern("sg2"))
                .concern(concern("sg1"))
                .build();

        // when
        ValidationReport report = validator.validate(p, AS_OF);

        // then
        List<String> expected = new ArrayList<>();
        for (String t : Arrays.asList(null, "t1", "t10", "t2")) {
            for (String cp : Arrays.asList(null, "cp1", "cp2")) {
                for (String sg : Arrays.asList(null, "sg1", "sg2")) {
                    expected.add(t + "/" + cp + "/" + sg);
                }
            }
        }
        assertThat(report.alerts())
                .extracting(a -> a.transferId() + "/" + a.carePlanId() + "/" + a.concernId())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void should_put_custom_rules_among_built_in_ones_by_severity_then_rule_id(@TempDir Path dir) throws IOException {
        // given the probe (LOW, "PROBE-001") sorts after DQ-003 (LOW) and after every HIGH alert (DQ-001, IS-002)
        Path drl = dir.resolve("order-probe.drl");
        Files.writeString(drl, PROBE_DRL, StandardCharsets.UTF_8);
        PathwayValidator validator = PathwayValidator.builder().addRules(drl).build();
        Pathway p = pathway()
                .nhsNumber("9434765918")
                .provider("A1", ProviderType.OTHER)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME, null, 0)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T, TransferItem.MEDICATION_LIST,
                        TransferItem.DISCHARGE_SUMMARY, TransferItem.MEDICATION, TransferItem.BELONGINGS)
                .completePlan("cp1", CarePlanType.OTHER, CarePlanStatus.ACTIVE, "CH1", T, null)
                .concern(concern("sg1"))
                .build();

        // when
        ValidationReport report = validator.validate(p, AS_OF);

        // then
        assertThat(report.alerts()).isSortedAccordingTo(SPEC_ORDER);
        assertThat(report.alerts()).extracting(Alert::ruleId).startsWith("DQ-001", "IS-002", "DQ-003", "PROBE-001");
    }

    private static SafeguardingConcern concern(String id) {
        return new SafeguardingConcern(id, SafeguardingCategory.NEGLECT, "A1", T, null, ConcernStatus.CLOSED, null,
                null);
    }
}
