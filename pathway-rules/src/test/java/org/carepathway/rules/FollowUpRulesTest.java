package org.carepathway.rules;

import static org.carepathway.rules.AlertExpectations.alertsOf;
import static org.carepathway.rules.AlertExpectations.expectAlert;
import static org.carepathway.rules.AlertExpectations.expectAlertIf;
import static org.carepathway.rules.AlertExpectations.expectNoAlert;
import static org.carepathway.rules.AlertExpectations.onlyIf;
import static org.carepathway.rules.PathwayFixture.LATER;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.dischargeHome;
import static org.carepathway.rules.PathwayFixture.dischargeProviders;
import static org.carepathway.rules.PathwayFixture.dischargedFrom;
import static org.carepathway.rules.PathwayFixture.pathway;
import static org.carepathway.rules.PathwayFixture.validateAt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Communication;
import org.carepathway.model.CommunicationType;
import org.carepathway.model.Contact;
import org.carepathway.model.ContactKind;
import org.carepathway.model.Pathway;
import org.carepathway.model.ProviderType;
import org.carepathway.model.TransferKind;
import org.carepathway.rules.PathwayFixture.AgeAt;
import org.carepathway.rules.PathwayFixture.PlanSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** FU-001 to FU-004 against SPEC section 3: windows, on-time contacts and communications, death, adult at t. */
class FollowUpRulesTest {
    private static final Set<ProviderType> HOSPITALS =
            EnumSet.of(ProviderType.ACUTE_HOSPITAL, ProviderType.MENTAL_HEALTH_HOSPITAL);
    private static final Duration H24 = Duration.ofHours(24);
    private static final Duration H48 = Duration.ofHours(48);
    private static final Duration H72 = Duration.ofHours(72);
    private static final Instant LONG_AGO = T.minusSeconds(86_400 * 30);


    private static PathwayValidator withSetting(String name, String value) {
        return PathwayValidator.builder().setting(name, value).build();
    }

    private static Contact contact(String provider, Instant at, ContactKind kind) {
        return new Contact(null, provider, at, kind);
    }

    private static Contact followUp(String provider, Instant at) {
        return contact(provider, at, ContactKind.FOLLOW_UP);
    }

    private static Communication sent(CommunicationType type, String from, String to, Instant sentAt, String about,
            String carePlan) {
        return new Communication(null, type, from, to, sentAt, about, carePlan);
    }

    /** A contact of some kind at some instant, and whether the follow-up rule is then still raised. */
    record ContactCase(String label, ContactKind kind, Instant at, boolean raised) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Both sides of "on time" ({@code t < at <= t + window}), and contact kinds that never count. */
    private static List<ContactCase> contactsAround(Duration window) {
        Instant closes = T.plus(window);
        return List.of(
                new ContactCase("FOLLOW_UP at t is not on time", ContactKind.FOLLOW_UP, T, true),
                new ContactCase("FOLLOW_UP at t + 1s is on time", ContactKind.FOLLOW_UP, T.plusSeconds(1), false),
                new ContactCase("FOLLOW_UP at t + window is on time", ContactKind.FOLLOW_UP, closes, false),
                new ContactCase("FOLLOW_UP at t + window + 1s is late", ContactKind.FOLLOW_UP, closes.plusSeconds(1),
                        true),
                new ContactCase("FOLLOW_UP a day before t is not on time", ContactKind.FOLLOW_UP,
                        T.minusSeconds(86_400), true),
                new ContactCase("REVIEW at t + 1h does not count", ContactKind.REVIEW, T.plusSeconds(3_600), true),
                new ContactCase("OTHER at t + 1h does not count", ContactKind.OTHER, T.plusSeconds(3_600), true),
                new ContactCase("REVIEW at t + window does not count", ContactKind.REVIEW, closes, true));
    }

    static List<ContactCase> contactsAroundFu001() {
        return contactsAround(H48);
    }

    static List<ContactCase> contactsAroundFu002() {
        return contactsAround(H72);
    }

