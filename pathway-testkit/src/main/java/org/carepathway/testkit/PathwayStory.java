package org.carepathway.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.carepathway.model.CarePlan;
import org.carepathway.model.CarePlanSection;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Communication;
import org.carepathway.model.CommunicationType;
import org.carepathway.model.ConcernStatus;
import org.carepathway.model.ConsentToShare;
import org.carepathway.model.Contact;
import org.carepathway.model.ContactKind;
import org.carepathway.model.InputError;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.Patient;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;

/**
 * Builds a {@link Pathway} that reads like the story it tells, with defaults for everything the test does not
 * care about:
 *
 * <pre>{@code
 * Pathway pathway = PathwayStory.aPatient().withNeeds(Need.DEMENTIA)
 *         .admittedFrom(CARE_HOME, "VN1").to(ACUTE_HOSPITAL, "RR8").at("2026-11-20T10:00:00Z")
 *             .carrying(PERSONAL_PROFILE, TRANSFER_REASON, MEDICATION_LIST)
 *         .dischargedFrom(ACUTE_HOSPITAL, "RR8").to(CARE_HOME, "VN1").at("2026-11-25T14:00:00Z")
 *             .carrying(DISCHARGE_SUMMARY, MEDICATION, BELONGINGS, MEDICATION_LIST)
 *         .build();
 * }</pre>
 *
 * <p>Defaults: pathway id {@code pathway-1}; an adult patient (born 1950-01-01) with a valid NHS number, consent to
 * share given, no needs, no registered GP and no risks; transfers {@code t1}, {@code t2}, ... in story order with no
 * items. Providers are listed the first time the story names them with their type (a transfer end,
 * {@link #provider}, {@link #registeredWithGp}); a provider named twice with two types is an error. Instants are
 * RFC 3339 text with an offset, dates {@code YYYY-MM-DD}. Not thread-safe; {@link #build()} as often as needed.
 */
public final class PathwayStory {
    private String pathwayId = "pathway-1";
    private String nhsNumber = "9434765919";
    private String localId;
    private LocalDate birthDate = LocalDate.of(1950, 1, 1);
    private Instant diedAt;
    private String registeredGp;
    private final List<Need> needs = new ArrayList<>();
    private String legalStatus;
    private boolean section117Eligible;
    private boolean suicideRisk;
    private boolean lacksCapacity;
    private ConsentToShare consent = ConsentToShare.GIVEN;
    private final Map<String, Provider> providers = new LinkedHashMap<>();
    private final List<CarePlan> plans = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Communication> communications = new ArrayList<>();
    private final List<SafeguardingConcern> concerns = new ArrayList<>();

    private PathwayStory() {
    }

    /** A story about an adult patient with a valid NHS number who has consented to sharing. */
    public static PathwayStory aPatient() {
        return new PathwayStory();
    }

    // ---- the pathway and the patient

    /** The pathway's id (default {@code pathway-1}). */
    public PathwayStory pathwayId(String id) {
        this.pathwayId = Objects.requireNonNull(id, "id");
        return this;
    }

    /** Adds recorded needs: {@code withNeeds(DEMENTIA)}. */
    public PathwayStory withNeeds(Need... needs) {
        this.needs.addAll(Arrays.asList(needs));
        return this;
    }

    /** The date of birth, {@code YYYY-MM-DD}. */
    public PathwayStory bornOn(String date) {
        this.birthDate = TestTime.date(date);
        return this;
    }

    /** The NHS number (10 digits; a wrong check digit is allowed and raises DQ-001). */
    public PathwayStory withNhsNumber(String nhsNumber) {
        this.nhsNumber = Objects.requireNonNull(nhsNumber, "nhsNumber");
        return this;
    }

    /** No NHS number, only a local id ({@code L1} unless {@link #withLocalId} gives one). */
    public PathwayStory withoutNhsNumber() {
        this.nhsNumber = null;
        if (localId == null) {
            localId = "L1";
        }
        return this;
    }

    /** A local identifier. */
    public PathwayStory withLocalId(String localId) {
        this.localId = Objects.requireNonNull(localId, "localId");
        return this;
    }

