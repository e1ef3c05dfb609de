package org.carepathway.testkit.reference;

import static org.carepathway.model.ProviderType.ACUTE_HOSPITAL;
import static org.carepathway.model.ProviderType.AMBULANCE_SERVICE;
import static org.carepathway.model.ProviderType.CARE_HOME;
import static org.carepathway.model.ProviderType.DOMICILIARY_CARE;
import static org.carepathway.model.ProviderType.HOSPICE;
import static org.carepathway.model.ProviderType.LOCAL_AUTHORITY;
import static org.carepathway.model.ProviderType.MENTAL_HEALTH_HOSPITAL;
import static org.carepathway.model.ProviderType.NURSING_HOME;
import static org.carepathway.model.ProviderType.OWN_HOME;
import static org.carepathway.model.ProviderType.SUPPORTED_ACCOMMODATION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.carepathway.model.CarePlan;
import org.carepathway.model.CarePlanSection;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Communication;
import org.carepathway.model.CommunicationType;
import org.carepathway.model.ConcernStatus;
import org.carepathway.model.Contact;
import org.carepathway.model.ContactKind;
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
import org.carepathway.rules.Category;
import org.carepathway.rules.InvalidPathwayException;
import org.carepathway.rules.Settings;
import org.carepathway.rules.Severity;

/**
 * An independent second reading of SPEC section 3 (the built-in rule catalogue v1) in plain Java, for
 * cross-checks and benchmarks, <strong>not for production</strong>: use {@code PathwayValidator} to validate
 * pathways. It was written from SPEC alone, without reading the DRL of the built-in rules, and re-derives every
 * definition of section 3 (provider sets, "in force", "adult", windows, Modulus 11) instead of calling the model's
 * helper methods that the rules use, so that a mistake in either reading shows up as a disagreement.
 *
 * <pre>{@code
 * List<ReferenceAlert> alerts = new ReferenceRules(Settings.DEFAULTS).validate(pathway, asOf);
 * }</pre>
 *
 * <p>The alerts come de-duplicated by identity and in report order (SPEC section 2). Immutable and thread-safe.
 */
public final class ReferenceRules {
    private static final Set<ProviderType> HOSPITAL = EnumSet.of(ACUTE_HOSPITAL, MENTAL_HEALTH_HOSPITAL);
    private static final Set<ProviderType> CARE_HOMES = EnumSet.of(CARE_HOME, NURSING_HOME);
    private static final Set<ProviderType> PLACEMENTS = EnumSet.of(CARE_HOME, NURSING_HOME, SUPPORTED_ACCOMMODATION);
    private static final Set<ProviderType> MEDICINE_HOLDERS =
            EnumSet.of(ACUTE_HOSPITAL, MENTAL_HEALTH_HOSPITAL, CARE_HOME, NURSING_HOME, HOSPICE);
    /** Legal status codes of detention under sections 3, 37, 45A, 47 and 48. */
    private static final Set<String> S117 = Set.of("03", "09", "10", "15", "16", "17", "18", "37", "38");
    private static final List<TransferItem> RED_BAG_OUT = List.of(TransferItem.PERSONAL_PROFILE,
            TransferItem.TRANSFER_REASON, TransferItem.MEDICATION, TransferItem.BELONGINGS);
    private static final List<TransferItem> RED_BAG_BACK =
            List.of(TransferItem.DISCHARGE_SUMMARY, TransferItem.MEDICATION, TransferItem.BELONGINGS);
    private static final List<CarePlanSection> MENTAL_HEALTH_SECTIONS =
            List.of(CarePlanSection.CRISIS_PLAN, CarePlanSection.MEDICATION, CarePlanSection.FOLLOW_UP);
    private static final Set<CarePlanType> ONGOING_NEEDS_PLANS =
            EnumSet.of(CarePlanType.LONG_TERM_CONDITION, CarePlanType.CARE_AND_SUPPORT, CarePlanType.DISCHARGE);

