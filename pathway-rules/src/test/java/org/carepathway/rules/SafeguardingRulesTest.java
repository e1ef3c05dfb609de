package org.carepathway.rules;

import static org.carepathway.rules.AlertExpectations.alertsOf;
import static org.carepathway.rules.AlertExpectations.expectAlert;
import static org.carepathway.rules.AlertExpectations.expectAlertIf;
import static org.carepathway.rules.AlertExpectations.expectNoAlert;
import static org.carepathway.rules.AlertExpectations.onlyIf;
import static org.carepathway.rules.PathwayFixture.LATER;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.otherThan;
import static org.carepathway.rules.PathwayFixture.pathway;
import static org.carepathway.rules.PathwayFixture.validateAt;
import static org.carepathway.rules.PathwayFixture.validate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.ConcernStatus;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.ProviderType;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.TransferKind;
import org.carepathway.rules.PathwayFixture.AgeAt;
import org.carepathway.rules.PathwayFixture.PlanSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SG-001 to SG-005 against SPEC section 3. */
class SafeguardingRulesTest {
    private static final Set<ProviderType> CARE_HOMES = EnumSet.of(ProviderType.CARE_HOME, ProviderType.NURSING_HOME);
    private static final Set<ProviderType> PLACEMENTS = EnumSet.of(ProviderType.CARE_HOME, ProviderType.NURSING_HOME,
            ProviderType.SUPPORTED_ACCOMMODATION);
    private static final Duration H24 = Duration.ofHours(24);
    private static final Duration H48 = Duration.ofHours(48);


    private static PathwayValidator withSetting(String name, String value) {
        return PathwayValidator.builder().setting(name, value).build();
    }

    private static SafeguardingConcern concern(String id, SafeguardingCategory category, String raisedBy,
            Instant raisedAt, String about, ConcernStatus status, Instant referredAt, Instant cqcNotifiedAt) {
        return new SafeguardingConcern(id, category, raisedBy, raisedAt, about, status, referredAt, cqcNotifiedAt);
    }

    static List<AgeAt> eighteenthBirthdays() {
        return PathwayFixture.eighteenthBirthdaysAround();
    }

    static List<PlanSpan> planSpans() {
        return PathwayFixture.planSpansAroundT();
    }

    // --- SG-001 -------------------------------------------------------------------------------------------------

    /** RR8 (acute hospital), LA1 (local authority) and CH1 (care home); an adult patient with dementia. */
    private static PathwayFixture adultWithNeeds() {
        return pathway()
                .needs(Need.DEMENTIA)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("LA1", ProviderType.LOCAL_AUTHORITY)
                .provider("CH1", ProviderType.CARE_HOME);
    }

    /** An OPEN NEGLECT concern sg1 about no provider, raised by {@code raisedBy} at {@code raisedAt}, not referred. */
    private static SafeguardingConcern openConcern(String raisedBy, Instant raisedAt) {
        return concern("sg1", SafeguardingCategory.NEGLECT, raisedBy, raisedAt, null, ConcernStatus.OPEN, null, null);
    }

