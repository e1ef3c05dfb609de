package org.carepathway.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carepathway.model.CarePlan;
import org.carepathway.model.CarePlanSection;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Communication;
import org.carepathway.model.ConsentToShare;
import org.carepathway.model.Contact;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.Patient;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;

/** Builds pathways for rule tests: a valid adult patient with a good NHS number and consent recorded. */
final class PathwayFixture {
    static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-12-31T00:00:00Z");
    /** The as-of instant of the rule tests, the day after {@link #T}. */
    static final Instant AS_OF = Instant.parse("2026-11-21T09:00:00Z");
    static final PathwayValidator BUILT_IN_RULES = PathwayValidator.builder().build();

    private String nhsNumber = "9434765919";
    private String localId;
    private LocalDate birthDate = LocalDate.of(1950, 1, 1);
    private Instant diedAt;
    private String registeredGp;
    private List<Need> needs = List.of();
    private String legalStatus;
    private boolean section117Eligible;
    private boolean suicideRisk;
    private ConsentToShare consent = ConsentToShare.GIVEN;
    private final List<Provider> providers = new ArrayList<>();
    private final List<CarePlan> plans = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Communication> communications = new ArrayList<>();
    private final List<SafeguardingConcern> concerns = new ArrayList<>();

    static PathwayFixture pathway() {
        return new PathwayFixture();
    }

    /**
     * MH1 (mental health hospital), RR8 (acute hospital), HOME (own home), CMH (community mental health), GP1 and
     * GP2 (GP practices).
     */
    static PathwayFixture dischargeProviders() {
        return pathway()
                .provider("MH1", ProviderType.MENTAL_HEALTH_HOSPITAL)
                .provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .provider("HOME", ProviderType.OWN_HOME)
                .provider("CMH", ProviderType.COMMUNITY_MENTAL_HEALTH)
                .provider("GP1", ProviderType.GP_PRACTICE)
                .provider("GP2", ProviderType.GP_PRACTICE);
    }

    /** {@link #dischargeProviders()}, and {@code from} discharges the patient to HOME: transfer t1 at {@link #T}. */
    static PathwayFixture dischargeHome(String from) {
        return dischargeProviders().transfer("t1", TransferKind.DISCHARGE, from, "HOME", T);
    }

    /** A1 ({@code from}) discharges the patient to B1 (own home, or OTHER when A1 is the own home) at {@link #T}. */
    static PathwayFixture dischargedFrom(ProviderType from) {
        return pathway().transferT1(TransferKind.DISCHARGE, "A1", from, "B1",
                from == ProviderType.OWN_HOME ? ProviderType.OTHER : ProviderType.OWN_HOME);
    }

    /** Validates {@code pathway} with the built-in rules as of {@link #AS_OF}. */
    static ValidationReport validate(Pathway pathway) {
        return BUILT_IN_RULES.validate(pathway, AS_OF);
    }

    /** Validates {@code pathway} with the built-in rules as of {@code asOf}, for window boundaries. */
    static ValidationReport validateAt(Pathway pathway, Instant asOf) {
        return BUILT_IN_RULES.validate(pathway, asOf);
    }

    /** A provider type other than {@code type}, for the other end of a transfer. */
    static ProviderType otherThan(ProviderType type) {
        return type == ProviderType.OTHER ? ProviderType.OWN_HOME : ProviderType.OTHER;
    }

    PathwayFixture nhsNumber(String value) {
        nhsNumber = value;
        if (value == null && localId == null) {
            localId = "LOCAL-1";
        }
        return this;
    }

    PathwayFixture birthDate(LocalDate value) {
        birthDate = value;
        return this;
    }

    PathwayFixture diedAt(Instant value) {
        diedAt = value;
        return this;
    }

    PathwayFixture registeredGp(String gpId) {
        registeredGp = gpId;
        return this;
    }

    PathwayFixture needs(Need... values) {
        needs = List.of(values);
        return this;
    }

    PathwayFixture legalStatus(String value) {
        legalStatus = value;
        return this;
    }

