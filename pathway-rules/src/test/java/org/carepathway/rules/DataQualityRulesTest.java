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
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DQ-001, DQ-002 and DQ-003 against SPEC section 3. */
class DataQualityRulesTest {

    // --- DQ-001 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_DQ_001_when_nhs_number_has_a_wrong_check_digit() {
        // given 9434765919 is valid, so ...918 has the wrong check digit
        Pathway p = pathway().nhsNumber("9434765918").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "DQ-001").severity(Severity.HIGH).category(Category.DATA_QUALITY)
                .transfer(null).plan(null).concern(null).provider(null)
                .noEvidence().hasMessage();
        expectNoAlert(report, "DQ-002");
    }

    @Test
    void should_not_raise_DQ_001_when_nhs_number_passes_modulus_11() {
        // given
        Pathway p = pathway().nhsNumber("9434765919").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "DQ-001");
        expectNoAlert(report, "DQ-002");
    }

    @Test
    void should_not_raise_DQ_001_when_check_computes_to_11_and_check_digit_is_0() {
        // given 943476508: weighted sum is a multiple of 11, so 11 - 0 = 11, which means check digit 0
        Pathway p = pathway().nhsNumber("9434765080").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "DQ-001");
    }

    @Test
    void should_raise_DQ_001_when_check_digit_0_is_given_but_check_computes_to_another_digit() {
        // given 943476591 computes check digit 9, not 0
        Pathway p = pathway().nhsNumber("9434765910").build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "DQ-001").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765030", "9434765031", "9434765035", "9434765039", "1234567890", "1234567891"})
    void should_raise_DQ_001_when_check_computes_to_10_whatever_the_last_digit(String nhsNumber) {
        // given the first nine digits give 11 - (sum mod 11) = 10, which means no number is valid
        Pathway p = pathway().nhsNumber(nhsNumber).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "DQ-001").provider(null);
    }

    @Test
    void should_not_raise_DQ_001_when_there_is_no_nhs_number() {
        // given
        Pathway p = pathway().nhsNumber(null).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "DQ-001");
    }

    // --- DQ-002 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_DQ_002_when_there_is_no_nhs_number() {
        // given only a local id
        Pathway p = pathway().nhsNumber(null).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "DQ-002").severity(Severity.MEDIUM).category(Category.DATA_QUALITY)
                .transfer(null).plan(null).concern(null).provider(null)
                .noEvidence().hasMessage();
    }

    @Test
    void should_not_raise_DQ_002_when_an_nhs_number_is_present_even_an_invalid_one() {
        // given
        Pathway p = pathway().nhsNumber("9434765918").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "DQ-002");
    }

    // --- DQ-003 -------------------------------------------------------------------------------------------------

    /**
     * Providers {@code from} (CQC registered) and {@code to}, whose CQC registration is {@code toCqcRegistered}
     * (null for not recorded), and transfer t1 of {@code kind} from one to the other at T.
     */
    private static Pathway transferInto(TransferKind kind, String from, ProviderType fromType, String to,
            ProviderType toType, Boolean toCqcRegistered) {
        return pathway()
                .provider(from, fromType)
                .provider(to, toType, toCqcRegistered, 0)
                .transfer("t1", kind, from, to, T)
                .build();
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"CARE_HOME", "NURSING_HOME"})
    void should_raise_DQ_003_when_care_home_cqc_registration_is_not_recorded(ProviderType careHome) {
        // given
        Pathway p = transferInto(TransferKind.DISCHARGE, "RR8", ProviderType.ACUTE_HOSPITAL, "CH1", careHome, null);

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "DQ-003").severity(Severity.LOW).category(Category.DATA_QUALITY)
                .transfer("t1").plan(null).concern(null).provider("CH1")
                .noEvidence().hasMessage();
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_DQ_003_for_every_transfer_kind(TransferKind kind) {
        // given
        Pathway p = transferInto(kind, "X1", ProviderType.OTHER, "CH1", ProviderType.CARE_HOME, null);

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "DQ-003").extracting(Alert::transferId).containsExactly("t1");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void should_not_raise_DQ_003_when_care_home_cqc_registration_is_recorded(boolean registered) {
        // given true and false are both recorded (false raises SG-004, not DQ-003)
        Pathway p = transferInto(TransferKind.DISCHARGE, "RR8", ProviderType.ACUTE_HOSPITAL, "CH1",
                ProviderType.CARE_HOME, registered);

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "DQ-003");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE, names = {"CARE_HOME", "NURSING_HOME"})
    void should_not_raise_DQ_003_when_destination_is_not_a_care_home(ProviderType type) {
        // given SUPPORTED_ACCOMMODATION among others: a placement but not a care home
        Pathway p = transferInto(TransferKind.TRANSFER, "X1", otherThan(type), "Y1", type, null);

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "DQ-003");
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
        expectNoAlert(report, "DQ-003");
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
        alertsOf(report, "DQ-003").extracting(Alert::transferId).containsExactly("t1", "t2");
        alertsOf(report, "DQ-003").extracting(Alert::providerId).containsOnly("NH1");
    }
}
