package org.carepathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.carepathway.model.CarePlanSection;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.ProviderType;
import org.carepathway.model.TransferKind;
import org.carepathway.rules.PathwayFixture.PlanSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CP-001 to CP-005 against SPEC section 3. */
class CarePlanRulesTest {
    private static final PathwayValidator VALIDATOR = PathwayValidator.builder().build();
    private static final Instant AS_OF = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant LONG_AGO = T.minusSeconds(86_400 * 30);

    private static ValidationReport validate(Pathway pathway) {
        return VALIDATOR.validate(pathway, AS_OF);
    }

    static List<PlanSpan> planSpans() {
        return PathwayFixture.planSpansAroundT();
    }

    /** MH1 (mental health hospital), RR8 (acute hospital), HOME (own home), CMH (community mental health). */
    private static PathwayFixture providers() {
        return pathway()
                .provider("MH1", ProviderType.MENTAL_HEALTH_HOSPITAL)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("HOME", ProviderType.OWN_HOME)
                .provider("CMH", ProviderType.COMMUNITY_MENTAL_HEALTH);
    }

    // --- CP-001 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_CP_001_when_discharged_from_mental_health_hospital_without_a_mental_health_plan() {
        // given
        Pathway p = providers()
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-001")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.category()).isEqualTo(Category.CARE_PLAN);
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.carePlanId()).isNull();
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("MH1");
            assertThat(a.evidence()).isEmpty();
            assertThat(a.message()).isNotBlank();
        });
    }

    @Test
    void should_not_raise_CP_001_when_a_mental_health_plan_is_in_force() {
        // given the plan is owned by someone else and shared with no one: CP-001 does not care
        Pathway p = providers()
                .activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH")
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-001")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, mode = EnumSource.Mode.EXCLUDE, names = "MENTAL_HEALTH")
    void should_raise_CP_001_when_only_plans_of_other_types_are_in_force(CarePlanType type) {
        // given
        Pathway p = providers()
                .activePlan("cp1", type, "MH1")
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-001")).extracting(Alert::transferId).containsExactly("t1");
    }

    @Test
    void should_not_raise_CP_001_when_discharged_from_an_acute_hospital() {
        // given
        Pathway p = providers()
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-001")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_CP_001_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = providers()
                .transfer("t1", kind, "MH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-001")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_CP_001_exactly_when_no_mental_health_plan_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = providers()
                .completePlan("cp1", CarePlanType.MENTAL_HEALTH, span.status(), "MH1", span.created(), span.ended())
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-001")).hasSize(span.inForceAtT() ? 0 : 1);
    }

    // --- CP-002 -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"03", "09", "10", "15", "16", "17", "18", "37", "38"})
    void should_raise_CP_002_when_legal_status_is_in_S117_and_no_aftercare_plan(String legalStatus) {
        // given
        Pathway p = providers()
                .legalStatus(legalStatus)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-002")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.category()).isEqualTo(Category.CARE_PLAN);
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.carePlanId()).isNull();
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("RR8");
            assertThat(a.evidence()).isEmpty();
            assertThat(a.message()).isNotBlank();
        });
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"00", "01", "02", "04", "05", "06", "07", "08", "11", "12", "13", "14", "19", "20", "30",
            "31", "32", "33", "34", "35", "36", "39", "98", "99"})
    void should_not_raise_CP_002_when_legal_status_is_not_in_S117(String legalStatus) {
        // given 02 (section 2) and 04 (section 4) are detentions without section 117 aftercare
        Pathway p = providers()
                .legalStatus(legalStatus)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-002")).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"02", "04"})
    void should_raise_CP_002_when_section_117_eligible_whatever_the_legal_status(String legalStatus) {
        // given
        Pathway p = providers()
                .legalStatus(legalStatus)
                .section117Eligible()
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-002")).singleElement().satisfies(a -> {
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.providerId()).isEqualTo("MH1");
        });
    }

    @Test
    void should_not_raise_CP_002_when_a_section_117_aftercare_plan_is_in_force() {
        // given
        Pathway p = providers()
                .legalStatus("03")
                .activePlan("cp1", CarePlanType.SECTION_117_AFTERCARE, "CMH")
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-002")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, mode = EnumSource.Mode.EXCLUDE, names = "SECTION_117_AFTERCARE")
    void should_raise_CP_002_when_only_plans_of_other_types_are_in_force(CarePlanType type) {
        // given a MENTAL_HEALTH plan among others, which is not an aftercare plan
        Pathway p = providers()
                .legalStatus("03")
                .activePlan("cp1", type, "CMH")
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-002")).extracting(Alert::transferId).containsExactly("t1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL"})
    void should_not_raise_CP_002_when_discharged_from_anything_but_hospital(ProviderType from) {
        // given
        Pathway p = pathway()
                .provider("A1", from)
                .provider("B1", from == ProviderType.OWN_HOME ? ProviderType.OTHER : ProviderType.OWN_HOME)
                .legalStatus("03")
                .section117Eligible()
                .transfer("t1", TransferKind.DISCHARGE, "A1", "B1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-002")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_CP_002_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = providers()
                .legalStatus("03")
                .transfer("t1", kind, "MH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-002")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_CP_002_exactly_when_no_aftercare_plan_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = providers()
                .legalStatus("37")
                .completePlan("cp1", CarePlanType.SECTION_117_AFTERCARE, span.status(), "CMH", span.created(),
                        span.ended())
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-002")).hasSize(span.inForceAtT() ? 0 : 1);
    }

    // --- CP-003 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_CP_003_when_an_active_mental_health_plan_lacks_everything() {
        // given
        Pathway p = providers()
                .plan("cp1", CarePlanType.MENTAL_HEALTH, CarePlanStatus.ACTIVE, "CMH", LONG_AGO, null, null, null,
                        List.of(CarePlanSection.RISK_ASSESSMENT))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-003")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.category()).isEqualTo(Category.CARE_PLAN);
            assertThat(a.transferId()).isNull();
            assertThat(a.carePlanId()).isEqualTo("cp1");
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("CMH");
            assertThat(a.evidence()).containsOnlyKeys("missing");
            assertThat(a.evidence().get("missing"))
                    .isEqualTo(List.of("CRISIS_PLAN", "MEDICATION", "FOLLOW_UP", "CARE_COORDINATOR"));
            assertThat(a.message()).isNotBlank();
        });
    }

    @Test
    void should_list_CP_003_missing_sections_in_catalogue_order_whatever_the_section_order() {
        // given sections listed in reverse, MEDICATION lacking
        Pathway p = providers()
                .plan("cp1", CarePlanType.MENTAL_HEALTH, CarePlanStatus.ACTIVE, "CMH", LONG_AGO, null, null, "J. Smith",
                        List.of(CarePlanSection.OUT_OF_HOURS_CONTACT, CarePlanSection.FOLLOW_UP))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-003")).singleElement().satisfies(a -> assertThat(a.evidence().get("missing"))
                .isEqualTo(List.of("CRISIS_PLAN", "MEDICATION")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t", " \n\t "})
    void should_raise_CP_003_with_CARE_COORDINATOR_when_coordinator_is_absent_or_blank(String coordinator) {
        // given every section, no usable coordinator
        Pathway p = providers()
                .plan("cp1", CarePlanType.MENTAL_HEALTH, CarePlanStatus.ACTIVE, "CMH", LONG_AGO, null, null, coordinator,
                        List.of(CarePlanSection.FOLLOW_UP, CarePlanSection.MEDICATION, CarePlanSection.CRISIS_PLAN))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-003")).singleElement().satisfies(a -> {
            assertThat(a.carePlanId()).isEqualTo("cp1");
            assertThat(a.evidence().get("missing")).isEqualTo(List.of("CARE_COORDINATOR"));
        });
    }

    @Test
    void should_not_raise_CP_003_when_the_mental_health_plan_is_complete() {
        // given
        Pathway p = providers()
                .plan("cp1", CarePlanType.MENTAL_HEALTH, CarePlanStatus.ACTIVE, "CMH", LONG_AGO, null, null, "J. Smith",
                        List.of(CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION, CarePlanSection.FOLLOW_UP))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-003")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "ACTIVE")
    void should_not_raise_CP_003_when_the_plan_is_not_active(CarePlanStatus status) {
        // given an empty plan; a COMPLETED one still in force at T
        Pathway p = providers()
                .plan("cp1", CarePlanType.MENTAL_HEALTH, status, "CMH", LONG_AGO,
                        status == CarePlanStatus.COMPLETED ? AS_OF.plusSeconds(86_400) : null, null, null, List.of())
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-003")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, mode = EnumSource.Mode.EXCLUDE, names = "MENTAL_HEALTH")
    void should_not_raise_CP_003_for_other_plan_types(CarePlanType type) {
        // given
        Pathway p = providers()
                .plan("cp1", type, CarePlanStatus.ACTIVE, "CMH", LONG_AGO, null, null, null, List.of())
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-003")).isEmpty();
    }

    @Test
    void should_raise_CP_003_once_per_incomplete_plan_reporting_each_owner() {
        // given
        Pathway p = providers()
                .plan("cp2", CarePlanType.MENTAL_HEALTH, CarePlanStatus.ACTIVE, "MH1", LONG_AGO, null, null, "J. Smith",
                        List.of(CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION))
                .plan("cp1", CarePlanType.MENTAL_HEALTH, CarePlanStatus.ACTIVE, "CMH", LONG_AGO, null, null, "",
                        List.of(CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION, CarePlanSection.FOLLOW_UP))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-003"))
                .extracting(a -> a.carePlanId() + "/" + a.providerId() + "/" + a.evidence().get("missing"))
                .containsExactly("cp1/CMH/[CARE_COORDINATOR]", "cp2/MH1/[FOLLOW_UP]");
    }

    // --- CP-004 -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Need.class, names = {"LONG_TERM_CONDITION", "PERSONAL_CARE"})
    void should_raise_CP_004_when_discharged_with_ongoing_needs_and_no_plan_for_them(Need need) {
        // given
        Pathway p = providers()
                .needs(need)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-004")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.category()).isEqualTo(Category.CARE_PLAN);
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.carePlanId()).isNull();
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("RR8");
            assertThat(a.evidence()).isEmpty();
            assertThat(a.message()).isNotBlank();
        });
    }

    @Test
    void should_raise_CP_004_once_when_both_needs_are_recorded() {
        // given
        Pathway p = providers()
                .needs(Need.DEMENTIA, Need.PERSONAL_CARE, Need.LONG_TERM_CONDITION)
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-004")).singleElement()
                .satisfies(a -> assertThat(a.providerId()).isEqualTo("MH1"));
    }

    @Test
    void should_not_raise_CP_004_when_needs_are_neither_long_term_nor_personal_care() {
        // given
        Pathway p = providers()
                .needs(Need.MENTAL_HEALTH, Need.DEMENTIA, Need.LEARNING_DISABILITY)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-004")).isEmpty();
    }

    @Test
    void should_not_raise_CP_004_when_no_needs_are_recorded() {
        // given
        Pathway p = providers()
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-004")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, names = {"LONG_TERM_CONDITION", "CARE_AND_SUPPORT", "DISCHARGE"})
    void should_not_raise_CP_004_when_a_plan_for_ongoing_needs_is_in_force(CarePlanType type) {
        // given
        Pathway p = providers()
                .needs(Need.LONG_TERM_CONDITION, Need.PERSONAL_CARE)
                .activePlan("cp1", type, "RR8")
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-004")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"LONG_TERM_CONDITION", "CARE_AND_SUPPORT", "DISCHARGE"})
    void should_raise_CP_004_when_only_other_plan_types_are_in_force(CarePlanType type) {
        // given MENTAL_HEALTH, SECTION_117_AFTERCARE, END_OF_LIFE, OTHER
        Pathway p = providers()
                .needs(Need.PERSONAL_CARE)
                .activePlan("cp1", type, "RR8")
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-004")).extracting(Alert::transferId).containsExactly("t1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL"})
    void should_not_raise_CP_004_when_discharged_from_anything_but_hospital(ProviderType from) {
        // given HOSPICE and CARE_HOME among others
        Pathway p = pathway()
                .provider("A1", from)
                .provider("B1", from == ProviderType.OWN_HOME ? ProviderType.OTHER : ProviderType.OWN_HOME)
                .needs(Need.LONG_TERM_CONDITION)
                .transfer("t1", TransferKind.DISCHARGE, "A1", "B1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-004")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_CP_004_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = providers()
                .needs(Need.LONG_TERM_CONDITION)
                .transfer("t1", kind, "RR8", "MH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-004")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_CP_004_exactly_when_no_plan_for_ongoing_needs_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = providers()
                .needs(Need.LONG_TERM_CONDITION)
                .completePlan("cp1", CarePlanType.DISCHARGE, span.status(), "RR8", span.created(), span.ended())
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-004")).hasSize(span.inForceAtT() ? 0 : 1);
    }

    // --- CP-005 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_CP_005_when_review_was_due_the_day_before_the_as_of_date() {
        // given as-of 2026-11-21T09:00Z
        Pathway p = providers()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, "CMH",
                        LocalDate.of(2026, 11, 20))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-005")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.LOW);
            assertThat(a.category()).isEqualTo(Category.CARE_PLAN);
            assertThat(a.transferId()).isNull();
            assertThat(a.carePlanId()).isEqualTo("cp1");
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("CMH");
            assertThat(a.evidence()).isEmpty();
            assertThat(a.message()).isNotBlank();
        });
    }

    @Test
    void should_not_raise_CP_005_when_review_is_due_on_the_as_of_date() {
        // given
        Pathway p = providers()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, "CMH",
                        LocalDate.of(2026, 11, 21))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-005")).isEmpty();
    }

    @Test
    void should_not_raise_CP_005_when_review_is_due_later() {
        // given
        Pathway p = providers()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, "CMH",
                        LocalDate.of(2026, 12, 1))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-005")).isEmpty();
    }

    @Test
    void should_not_raise_CP_005_in_the_last_instant_of_the_due_date() {
        // given
        Pathway p = providers()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, "CMH",
                        LocalDate.of(2026, 11, 21))
                .build();

        // when
        ValidationReport report = VALIDATOR.validate(p, Instant.parse("2026-11-21T23:59:59.999999999Z"));

        // then
        assertThat(report.alertsFor("CP-005")).isEmpty();
    }

    @Test
    void should_raise_CP_005_at_utc_midnight_after_the_due_date() {
        // given
        Pathway p = providers()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, "CMH",
                        LocalDate.of(2026, 11, 21))
                .build();

        // when
        ValidationReport report = VALIDATOR.validate(p, Instant.parse("2026-11-22T00:00:00Z"));

        // then
        assertThat(report.alertsFor("CP-005")).extracting(Alert::carePlanId).containsExactly("cp1");
    }

    @Test
    void should_judge_CP_005_by_the_utc_date_not_the_local_date_of_the_as_of_instant() {
        // given 00:30 on 22 November at +01:00 is 23:30 on 21 November UTC
        Pathway p = providers()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, "CMH",
                        LocalDate.of(2026, 11, 21))
                .build();
        Instant asOf = OffsetDateTime.parse("2026-11-22T00:30:00+01:00").toInstant();

        // when
        ValidationReport report = VALIDATOR.validate(p, asOf);

        // then
        assertThat(report.alertsFor("CP-005")).isEmpty();
    }

    @Test
    void should_judge_CP_005_by_the_utc_date_when_the_local_date_is_earlier() {
        // given 20:00 on 21 November at -05:00 is 01:00 on 22 November UTC
        Pathway p = providers()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, "CMH",
                        LocalDate.of(2026, 11, 21))
                .build();
        Instant asOf = OffsetDateTime.parse("2026-11-21T20:00:00-05:00").toInstant();

        // when
        ValidationReport report = VALIDATOR.validate(p, asOf);

        // then
        assertThat(report.alertsFor("CP-005")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "ACTIVE")
    void should_not_raise_CP_005_when_the_plan_is_not_active(CarePlanStatus status) {
        // given
        Pathway p = providers()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, status, "CMH", LocalDate.of(2026, 1, 1))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-005")).isEmpty();
    }

    @Test
    void should_not_raise_CP_005_when_no_review_date_is_set() {
        // given
        Pathway p = providers()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, "CMH", null)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-005")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CarePlanType.class)
    void should_raise_CP_005_for_every_plan_type(CarePlanType type) {
        // given
        Pathway p = providers()
                .planDueForReview("cp1", type, CarePlanStatus.ACTIVE, "MH1", LocalDate.of(2026, 11, 1))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("CP-005")).singleElement().satisfies(a -> {
            assertThat(a.carePlanId()).isEqualTo("cp1");
            assertThat(a.providerId()).isEqualTo("MH1");
        });
    }
}