    /** A date of death, and whether a follow-up rule with that window is still raised. */
    record DeathCase(String label, Instant diedAt, boolean raised) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Both sides of "died on or before t + window", and a death before t. */
    private static List<DeathCase> deathsAround(Duration window) {
        Instant closes = T.plus(window);
        return List.of(
                new DeathCase("died at t + window", closes, false),
                new DeathCase("died at t + window + 1s", closes.plusSeconds(1), true),
                new DeathCase("died at t + window - 1s", closes.minusSeconds(1), false),
                new DeathCase("died at t", T, false),
                new DeathCase("died a day before t", T.minusSeconds(86_400), false),
                new DeathCase("died long after the window", LATER.minusSeconds(86_400), true));
    }

    static List<DeathCase> deathsAroundFu001() {
        return deathsAround(H48);
    }

    static List<DeathCase> deathsAroundFu002() {
        return deathsAround(H72);
    }

    static List<DeathCase> deathsAround24h() {
        return deathsAround(H24);
    }

    static List<AgeAt> eighteenthBirthdays() {
        return PathwayFixture.eighteenthBirthdaysAround();
    }

    static List<PlanSpan> planSpans() {
        return PathwayFixture.planSpansAroundT();
    }

    // --- FU-001 -------------------------------------------------------------------------------------------------

    /** MH1 discharges a patient at suicide risk to HOME: transfer t1 at T, no contacts. */
    private static PathwayFixture suicideRiskDischarge() {
        return dischargeHome("MH1").suicideRisk();
    }

    @Test
    void should_raise_FU_001_when_no_follow_up_within_48h_of_a_suicide_risk_discharge() {
        // given
        Pathway p = suicideRiskDischarge().build();

        // when
        ValidationReport report = validateAt(p, T.plus(H48));

        // then
        expectAlert(report, "FU-001").severity(Severity.CRITICAL).category(Category.FOLLOW_UP)
                .transfer("t1").plan(null).concern(null).provider("MH1")
                .noEvidence().messageNames("t1");
    }

    @Test
    void should_not_raise_FU_001_when_no_suicide_risk_is_recorded() {
        // given
        Pathway p = dischargeHome("MH1").build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-001");
    }

