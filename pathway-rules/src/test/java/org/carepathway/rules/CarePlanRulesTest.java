package org.carepathway.rules;

import static org.carepathway.rules.AlertExpectations.alertsOf;
import static org.carepathway.rules.AlertExpectations.expectAlert;
import static org.carepathway.rules.AlertExpectations.expectAlertIf;
import static org.carepathway.rules.AlertExpectations.expectNoAlert;
import static org.carepathway.rules.AlertExpectations.onlyIf;
import static org.carepathway.rules.PathwayFixture.AS_OF;
import static org.carepathway.rules.PathwayFixture.BUILT_IN_RULES;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.dischargeHome;
import static org.carepathway.rules.PathwayFixture.dischargeProviders;
import static org.carepathway.rules.PathwayFixture.dischargedFrom;
import static org.carepathway.rules.PathwayFixture.pathway;
import static org.carepathway.rules.PathwayFixture.validate;

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
    private static final Instant LONG_AGO = T.minusSeconds(86_400 * 30);

    static List<PlanSpan> planSpans() {
        return PathwayFixture.planSpansAroundT();
    }

    // --- CP-001 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_CP_001_when_discharged_from_mental_health_hospital_without_a_mental_health_plan() {
        // given
        Pathway p = dischargeHome("MH1").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-001").severity(Severity.CRITICAL).category(Category.CARE_PLAN)
                .transfer("t1").plan(null).concern(null).provider("MH1")
                .noEvidence().hasMessage();
    }

    @Test
    void should_not_raise_CP_001_when_a_mental_health_plan_is_in_force() {
        // given the plan is owned by someone else and shared with no one: CP-001 does not care
        Pathway p = dischargeHome("MH1").activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-001");
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, mode = EnumSource.Mode.EXCLUDE, names = "MENTAL_HEALTH")
    void should_raise_CP_001_when_only_plans_of_other_types_are_in_force(CarePlanType type) {
        // given
        Pathway p = dischargeHome("MH1").activePlan("cp1", type, "MH1").build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "CP-001").extracting(Alert::transferId).containsExactly("t1");
    }

    @Test
    void should_not_raise_CP_001_when_discharged_from_an_acute_hospital() {
        // given
        Pathway p = dischargeHome("RR8").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-001");
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_CP_001_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = dischargeProviders()
                .transfer("t1", kind, "MH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_CP_001_exactly_when_no_mental_health_plan_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = dischargeHome("MH1")
                .completePlan("cp1", CarePlanType.MENTAL_HEALTH, span.status(), "MH1", span.created(), span.ended())
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlertIf(!span.inForceAtT(), report, "CP-001");
    }

    // --- CP-002 -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"03", "09", "10", "15", "16", "17", "18", "37", "38"})
    void should_raise_CP_002_when_legal_status_is_in_S117_and_no_aftercare_plan(String legalStatus) {
        // given
        Pathway p = dischargeHome("RR8").legalStatus(legalStatus).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-002").severity(Severity.HIGH).category(Category.CARE_PLAN)
                .transfer("t1").plan(null).concern(null).provider("RR8")
                .noEvidence().hasMessage();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"00", "01", "02", "04", "05", "06", "07", "08", "11", "12", "13", "14", "19", "20", "30",
            "31", "32", "33", "34", "35", "36", "39", "98", "99"})
    void should_not_raise_CP_002_when_legal_status_is_not_in_S117(String legalStatus) {
        // given 02 (section 2) and 04 (section 4) are detentions without section 117 aftercare
        Pathway p = dischargeHome("RR8").legalStatus(legalStatus).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-002");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"02", "04"})
    void should_raise_CP_002_when_section_117_eligible_whatever_the_legal_status(String legalStatus) {
        // given
        Pathway p = dischargeHome("MH1").legalStatus(legalStatus).section117Eligible().build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-002").transfer("t1").provider("MH1");
    }

    @Test
    void should_not_raise_CP_002_when_a_section_117_aftercare_plan_is_in_force() {
        // given
        Pathway p = dischargeHome("MH1")
                .legalStatus("03")
                .activePlan("cp1", CarePlanType.SECTION_117_AFTERCARE, "CMH")
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-002");
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, mode = EnumSource.Mode.EXCLUDE, names = "SECTION_117_AFTERCARE")
    void should_raise_CP_002_when_only_plans_of_other_types_are_in_force(CarePlanType type) {
        // given a MENTAL_HEALTH plan among others, which is not an aftercare plan
        Pathway p = dischargeHome("MH1").legalStatus("03").activePlan("cp1", type, "CMH").build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "CP-002").extracting(Alert::transferId).containsExactly("t1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL"})
    void should_not_raise_CP_002_when_discharged_from_anything_but_hospital(ProviderType from) {
        // given
        Pathway p = dischargedFrom(from).legalStatus("03").section117Eligible().build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-002");
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_CP_002_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = dischargeProviders()
                .legalStatus("03")
                .transfer("t1", kind, "MH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-002");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_CP_002_exactly_when_no_aftercare_plan_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = dischargeProviders()
                .legalStatus("37")
                .completePlan("cp1", CarePlanType.SECTION_117_AFTERCARE, span.status(), "CMH", span.created(),
                        span.ended())
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlertIf(!span.inForceAtT(), report, "CP-002");
    }

    // --- CP-003 -------------------------------------------------------------------------------------------------

    /** An ACTIVE mental health plan created {@link #LONG_AGO} with no review date. */
    private static PathwayFixture activeMentalHealthPlan(PathwayFixture pathway, String id, String owner,
            String coordinator, CarePlanSection... sections) {
        return pathway.plan(id, CarePlanType.MENTAL_HEALTH, CarePlanStatus.ACTIVE, owner, LONG_AGO, null, null,
                coordinator, List.of(sections));
    }

    @Test
    void should_raise_CP_003_when_an_active_mental_health_plan_lacks_everything() {
        // given
        Pathway p = activeMentalHealthPlan(dischargeProviders(), "cp1", "CMH", null, CarePlanSection.RISK_ASSESSMENT).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-003").severity(Severity.HIGH).category(Category.CARE_PLAN)
                .transfer(null).plan("cp1").concern(null).provider("CMH")
                .onlyMissing("CRISIS_PLAN", "MEDICATION", "FOLLOW_UP", "CARE_COORDINATOR").hasMessage();
    }

    @Test
    void should_list_CP_003_missing_sections_in_catalogue_order_whatever_the_section_order() {
        // given sections listed in reverse, MEDICATION lacking
        Pathway p = activeMentalHealthPlan(dischargeProviders(), "cp1", "CMH", "J. Smith",
                CarePlanSection.OUT_OF_HOURS_CONTACT, CarePlanSection.FOLLOW_UP).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-003").missing("CRISIS_PLAN", "MEDICATION");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t", " \n\t "})
    void should_raise_CP_003_with_CARE_COORDINATOR_when_coordinator_is_absent_or_blank(String coordinator) {
        // given every section, no usable coordinator
        Pathway p = activeMentalHealthPlan(dischargeProviders(), "cp1", "CMH", coordinator,
                CarePlanSection.FOLLOW_UP, CarePlanSection.MEDICATION, CarePlanSection.CRISIS_PLAN).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-003").plan("cp1").missing("CARE_COORDINATOR");
    }

    @Test
    void should_not_raise_CP_003_when_the_mental_health_plan_is_complete() {
        // given
        Pathway p = activeMentalHealthPlan(dischargeProviders(), "cp1", "CMH", "J. Smith",
                CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION, CarePlanSection.FOLLOW_UP).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-003");
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "ACTIVE")
    void should_not_raise_CP_003_when_the_plan_is_not_active(CarePlanStatus status) {
        // given an empty plan; a COMPLETED one still in force at T
        Pathway p = dischargeProviders()
                .plan("cp1", CarePlanType.MENTAL_HEALTH, status, "CMH", LONG_AGO,
                        status == CarePlanStatus.COMPLETED ? AS_OF.plusSeconds(86_400) : null, null, null, List.of())
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-003");
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, mode = EnumSource.Mode.EXCLUDE, names = "MENTAL_HEALTH")
    void should_not_raise_CP_003_for_other_plan_types(CarePlanType type) {
        // given
        Pathway p = dischargeProviders()
                .plan("cp1", type, CarePlanStatus.ACTIVE, "CMH", LONG_AGO, null, null, null, List.of())
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-003");
    }

    @Test
    void should_raise_CP_003_once_per_incomplete_plan_reporting_each_owner() {
        // given
        PathwayFixture both = activeMentalHealthPlan(dischargeProviders(), "cp2", "MH1", "J. Smith",
                CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION);
        Pathway p = activeMentalHealthPlan(both, "cp1", "CMH", "",
                CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION, CarePlanSection.FOLLOW_UP).build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "CP-003")
                .extracting(a -> a.carePlanId() + "/" + a.providerId() + "/" + a.evidence().get("missing"))
                .containsExactly("cp1/CMH/[CARE_COORDINATOR]", "cp2/MH1/[FOLLOW_UP]");
    }

    // --- CP-004 -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Need.class, names = {"LONG_TERM_CONDITION", "PERSONAL_CARE"})
    void should_raise_CP_004_when_discharged_with_ongoing_needs_and_no_plan_for_them(Need need) {
        // given
        Pathway p = dischargeHome("RR8").needs(need).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-004").severity(Severity.HIGH).category(Category.CARE_PLAN)
                .transfer("t1").plan(null).concern(null).provider("RR8")
                .noEvidence().hasMessage();
    }

    @Test
    void should_raise_CP_004_once_when_both_needs_are_recorded() {
        // given
        Pathway p = dischargeHome("MH1").needs(Need.DEMENTIA, Need.PERSONAL_CARE, Need.LONG_TERM_CONDITION).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-004").provider("MH1");
    }

    @Test
    void should_not_raise_CP_004_when_needs_are_neither_long_term_nor_personal_care() {
        // given
        Pathway p = dischargeHome("RR8").needs(Need.MENTAL_HEALTH, Need.DEMENTIA, Need.LEARNING_DISABILITY).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-004");
    }

    @Test
    void should_not_raise_CP_004_when_no_needs_are_recorded() {
        // given
        Pathway p = dischargeHome("RR8").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-004");
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, names = {"LONG_TERM_CONDITION", "CARE_AND_SUPPORT", "DISCHARGE"})
    void should_not_raise_CP_004_when_a_plan_for_ongoing_needs_is_in_force(CarePlanType type) {
        // given
        Pathway p = dischargeHome("RR8")
                .needs(Need.LONG_TERM_CONDITION, Need.PERSONAL_CARE)
                .activePlan("cp1", type, "RR8")
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-004");
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"LONG_TERM_CONDITION", "CARE_AND_SUPPORT", "DISCHARGE"})
    void should_raise_CP_004_when_only_other_plan_types_are_in_force(CarePlanType type) {
        // given MENTAL_HEALTH, SECTION_117_AFTERCARE, END_OF_LIFE, OTHER
        Pathway p = dischargeHome("RR8").needs(Need.PERSONAL_CARE).activePlan("cp1", type, "RR8").build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "CP-004").extracting(Alert::transferId).containsExactly("t1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL"})
    void should_not_raise_CP_004_when_discharged_from_anything_but_hospital(ProviderType from) {
        // given HOSPICE and CARE_HOME among others
        Pathway p = dischargedFrom(from).needs(Need.LONG_TERM_CONDITION).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-004");
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_CP_004_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = dischargeProviders()
                .needs(Need.LONG_TERM_CONDITION)
                .transfer("t1", kind, "RR8", "MH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-004");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_CP_004_exactly_when_no_plan_for_ongoing_needs_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = dischargeHome("RR8")
                .needs(Need.LONG_TERM_CONDITION)
                .completePlan("cp1", CarePlanType.DISCHARGE, span.status(), "RR8", span.created(), span.ended())
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlertIf(!span.inForceAtT(), report, "CP-004");
    }

    // --- CP-005 -------------------------------------------------------------------------------------------------

    /** An ACTIVE care and support plan owned by CMH, due for review on {@code reviewDue}. */
    private static Pathway carePlanDueForReview(LocalDate reviewDue) {
        return dischargeProviders()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, "CMH", reviewDue)
                .build();
    }

    @Test
    void should_raise_CP_005_when_review_was_due_the_day_before_the_as_of_date() {
        // given as-of 2026-11-21T09:00Z
        Pathway p = carePlanDueForReview(LocalDate.of(2026, 11, 20));

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-005").severity(Severity.LOW).category(Category.CARE_PLAN)
                .transfer(null).plan("cp1").concern(null).provider("CMH")
                .noEvidence().hasMessage();
    }

    /** A review date, the as-of instant it is judged at, and whether CP-005 is then raised. */
    record ReviewAsOf(String label, LocalDate reviewDue, Instant asOf, boolean raised) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<ReviewAsOf> reviewDatesAroundTheAsOfDate() {
        LocalDate nov21 = LocalDate.of(2026, 11, 21);
        return List.of(
                new ReviewAsOf("not raised when review is due on the as-of date", nov21, AS_OF, false),
                new ReviewAsOf("not raised when review is due later", LocalDate.of(2026, 12, 1), AS_OF, false),
                new ReviewAsOf("not raised in the last instant of the due date", nov21,
                        Instant.parse("2026-11-21T23:59:59.999999999Z"), false),
                new ReviewAsOf("raised at utc midnight after the due date", nov21,
                        Instant.parse("2026-11-22T00:00:00Z"), true),
                new ReviewAsOf("not raised at 00:30 on 22 November +01:00, which is 23:30 on 21 November UTC", nov21,
                        OffsetDateTime.parse("2026-11-22T00:30:00+01:00").toInstant(), false),
                new ReviewAsOf("raised at 20:00 on 21 November -05:00, which is 01:00 on 22 November UTC", nov21,
                        OffsetDateTime.parse("2026-11-21T20:00:00-05:00").toInstant(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewDatesAroundTheAsOfDate")
    void should_raise_CP_005_only_once_the_utc_date_of_the_as_of_instant_is_past_the_review_date(ReviewAsOf review) {
        // given
        Pathway p = carePlanDueForReview(review.reviewDue());

        // when
        ValidationReport report = BUILT_IN_RULES.validate(p, review.asOf());

        // then
        alertsOf(report, "CP-005").extracting(Alert::carePlanId)
                .containsExactlyElementsOf(onlyIf(review.raised(), "cp1"));
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "ACTIVE")
    void should_not_raise_CP_005_when_the_plan_is_not_active(CarePlanStatus status) {
        // given
        Pathway p = dischargeProviders()
                .planDueForReview("cp1", CarePlanType.CARE_AND_SUPPORT, status, "CMH", LocalDate.of(2026, 1, 1))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-005");
    }

    @Test
    void should_not_raise_CP_005_when_no_review_date_is_set() {
        // given
        Pathway p = carePlanDueForReview(null);

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "CP-005");
    }

    @ParameterizedTest
    @EnumSource(CarePlanType.class)
    void should_raise_CP_005_for_every_plan_type(CarePlanType type) {
        // given
        Pathway p = dischargeProviders()
                .planDueForReview("cp1", type, CarePlanStatus.ACTIVE, "MH1", LocalDate.of(2026, 11, 1))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "CP-005").plan("cp1").provider("MH1");
    }
}