    PathwayFixture section117Eligible() {
        section117Eligible = true;
        return this;
    }

    PathwayFixture suicideRisk() {
        suicideRisk = true;
        return this;
    }

    PathwayFixture consent(ConsentToShare value) {
        consent = value;
        return this;
    }

    PathwayFixture provider(String id, ProviderType type) {
        return provider(id, type, Boolean.TRUE, 0);
    }

    PathwayFixture provider(String id, ProviderType type, Boolean cqcRegistered, int openConcerns) {
        providers.add(new Provider(id, id + " name", type, cqcRegistered, openConcerns));
        return this;
    }

    PathwayFixture transfer(String id, TransferKind kind, String from, String to, Instant at, TransferItem... items) {
        transfers.add(new Transfer(id, kind, from, to, at, Arrays.asList(items)));
        return this;
    }

    /**
     * Providers {@code from} and {@code to} (CQC registered, no open concerns), in that order, and transfer "t1"
     * of {@code kind} from one to the other at {@link #T}, carrying {@code items}.
     */
    PathwayFixture transferT1(TransferKind kind, String from, ProviderType fromType, String to, ProviderType toType,
            TransferItem... items) {
        return provider(from, fromType).provider(to, toType).transfer("t1", kind, from, to, T, items);
    }

    PathwayFixture plan(String id, CarePlanType type, CarePlanStatus status, String owner, Instant created,
            Instant ended, LocalDate reviewDue, String coordinator, List<CarePlanSection> sections, String... sharedWith) {
        plans.add(new CarePlan(id, type, status, owner, created, ended, reviewDue, coordinator, sections,
                Arrays.asList(sharedWith)));
        return this;
    }

    /** An ACTIVE plan created well before T, complete enough for CP-003, owned by {@code owner}. */
    PathwayFixture activePlan(String id, CarePlanType type, String owner, String... sharedWith) {
        return plan(id, type, CarePlanStatus.ACTIVE, owner, T.minusSeconds(86_400 * 30), null, null, "A. Coordinator",
                List.of(CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION, CarePlanSection.FOLLOW_UP), sharedWith);
    }

    /**
     * A plan with the given status and life span, complete enough for CP-003 and with no review date, so that only
     * its being in force (or not) matters to the rule under test.
     */
    PathwayFixture completePlan(String id, CarePlanType type, CarePlanStatus status, String owner, Instant created,
            Instant ended, String... sharedWith) {
        return plan(id, type, status, owner, created, ended, null, "A. Coordinator",
                List.of(CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION, CarePlanSection.FOLLOW_UP), sharedWith);
    }

    /** A plan with a review date (a COMPLETED one ends a day after T), otherwise complete enough for CP-003. */
    PathwayFixture planDueForReview(String id, CarePlanType type, CarePlanStatus status, String owner,
            LocalDate reviewDue) {
        return plan(id, type, status, owner, T.minusSeconds(86_400 * 30), status == CarePlanStatus.COMPLETED
                ? T.plusSeconds(86_400) : null, reviewDue, "A. Coordinator",
                List.of(CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION, CarePlanSection.FOLLOW_UP));
    }