    /** Registered with this GP practice, listed as a GP_PRACTICE provider. */
    public PathwayStory registeredWithGp(String gpPracticeId) {
        listProvider(gpPracticeId, ProviderType.GP_PRACTICE);
        this.registeredGp = gpPracticeId;
        return this;
    }

    /** A recorded suicide risk. */
    public PathwayStory atRiskOfSuicide() {
        this.suicideRisk = true;
        return this;
    }

    /** Lacks capacity for the relevant decisions. */
    public PathwayStory lackingCapacity() {
        this.lacksCapacity = true;
        return this;
    }

    /** The Mental Health Act legal status code, two digits ({@code "03"} is section 3). */
    public PathwayStory withLegalStatus(String code) {
        this.legalStatus = Objects.requireNonNull(code, "code");
        return this;
    }

    /** Marked eligible for section 117 aftercare. */
    public PathwayStory eligibleForSection117() {
        this.section117Eligible = true;
        return this;
    }

    /** The patient's decision on sharing (default GIVEN). */
    public PathwayStory withConsent(ConsentToShare consent) {
        this.consent = Objects.requireNonNull(consent, "consent");
        return this;
    }

    /** No decision on sharing recorded. */
    public PathwayStory withNoConsentRecorded() {
        this.consent = null;
        return this;
    }

    /** The patient died at this instant. */
    public PathwayStory diedAt(String dateTime) {
        this.diedAt = TestTime.instant(dateTime);
        return this;
    }

    // ---- providers

    /** Lists a provider (a no-op when it is already listed with this type). */
    public PathwayStory provider(String id, ProviderType type) {
        listProvider(id, type);
        return this;
    }

    /** Whether this listed provider is registered with the CQC (null: not known, the default). */
    public PathwayStory cqcRegistered(String providerId, Boolean registered) {
        Provider p = listed(providerId);
        providers.put(providerId, new Provider(p.id(), p.name(), p.type(), registered, p.openSafeguardingConcerns()));
        return this;
    }

    /** The open safeguarding concerns about this listed provider on the local authority's register. */
    public PathwayStory openSafeguardingConcerns(String providerId, int count) {
        Provider p = listed(providerId);
        providers.put(providerId, new Provider(p.id(), p.name(), p.type(), p.cqcRegistered(), count));
        return this;
    }

    // ---- transfers

    /** An ADMISSION from this provider; continue with {@code .to(type, id).at(dateTime)}. */
    public Move admittedFrom(ProviderType type, String id) {
        return new Move(TransferKind.ADMISSION, type, id);
    }

    /** A DISCHARGE from this provider; continue with {@code .to(type, id).at(dateTime)}. */
    public Move dischargedFrom(ProviderType type, String id) {
        return new Move(TransferKind.DISCHARGE, type, id);
    }

    /** A TRANSFER from this provider; continue with {@code .to(type, id).at(dateTime)}. */
    public Move transferredFrom(ProviderType type, String id) {
        return new Move(TransferKind.TRANSFER, type, id);
    }

    /** The items that travelled with the patient on the last transfer told. */
    public PathwayStory carrying(TransferItem... items) {
        Transfer t = lastTransfer("carrying");
        List<TransferItem> all = new ArrayList<>(t.items());
        all.addAll(Arrays.asList(items));
        transfers.set(transfers.size() - 1, new Transfer(t.id(), t.kind(), t.from(), t.to(), t.at(), all));
        return this;
    }

    /** Gives the last transfer told this id instead of {@code tN}. */
    public PathwayStory calledTransfer(String id) {
        Transfer t = lastTransfer("calledTransfer");
        transfers.set(transfers.size() - 1, new Transfer(id, t.kind(), t.from(), t.to(), t.at(), t.items()));
        return this;
    }

    /** The first part of a transfer: where from. */
    public final class Move {
        private final TransferKind kind;
        private final String from;

        private Move(TransferKind kind, ProviderType type, String id) {
            listProvider(id, type);
            this.kind = kind;
            this.from = id;
        }

