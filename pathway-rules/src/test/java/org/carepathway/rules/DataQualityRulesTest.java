package org.carepathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.pathway;

import java.time.Instant;
import org.carepathway.model.Pathway;
import org.carepathway.model.ProviderType;
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DQ-001, DQ-002 and DQ-003 against SPEC section 3. */
class DataQualityRulesTest {
    private static final PathwayValidator VALIDATOR = PathwayValidator.builder().build();
    private static final Instant AS_OF = Instant.parse("2026-11-21T09:00:00Z");

    private static ValidationReport validate(Pathway pathway) {
        return VALIDATOR.validate(pathway, AS_OF);
    }

    // --- DQ-001 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_DQ_001_when_nhs_number_has_a_wrong_check_digit() {
        // given 9434765919 is valid, so ...918 has the wrong check digit
        Pathway p = pathway().nhsNumber("9434765918").build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-001")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.category()).isEqualTo(Category.DATA_QUALITY);
            assertThat(a.transferId()).isNull();
            assertThat(a.carePlanId()).isNull();
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isNull();
            assertThat(a.evidence()).isEmpty();
            assertThat(a.message()).isNotBlank();
        });
        assertThat(report.alertsFor("DQ-002")).isEmpty();
    }

    @Test
    void should_not_raise_DQ_001_when_nhs_number_passes_modulus_11() {
        // given
        Pathway p = pathway().nhsNumber("9434765919").build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-001")).isEmpty();
        assertThat(report.alertsFor("DQ-002")).isEmpty();
    }

    @Test
    void should_not_raise_DQ_001_when_check_computes_to_11_and_check_digit_is_0() {
        // given 943476508: weighted sum is a multiple of 11, so 11 - 0 = 11, which means check digit 0
        Pathway p = pathway().nhsNumber("9434765080").build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-001")).isEmpty();
    }

    @Test
    void should_raise_DQ_001_when_check_digit_0_is_given_but_check_computes_to_another_digit() {
        // given 943476591 computes check digit 9, not 0
        Pathway p = pathway().nhsNumber("9434765910").build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-001")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765030", "9434765031", "9434765035", "9434765039", "1234567890", "1234567891"})
    void should_raise_DQ_001_when_check_computes_to_10_whatever_the_last_digit(String nhsNumber) {
        // given the first nine digits give 11 - (sum mod 11) = 10, which means no number is valid
        Pathway p = pathway().nhsNumber(nhsNumber).build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-001")).singleElement()
                .satisfies(a -> assertThat(a.providerId()).isNull());
    }

    @Test
    void should_not_raise_DQ_001_when_there_is_no_nhs_number() {
        // given
        Pathway p = pathway().nhsNumber(null).build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-001")).isEmpty();
    }

    // --- DQ-002 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_DQ_002_when_there_is_no_nhs_number() {
        // given only a local id
        Pathway p = pathway().nhsNumber(null).build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-002")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(a.category()).isEqualTo(Category.DATA_QUALITY);
            assertThat(a.transferId()).isNull();
            assertThat(a.carePlanId()).isNull();
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isNull();
            assertThat(a.evidence()).isEmpty();
            assertThat(a.message()).isNotBlank();
        });
    }

    @Test
    void should_not_raise_DQ_002_when_an_nhs_number_is_present_even_an_invalid_one() {
        // given
        Pathway p = pathway().nhsNumber("9434765918").build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-002")).isEmpty();
    }

    // --- DQ-003 -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"CARE_HOME", "NURSING_HOME"})
    void should_raise_DQ_003_when_care_home_cqc_registration_is_not_recorded(ProviderType careHome) {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", careHome, null, 0)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-003")).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.LOW);
            assertThat(a.category()).isEqualTo(Category.DATA_QUALITY);
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.carePlanId()).isNull();
            assertThat(a.concernId()).isNull();
            assertThat(a.providerId()).isEqualTo("CH1");
            assertThat(a.evidence()).isEmpty();
            assertThat(a.message()).isNotBlank();
        });
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_DQ_003_for_every_transfer_kind(TransferKind kind) {
        // given
        Pathway p = pathway()
                .provider("X1", ProviderType.OTHER)
                .provider("CH1", ProviderType.CARE_HOME, null, 0)
                .transfer("t1", kind, "X1", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-003")).extracting(Alert::transferId).containsExactly("t1");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void should_not_raise_DQ_003_when_care_home_cqc_registration_is_recorded(boolean registered) {
        // given true and false are both recorded (false raises SG-004, not DQ-003)
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME, registered, 0)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "CH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-003")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE, names = {"CARE_HOME", "NURSING_HOME"})
    void should_not_raise_DQ_003_when_destination_is_not_a_care_home(ProviderType type) {
        // given SUPPORTED_ACCOMMODATION among others: a placement but not a care home
        Pathway p = pathway()
                .provider("X1", type == ProviderType.OTHER ? ProviderType.OWN_HOME : ProviderType.OTHER)
                .provider("Y1", type, null, 0)
                .transfer("t1", TransferKind.TRANSFER, "X1", "Y1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-003")).isEmpty();
    }

    @Test
    void should_not_raise_DQ_003_when_unrecorded_care_home_is_only_the_origin() {
        // given
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME, null, 0)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "CH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-003")).isEmpty();
    }

    @Test
    void should_raise_DQ_003_once_per_transfer_into_the_care_home() {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("NH1", ProviderType.NURSING_HOME, null, 0)
                .transfer("t2", TransferKind.DISCHARGE, "RR8", "NH1", T.plusSeconds(86_400))
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "NH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        assertThat(report.alertsFor("DQ-003")).extracting(Alert::transferId).containsExactly("t1", "t2");
        assertThat(report.alertsFor("DQ-003")).extracting(Alert::providerId).containsOnly("NH1");
    }
}
