package org.carepathway.rules;

import static org.carepathway.rules.AlertExpectations.alertsOf;
import static org.carepathway.rules.AlertExpectations.expectAlert;
import static org.carepathway.rules.AlertExpectations.expectNoAlert;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.otherThan;
import static org.carepathway.rules.PathwayFixture.pathway;
import static org.carepathway.rules.PathwayFixture.validate;

import org.carepathway.model.Pathway;
import org.carepathway.model.ProviderType;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** MED-001 against SPEC section 3: MEDICINE_HOLDERS = HOSPITAL, CARE_HOMES and HOSPICE. */
class MedicationRulesTest {

    @Test
    void should_raise_MED_001_when_a_hospital_discharge_carries_no_medicines_list() {
        // given the medicines travelled, but not the list
        Pathway p = pathway()
                .transferT1(TransferKind.DISCHARGE, "RR8", ProviderType.ACUTE_HOSPITAL, "HOME", ProviderType.OWN_HOME,
                        TransferItem.MEDICATION, TransferItem.DISCHARGE_SUMMARY)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "MED-001").severity(Severity.HIGH).category(Category.MEDICATION)
                .transfer("t1").plan(null).concern(null).provider("RR8")
                .noEvidence().hasMessage();
    }

    @Test
    void should_not_raise_MED_001_when_the_medicines_list_travelled() {
        // given
        Pathway p = pathway()
                .transferT1(TransferKind.DISCHARGE, "RR8", ProviderType.ACUTE_HOSPITAL, "HOME", ProviderType.OWN_HOME,
                        TransferItem.MEDICATION_LIST)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "MED-001");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL", "CARE_HOME", "NURSING_HOME", "HOSPICE"})
    void should_raise_MED_001_when_a_medicine_holder_hands_over_without_the_list(ProviderType from) {
        // given
        Pathway p = pathway().transferT1(TransferKind.TRANSFER, "A1", from, "B1", otherThan(from)).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "MED-001").transfer("t1").provider("A1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL", "CARE_HOME", "NURSING_HOME", "HOSPICE"})
    void should_not_raise_MED_001_when_the_sender_is_not_a_medicine_holder(ProviderType from) {
        // given COMMUNITY_HEALTH, SUPPORTED_ACCOMMODATION and DOMICILIARY_CARE among others
        Pathway p = pathway()
                .transferT1(TransferKind.ADMISSION, "A1", from, "RR8", ProviderType.ACUTE_HOSPITAL)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "MED-001");
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_MED_001_for_every_transfer_kind(TransferKind kind) {
        // given
        Pathway p = pathway()
                .transferT1(kind, "HOS", ProviderType.HOSPICE, "RR8", ProviderType.ACUTE_HOSPITAL,
                        TransferItem.MEDICATION)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "MED-001").extracting(Alert::transferId).containsExactly("t1");
    }

    @Test
    void should_not_raise_MED_001_when_only_the_receiver_holds_medicines() {
        // given the patient goes from home to a hospital
        Pathway p = pathway()
                .transferT1(TransferKind.ADMISSION, "HOME", ProviderType.OWN_HOME, "RR8", ProviderType.ACUTE_HOSPITAL)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "MED-001");
    }

    @Test
    void should_raise_MED_001_once_per_transfer_without_the_list() {
        // given three transfers, one of them with the list
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t3", TransferKind.DISCHARGE, "RR8", "CH1", T.plusSeconds(172_800))
                .transfer("t2", TransferKind.ADMISSION, "CH1", "RR8", T.plusSeconds(86_400), TransferItem.MEDICATION_LIST)
                .transfer("t1", TransferKind.ADMISSION, "CH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "MED-001")
                .extracting(a -> a.transferId() + "/" + a.providerId())
                .containsExactly("t1/CH1", "t3/RR8");
    }
}