    @Test
    void should_not_raise_FU_001_one_second_before_the_48h_window_closes() {
        // given
        Pathway p = suicideRiskDischarge().build();

        // when
        ValidationReport report = validateAt(p, T.plus(H48).minusSeconds(1));

        // then
        expectNoAlert(report, "FU-001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contactsAroundFu001")
    void should_raise_FU_001_exactly_when_no_follow_up_contact_is_on_time(ContactCase c) {
        // given
        Pathway p = suicideRiskDischarge().contact(contact("CMH", c.at(), c.kind())).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlertIf(c.raised(), report, "FU-001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MH1", "RR8", "HOME", "CMH", "GP1"})
    void should_not_raise_FU_001_when_any_provider_follows_up_on_time(String provider) {
        // given
        Pathway p = suicideRiskDischarge().contact(followUp(provider, T.plusSeconds(3_600))).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deathsAroundFu001")
    void should_not_raise_FU_001_when_the_patient_died_on_or_before_t_plus_48h(DeathCase death) {
        // given
        Pathway p = suicideRiskDischarge().diedAt(death.diedAt()).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlertIf(death.raised(), report, "FU-001");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_FU_001_only_when_discharged_from_a_mental_health_hospital(ProviderType from) {
        // given ACUTE_HOSPITAL among the senders that raise nothing
        Pathway p = dischargedFrom(from).suicideRisk().build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "FU-001").extracting(Alert::providerId)
                .containsExactlyElementsOf(onlyIf(from == ProviderType.MENTAL_HEALTH_HOSPITAL, "A1"));
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_FU_001_whatever_the_receiver(ProviderType to) {
        // given hospitals among the receivers: FU-001 names no receiver
        Pathway p = pathway()
                .suicideRisk()
                .transferT1(TransferKind.DISCHARGE, "MH1", ProviderType.MENTAL_HEALTH_HOSPITAL, "B1", to)
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "FU-001").extracting(Alert::transferId).containsExactly("t1");
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_FU_001_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = dischargeProviders().suicideRisk().transfer("t1", kind, "MH1", "RR8", T).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-001");
    }

    @Test
    void should_raise_FU_001_for_a_child_at_suicide_risk() {
        // given 17 at t: FU-001 has no age condition
        Pathway p = suicideRiskDischarge().birthDate(LocalDate.of(2010, 1, 1)).build();

        // when
        ValidationReport report = validateAt(p, T.plus(H48));

        // then
        expectAlert(report, "FU-001").transfer("t1");
    }

    @Test
    void should_move_the_FU_001_window_with_the_suicideRiskFollowUp_setting() {
        // given
        Pathway p = suicideRiskDischarge().build();
        PathwayValidator validator = withSetting("suicideRiskFollowUp", "PT24H");

        // when
        ValidationReport justBefore = validator.validate(p, T.plus(H24).minusSeconds(1));
        ValidationReport closed = validator.validate(p, T.plus(H24));
        ValidationReport byDefault = validateAt(p, T.plus(H24));

        // then
        expectNoAlert(justBefore, "FU-001");
        expectAlert(closed, "FU-001").transfer("t1");
        expectNoAlert(byDefault, "FU-001");
    }

    @Test
    void should_judge_FU_001_contacts_and_death_against_the_suicideRiskFollowUp_setting() {
        // given on time and alive at t + 48h, late and alive at t + 24h
        Pathway contactAt30h = suicideRiskDischarge().contact(followUp("CMH", T.plusSeconds(30 * 3_600))).build();
        Pathway diedAt30h = suicideRiskDischarge().diedAt(T.plusSeconds(30 * 3_600)).build();
        PathwayValidator validator = withSetting("suicideRiskFollowUp", "PT24H");

        // when / then
        expectAlert(validator.validate(contactAt30h, LATER), "FU-001").transfer("t1");
        expectNoAlert(validateAt(contactAt30h, LATER), "FU-001");
        expectAlert(validator.validate(diedAt30h, LATER), "FU-001").transfer("t1");
        expectNoAlert(validateAt(diedAt30h, LATER), "FU-001");
    }

    // --- FU-002 -------------------------------------------------------------------------------------------------

    @Test
    void should_raise_FU_002_when_no_follow_up_within_72h_of_an_adult_mental_health_discharge() {
        // given an adult with no suicide risk
        Pathway p = dischargeHome("MH1").build();

        // when
        ValidationReport report = validateAt(p, T.plus(H72));

        // then
        expectAlert(report, "FU-002").severity(Severity.HIGH).category(Category.FOLLOW_UP)
                .transfer("t1").plan(null).concern(null).provider("MH1")
                .noEvidence().messageNames("t1");
    }

    @Test
    void should_not_raise_FU_002_one_second_before_the_72h_window_closes() {
        // given
        Pathway p = dischargeHome("MH1").build();

        // when
        ValidationReport report = validateAt(p, T.plus(H72).minusSeconds(1));

        // then
        expectNoAlert(report, "FU-002");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contactsAroundFu002")
    void should_raise_FU_002_exactly_when_no_follow_up_contact_is_on_time(ContactCase c) {
        // given
        Pathway p = dischargeHome("MH1").contact(contact("CMH", c.at(), c.kind())).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlertIf(c.raised(), report, "FU-002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MH1", "RR8", "HOME", "CMH", "GP1"})
    void should_not_raise_FU_002_when_any_provider_follows_up_on_time(String provider) {
        // given a late contact and an on-time one
        Pathway p = dischargeHome("MH1")
                .contact(followUp("CMH", T.plus(H72).plusSeconds(1)))
                .contact(followUp(provider, T.plus(H72)))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-002");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deathsAroundFu002")
    void should_not_raise_FU_002_when_the_patient_died_on_or_before_t_plus_72h(DeathCase death) {
        // given
        Pathway p = dischargeHome("MH1").diedAt(death.diedAt()).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlertIf(death.raised(), report, "FU-002");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eighteenthBirthdays")
    void should_raise_FU_002_only_when_the_patient_is_adult_at_t(AgeAt age) {
        // given t is the instant of the table
        Pathway p = dischargeProviders()
                .birthDate(age.birthDate())
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", age.at())
                .build();

        // when
        ValidationReport report = validateAt(p, age.at().plus(H72));

        // then
        expectAlertIf(age.adultAtX(), report, "FU-002");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_FU_002_only_when_discharged_to_a_provider_not_in_hospital(ProviderType to) {
        // given both HOSPITAL types among the receivers that raise nothing
        Pathway p = pathway()
                .transferT1(TransferKind.DISCHARGE, "MH1", ProviderType.MENTAL_HEALTH_HOSPITAL, "B1", to)
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "FU-002").extracting(Alert::transferId)
                .containsExactlyElementsOf(onlyIf(!HOSPITALS.contains(to), "t1"));
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_FU_002_only_when_discharged_from_a_mental_health_hospital(ProviderType from) {
        // given ACUTE_HOSPITAL among the senders that raise nothing
        Pathway p = dischargedFrom(from).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "FU-002").extracting(Alert::providerId)
                .containsExactlyElementsOf(onlyIf(from == ProviderType.MENTAL_HEALTH_HOSPITAL, "A1"));
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_FU_002_for_anything_but_a_discharge(TransferKind kind) {
        // given to a provider not in hospital
        Pathway p = dischargeProviders().transfer("t1", kind, "MH1", "CMH", T).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-002");
    }

    @Test
    void should_raise_FU_002_once_per_discharge_without_follow_up() {
        // given two discharges a week apart; only the second is followed up
        Instant t2 = T.plusSeconds(86_400 * 7);
        Pathway p = dischargeHome("MH1")
                .transfer("t0", TransferKind.ADMISSION, "HOME", "MH1", T.plusSeconds(86_400 * 3))
                .transfer("t2", TransferKind.DISCHARGE, "MH1", "HOME", t2)
                .contact(followUp("CMH", t2.plusSeconds(3_600)))
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "FU-002").extracting(Alert::transferId).containsExactly("t1");
    }

    @Test
    void should_move_the_FU_002_window_with_the_mentalHealthFollowUp_setting() {
        // given
        Pathway p = dischargeHome("MH1").build();
        PathwayValidator validator = withSetting("mentalHealthFollowUp", "PT96H");

        // when
        ValidationReport at72h = validator.validate(p, T.plus(H72));
        ValidationReport justBefore = validator.validate(p, T.plus(Duration.ofHours(96)).minusSeconds(1));
        ValidationReport closed = validator.validate(p, T.plus(Duration.ofHours(96)));

        // then
        expectNoAlert(at72h, "FU-002");
        expectNoAlert(justBefore, "FU-002");
        expectAlert(closed, "FU-002").transfer("t1");
    }

    @Test
    void should_judge_FU_002_contacts_and_death_against_the_mentalHealthFollowUp_setting() {
        // given late and alive at t + 72h, on time and dead by t + 96h
        Pathway contactAt80h = dischargeHome("MH1").contact(followUp("CMH", T.plusSeconds(80 * 3_600))).build();
        Pathway diedAt80h = dischargeHome("MH1").diedAt(T.plusSeconds(80 * 3_600)).build();
        PathwayValidator validator = withSetting("mentalHealthFollowUp", "PT96H");

        // when / then
        expectNoAlert(validator.validate(contactAt80h, LATER), "FU-002");
        expectAlert(validateAt(contactAt80h, LATER), "FU-002").transfer("t1");
        expectNoAlert(validator.validate(diedAt80h, LATER), "FU-002");
        expectAlert(validateAt(diedAt80h, LATER), "FU-002").transfer("t1");
    }

    // --- FU-003 -------------------------------------------------------------------------------------------------

    /**
     * {@link #dischargeProviders()}, GP1 the registered GP, t0 an admission to RR8 five days before T, and t1 the discharge
     * from {@code from} to HOME at T.
     */
    private static PathwayFixture dischargeWithGp(String from) {
        return dischargeProviders()
                .registeredGp("GP1")
                .transfer("t0", TransferKind.ADMISSION, "HOME", from, T.minusSeconds(86_400 * 5))
                .transfer("t1", TransferKind.DISCHARGE, from, "HOME", T);
    }

    @Test
    void should_raise_FU_003_when_no_discharge_summary_reached_the_gp_within_24h() {
        // given
        Pathway p = dischargeWithGp("RR8").build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24));

        // then
        expectAlert(report, "FU-003").severity(Severity.MEDIUM).category(Category.FOLLOW_UP)
                .transfer("t1").plan(null).concern(null).provider("RR8")
                .noEvidence().messageNames("t1");
    }

    @Test
    void should_not_raise_FU_003_one_second_before_the_24h_window_closes() {
        // given
        Pathway p = dischargeWithGp("RR8").build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24).minusSeconds(1));

        // then
        expectNoAlert(report, "FU-003");
    }

