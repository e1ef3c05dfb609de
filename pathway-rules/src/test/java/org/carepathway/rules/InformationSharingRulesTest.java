package org.carepathway.rules;

import static org.carepathway.rules.AlertExpectations.alertsOf;
import static org.carepathway.rules.AlertExpectations.expectAlert;
import static org.carepathway.rules.AlertExpectations.expectNoAlert;
import static org.carepathway.rules.AlertExpectations.onlyIf;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.pathway;
import static org.carepathway.rules.PathwayFixture.validate;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Communication;
import org.carepathway.model.CommunicationType;
import org.carepathway.model.ConcernStatus;
import org.carepathway.model.ConsentToShare;
import org.carepathway.model.Contact;
import org.carepathway.model.ContactKind;
import org.carepathway.model.Pathway;
import org.carepathway.model.ProviderType;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** IS-001 and IS-002 against SPEC section 3. */
class InformationSharingRulesTest {
    private static final Set<ProviderType> HOSPITALS =
            EnumSet.of(ProviderType.ACUTE_HOSPITAL, ProviderType.MENTAL_HEALTH_HOSPITAL);

    // --- IS-001 -------------------------------------------------------------------------------------------------

    /** RR8 (acute hospital), HOME (own home) and GP1 (the registered GP); consent to share not recorded. */
    private static PathwayFixture consentNotRecorded() {
        return pathway()
                .consent(null)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("HOME", ProviderType.OWN_HOME)
                .provider("GP1", ProviderType.GP_PRACTICE)
                .registeredGp("GP1");
    }

    @Test
    void should_raise_IS_001_when_consent_to_share_is_not_recorded_and_there_is_a_transfer() {
        // given
        Pathway p = consentNotRecorded().transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "IS-001").severity(Severity.LOW).category(Category.INFORMATION_SHARING)
                .transfer(null).plan(null).concern(null).provider(null)
                .noEvidence().hasMessage();
    }

    @ParameterizedTest
    @EnumSource(ConsentToShare.class)
    void should_not_raise_IS_001_when_consent_to_share_is_recorded(ConsentToShare consent) {
        // given REFUSED and BEST_INTERESTS are recorded decisions too
        Pathway p = consentNotRecorded()
                .consent(consent)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "IS-001");
    }

    @Test
    void should_not_raise_IS_001_when_the_pathway_has_no_transfer() {
        // given everything but a transfer
        Pathway p = consentNotRecorded()
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "GP1")
                .contact(new Contact("k1", "GP1", T, ContactKind.REVIEW))
                .communication(new Communication("m1", CommunicationType.REFERRAL, "GP1", "RR8", T, null, null))
                .concern(new SafeguardingConcern("sg1", SafeguardingCategory.NEGLECT, "GP1", T, null,
                        ConcernStatus.OPEN, T, null))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "IS-001");
    }

    @Test
    void should_raise_IS_001_once_whatever_the_number_of_transfers() {
        // given
        Pathway p = consentNotRecorded()
                .transfer("t1", TransferKind.ADMISSION, "HOME", "RR8", T.minusSeconds(86_400))
                .transfer("t2", TransferKind.DISCHARGE, "RR8", "HOME", T)
                .transfer("t3", TransferKind.TRANSFER, "HOME", "GP1", T.plusSeconds(86_400))
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "IS-001").transfer(null).provider(null);
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_IS_001_for_a_transfer_of_any_kind(TransferKind kind) {
        // given
        Pathway p = consentNotRecorded().transfer("t1", kind, "HOME", "RR8", T).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "IS-001").transfer(null);
    }

    // --- IS-002 -------------------------------------------------------------------------------------------------

    /** A1 ({@code from}) moves the patient to B1 (own home, or OTHER when A1 is the own home): t1 of kind at T. */
    private static PathwayFixture transferFrom(TransferKind kind, ProviderType from) {
        return pathway().transferT1(kind, "A1", from, "B1",
                from == ProviderType.OWN_HOME ? ProviderType.OTHER : ProviderType.OWN_HOME);
    }

    @Test
    void should_raise_IS_002_when_discharged_from_hospital_with_no_registered_gp() {
        // given
        Pathway p = transferFrom(TransferKind.DISCHARGE, ProviderType.ACUTE_HOSPITAL).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "IS-002").severity(Severity.HIGH).category(Category.INFORMATION_SHARING)
                .transfer("t1").plan(null).concern(null).provider("A1")
                .noEvidence().messageNames("t1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"ACUTE_HOSPITAL", "MENTAL_HEALTH_HOSPITAL"})
    void should_not_raise_IS_002_when_the_patient_has_a_registered_gp(ProviderType from) {
        // given
        Pathway p = transferFrom(TransferKind.DISCHARGE, from)
                .provider("GP1", ProviderType.GP_PRACTICE)
                .registeredGp("GP1")
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "IS-002");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_IS_002_only_when_discharged_from_hospital(ProviderType from) {
        // given both HOSPITAL types among the senders
        Pathway p = transferFrom(TransferKind.DISCHARGE, from).build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "IS-002").extracting(Alert::providerId)
                .containsExactlyElementsOf(onlyIf(HOSPITALS.contains(from), "A1"));
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_IS_002_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = transferFrom(kind, ProviderType.MENTAL_HEALTH_HOSPITAL).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "IS-002");
    }

    @Test
    void should_raise_IS_002_once_per_discharge_from_hospital() {
        // given
        Instant later = T.plusSeconds(86_400 * 5);
        Pathway p = pathway()
                .provider("MH1", ProviderType.MENTAL_HEALTH_HOSPITAL)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("HOME", ProviderType.OWN_HOME)
                .transfer("t2", TransferKind.DISCHARGE, "MH1", "HOME", later)
                .transfer("t1", TransferKind.DISCHARGE, "RR8", "MH1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "IS-002").extracting(a -> a.transferId() + "/" + a.providerId())
                .containsExactly("t1/RR8", "t2/MH1");
    }
}