        /** Where to; continue with {@code .at(dateTime)}. */
        public Arrival to(ProviderType type, String id) {
            listProvider(id, type);
            return new Arrival(this, id);
        }
    }

    /** The second part of a transfer: when. */
    public final class Arrival {
        private final Move move;
        private final String to;

        private Arrival(Move move, String to) {
            this.move = move;
            this.to = to;
        }

        /** When the patient moved, RFC 3339 with an offset; back to the story. */
        public PathwayStory at(String dateTime) {
            return at(TestTime.instant(dateTime));
        }

        /** When the patient moved; back to the story. */
        public PathwayStory at(Instant at) {
            transfers.add(new Transfer("t" + (transfers.size() + 1), move.kind, move.from, to, at, List.of()));
            return PathwayStory.this;
        }
    }

    // ---- care plans

    /** An ACTIVE care plan owned by a listed provider, created 2026-01-01T00:00:00Z. */
    public PathwayStory carePlan(String id, CarePlanType type, String owner) {
        return carePlan(id, type, owner, UnaryOperator.identity());
    }

    /**
     * A care plan owned by a listed provider, with details: {@code plan -> plan.completed().endedAt("...")}.
     * Defaults as {@link #carePlan(String, CarePlanType, String)}.
     */
    public PathwayStory carePlan(String id, CarePlanType type, String owner, UnaryOperator<PlanDetails> details) {
        listed(owner);
        PlanDetails plan = details.apply(new PlanDetails());
        plans.add(new CarePlan(id, type, plan.status, owner, plan.created, plan.ended, plan.reviewDue,
                plan.careCoordinator, plan.sections, plan.sharedWith));
        return this;
    }

    /** The optional parts of a care plan. */
    public static final class PlanDetails {
        private CarePlanStatus status = CarePlanStatus.ACTIVE;
        private Instant created = Instant.parse("2026-01-01T00:00:00Z");
        private Instant ended;
        private LocalDate reviewDue;
        private String careCoordinator;
        private final List<CarePlanSection> sections = new ArrayList<>();
        private final List<String> sharedWith = new ArrayList<>();

        private PlanDetails() {
        }

        /** The status (default ACTIVE). */
        public PlanDetails status(CarePlanStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /** When the plan was created. */
        public PlanDetails createdAt(String dateTime) {
            this.created = TestTime.instant(dateTime);
            return this;
        }

        /** COMPLETED, ended at this instant. */
        public PlanDetails completedAt(String dateTime) {
            this.status = CarePlanStatus.COMPLETED;
            this.ended = TestTime.instant(dateTime);
            return this;
        }

        /** When the plan is due for review, {@code YYYY-MM-DD}. */
        public PlanDetails reviewDue(String date) {
            this.reviewDue = TestTime.date(date);
            return this;
        }

        /** The named care coordinator. */
        public PlanDetails coordinatedBy(String name) {
            this.careCoordinator = name;
            return this;
        }

        /** Sections the plan contains. */
        public PlanDetails withSections(CarePlanSection... sections) {
            this.sections.addAll(Arrays.asList(sections));
            return this;
        }

        /** Providers the plan has been shared with (they must be listed). */
        public PlanDetails sharedWith(String... providerIds) {
            this.sharedWith.addAll(Arrays.asList(providerIds));
            return this;
        }
    }

    // ---- contacts and communications

    /** A FOLLOW_UP contact by a listed provider. */
    public PathwayStory followUpBy(String providerId, String dateTime) {
        return contact(ContactKind.FOLLOW_UP, providerId, dateTime);
    }

    /** A contact of any kind by a listed provider. */
    public PathwayStory contact(ContactKind kind, String providerId, String dateTime) {
        listed(providerId);
        contacts.add(new Contact(null, providerId, TestTime.instant(dateTime), kind));
        return this;
    }

    /** A communication between listed providers, about no transfer or plan. */
    public PathwayStory sent(CommunicationType type, String from, String to, String dateTime) {
        return sent(type, from, to, dateTime, null, null);
    }