    @Test
    void should_not_raise_FU_003_when_the_patient_has_no_registered_gp() {
        // given
        Pathway p = dischargeHome("RR8").build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-003");
    }

    /** A communication, and whether FU-003 (or FU-004) is then still raised. */
    record CommunicationCase(String label, Communication communication, boolean raised) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<CommunicationCase> dischargeSummaries() {
        CommunicationType ds = CommunicationType.DISCHARGE_SUMMARY;
        Instant closes = T.plus(H24);
        return List.of(
                new CommunicationCase("about t1, sent at t + 1h", sent(ds, "RR8", "GP1", T.plusSeconds(3_600), "t1",
                        null), false),
                new CommunicationCase("about t1, sent a day before t", sent(ds, "RR8", "GP1", T.minusSeconds(86_400),
                        "t1", null), false),
                new CommunicationCase("about t1, sent at t", sent(ds, "RR8", "GP1", T, "t1", null), false),
                new CommunicationCase("about t1, sent at t + 24h", sent(ds, "RR8", "GP1", closes, "t1", null), false),
                new CommunicationCase("about t1, sent at t + 24h + 1s", sent(ds, "RR8", "GP1", closes.plusSeconds(1),
                        "t1", null), true),
                new CommunicationCase("about absent, sent at t", sent(ds, "RR8", "GP1", T, null, null), false),
                new CommunicationCase("about absent, sent at t - 1s", sent(ds, "RR8", "GP1", T.minusSeconds(1), null,
                        null), true),
                new CommunicationCase("about absent, sent at t + 24h", sent(ds, "RR8", "GP1", closes, null, null),
                        false),
                new CommunicationCase("about absent, sent at t + 24h + 1s", sent(ds, "RR8", "GP1",
                        closes.plusSeconds(1), null, null), true),
                new CommunicationCase("about another transfer, sent at t + 1h", sent(ds, "RR8", "GP1",
                        T.plusSeconds(3_600), "t0", null), true),
                new CommunicationCase("about t1, to another GP practice", sent(ds, "RR8", "GP2",
                        T.plusSeconds(3_600), "t1", null), true),
                new CommunicationCase("about t1, to community mental health", sent(ds, "RR8", "CMH",
                        T.plusSeconds(3_600), "t1", null), true),
                new CommunicationCase("about t1, sent by another provider", sent(ds, "CMH", "GP1",
                        T.plusSeconds(3_600), "t1", null), false),
                new CommunicationCase("CARE_PLAN about t1", sent(CommunicationType.CARE_PLAN, "RR8", "GP1",
                        T.plusSeconds(3_600), "t1", null), true),
                new CommunicationCase("REFERRAL about t1", sent(CommunicationType.REFERRAL, "RR8", "GP1",
                        T.plusSeconds(3_600), "t1", null), true),
                new CommunicationCase("OTHER about t1", sent(CommunicationType.OTHER, "RR8", "GP1",
                        T.plusSeconds(3_600), "t1", null), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dischargeSummaries")
    void should_raise_FU_003_exactly_when_no_discharge_summary_counts_and_is_on_time(CommunicationCase c) {
        // given
        Pathway p = dischargeWithGp("RR8").communication(c.communication()).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlertIf(c.raised(), report, "FU-003");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deathsAround24h")
    void should_not_raise_FU_003_when_the_patient_died_on_or_before_t_plus_24h(DeathCase death) {
        // given
        Pathway p = dischargeWithGp("RR8").diedAt(death.diedAt()).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlertIf(death.raised(), report, "FU-003");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_FU_003_only_when_discharged_from_hospital(ProviderType from) {
        // given both HOSPITAL types among the senders
        Pathway p = dischargedFrom(from)
                .provider("GP1", ProviderType.GP_PRACTICE)
                .registeredGp("GP1")
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "FU-003").extracting(Alert::providerId)
                .containsExactlyElementsOf(onlyIf(HOSPITALS.contains(from), "A1"));
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_FU_003_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = dischargeProviders().registeredGp("GP1").transfer("t1", kind, "RR8", "MH1", T).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-003");
    }

    @Test
    void should_move_the_FU_003_window_with_the_dischargeSummaryToGp_setting() {
        // given
        Pathway p = dischargeWithGp("MH1").build();
        PathwayValidator validator = withSetting("dischargeSummaryToGp", "PT48H");

        // when
        ValidationReport at24h = validator.validate(p, T.plus(H24));
        ValidationReport justBefore = validator.validate(p, T.plus(H48).minusSeconds(1));
        ValidationReport closed = validator.validate(p, T.plus(H48));

        // then
        expectNoAlert(at24h, "FU-003");
        expectNoAlert(justBefore, "FU-003");
        expectAlert(closed, "FU-003").transfer("t1").provider("MH1");
    }

    @Test
    void should_judge_FU_003_summaries_on_time_against_the_dischargeSummaryToGp_setting() {
        // given a summary late by the default, on time by 48h
        Pathway p = dischargeWithGp("RR8")
                .communication(sent(CommunicationType.DISCHARGE_SUMMARY, "RR8", "GP1", T.plusSeconds(30 * 3_600),
                        "t1", null))
                .build();

        // when
        ValidationReport byDefault = validateAt(p, LATER);
        ValidationReport with48h = withSetting("dischargeSummaryToGp", "PT48H").validate(p, LATER);

        // then
        expectAlert(byDefault, "FU-003").transfer("t1");
        expectNoAlert(with48h, "FU-003");
    }

    // --- FU-004 -------------------------------------------------------------------------------------------------

    /**
     * {@link #dischargeProviders()}, GP1 the registered GP, cp1 (MENTAL_HEALTH) and cp2 (CARE_AND_SUPPORT) in force and
     * owned by CMH, shared with no one, and t1 the discharge from MH1 to HOME at T.
     */
    private static PathwayFixture mentalHealthDischargeWithGp() {
        return dischargeProviders()
                .registeredGp("GP1")
                .activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH")
                .activePlan("cp2", CarePlanType.CARE_AND_SUPPORT, "CMH")
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T);
    }

    @Test
    void should_raise_FU_004_when_the_mental_health_plan_did_not_reach_the_gp_within_24h() {
        // given
        Pathway p = mentalHealthDischargeWithGp().build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24));

        // then
        expectAlert(report, "FU-004").severity(Severity.HIGH).category(Category.FOLLOW_UP)
                .transfer("t1").plan("cp1").concern(null).provider("MH1")
                .noEvidence().messageNames("t1", "cp1");
    }