    @Test
    void should_raise_SG_001_when_an_open_concern_is_not_referred_to_the_local_authority_within_24h() {
        // given
        Pathway p = adultWithNeeds().concern(openConcern("RR8", T)).build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24));

        // then
        expectAlert(report, "SG-001").severity(Severity.HIGH).category(Category.SAFEGUARDING)
                .transfer(null).plan(null).concern("sg1").provider("RR8")
                .noEvidence().messageNames("sg1");
    }

    @Test
    void should_not_raise_SG_001_one_second_before_24h_after_the_concern_was_raised() {
        // given
        Pathway p = adultWithNeeds().concern(openConcern("RR8", T)).build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24).minusSeconds(1));

        // then
        expectNoAlert(report, "SG-001");
    }

    @Test
    void should_not_raise_SG_001_when_the_concern_is_closed() {
        // given
        Pathway p = adultWithNeeds()
                .concern(concern("sg1", SafeguardingCategory.NEGLECT, "RR8", T, null, ConcernStatus.CLOSED, null, null))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "SG-001");
    }

    @Test
    void should_not_raise_SG_001_when_the_patient_has_no_needs() {
        // given
        Pathway p = adultWithNeeds().needs().concern(openConcern("RR8", T)).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "SG-001");
    }

    @ParameterizedTest
    @EnumSource(Need.class)
    void should_raise_SG_001_whatever_the_need(Need need) {
        // given
        Pathway p = adultWithNeeds().needs(need).concern(openConcern("RR8", T)).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlert(report, "SG-001").concern("sg1");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_SG_001_unless_raised_by_the_local_authority(ProviderType raisedBy) {
        // given
        Pathway p = pathway()
                .needs(Need.LEARNING_DISABILITY)
                .provider("X1", raisedBy)
                .concern(openConcern("X1", T))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "SG-001").extracting(Alert::providerId)
                .containsExactlyElementsOf(onlyIf(raisedBy != ProviderType.LOCAL_AUTHORITY, "X1"));
    }

    @ParameterizedTest
    @ValueSource(longs = {-86_400, -1, 0, 1, 3_600, 86_400, 86_401, 86_400 * 30})
    void should_not_raise_SG_001_when_referred_to_the_local_authority_whenever_it_was(long secondsAfterRaised) {
        // given referred before, at or after raisedAt, even after the as-of instant
        Pathway p = adultWithNeeds()
                .concern(concern("sg1", SafeguardingCategory.NEGLECT, "RR8", T, null, ConcernStatus.OPEN,
                        T.plusSeconds(secondsAfterRaised), null))
                .build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24).plusSeconds(3_600));

        // then
        expectNoAlert(report, "SG-001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eighteenthBirthdays")
    void should_raise_SG_001_only_when_the_patient_is_adult_at_raisedAt(AgeAt age) {
        // given raisedAt is the instant of the table
        Pathway p = adultWithNeeds().birthDate(age.birthDate()).concern(openConcern("RR8", age.at())).build();

        // when
        ValidationReport report = validateAt(p, age.at().plus(H24));

        // then
        expectAlertIf(age.adultAtX(), report, "SG-001");
    }

    @ParameterizedTest
    @EnumSource(SafeguardingCategory.class)
    void should_raise_SG_001_whatever_the_category(SafeguardingCategory category) {
        // given SELF_NEGLECT among them
        Pathway p = adultWithNeeds()
                .concern(concern("sg1", category, "CH1", T, null, ConcernStatus.OPEN, null, null))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlert(report, "SG-001").concern("sg1").provider("CH1");
    }

    @Test
    void should_raise_SG_001_once_per_open_concern_not_referred() {
        // given one referred, one closed, two neither
        Pathway p = adultWithNeeds()
                .concern(openConcern("RR8", T))
                .concern(concern("sg2", SafeguardingCategory.FINANCIAL, "CH1", T, null, ConcernStatus.OPEN, T, null))
                .concern(concern("sg3", SafeguardingCategory.PHYSICAL, "CH1", T, null, ConcernStatus.CLOSED, null,
                        null))
                .concern(concern("sg4", SafeguardingCategory.SEXUAL, "CH1", T.plusSeconds(3_600), "RR8",
                        ConcernStatus.OPEN, null, null))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "SG-001").extracting(a -> a.concernId() + "/" + a.providerId())
                .containsExactly("sg1/RR8", "sg4/CH1");
    }

    @Test
    void should_move_the_SG_001_window_with_the_safeguardingReferral_setting() {
        // given
        Pathway p = adultWithNeeds().concern(openConcern("RR8", T)).build();
        PathwayValidator validator = withSetting("safeguardingReferral", "PT48H");

        // when
        ValidationReport at24h = validator.validate(p, T.plus(H24));
        ValidationReport justBefore = validator.validate(p, T.plus(H48).minusSeconds(1));
        ValidationReport closed = validator.validate(p, T.plus(H48));

        // then
        expectNoAlert(at24h, "SG-001");
        expectNoAlert(justBefore, "SG-001");
        expectAlert(closed, "SG-001").concern("sg1");
    }

    // --- SG-002 -------------------------------------------------------------------------------------------------

    /** RR8 (acute hospital) and CH1 (care home) with CH1's CQC registration as given; no needs. */
    private static PathwayFixture careHomeRegistered(Boolean cqcRegistered) {
        return pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("CH1", ProviderType.CARE_HOME, cqcRegistered, 0);
    }

    /** A concern sg1 raised by RR8 at T about CH1, with the CQC not notified. */
    private static SafeguardingConcern concernAboutCareHome(SafeguardingCategory category, ConcernStatus status) {
        return concern("sg1", category, "RR8", T, "CH1", status, null, null);
    }

    @Test
    void should_raise_SG_002_when_the_cqc_is_not_notified_within_24h_of_a_concern_about_a_registered_provider() {
        // given
        Pathway p = careHomeRegistered(true)
                .concern(concernAboutCareHome(SafeguardingCategory.NEGLECT, ConcernStatus.OPEN))
                .build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24));

        // then
        expectAlert(report, "SG-002").severity(Severity.HIGH).category(Category.SAFEGUARDING)
                .transfer(null).plan(null).concern("sg1").provider("CH1")
                .noEvidence().messageNames("sg1");
    }

    @Test
    void should_not_raise_SG_002_one_second_before_24h_after_the_concern_was_raised() {
        // given
        Pathway p = careHomeRegistered(true)
                .concern(concernAboutCareHome(SafeguardingCategory.NEGLECT, ConcernStatus.OPEN))
                .build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24).minusSeconds(1));

        // then
        expectNoAlert(report, "SG-002");
    }

    @ParameterizedTest
    @EnumSource(SafeguardingCategory.class)
    void should_raise_SG_002_for_every_category_but_self_neglect(SafeguardingCategory category) {
        // given
        Pathway p = careHomeRegistered(true).concern(concernAboutCareHome(category, ConcernStatus.OPEN)).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "SG-002").extracting(Alert::concernId)
                .containsExactlyElementsOf(onlyIf(category != SafeguardingCategory.SELF_NEGLECT, "sg1"));
    }

    @ParameterizedTest
    @EnumSource(ConcernStatus.class)
    void should_raise_SG_002_whatever_the_status(ConcernStatus status) {
        // given
        Pathway p = careHomeRegistered(true)
                .concern(concernAboutCareHome(SafeguardingCategory.ORGANISATIONAL, status))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlert(report, "SG-002").concern("sg1").provider("CH1");
    }

    @Test
    void should_not_raise_SG_002_when_the_concern_is_about_no_provider() {
        // given
        Pathway p = careHomeRegistered(true)
                .concern(concern("sg1", SafeguardingCategory.NEGLECT, "CH1", T, null, ConcernStatus.OPEN, null, null))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "SG-002");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void should_not_raise_SG_002_when_the_provider_is_not_known_to_be_cqc_registered(Boolean cqcRegistered) {
        // given
        Pathway p = careHomeRegistered(cqcRegistered)
                .concern(concernAboutCareHome(SafeguardingCategory.NEGLECT, ConcernStatus.OPEN))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "SG-002");
    }

    @ParameterizedTest
    @ValueSource(longs = {-3_600, 0, 3_600, 86_400, 86_401, 86_400 * 30})
    void should_not_raise_SG_002_when_the_cqc_was_notified_whenever_it_was(long secondsAfterRaised) {
        // given notified before, at or after raisedAt, even after the as-of instant
        Pathway p = careHomeRegistered(true)
                .concern(concern("sg1", SafeguardingCategory.NEGLECT, "RR8", T, "CH1", ConcernStatus.OPEN, null,
                        T.plusSeconds(secondsAfterRaised)))
                .build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24).plusSeconds(3_600));

        // then
        expectNoAlert(report, "SG-002");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_SG_002_about_any_cqc_registered_provider(ProviderType about) {
        // given
        Pathway p = pathway()
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("X1", about, true, 0)
                .concern(concern("sg1", SafeguardingCategory.PHYSICAL, "RR8", T, "X1", ConcernStatus.OPEN, null, null))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlert(report, "SG-002").concern("sg1").provider("X1");
    }

    @Test
    void should_raise_SG_002_even_when_referred_to_the_local_authority() {
        // given referral is SG-001's business
        Pathway p = careHomeRegistered(true)
                .concern(concern("sg1", SafeguardingCategory.NEGLECT, "RR8", T, "CH1", ConcernStatus.OPEN, T, null))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlert(report, "SG-002").concern("sg1");
    }

    @Test
    void should_move_the_SG_002_window_with_the_cqcNotification_setting() {
        // given
        Pathway p = careHomeRegistered(true)
                .concern(concernAboutCareHome(SafeguardingCategory.NEGLECT, ConcernStatus.CLOSED))
                .build();
        PathwayValidator validator = withSetting("cqcNotification", "PT48H");

        // when
        ValidationReport at24h = validator.validate(p, T.plus(H24));
        ValidationReport justBefore = validator.validate(p, T.plus(H48).minusSeconds(1));
        ValidationReport closed = validator.validate(p, T.plus(H48));

        // then
        expectNoAlert(at24h, "SG-002");
        expectNoAlert(justBefore, "SG-002");
        expectAlert(closed, "SG-002").concern("sg1");
    }

    // --- SG-003 -------------------------------------------------------------------------------------------------

    /** A1 (another type) moves the patient to B1 ({@code to}, CQC registered, {@code openConcerns}): t1 at T. */
    private static Pathway transferTo(TransferKind kind, ProviderType to, int openConcerns) {
        return pathway()
                .provider("A1", otherThan(to))
                .provider("B1", to, true, openConcerns)
                .transfer("t1", kind, "A1", "B1", T)
                .build();
    }

    @Test
    void should_raise_SG_003_when_placed_with_a_provider_with_three_open_concerns() {
        // given
        Pathway p = transferTo(TransferKind.DISCHARGE, ProviderType.CARE_HOME, 3);

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "SG-003").severity(Severity.CRITICAL).category(Category.SAFEGUARDING)
                .transfer("t1").plan(null).concern(null).provider("B1")
                .noEvidence().messageNames("t1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"CARE_HOME", "NURSING_HOME", "SUPPORTED_ACCOMMODATION"})
    void should_not_raise_SG_003_when_the_placement_has_two_open_concerns(ProviderType to) {
        // given
        Pathway p = transferTo(TransferKind.DISCHARGE, to, 2);

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "SG-003");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"CARE_HOME", "NURSING_HOME", "SUPPORTED_ACCOMMODATION"})
    void should_raise_SG_003_when_the_placement_has_three_or_more_open_concerns(ProviderType to) {
        // given
        Pathway three = transferTo(TransferKind.DISCHARGE, to, 3);
        Pathway many = transferTo(TransferKind.DISCHARGE, to, 40);

        // when / then
        expectAlert(validate(three), "SG-003").transfer("t1").provider("B1");
        expectAlert(validate(many), "SG-003").transfer("t1").provider("B1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"CARE_HOME", "NURSING_HOME", "SUPPORTED_ACCOMMODATION"})
    void should_not_raise_SG_003_for_a_receiver_that_is_not_a_placement(ProviderType to) {
        // given
        Pathway p = transferTo(TransferKind.TRANSFER, to, 10);

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "SG-003");
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_SG_003_for_every_transfer_kind(TransferKind kind) {
        // given
        Pathway p = transferTo(kind, ProviderType.NURSING_HOME, 3);

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "SG-003").transfer("t1").provider("B1");
    }

    @Test
    void should_not_raise_SG_003_when_only_the_sender_has_open_concerns() {
        // given
        Pathway p = pathway()
                .provider("CH1", ProviderType.CARE_HOME, true, 5)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL, true, 5)
                .transfer("t1", TransferKind.ADMISSION, "CH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "SG-003");
    }

    @Test
    void should_move_the_SG_003_threshold_with_the_providerConcernThreshold_setting() {
        // given
        PathwayValidator two = withSetting("providerConcernThreshold", "2");
        PathwayValidator four = withSetting("providerConcernThreshold", "4");
        Instant asOf = PathwayFixture.AS_OF;

        // when / then
        expectNoAlert(two.validate(transferTo(TransferKind.DISCHARGE, ProviderType.CARE_HOME, 1), asOf), "SG-003");
        expectAlert(two.validate(transferTo(TransferKind.DISCHARGE, ProviderType.CARE_HOME, 2), asOf), "SG-003")
                .transfer("t1");
        expectNoAlert(four.validate(transferTo(TransferKind.DISCHARGE, ProviderType.CARE_HOME, 3), asOf), "SG-003");
        expectAlert(four.validate(transferTo(TransferKind.DISCHARGE, ProviderType.CARE_HOME, 4), asOf), "SG-003")
                .transfer("t1");
    }

    // --- SG-004 -------------------------------------------------------------------------------------------------

    /** A1 (another type) moves the patient to B1 ({@code to}, CQC registration as given, no concerns): t1 at T. */
    private static Pathway transferToRegistered(TransferKind kind, ProviderType to, Boolean cqcRegistered) {
        return pathway()
                .provider("A1", otherThan(to))
                .provider("B1", to, cqcRegistered, 0)
                .transfer("t1", kind, "A1", "B1", T)
                .build();
    }

    @Test
    void should_raise_SG_004_when_placed_in_a_care_home_not_registered_with_the_cqc() {
        // given
        Pathway p = transferToRegistered(TransferKind.DISCHARGE, ProviderType.CARE_HOME, false);

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "SG-004").severity(Severity.CRITICAL).category(Category.SAFEGUARDING)
                .transfer("t1").plan(null).concern(null).provider("B1")
                .noEvidence().messageNames("t1");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = true)
    void should_not_raise_SG_004_when_the_care_home_is_registered_or_not_known(Boolean cqcRegistered) {
        // given absent registration is never read as "not registered"
        Pathway p = transferToRegistered(TransferKind.DISCHARGE, ProviderType.NURSING_HOME, cqcRegistered);

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "SG-004");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_SG_004_only_for_an_unregistered_care_home(ProviderType to) {
        // given SUPPORTED_ACCOMMODATION and DOMICILIARY_CARE among the receivers that raise nothing
        Pathway p = transferToRegistered(TransferKind.TRANSFER, to, false);

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "SG-004").extracting(Alert::transferId)
                .containsExactlyElementsOf(onlyIf(CARE_HOMES.contains(to), "t1"));
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_SG_004_for_every_transfer_kind(TransferKind kind) {
        // given
        Pathway p = transferToRegistered(kind, ProviderType.NURSING_HOME, false);

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "SG-004").transfer("t1").provider("B1");
    }

    // --- SG-005 -------------------------------------------------------------------------------------------------

    /**
     * A patient needing personal care; RR8 (acute hospital), SA1 (supported accommodation, CQC registration as
     * given), DOM1 (domiciliary care, CQC registered) and CMH (community mental health, CQC registered).
     */
    private static PathwayFixture supportedAccommodation(Boolean cqcRegistered) {
        return pathway()
                .needs(Need.PERSONAL_CARE)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("SA1", ProviderType.SUPPORTED_ACCOMMODATION, cqcRegistered, 0)
                .provider("DOM1", ProviderType.DOMICILIARY_CARE, true, 0)
                .provider("CMH", ProviderType.COMMUNITY_MENTAL_HEALTH, true, 0);
    }

    /** {@link #supportedAccommodation(Boolean)} unregistered, and RR8 discharges the patient to SA1: t1 at T. */
    private static PathwayFixture dischargeToSupportedAccommodation() {
        return supportedAccommodation(false).transfer("t1", TransferKind.DISCHARGE, "RR8", "SA1", T);
    }

    @Test
    void should_raise_SG_005_when_discharged_to_unregistered_supported_accommodation_needing_personal_care() {
        // given
        Pathway p = dischargeToSupportedAccommodation().build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "SG-005").severity(Severity.HIGH).category(Category.SAFEGUARDING)
                .transfer("t1").plan(null).concern(null).provider("SA1")
                .noEvidence().messageNames("t1");
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void should_raise_SG_005_for_a_discharge_or_transfer_but_not_an_admission(TransferKind kind) {
        // given
        Pathway p = supportedAccommodation(false).transfer("t1", kind, "RR8", "SA1", T).build();

        // when
        ValidationReport report = validate(p);

        // then
        alertsOf(report, "SG-005").extracting(Alert::transferId)
                .containsExactlyElementsOf(onlyIf(kind != TransferKind.ADMISSION, "t1"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = {false, true})
    void should_raise_SG_005_unless_the_accommodation_is_cqc_registered(Boolean cqcRegistered) {
        // given
        Pathway p = supportedAccommodation(cqcRegistered)
                .transfer("t1", TransferKind.TRANSFER, "RR8", "SA1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlertIf(!Boolean.TRUE.equals(cqcRegistered), report, "SG-005");
    }

    @ParameterizedTest
    @EnumSource(value = Need.class, mode = EnumSource.Mode.EXCLUDE, names = "PERSONAL_CARE")
    void should_not_raise_SG_005_when_needs_do_not_include_personal_care(Need need) {
        // given
        Pathway p = dischargeToSupportedAccommodation().needs(need).build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "SG-005");
    }

    @Test
    void should_not_raise_SG_005_when_no_needs_are_recorded() {
        // given
        Pathway p = dischargeToSupportedAccommodation().needs().build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "SG-005");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE, names = "SUPPORTED_ACCOMMODATION")
    void should_not_raise_SG_005_for_a_receiver_that_is_not_supported_accommodation(ProviderType to) {
        // given an unregistered receiver
        Pathway p = pathway()
                .needs(Need.PERSONAL_CARE)
                .provider("A1", otherThan(to))
                .provider("B1", to, false, 0)
                .transfer("t1", TransferKind.DISCHARGE, "A1", "B1", T)
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "SG-005");
    }

    @ParameterizedTest
    @EnumSource(CarePlanType.class)
    void should_not_raise_SG_005_when_a_plan_in_force_is_owned_by_registered_domiciliary_care(CarePlanType type) {
        // given
        Pathway p = dischargeToSupportedAccommodation().activePlan("cp1", type, "DOM1").build();

        // when
        ValidationReport report = validate(p);

        // then
        expectNoAlert(report, "SG-005");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void should_raise_SG_005_when_the_domiciliary_care_owner_is_not_known_to_be_registered(Boolean cqcRegistered) {
        // given
        Pathway p = dischargeToSupportedAccommodation()
                .provider("DOM2", ProviderType.DOMICILIARY_CARE, cqcRegistered, 0)
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "DOM2")
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "SG-005").transfer("t1").provider("SA1");
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, mode = EnumSource.Mode.EXCLUDE, names = "DOMICILIARY_CARE")
    void should_raise_SG_005_when_the_plan_owner_is_not_domiciliary_care(ProviderType owner) {
        // given a CQC registered owner of another type, SUPPORTED_ACCOMMODATION and CARE_HOME among them
        Pathway p = dischargeToSupportedAccommodation()
                .provider("OWN1", owner, true, 0)
                .activePlan("cp1", CarePlanType.CARE_AND_SUPPORT, "OWN1")
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlert(report, "SG-005").transfer("t1").provider("SA1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_SG_005_exactly_when_no_domiciliary_care_plan_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = dischargeToSupportedAccommodation()
                .completePlan("cp1", CarePlanType.CARE_AND_SUPPORT, span.status(), "DOM1", span.created(),
                        span.ended())
                .build();

        // when
        ValidationReport report = validate(p);

        // then
        expectAlertIf(!span.inForceAtT(), report, "SG-005");
    }

    @Test
    void should_raise_SG_005_once_per_transfer_to_unregistered_supported_accommodation() {
        // given a later transfer from the accommodation to hospital, then back
        Instant later = T.plusSeconds(86_400 * 10);
        Pathway p = dischargeToSupportedAccommodation()
                .transfer("t2", TransferKind.ADMISSION, "SA1", "RR8", later)
                .transfer("t3", TransferKind.DISCHARGE, "RR8", "SA1", later.plusSeconds(86_400))
                .birthDate(LocalDate.of(1940, 5, 5))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "SG-005").extracting(Alert::transferId).containsExactly("t1", "t3");
    }
}
