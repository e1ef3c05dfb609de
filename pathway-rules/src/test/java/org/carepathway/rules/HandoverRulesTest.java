package org.carepathway.rules;

import static org.carepathway.model.TransferItem.BELONGINGS;
import static org.carepathway.model.TransferItem.CARE_PLAN;
import static org.carepathway.model.TransferItem.DISCHARGE_SUMMARY;
import static org.carepathway.model.TransferItem.MEDICATION;
import static org.carepathway.model.TransferItem.MEDICATION_LIST;
import static org.carepathway.model.TransferItem.PERSONAL_PROFILE;
import static org.carepathway.model.TransferItem.RISK_ASSESSMENT;
import static org.carepathway.model.TransferItem.TRANSFER_REASON;
import static org.carepathway.rules.AlertExpectations.alertsOf;
import static org.carepathway.rules.AlertExpectations.expectAlert;
import static org.carepathway.rules.AlertExpectations.expectAlertIf;
import static org.carepathway.rules.AlertExpectations.expectNoAlert;
import static org.carepathway.rules.AlertExpectations.onlyIf;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.otherThan;
import static org.carepathway.rules.PathwayFixture.pathway;
import static org.carepathway.rules.PathwayFixture.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Pathway;
import org.carepathway.model.ProviderType;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;
import org.carepathway.rules.PathwayFixture.PlanSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** HO-001, HO-002 and HO-003 against SPEC section 3. */
class HandoverRulesTest {
    private static final Set<ProviderType> CARE_HOMES = EnumSet.of(ProviderType.CARE_HOME, ProviderType.NURSING_HOME);
    private static final Set<ProviderType> HOSPITALS =
            EnumSet.of(ProviderType.ACUTE_HOSPITAL, ProviderType.MENTAL_HEALTH_HOSPITAL);

    /** CH1 (care home) to RR8 (acute hospital): transfer t1 of {@code kind} at T, carrying {@code items}. */
    private static Pathway careHomeToHospital(TransferKind kind, TransferItem... items) {
        return pathway()
                .transferT1(kind, "CH1", ProviderType.CARE_HOME, "RR8", ProviderType.ACUTE_HOSPITAL, items)
                .build();
    }

    /** RR8 (acute hospital) discharges to CH1 (care home): transfer t1 at T, carrying {@code items}. */
    private static Pathway hospitalDischargeToCareHome(TransferItem... items) {
        return pathway()
                .transferT1(TransferKind.DISCHARGE, "RR8", ProviderType.ACUTE_HOSPITAL, "CH1", ProviderType.CARE_HOME,
                        items)
                .build();
    }