    @Test
    void should_not_raise_FU_004_one_second_before_the_24h_window_closes() {
        // given
        Pathway p = mentalHealthDischargeWithGp().build();

        // when
        ValidationReport report = validateAt(p, T.plus(H24).minusSeconds(1));

        // then
        expectNoAlert(report, "FU-004");
    }

    @Test
    void should_not_raise_FU_004_when_the_plan_is_shared_with_the_gp() {
        // given
        Pathway p = dischargeProviders()
                .registeredGp("GP1")
                .activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH", "HOME", "GP1")
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-004");
    }

    @Test
    void should_raise_FU_004_when_the_plan_is_shared_with_others_but_not_the_gp() {
        // given
        Pathway p = dischargeProviders()
                .registeredGp("GP1")
                .activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH", "HOME", "GP2", "MH1")
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlert(report, "FU-004").transfer("t1").plan("cp1");
    }

    @Test
    void should_not_raise_FU_004_when_the_patient_has_no_registered_gp() {
        // given
        Pathway p = dischargeHome("MH1").activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH").build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-004");
    }

    @Test
    void should_raise_FU_004_once_per_mental_health_plan_in_force() {
        // given two mental health plans and a care and support plan, none shared with the GP
        Pathway p = mentalHealthDischargeWithGp().activePlan("cp3", CarePlanType.MENTAL_HEALTH, "MH1").build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "FU-004").extracting(a -> a.transferId() + "/" + a.carePlanId() + "/" + a.providerId())
                .containsExactly("t1/cp1/MH1", "t1/cp3/MH1");
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanType.class, mode = EnumSource.Mode.EXCLUDE, names = "MENTAL_HEALTH")
    void should_not_raise_FU_004_for_plans_of_other_types(CarePlanType type) {
        // given
        Pathway p = dischargeProviders()
                .registeredGp("GP1")
                .activePlan("cp1", type, "CMH")
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-004");
    }

    static List<CommunicationCase> carePlansToGp() {
        CommunicationType cp = CommunicationType.CARE_PLAN;
        Instant closes = T.plus(H24);
        return List.of(
                new CommunicationCase("cp1, sent at t + 1h", sent(cp, "MH1", "GP1", T.plusSeconds(3_600), null, "cp1"),
                        false),
                new CommunicationCase("plan absent, sent at t + 1h", sent(cp, "MH1", "GP1", T.plusSeconds(3_600), null,
                        null), false),
                new CommunicationCase("cp1, sent at t + 24h", sent(cp, "MH1", "GP1", closes, null, "cp1"), false),
                new CommunicationCase("cp1, sent at t + 24h + 1s", sent(cp, "MH1", "GP1", closes.plusSeconds(1), null,
                        "cp1"), true),
                new CommunicationCase("plan absent, sent at t + 24h + 1s", sent(cp, "MH1", "GP1",
                        closes.plusSeconds(1), null, null), true),
                new CommunicationCase("cp1, sent 30 days before t", sent(cp, "CMH", "GP1", LONG_AGO, null, "cp1"),
                        false),
                new CommunicationCase("plan absent, sent 30 days before t", sent(cp, "CMH", "GP1", LONG_AGO, null,
                        null), false),
                new CommunicationCase("cp1, sent at t", sent(cp, "MH1", "GP1", T, null, "cp1"), false),
                new CommunicationCase("another plan (cp2), sent at t + 1h", sent(cp, "MH1", "GP1",
                        T.plusSeconds(3_600), null, "cp2"), true),
                new CommunicationCase("cp1, to another GP practice", sent(cp, "MH1", "GP2", T.plusSeconds(3_600),
                        null, "cp1"), true),
                new CommunicationCase("cp1, to community mental health", sent(cp, "MH1", "CMH", T.plusSeconds(3_600),
                        null, "cp1"), true),
                new CommunicationCase("DISCHARGE_SUMMARY carrying cp1", sent(CommunicationType.DISCHARGE_SUMMARY,
                        "MH1", "GP1", T.plusSeconds(3_600), "t1", "cp1"), true),
                new CommunicationCase("REFERRAL carrying cp1", sent(CommunicationType.REFERRAL, "MH1", "GP1",
                        T.plusSeconds(3_600), null, "cp1"), true),
                new CommunicationCase("OTHER carrying cp1", sent(CommunicationType.OTHER, "MH1", "GP1",
                        T.plusSeconds(3_600), null, "cp1"), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carePlansToGp")
    void should_raise_FU_004_exactly_when_no_care_plan_communication_reached_the_gp_by_t_plus_24h(
            CommunicationCase c) {
        // given
        Pathway p = mentalHealthDischargeWithGp().communication(c.communication()).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "FU-004").extracting(Alert::carePlanId).containsExactlyElementsOf(onlyIf(c.raised(), "cp1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planSpans")
    void should_raise_FU_004_exactly_when_the_mental_health_plan_is_in_force_at_t(PlanSpan span) {
        // given
        Pathway p = dischargeProviders()
                .registeredGp("GP1")
                .completePlan("cp1", CarePlanType.MENTAL_HEALTH, span.status(), "CMH", span.created(), span.ended())
                .transfer("t1", TransferKind.DISCHARGE, "MH1", "HOME", T)
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlertIf(span.inForceAtT(), report, "FU-004");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deathsAround24h")
    void should_not_raise_FU_004_when_the_patient_died_on_or_before_t_plus_24h(DeathCase death) {
        // given
        Pathway p = mentalHealthDischargeWithGp().diedAt(death.diedAt()).build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectAlertIf(death.raised(), report, "FU-004");
    }

    @ParameterizedTest
    @EnumSource(ProviderType.class)
    void should_raise_FU_004_only_when_discharged_from_a_mental_health_hospital(ProviderType from) {
        // given ACUTE_HOSPITAL among the senders that raise nothing
        Pathway p = dischargedFrom(from)
                .provider("GP1", ProviderType.GP_PRACTICE)
                .provider("CMH", ProviderType.COMMUNITY_MENTAL_HEALTH)
                .registeredGp("GP1")
                .activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH")
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        alertsOf(report, "FU-004").extracting(Alert::providerId)
                .containsExactlyElementsOf(onlyIf(from == ProviderType.MENTAL_HEALTH_HOSPITAL, "A1"));
    }

    @ParameterizedTest
    @EnumSource(value = TransferKind.class, names = {"ADMISSION", "TRANSFER"})
    void should_not_raise_FU_004_for_anything_but_a_discharge(TransferKind kind) {
        // given
        Pathway p = dischargeProviders()
                .registeredGp("GP1")
                .activePlan("cp1", CarePlanType.MENTAL_HEALTH, "CMH")
                .transfer("t1", kind, "MH1", "RR8", T)
                .build();

        // when
        ValidationReport report = validateAt(p, LATER);

        // then
        expectNoAlert(report, "FU-004");
    }

    @Test
    void should_move_the_FU_004_window_with_the_carePlanToGp_setting() {
        // given
        Pathway p = mentalHealthDischargeWithGp().build();
        PathwayValidator validator = withSetting("carePlanToGp", "PT12H");
        Instant closes = T.plusSeconds(12 * 3_600);

        // when
        ValidationReport justBefore = validator.validate(p, closes.minusSeconds(1));
        ValidationReport closed = validator.validate(p, closes);
        ValidationReport byDefault = validateAt(p, closes);

        // then
        expectNoAlert(justBefore, "FU-004");
        expectAlert(closed, "FU-004").transfer("t1").plan("cp1");
        expectNoAlert(byDefault, "FU-004");
    }

    @Test
    void should_judge_FU_004_care_plans_on_time_against_the_carePlanToGp_setting() {
        // given a care plan on time by the default, late by 12h
        Pathway p = mentalHealthDischargeWithGp()
                .communication(sent(CommunicationType.CARE_PLAN, "MH1", "GP1", T.plusSeconds(13 * 3_600), null, "cp1"))
                .build();

        // when
        ValidationReport byDefault = validateAt(p, LATER);
        ValidationReport with12h = withSetting("carePlanToGp", "PT12H").validate(p, LATER);

        // then
        expectNoAlert(byDefault, "FU-004");
        expectAlert(with12h, "FU-004").plan("cp1");
    }
}