    /** The catalogue entries: id, severity and category of each rule of SPEC section 3. */
    private enum Rule {
        DQ_001(Severity.HIGH, Category.DATA_QUALITY),
        DQ_002(Severity.MEDIUM, Category.DATA_QUALITY),
        DQ_003(Severity.LOW, Category.DATA_QUALITY),
        HO_001(Severity.HIGH, Category.HANDOVER),
        HO_002(Severity.HIGH, Category.HANDOVER),
        HO_003(Severity.MEDIUM, Category.HANDOVER),
        MED_001(Severity.HIGH, Category.MEDICATION),
        CP_001(Severity.CRITICAL, Category.CARE_PLAN),
        CP_002(Severity.HIGH, Category.CARE_PLAN),
        CP_003(Severity.HIGH, Category.CARE_PLAN),
        CP_004(Severity.HIGH, Category.CARE_PLAN),
        CP_005(Severity.LOW, Category.CARE_PLAN),
        FU_001(Severity.CRITICAL, Category.FOLLOW_UP),
        FU_002(Severity.HIGH, Category.FOLLOW_UP),
        FU_003(Severity.MEDIUM, Category.FOLLOW_UP),
        FU_004(Severity.HIGH, Category.FOLLOW_UP),
        SG_001(Severity.HIGH, Category.SAFEGUARDING),
        SG_002(Severity.HIGH, Category.SAFEGUARDING),
        SG_003(Severity.CRITICAL, Category.SAFEGUARDING),
        SG_004(Severity.CRITICAL, Category.SAFEGUARDING),
        SG_005(Severity.HIGH, Category.SAFEGUARDING),
        IS_001(Severity.LOW, Category.INFORMATION_SHARING),
        IS_002(Severity.HIGH, Category.INFORMATION_SHARING);

        final String id;
        final Severity severity;
        final Category category;

        Rule(Severity severity, Category category) {
            this.id = name().replace('_', '-');
            this.severity = severity;
            this.category = category;
        }
    }

    /** The ids of the 23 rules of catalogue v1, in id order. */
    public static final List<String> RULE_IDS =
            Arrays.stream(Rule.values()).map(r -> r.id).sorted().toList();

    private static final Comparator<String> ABSENT_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<ReferenceAlert> REPORT_ORDER = Comparator
            .comparing(ReferenceAlert::severity)
            .thenComparing(ReferenceAlert::ruleId)
            .thenComparing(ReferenceAlert::transferId, ABSENT_FIRST)
            .thenComparing(ReferenceAlert::carePlanId, ABSENT_FIRST)
            .thenComparing(ReferenceAlert::concernId, ABSENT_FIRST);

    private final Settings settings;

    /** The reference reading with the catalogue's default settings. */
    public ReferenceRules() {
        this(Settings.DEFAULTS);
    }

