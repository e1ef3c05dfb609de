package org.carepathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.pathway;

import java.time.Instant;
import org.carepathway.model.Pathway;
import org.carepathway.model.ProviderType;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** MED-001 against SPEC section 3: MEDICINE_HOLDERS = HOSPITAL, CARE_HOMES and HOSPICE. */
class MedicationRulesTest {
    private static final PathwayValidator VALIDATOR = PathwayValidator.builder().build();
    private static final Instant AS_OF = Instant.parse("2026-11-21T09:00:00Z");

    private static ValidationReport validate(Pathway pathway) {
        return VALIDATOR.validate(pathway, AS_OF);
    }

    /** A provider type other than {@code type}, for the other end of a transfer. */
    private static ProviderType other(ProviderType type) {
        return type == ProviderType.OTHER ? ProviderType.OWN_HOME : ProviderType.OTHER;
    }

    @Test
    void should_raise_MED_001_when_a_hospital_discharge_carries_no_medicines_list() {
        // given the medicines travelled, but not the list
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("HOME", ProviderType.OWN_HOME)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T, TransferItem.MEDICATION,
                        TransferItem.DISCHARGE_SUMMARY)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("MED-001")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.category()).isEqualTo(Category.MEDICATION);
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.carePlanId()).isNull();
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("RR8");
            assertThat(a.evidence()).isEmpty();
            assertThat(a.message()).isNotBlank();
        });
    }

    @Test
    void should_not_raise_MED_001_when_the_medicines_list_travelled() {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("HOME", ProviderType.OWN_HOME)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T, TransferItem.MEDICATION_LIST)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("MED-001")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL", "CARE_HOME", "NURSING_HOME", "HOSPICE"})
    void should_raise_MED_001_when_a_medicine_holder_hands_over_without_the_list(ProviderType from) {
        // given
        Pathway p = pathway()
                .provider("A1", from)
                .provider("B1", other(from))
                .transfer("t1", TransferKind.TRANSFER, "A1", "B1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("MED-001")).singleElement().satisfies(a -> {
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.providerId()).isEqualTo("A1");
        });
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL", "CARE_HOME", "NURSING_HOME", "HOSPICE"})
    void should_not_raise_MED_001_when_the_sender_is_not_a_medicine_holder(ProviderType from) {
        // given COMMUNITY_HEALTH, SUPPORTED_ACCOMMODATION and DOMICILIARY_CARE among others
        Pathway p = pathway()
                .provider("A1", from)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "A1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("MED-001")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_MED_001_for_every_transfer_kind(TransferKind kind) {
        // given
        Pathway p = pathway()
                .provider("HOS", ProviderType.HOSPICE)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", kind, "HOS", "RR8", T, TransferItem.MEDICATION)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("MED-001")).extracting(Alert::transferId).containsExactly("t1");
    }

    @Test
    void should_not_raise_MED_001_when_only_the_receiver_holds_medicines() {
        // given the patient goes from home to a hospital
        Pathway p = pathway()
                .provider("HOME", ProviderType.OWN_HOME)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "HOME", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("MED-001")).isEmpty();
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
        assertThat(report.alertsFor("MED-001"))
                .extracting(a -> a.transferId() + "/" + a.providerId())
                .containsExactly("t1/CH1", "t3/RR8");
    }
}