    /**
     * A communication between listed providers, about a transfer and carrying a plan (either may be null).
     */
    public PathwayStory sent(CommunicationType type, String from, String to, String dateTime, String aboutTransfer,
            String carePlan) {
        listed(from);
        listed(to);
        communications.add(new Communication(null, type, from, to, TestTime.instant(dateTime), aboutTransfer, carePlan));
        return this;
    }

    // ---- safeguarding

    /** An OPEN safeguarding concern raised by a listed provider. */
    public PathwayStory safeguardingConcern(String id, SafeguardingCategory category, String raisedBy, String raisedAt) {
        return safeguardingConcern(id, category, raisedBy, raisedAt, UnaryOperator.identity());
    }

    /** A safeguarding concern with details: {@code c -> c.about("VN1").referredAt("...")}. */
    public PathwayStory safeguardingConcern(String id, SafeguardingCategory category, String raisedBy, String raisedAt,
            UnaryOperator<ConcernDetails> details) {
        listed(raisedBy);
        ConcernDetails concern = details.apply(new ConcernDetails());
        concerns.add(new SafeguardingConcern(id, category, raisedBy, TestTime.instant(raisedAt), concern.about,
                concern.status, concern.referred, concern.cqcNotified));
        return this;
    }

    /** The optional parts of a safeguarding concern. */
    public static final class ConcernDetails {
        private String about;
        private ConcernStatus status = ConcernStatus.OPEN;
        private Instant referred;
        private Instant cqcNotified;

        private ConcernDetails() {
        }

        /** The listed provider where the abuse or neglect is alleged to happen. */
        public ConcernDetails about(String providerId) {
            this.about = providerId;
            return this;
        }

        /** CLOSED instead of OPEN. */
        public ConcernDetails closed() {
            this.status = ConcernStatus.CLOSED;
            return this;
        }

        /** Referred to the local authority at this instant. */
        public ConcernDetails referredAt(String dateTime) {
            this.referred = TestTime.instant(dateTime);
            return this;
        }

        /** The CQC notified at this instant. */
        public ConcernDetails cqcNotifiedAt(String dateTime) {
            this.cqcNotified = TestTime.instant(dateTime);
            return this;
        }
    }

    // ---- the end

    /**
     * The pathway the story tells.
     *
     * @throws IllegalArgumentException when the story's ids do not line up (a plan shared with an unlisted provider,
     *     two transfers with one id), listing every problem with its JSON Pointer
     */
    public Pathway build() {
        Patient patient = new Patient(nhsNumber, localId, birthDate, diedAt, registeredGp, needs, legalStatus,
                section117Eligible, suicideRisk, lacksCapacity, consent);
        Pathway pathway = new Pathway(pathwayId, patient, List.copyOf(providers.values()), plans, transfers, contacts,
                communications, concerns);
        List<InputError> errors = pathway.integrityErrors();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the story's pathway " + pathwayId + " does not line up:\n"
                    + errors.stream().map(e -> "  " + e.pointer() + ": " + e.message()).collect(Collectors.joining("\n"))
                    + "\nMaybe list the provider with provider(id, type) before naming it");
        }
        return pathway;
    }

    private void listProvider(String id, ProviderType type) {
        Objects.requireNonNull(id, "provider id");
        Objects.requireNonNull(type, "provider type");
        Provider known = providers.get(id);
        if (known == null) {
            providers.put(id, new Provider(id, null, type, null, 0));
        } else if (known.type() != type) {
            throw new IllegalArgumentException("provider " + id + " is already in the story as " + known.type()
                    + ", not " + type + "\nMaybe another id for the " + type);
        }
    }

    private Provider listed(String providerId) {
        Provider provider = providers.get(Objects.requireNonNull(providerId, "provider id"));
        if (provider == null) {
            throw new IllegalArgumentException("provider " + providerId + " is not in the story yet"
                    + "\nMaybe provider(\"" + providerId + "\", ProviderType...) first");
        }
        return provider;
    }

    private Transfer lastTransfer(String method) {
        if (transfers.isEmpty()) {
            throw new IllegalStateException(method + "() applies to the last transfer, and the story has none yet"
                    + "\nMaybe admittedFrom(...).to(...).at(...) first");
        }
        return transfers.get(transfers.size() - 1);
    }
}