    /** The reference reading with these windows and threshold. */
    public ReferenceRules(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The settings this reading uses. */
    public Settings settings() {
        return settings;
    }

    /**
     * The alerts the catalogue raises for this pathway as of this instant, de-duplicated by identity and in report
     * order.
     *
     * @throws InvalidPathwayException when the pathway's ids do not line up (as {@code PathwayValidator} does)
     */
    public List<ReferenceAlert> validate(Pathway pathway, Instant asOf) {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(asOf, "asOf");
        var errors = pathway.integrityErrors();
        if (!errors.isEmpty()) {
            throw new InvalidPathwayException(pathway.id(), errors);
        }
        return new Reading(pathway, asOf).alerts();
    }

    /** One pathway read as of one instant. */
    private final class Reading {
        private final Pathway pathway;
        private final Patient patient;
        private final Instant asOf;
        private final Map<String, Provider> providers = new HashMap<>();
        /** Keyed by identity, so that the same identity is reported once. */
        private final Map<List<String>, ReferenceAlert> raised = new LinkedHashMap<>();

        Reading(Pathway pathway, Instant asOf) {
            this.pathway = pathway;
            this.patient = pathway.patient();
            this.asOf = asOf;
            for (Provider provider : pathway.providers()) {
                providers.put(provider.id(), provider);
            }
        }

        List<ReferenceAlert> alerts() {
            patientRules();
            for (Transfer transfer : pathway.transfers()) {
                transferRules(transfer);
            }
            for (CarePlan plan : pathway.carePlans()) {
                planRules(plan);
            }
            for (SafeguardingConcern concern : pathway.safeguardingConcerns()) {
                concernRules(concern);
            }
            List<ReferenceAlert> alerts = new ArrayList<>(raised.values());
            alerts.sort(REPORT_ORDER);
            return List.copyOf(alerts);
        }

        private void patientRules() {
            String nhsNumber = patient.nhsNumber();
            if (nhsNumber != null && !passesModulus11(nhsNumber)) {
                raise(Rule.DQ_001, null, null, null, null, List.of());
            }
            if (nhsNumber == null) {
                raise(Rule.DQ_002, null, null, null, null, List.of());
            }
            if (!pathway.transfers().isEmpty() && patient.consentToShare() == null) {
                raise(Rule.IS_001, null, null, null, null, List.of());
            }
        }

        private void transferRules(Transfer transfer) {
            Provider from = providers.get(transfer.from());
            Provider to = providers.get(transfer.to());
            ProviderType fromType = from.type();
            ProviderType toType = to.type();
            TransferKind kind = transfer.kind();
            Instant t = transfer.at();
            String id = transfer.id();
            boolean discharge = kind == TransferKind.DISCHARGE;
            boolean dischargeFromHospital = discharge && HOSPITAL.contains(fromType);
            boolean dischargeFromMentalHealth = discharge && fromType == MENTAL_HEALTH_HOSPITAL;

            if (CARE_HOMES.contains(toType) && to.cqcRegistered() == null) {
                raise(Rule.DQ_003, id, null, null, to.id(), List.of());
            }
            if ((kind == TransferKind.ADMISSION || kind == TransferKind.TRANSFER) && CARE_HOMES.contains(fromType)
                    && (HOSPITAL.contains(toType) || toType == AMBULANCE_SERVICE)) {
                List<String> missing = missingItems(transfer, RED_BAG_OUT);
                if (!missing.isEmpty()) {
                    raise(Rule.HO_001, id, null, null, from.id(), missing);
                }
            }
            if (dischargeFromHospital && CARE_HOMES.contains(toType)) {
                List<String> missing = missingItems(transfer, RED_BAG_BACK);
                if (!missing.isEmpty()) {
                    raise(Rule.HO_002, id, null, null, from.id(), missing);
                }
            }
            if (toType != OWN_HOME && !transfer.items().contains(TransferItem.CARE_PLAN)) {
                for (CarePlan plan : pathway.carePlans()) {
                    if (inForce(plan, t) && !plan.owner().equals(to.id()) && !plan.sharedWith().contains(to.id())) {
                        raise(Rule.HO_003, id, plan.id(), null, from.id(), List.of());
                    }
                }
            }
            if (MEDICINE_HOLDERS.contains(fromType) && !transfer.items().contains(TransferItem.MEDICATION_LIST)) {
                raise(Rule.MED_001, id, null, null, from.id(), List.of());
            }
            if (dischargeFromMentalHealth && noPlanInForce(EnumSet.of(CarePlanType.MENTAL_HEALTH), t)) {
                raise(Rule.CP_001, id, null, null, from.id(), List.of());
            }
            if (dischargeFromHospital && section117(patient)
                    && noPlanInForce(EnumSet.of(CarePlanType.SECTION_117_AFTERCARE), t)) {
                raise(Rule.CP_002, id, null, null, from.id(), List.of());
            }
            if (dischargeFromHospital
                    && (patient.needs().contains(Need.LONG_TERM_CONDITION) || patient.needs().contains(Need.PERSONAL_CARE))
                    && noPlanInForce(ONGOING_NEEDS_PLANS, t)) {
                raise(Rule.CP_004, id, null, null, from.id(), List.of());
            }
            if (dischargeFromMentalHealth && patient.suicideRisk()
                    && followUpMissed(t, settings.suicideRiskFollowUp())) {
                raise(Rule.FU_001, id, null, null, from.id(), List.of());
            }
            if (dischargeFromMentalHealth && !HOSPITAL.contains(toType) && adultAt(patient.birthDate(), t)
                    && followUpMissed(t, settings.mentalHealthFollowUp())) {
                raise(Rule.FU_002, id, null, null, from.id(), List.of());
            }
            String gp = patient.registeredGp();
            if (dischargeFromHospital && gp != null && windowOpenForFollowUp(t, settings.dischargeSummaryToGp())
                    && !dischargeSummaryReached(gp, transfer)) {
                raise(Rule.FU_003, id, null, null, from.id(), List.of());
            }
            if (dischargeFromMentalHealth && gp != null && windowOpenForFollowUp(t, settings.carePlanToGp())) {
                for (CarePlan plan : pathway.carePlans()) {
                    if (plan.type() == CarePlanType.MENTAL_HEALTH && inForce(plan, t) && !plan.sharedWith().contains(gp)
                            && !carePlanSent(gp, plan, t.plus(settings.carePlanToGp()))) {
                        raise(Rule.FU_004, id, plan.id(), null, from.id(), List.of());
                    }
                }
            }
            if (PLACEMENTS.contains(toType) && to.openSafeguardingConcerns() >= settings.providerConcernThreshold()) {
                raise(Rule.SG_003, id, null, null, to.id(), List.of());
            }
            if (CARE_HOMES.contains(toType) && Boolean.FALSE.equals(to.cqcRegistered())) {
                raise(Rule.SG_004, id, null, null, to.id(), List.of());
            }
            if ((kind == TransferKind.DISCHARGE || kind == TransferKind.TRANSFER) && toType == SUPPORTED_ACCOMMODATION
                    && patient.needs().contains(Need.PERSONAL_CARE) && !Boolean.TRUE.equals(to.cqcRegistered())
                    && !registeredDomiciliaryCareInForce(t)) {
                raise(Rule.SG_005, id, null, null, to.id(), List.of());
            }
            if (dischargeFromHospital && gp == null) {
                raise(Rule.IS_002, id, null, null, from.id(), List.of());
            }
        }

        private void planRules(CarePlan plan) {
            if (plan.status() != CarePlanStatus.ACTIVE) {
                return;
            }
            if (plan.type() == CarePlanType.MENTAL_HEALTH) {
                List<String> missing = new ArrayList<>();
                for (CarePlanSection section : MENTAL_HEALTH_SECTIONS) {
                    if (!plan.sections().contains(section)) {
                        missing.add(section.name());
                    }
                }
                if (plan.careCoordinator() == null || plan.careCoordinator().isBlank()) {
                    missing.add("CARE_COORDINATOR");
                }
                if (!missing.isEmpty()) {
                    raise(Rule.CP_003, null, plan.id(), null, plan.owner(), missing);
                }
            }
            if (plan.reviewDue() != null && plan.reviewDue().isBefore(utcDate(asOf))) {
                raise(Rule.CP_005, null, plan.id(), null, plan.owner(), List.of());
            }
        }

        private void concernRules(SafeguardingConcern concern) {
            Instant raisedAt = concern.raisedAt();
            if (concern.status() == ConcernStatus.OPEN && adultAt(patient.birthDate(), raisedAt)
                    && !patient.needs().isEmpty() && providers.get(concern.raisedBy()).type() != LOCAL_AUTHORITY
                    && concern.referredToLocalAuthorityAt() == null
                    && closed(raisedAt, settings.safeguardingReferral())) {
                raise(Rule.SG_001, null, null, concern.id(), concern.raisedBy(), List.of());
            }
            if (concern.category() != SafeguardingCategory.SELF_NEGLECT && concern.about() != null
                    && Boolean.TRUE.equals(providers.get(concern.about()).cqcRegistered())
                    && concern.cqcNotifiedAt() == null && closed(raisedAt, settings.cqcNotification())) {
                raise(Rule.SG_002, null, null, concern.id(), concern.about(), List.of());
            }
        }

        /** A window that opened at t has closed at the as-of instant: {@code asOf >= t + window}. */
        private boolean closed(Instant t, Duration window) {
            return asOf.compareTo(t.plus(window)) >= 0;
        }

        /** The follow-up rules' shared gate: the window has closed and the patient was alive at its end. */
        private boolean windowOpenForFollowUp(Instant t, Duration window) {
            Instant end = t.plus(window);
            boolean diedByEnd = patient.diedAt() != null && patient.diedAt().compareTo(end) <= 0;
            return closed(t, window) && !diedByEnd;
        }

        /** FU-001 and FU-002: window closed, patient alive at its end, and no FOLLOW_UP contact on time. */
        private boolean followUpMissed(Instant t, Duration window) {
            if (!windowOpenForFollowUp(t, window)) {
                return false;
            }
            Instant end = t.plus(window);
            for (Contact contact : pathway.contacts()) {
                if (contact.kind() == ContactKind.FOLLOW_UP && contact.at().compareTo(t) > 0
                        && contact.at().compareTo(end) <= 0) {
                    return false;
                }
            }
            return true;
        }

        /** FU-003: a DISCHARGE_SUMMARY to the GP that counts (about this transfer, or about none and sent at or after t) and is on time. */
        private boolean dischargeSummaryReached(String gp, Transfer transfer) {
            Instant t = transfer.at();
            Instant end = t.plus(settings.dischargeSummaryToGp());
            for (Communication c : pathway.communications()) {
                if (c.type() != CommunicationType.DISCHARGE_SUMMARY || !c.to().equals(gp)) {
                    continue;
                }
                boolean counts = transfer.id().equals(c.about()) || (c.about() == null && c.sentAt().compareTo(t) >= 0);
                if (counts && c.sentAt().compareTo(end) <= 0) {
                    return true;
                }
            }
            return false;
        }

        /** FU-004: a CARE_PLAN communication to the GP for this plan or for none, sent by the window's end. */
        private boolean carePlanSent(String gp, CarePlan plan, Instant end) {
            for (Communication c : pathway.communications()) {
                if (c.type() == CommunicationType.CARE_PLAN && c.to().equals(gp)
                        && (c.carePlan() == null || c.carePlan().equals(plan.id())) && c.sentAt().compareTo(end) <= 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean noPlanInForce(Set<CarePlanType> types, Instant t) {
            for (CarePlan plan : pathway.carePlans()) {
                if (types.contains(plan.type()) && inForce(plan, t)) {
                    return false;
                }
            }
            return true;
        }

        /** SG-005: a plan in force at t owned by a DOMICILIARY_CARE provider registered with the CQC. */
        private boolean registeredDomiciliaryCareInForce(Instant t) {
            for (CarePlan plan : pathway.carePlans()) {
                Provider owner = providers.get(plan.owner());
                if (inForce(plan, t) && owner.type() == DOMICILIARY_CARE && Boolean.TRUE.equals(owner.cqcRegistered())) {
                    return true;
                }
            }
            return false;
        }

        private void raise(Rule rule, String transferId, String carePlanId, String concernId, String providerId,
                List<String> missing) {
            Map<String, Object> evidence = missing.isEmpty() ? Map.of() : Map.of("missing", List.copyOf(missing));
            ReferenceAlert alert = new ReferenceAlert(rule.id, rule.severity, rule.category, transferId, carePlanId,
                    concernId, providerId, evidence);
            raised.putIfAbsent(Arrays.asList(rule.id, transferId, carePlanId, concernId), alert);
        }
    }

    /**
     * In force at t: {@code created <= t}, ACTIVE or COMPLETED, and {@code ended} absent or after t; a COMPLETED
     * plan without {@code ended} is never in force.
     */
    static boolean inForce(CarePlan plan, Instant t) {
        if (plan.created().compareTo(t) > 0) {
            return false;
        }
        if (plan.status() == CarePlanStatus.ACTIVE) {
            return plan.ended() == null || plan.ended().compareTo(t) > 0;
        }
        if (plan.status() == CarePlanStatus.COMPLETED) {
            return plan.ended() != null && plan.ended().compareTo(t) > 0;
        }
        return false;
    }

    /** Adult at x: the 18th birthday (1 March in a common year for a 29 February birth) on or before x's UTC date. */
    static boolean adultAt(LocalDate birthDate, Instant x) {
        int year = birthDate.getYear() + 18;
        boolean leapDayInCommonYear = birthDate.getMonthValue() == 2 && birthDate.getDayOfMonth() == 29
                && !Year.isLeap(year);
        LocalDate eighteenth = leapDayInCommonYear ? LocalDate.of(year, 3, 1)
                : LocalDate.of(year, birthDate.getMonthValue(), birthDate.getDayOfMonth());
        return eighteenth.compareTo(utcDate(x)) <= 0;
    }

    /** NHS Modulus 11: weights 10..2 on the first nine digits; 11 - sum mod 11, 11 means 0, 10 means invalid. */
    static boolean passesModulus11(String nhsNumber) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nhsNumber.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == nhsNumber.charAt(9) - '0';
    }

    private static boolean section117(Patient patient) {
        return patient.section117Eligible() || (patient.legalStatus() != null && S117.contains(patient.legalStatus()));
    }

    private static List<String> missingItems(Transfer transfer, List<TransferItem> required) {
        List<String> missing = new ArrayList<>();
        for (TransferItem item : required) {
            if (!transfer.items().contains(item)) {
                missing.add(item.name());
            }
        }
        return missing;
    }

    private static LocalDate utcDate(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