    // --- HO-001 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_HO_001_when_belongings_missing() {
        // given
        Pathway p = careHomeToHospital(TransferKind.ADMISSION,
                PERSONAL_PROFILE, TRANSFER_REASON, MEDICATION, MEDICATION_LIST);

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-001").severity(Severity.HIGH).category(Category.HANDOVER)
                .transfer("t1").plan(null).concern(null).provider("CH1")
                .onlyMissing("BELONGINGS").hasMessage();
    }

    @Test
    void should_list_HO_001_missing_items_in_catalogue_order_whatever_the_item_order() {
        // given nothing from the red bag, only unrelated items, listed in reverse order
        Pathway p = pathway()
                .transferT1(TransferKind.TRANSFER, "NH1", ProviderType.NURSING_HOME, "AMB",
                        ProviderType.AMBULANCE_SERVICE, RISK_ASSESSMENT, MEDICATION_LIST)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-001").missing("PERSONAL_PROFILE", "TRANSFER_REASON", "MEDICATION", "BELONGINGS");
    }

    @Test
    void should_report_HO_001_missing_medication_when_only_the_medication_list_travelled() {
        // given MEDICATION_LIST is not MEDICATION
        Pathway p = careHomeToHospital(TransferKind.ADMISSION,
                BELONGINGS, MEDICATION_LIST, TRANSFER_REASON, PERSONAL_PROFILE);

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-001").missing("MEDICATION");
    }

    @Test
    void should_not_raise_HO_001_when_the_red_bag_is_complete() {
        // given every item, in an unusual order
        Pathway p = careHomeToHospital(TransferKind.ADMISSION,
                BELONGINGS, MEDICATION, TRANSFER_REASON, PERSONAL_PROFILE);

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "HO-001");
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_HO_001_for_admission_and_transfer_but_not_for_a_discharge(TransferKind kind) {
        // given
        Pathway p = careHomeToHospital(kind);

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "HO-001").extracting(Alert::transferId)
                .containsExactlyElementsOf(onlyIf(kind != TransferKind.DISCHARGE, "t1"));
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"CARE_HOME", "NURSING_HOME"})
    void should_raise_HO_001_when_leaving_a_care_home(ProviderType from) {
        // given
        Pathway p = pathway()
                .transferT1(TransferKind.ADMISSION, "A1", from, "RR8", ProviderType.MENTAL_HEALTH_HOSPITAL)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-001").provider("A1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE, names = {"CARE_HOME", "NURSING_HOME"})
    void should_not_raise_HO_001_when_leaving_anything_but_a_care_home(ProviderType from) {
        // given SUPPORTED_ACCOMMODATION among others
        Pathway p = pathway()
                .transferT1(TransferKind.ADMISSION, "A1", from, "RR8", ProviderType.ACUTE_HOSPITAL)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "HO-001");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_HO_001_only_when_going_to_hospital_or_ambulance(ProviderType to) {
        // given HOSPICE and COMMUNITY_HEALTH among the receivers that raise nothing
        Pathway p = pathway().transferT1(TransferKind.TRANSFER, "CH1", ProviderType.CARE_HOME, "B1", to).build();
        boolean hospitalOrAmbulance = HOSPITALS.contains(to) || to == ProviderType.AMBULANCE_SERVICE;

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "HO-001").extracting(Alert::transferId)
                .containsExactlyElementsOf(onlyIf(hospitalOrAmbulance, "t1"));
    }

    /** Every subset of the transfer items (2^8 of them): an exhaustive oracle for the red bag rules. */
    static List<Set<TransferItem>> everySetOfItems() {
        TransferItem[] all = TransferItem.values();
        List<Set<TransferItem>> sets = new ArrayList<>();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            Set<TransferItem> set = EnumSet.noneOf(TransferItem.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(all[i]);
                }
            }
            sets.add(set);
        }
        return sets;
    }

    /** The red bag items of {@code redBag} that are not among {@code items}, in red bag order. */
    private static List<String> notAmong(Set<TransferItem> items, TransferItem... redBag) {
        return List.of(redBag).stream().filter(item -> !items.contains(item)).map(Enum::name).toList();
    }

    /** Asserts that {@code ruleId} raised nothing if nothing is missing, else one alert listing what is. */
    private static void expectMissing(ValidationReport report, String ruleId, List<String> expected) {
        if (expected.isEmpty()) {
            expectNoAlert(report, ruleId);
        } else {
            expectAlert(report, ruleId).missing(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("everySetOfItems")
    void should_list_in_HO_001_exactly_the_red_bag_items_that_did_not_travel(Set<TransferItem> items) {
        // given
        Pathway p = careHomeToHospital(TransferKind.ADMISSION, items.toArray(TransferItem[]::new));
        List<String> expected = notAmong(items, PERSONAL_PROFILE, TRANSFER_REASON, MEDICATION, BELONGINGS);

        // when
        ValidationReport report = validate(p);

        // then adding the missing items removes the alert
        expectMissing(report, "HO-001", expected);
    }

    // --- HO-002 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_HO_002_when_discharge_summary_and_belongings_missing() {
        // given
        Pathway p = hospitalDischargeToCareHome(MEDICATION, MEDICATION_LIST);

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-002").severity(Severity.HIGH).category(Category.HANDOVER)
                .transfer("t1").plan(null).concern(null).provider("RR8")
                .onlyMissing("DISCHARGE_SUMMARY", "BELONGINGS").hasMessage();
    }

    @Test
    void should_list_HO_002_missing_items_in_catalogue_order() {
        // given nothing at all
        Pathway p = pathway()
                .transferT1(TransferKind.DISCHARGE, "RR8", ProviderType.MENTAL_HEALTH_HOSPITAL, "NH1",
                        ProviderType.NURSING_HOME)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-002").missing("DISCHARGE_SUMMARY", "MEDICATION", "BELONGINGS");
    }

    @Test
    void should_report_HO_002_missing_medication_when_only_the_medication_list_travelled() {
        // given
        Pathway p = hospitalDischargeToCareHome(BELONGINGS, MEDICATION_LIST, DISCHARGE_SUMMARY);

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-002").missing("MEDICATION");
    }

    @Test
    void should_not_raise_HO_002_when_the_red_bag_comes_back_complete() {
        // given
        Pathway p = hospitalDischargeToCareHome(BELONGINGS, MEDICATION, DISCHARGE_SUMMARY);

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "HO-002");
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_HO_002_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = pathway()
                .transferT1(kind, "RR8", ProviderType.ACUTE_HOSPITAL, "CH1", ProviderType.CARE_HOME)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "HO-002");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_HO_002_only_when_discharged_from_hospital(ProviderType from) {
        // given HOSPICE and AMBULANCE_SERVICE among the senders that raise nothing
        Pathway p = pathway().transferT1(TransferKind.DISCHARGE, "A1", from, "CH1", ProviderType.CARE_HOME).build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "HO-002").extracting(Alert::providerId)
                .containsExactlyElementsOf(onlyIf(HOSPITALS.contains(from), "A1"));
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_HO_002_only_when_discharged_to_a_care_home(ProviderType to) {
        // given SUPPORTED_ACCOMMODATION and OWN_HOME among the receivers that raise nothing
        Pathway p = pathway().transferT1(TransferKind.DISCHARGE, "RR8", ProviderType.ACUTE_HOSPITAL, "B1", to).build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "HO-002").extracting(Alert::transferId)
                .containsExactlyElementsOf(onlyIf(CARE_HOMES.contains(to), "t1"));
    }

    @ParameterizedTest
    @MethodSource("everySetOfItems")
    void should_list_in_HO_002_exactly_the_red_bag_items_that_did_not_come_back(Set<TransferItem> items) {
        // given
        Pathway p = pathway()
                .transferT1(TransferKind.DISCHARGE, "RR8", ProviderType.MENTAL_HEALTH_HOSPITAL, "NH1",
                        ProviderType.NURSING_HOME, items.toArray(TransferItem[]::new))
                .build();
        List<String> expected = notAmong(items, DISCHARGE_SUMMARY, MEDICATION, BELONGINGS);

        // when
        ValidationReport report = validate(p);

        // then adding the missing items removes the alert
        expectMissing(report, "HO-002", expected);
    }

    // --- HO-003 -------------------------------------------------------------------------------------------------

    /** RR8 (hospital) discharges to CH1 (care home); CMH (community mental health) owns the plans. */
    private static PathwayFixture hospitalToCareHome() {
        return pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("CMH", ProviderType.COMMUNITY_MENTAL_HEALTH);
    }

    /** {@link #hospitalToCareHome()}, and RR8 discharges the patient to CH1: transfer t1 at T, carrying nothing. */
    private static PathwayFixture dischargeToCareHome() {
        return hospitalToCareHome().transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T);
    }

    @Test
    void should_raise_HO_003_when_plan_in_force_is_neither_shared_with_nor_carried_to_the_receiver() {
        // given
        Pathway p = hospitalToCareHome()
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CMH", "RR8")
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T, DISCHARGE_SUMMARY, MEDICATION, BELONGINGS)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-003").severity(Severity.MEDIUM).category(Category.HANDOVER)
                .transfer("t1").plan("cp1").concern(null).provider("RR8")
                .noEvidence().hasMessage();
    }

    @Test
    void should_not_raise_HO_003_when_the_receiver_owns_the_plan() {
        // given
        Pathway p = dischargeToCareHome().activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CH1").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "HO-003");
    }

    @Test
    void should_not_raise_HO_003_when_the_plan_is_shared_with_the_receiver() {
        // given
        Pathway p = dischargeToCareHome().activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CMH", "RR8", "CH1").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "HO-003");
    }

    @Test
    void should_not_raise_HO_003_when_the_care_plan_travelled_with_the_patient() {
        // given
        Pathway p = hospitalToCareHome()
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CMH")
                .activePlan("cp2", CarePlanType.MENTAL_HEALTH, "RR8")
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T, CARE_PLAN)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "HO-003");
    }

    @Test
    void should_not_raise_HO_003_when_the_patient_goes_to_their_own_home() {
        // given
        Pathway p = hospitalToCareHome()
                .provider("HOME", ProviderType.OWN_HOME)
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CMH")
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "HO-003");
    }

    @Test
    void should_raise_HO_003_when_the_plan_is_owned_by_the_sender() {
        // given the owner is `from`, not `to`
        Pathway p = dischargeToCareHome().activePlan("cp1", CarePlanType.DISCHARGE, "RR8").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-003").plan("cp1").provider("RR8");
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_HO_003_for_every_transfer_kind(TransferKind kind) {
        // given
        Pathway p = hospitalToCareHome()
                .activePlan("cp1", CarePlanType.OTHER, "CMH")
                .transfer("t1", kind, "CH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "HO-003").transfer("t1").provider("CH1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE, names = "OWN_HOME")
    void should_raise_HO_003_for_every_receiver_but_own_home(ProviderType to) {
        // given
        Pathway p = pathway()
                .transferT1(TransferKind.TRANSFER, "A1", otherThan(to), "B1", to)
                .provider("CMH", to == ProviderType.COMMUNITY_MENTAL_HEALTH ? ProviderType.LOCAL_AUTHORITY
                        : ProviderType.COMMUNITY_MENTAL_HEALTH)
                .activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH")
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "HO-003").extracting(Alert::carePlanId).containsExactly("cp1");
    }

    @Test
    void should_raise_HO_003_once_per_transfer_and_plan_pair() {
        // given two plans in force, a third one already ended, and two transfers
        Pathway p = hospitalToCareHome()
                .provider("HOS", ProviderType.HOSPICE)
                .activePlan("cp2", CarePlanType.MENTAL_HEALTH, "CMH")
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CMH")
                .completePlan("cp3", CarePlanType.OTHER, CarePlanStatus.COMPLETED, "CMH",
                        T.minusSeconds(86_400 * 60), T.minusSeconds(86_400 * 30))
                .transfer("t2", TransferKind.TRANSFER, "CH1", "HOS", T.plusSeconds(86_400))
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "HO-003")
                .extracting(a -> a.transferId() + "/" + a.carePlanId() + "/" + a.providerId())
                .containsExactly("t1/cp1/RR8", "t1/cp2/RR8", "t2/cp1/CH1", "t2/cp2/CH1");
    }

    @Test
    void should_raise_HO_003_only_for_the_plan_not_shared_with_the_receiver() {
        // given
        Pathway p = dischargeToCareHome()
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CMH", "CH1")
                .activePlan("cp2", CarePlanType.MENTAL_HEALTH, "CMH", "RR8")
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "HO-003").extracting(Alert::carePlanId).containsExactly("cp2");
    }

    static List<PlanSpan> planSpans() {
        return PathwayFixture.planSpansAroundT();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_HO_003_exactly_when_the_plan_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = dischargeToCareHome()
                .completePlan("cp1", CarePlanType.CARE_AND_SUPPORT, span.status(), "CMH", span.created(), span.ended())
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlertIf(span.inForceAtT(), report, "HO-003");
    }
}