    /** A plan's status and life span, and whether SPEC section 3 says it is in force at {@link #T}. */
    record PlanSpan(String label, CarePlanStatus status, Instant created, Instant ended, boolean inForceAtT) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Both sides of every boundary of "in force at t", with t = {@link #T}. */
    static List<PlanSpan> planSpansAroundT() {
        Instant before = T.minusSeconds(86_400 * 30);
        return List.of(
                new PlanSpan("ACTIVE, created == t", CarePlanStatus.ACTIVE, T, null, true),
                new PlanSpan("ACTIVE, created 1s after t", CarePlanStatus.ACTIVE, T.plusSeconds(1), null, false),
                new PlanSpan("ACTIVE, created before t, no ended", CarePlanStatus.ACTIVE, before, null, true),
                new PlanSpan("ACTIVE, ended == t", CarePlanStatus.ACTIVE, before, T, false),
                new PlanSpan("ACTIVE, ended 1s after t", CarePlanStatus.ACTIVE, before, T.plusSeconds(1), true),
                new PlanSpan("COMPLETED, ended 1s after t", CarePlanStatus.COMPLETED, before, T.plusSeconds(1), true),
                new PlanSpan("COMPLETED, created == t, ended after", CarePlanStatus.COMPLETED, T, T.plusSeconds(60), true),
                new PlanSpan("COMPLETED, ended == t", CarePlanStatus.COMPLETED, before, T, false),
                new PlanSpan("COMPLETED, ended 1s before t", CarePlanStatus.COMPLETED, before, T.minusSeconds(1), false),
                new PlanSpan("COMPLETED, no ended", CarePlanStatus.COMPLETED, before, null, false),
                new PlanSpan("DRAFT, created before t", CarePlanStatus.DRAFT, before, null, false),
                new PlanSpan("DRAFT, ended after t", CarePlanStatus.DRAFT, before, T.plusSeconds(60), false),
                new PlanSpan("CANCELLED, created before t", CarePlanStatus.CANCELLED, before, null, false),
                new PlanSpan("CANCELLED, ended after t", CarePlanStatus.CANCELLED, before, T.plusSeconds(60), false));
    }

    /** A birth date, an instant x, and whether SPEC section 3 says the patient is adult at x. */
    record AgeAt(String label, LocalDate birthDate, Instant at, boolean adultAtX) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Both sides of "adult at x" (18th birthday on or before the UTC date of x): the birthday on that date or the
     * day after, a 29 February birth in a common year, and instants near UTC midnight given with an offset.
     */
    static List<AgeAt> eighteenthBirthdaysAround() {
        LocalDate nov20 = LocalDate.of(2008, 11, 20);
        LocalDate leapDay = LocalDate.of(2008, 2, 29);
        return List.of(
                new AgeAt("18th birthday on the UTC date of x", nov20, T, true),
                new AgeAt("18th birthday the day after x", LocalDate.of(2008, 11, 21), T, false),
                new AgeAt("18th birthday, x at its first UTC instant", nov20, Instant.parse("2026-11-20T00:00:00Z"),
                        true),
                new AgeAt("18th birthday, x in the last second of the day before (UTC)", nov20,
                        Instant.parse("2026-11-19T23:59:59Z"), false),
                new AgeAt("18th birthday, x 2026-11-20T00:30+01:00 which is still 19 November UTC", nov20,
                        OffsetDateTime.parse("2026-11-20T00:30:00+01:00").toInstant(), false),
                new AgeAt("18th birthday, x 2026-11-19T20:00-05:00 which is already 20 November UTC", nov20,
                        OffsetDateTime.parse("2026-11-19T20:00:00-05:00").toInstant(), true),
                new AgeAt("born 29 February 2008, x on 1 March 2026", leapDay, Instant.parse("2026-03-01T00:00:00Z"),
                        true),
                new AgeAt("born 29 February 2008, x on 28 February 2026", leapDay,
                        Instant.parse("2026-02-28T23:59:59Z"), false),
                new AgeAt("born 29 February 2008, x 2026-03-01T00:30+01:00 which is still 28 February UTC", leapDay,
                        OffsetDateTime.parse("2026-03-01T00:30:00+01:00").toInstant(), false),
                new AgeAt("born 29 February 2008, x 2026-02-28T20:00-05:00 which is already 1 March UTC", leapDay,
                        OffsetDateTime.parse("2026-02-28T20:00:00-05:00").toInstant(), true));
    }

    PathwayFixture contact(Contact contact) {
        contacts.add(contact);
        return this;
    }

    PathwayFixture communication(Communication communication) {
        communications.add(communication);
        return this;
    }

    PathwayFixture concern(SafeguardingConcern concern) {
        concerns.add(concern);
        return this;
    }

    Pathway build() {
        Patient patient = new Patient(nhsNumber, localId, birthDate, diedAt, registeredGp, needs, legalStatus,
                section117Eligible, suicideRisk, false, consent);
        return new Pathway("p1", patient, providers, plans, transfers, contacts, communications, concerns);
    }
}
