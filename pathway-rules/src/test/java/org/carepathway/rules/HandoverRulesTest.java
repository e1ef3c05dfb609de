package org.carepathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.pathway;
import static org.carepathway.model.TransferItem.BELONGINGS;
import static org.carepathway.model.TransferItem.CARE_PLAN;
import static org.carepathway.model.TransferItem.DISCHARGE_SUMMARY;
import static org.carepathway.model.TransferItem.MEDICATION;
import static org.carepathway.model.TransferItem.MEDICATION_LIST;
import static org.carepathway.model.TransferItem.PERSONAL_PROFILE;
import static org.carepathway.model.TransferItem.RISK_ASSESSMENT;
import static org.carepathway.model.TransferItem.TRANSFER_REASON;

import java.time.Instant;
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
    private static final PathwayValidator VALIDATOR = PathwayValidator.builder().build();
    private static final Instant AS_OF = Instant.parse("2026-11-21T09:00:00Z");

    private static ValidationReport validate(Pathway pathway) {
        return VALIDATOR.validate(pathway, AS_OF);
    }

    /** A provider type other than {@code type}, for the other end of a transfer. */
    private static ProviderType other(ProviderType type) {
        return type == ProviderType.OTHER ? ProviderType.OWN_HOME : ProviderType.OTHER;
    }

    // --- HO-001 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_HO_001_when_belongings_missing() {
        // given
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "CH1", "RR8", T,
                        PERSONAL_PROFILE, TRANSFER_REASON, MEDICATION, MEDICATION_LIST)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.category()).isEqualTo(Category.HANDOVER);
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.carePlanId()).isNull();
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("CH1");
            assertThat(a.evidence()).containsOnlyKeys("missing");
            assertThat(a.evidence().get("missing")).isEqualTo(List.of("BELONGINGS"));
            assertThat(a.message()).isNotBlank();
        });
    }

    @Test
    void should_list_HO_001_missing_items_in_catalogue_order_whatever_the_item_order() {
        // given nothing from the red bag, only unrelated items, listed in reverse order
        Pathway p = pathway()
                .provider("NH1", ProviderType.NURSING_HOME)
                .provider("AMB", ProviderType.AMBULANCE_SERVICE)
                .transfer("t1", TransferKind.TRANSFER, "NH1", "AMB", T, RISK_ASSESSMENT, MEDICATION_LIST)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).singleElement().satisfies(a -> assertThat(a.evidence().get("missing"))
                .isEqualTo(List.of("PERSONAL_PROFILE", "TRANSFER_REASON", "MEDICATION", "BELONGINGS")));
    }

    @Test
    void should_report_HO_001_missing_medication_when_only_the_medication_list_travelled() {
        // given MEDICATION_LIST is not MEDICATION
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "CH1", "RR8", T,
                        BELONGINGS, MEDICATION_LIST, TRANSFER_REASON, PERSONAL_PROFILE)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).singleElement()
                .satisfies(a -> assertThat(a.evidence().get("missing")).isEqualTo(List.of("MEDICATION")));
    }

    @Test
    void should_not_raise_HO_001_when_the_red_bag_is_complete() {
        // given every item, in an unusual order
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "CH1", "RR8", T,
                        BELONGINGS, MEDICATION, TRANSFER_REASON, PERSONAL_PROFILE)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_raise_HO_001_for_admission_and_transfer(TransferKind kind) {
        // given
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", kind, "CH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).extracting(Alert::transferId).containsExactly("t1");
    }

    @Test
    void should_not_raise_HO_001_for_a_discharge() {
        // given
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.DISCHARGE, "CH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"CARE_HOME", "NURSING_HOME"})
    void should_raise_HO_001_when_leaving_a_care_home(ProviderType from) {
        // given
        Pathway p = pathway()
                .provider("A1", from)
                .provider("RR8", ProviderType.MENTAL_HEALTH_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "A1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).singleElement()
                .satisfies(a -> assertThat(a.providerId()).isEqualTo("A1"));
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE, names = {"CARE_HOME", "NURSING_HOME"})
    void should_not_raise_HO_001_when_leaving_anything_but_a_care_home(ProviderType from) {
        // given SUPPORTED_ACCOMMODATION among others
        Pathway p = pathway()
                .provider("A1", from)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "A1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL", "AMBULANCE_SERVICE"})
    void should_raise_HO_001_when_going_to_hospital_or_ambulance(ProviderType to) {
        // given
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("B1", to)
                .transfer("t1", TransferKind.TRANSFER, "CH1", "B1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).extracting(Alert::transferId).containsExactly("t1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL", "AMBULANCE_SERVICE"})
    void should_not_raise_HO_001_when_going_anywhere_but_hospital_or_ambulance(ProviderType to) {
        // given HOSPICE and COMMUNITY_HEALTH among others
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("B1", to)
                .transfer("t1", TransferKind.TRANSFER, "CH1", "B1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-001")).isEmpty();
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

    @ParameterizedTest
    @MethodSource("everySetOfItems")
    void should_list_in_HO_001_exactly_the_red_bag_items_that_did_not_travel(Set<TransferItem> items) {
        // given
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "CH1", "RR8", T, items.toArray(TransferItem[]::new))
                .build();
        List<String> expected = List.of(PERSONAL_PROFILE, TRANSFER_REASON, MEDICATION, BELONGINGS).stream()
                .filter(item -> !items.contains(item)).map(Enum::name).toList();

        // when
        ValidationReport report = validate(p);

        // then adding the missing items removes the alert
        if (expected.isEmpty()) {
            assertThat(report.alertsFor("HO-001")).isEmpty();
        } else {
            assertThat(report.alertsFor("HO-001")).singleElement()
                    .satisfies(a -> assertThat(a.evidence().get("missing")).isEqualTo(expected));
        }
    }

    // --- HO-002 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_HO_002_when_discharge_summary_and_belongings_missing() {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T, MEDICATION, MEDICATION_LIST)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-002")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.category()).isEqualTo(Category.HANDOVER);
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.carePlanId()).isNull();
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("RR8");
            assertThat(a.evidence()).containsOnlyKeys("missing");
            assertThat(a.evidence().get("missing")).isEqualTo(List.of("DISCHARGE_SUMMARY", "BELONGINGS"));
            assertThat(a.message()).isNotBlank();
        });
    }

    @Test
    void should_list_HO_002_missing_items_in_catalogue_order() {
        // given nothing at all
        Pathway p = pathway()
                .provider("RR8", ProviderType.MENTAL_HEALTH_HOSPITAL)
                .provider("NH1", ProviderType.NURSING_HOME)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "NH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-002")).singleElement().satisfies(a -> assertThat(a.evidence().get("missing"))
                .isEqualTo(List.of("DISCHARGE_SUMMARY", "MEDICATION", "BELONGINGS")));
    }

    @Test
    void should_report_HO_002_missing_medication_when_only_the_medication_list_travelled() {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T, BELONGINGS, MEDICATION_LIST, DISCHARGE_SUMMARY)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-002")).singleElement()
                .satisfies(a -> assertThat(a.evidence().get("missing")).isEqualTo(List.of("MEDICATION")));
    }

    @Test
    void should_not_raise_HO_002_when_the_red_bag_comes_back_complete() {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T, BELONGINGS, MEDICATION, DISCHARGE_SUMMARY)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-002")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_HO_002_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME)
                .transfer("t1", kind, "RR8", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-002")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL"})
    void should_raise_HO_002_when_discharged_from_hospital(ProviderType from) {
        // given
        Pathway p = pathway()
                .provider("A1", from)
                .provider("CH1", ProviderType.CARE_HOME)
                .transfer("t1", TransferKind.DISCHARGE, "A1", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-002")).singleElement()
                .satisfies(a -> assertThat(a.providerId()).isEqualTo("A1"));
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL"})
    void should_not_raise_HO_002_when_discharged_from_anything_but_hospital(ProviderType from) {
        // given HOSPICE and AMBULANCE_SERVICE among others
        Pathway p = pathway()
                .provider("A1", from)
                .provider("CH1", ProviderType.CARE_HOME)
                .transfer("t1", TransferKind.DISCHARGE, "A1", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-002")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"CARE_HOME", "NURSING_HOME"})
    void should_raise_HO_002_when_discharged_to_a_care_home(ProviderType to) {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("B1", to)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "B1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-002")).extracting(Alert::transferId).containsExactly("t1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE, names = {"CARE_HOME", "NURSING_HOME"})
    void should_not_raise_HO_002_when_discharged_anywhere_but_a_care_home(ProviderType to) {
        // given SUPPORTED_ACCOMMODATION and OWN_HOME among others
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("B1", to)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "B1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-002")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everySetOfItems")
    void should_list_in_HO_002_exactly_the_red_bag_items_that_did_not_come_back(Set<TransferItem> items) {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.MENTAL_HEALTH_HOSPITAL)
                .provider("NH1", ProviderType.NURSING_HOME)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "NH1", T, items.toArray(TransferItem[]::new))
                .build();
        List<String> expected = List.of(DISCHARGE_SUMMARY, MEDICATION, BELONGINGS).stream()
                .filter(item -> !items.contains(item)).map(Enum::name).toList();

        // when
        ValidationReport report = validate(p);

        // then adding the missing items removes the alert
        if (expected.isEmpty()) {
            assertThat(report.alertsFor("HO-002")).isEmpty();
        } else {
            assertThat(report.alertsFor("HO-002")).singleElement()
                    .satisfies(a -> assertThat(a.evidence().get("missing")).isEqualTo(expected));
        }
    }

    // --- HO-003 -------------------------------------------------------------------------------------------------

    /** RR8 (hospital) discharges to CH1 (care home); CMH (community mental health) owns the plans. */
    private static PathwayFixture hospitalToCareHome() {
        return pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("CMH", ProviderType.COMMUNITY_MENTAL_HEALTH);
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
        assertThat(report.alertsFor("HO-003")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(a.category()).isEqualTo(Category.HANDOVER);
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.carePlanId()).isEqualTo("cp1");
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("RR8");
            assertThat(a.evidence()).isEmpty();
            assertThat(a.message()).isNotBlank();
        });
    }

    @Test
    void should_not_raise_HO_003_when_the_receiver_owns_the_plan() {
        // given
        Pathway p = hospitalToCareHome()
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CH1")
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-003")).isEmpty();
    }

    @Test
    void should_not_raise_HO_003_when_the_plan_is_shared_with_the_receiver() {
        // given
        Pathway p = hospitalToCareHome()
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CMH", "RR8", "CH1")
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-003")).isEmpty();
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
        assertThat(report.alertsFor("HO-003")).isEmpty();
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
        assertThat(report.alertsFor("HO-003")).isEmpty();
    }

    @Test
    void should_raise_HO_003_when_the_plan_is_owned_by_the_sender() {
        // given the owner is `from`, not `to`
        Pathway p = hospitalToCareHome()
                .activePlan("cp1", CarePlanType.DISCHARGE, "RR8")
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-003")).singleElement().satisfies(a -> {
            assertThat(a.carePlanId()).isEqualTo("cp1");
            assertThat(a.providerId()).isEqualTo("RR8");
        });
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
        assertThat(report.alertsFor("HO-003")).singleElement().satisfies(a -> {
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.providerId()).isEqualTo("CH1");
        });
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE, names = "OWN_HOME")
    void should_raise_HO_003_for_every_receiver_but_own_home(ProviderType to) {
        // given
        Pathway p = pathway()
                .provider("A1", other(to))
                .provider("B1", to)
                .provider("CMH", to == ProviderType.COMMUNITY_MENTAL_HEALTH ? ProviderType.LOCAL_AUTHORITY
                        : ProviderType.COMMUNITY_MENTAL_HEALTH)
                .activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH")
                .transfer("t1", TransferKind.TRANSFER, "A1", "B1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-003")).extracting(Alert::carePlanId).containsExactly("cp1");
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
        assertThat(report.alertsFor("HO-003"))
                .extracting(a -> a.transferId() + "/" + a.carePlanId() + "/" + a.providerId())
                .containsExactly("t1/cp1/RR8", "t1/cp2/RR8", "t2/cp1/CH1", "t2/cp2/CH1");
    }

    @Test
    void should_raise_HO_003_only_for_the_plan_not_shared_with_the_receiver() {
        // given
        Pathway p = hospitalToCareHome()
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "CMH", "CH1")
                .activePlan("cp2", CarePlanType.MENTAL_HEALTH, "CMH", "RR8")
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-003")).extracting(Alert::carePlanId).containsExactly("cp2");
    }

    static List<PlanSpan> planSpans() {
        return PathwayFixture.planSpansAroundT();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_HO_003_exactly_when_the_plan_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = hospitalToCareHome()
                .completePlan("cp1", CarePlanType.CARE_AND_SUPPORT, span.status(), "CMH", span.created(), span.ended())
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("HO-003")).hasSize(span.inForceAtT() ? 1 : 0);
    }
}
