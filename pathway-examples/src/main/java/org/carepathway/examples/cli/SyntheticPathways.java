package org.carepathway.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.PathwayJson;
import org.carepathway.model.Patient;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;

/**
 * Synthetic pathways of one made-up care system, for reproducing the scale figures and for the gap report's
 * demonstration: care home residents sent to hospital and back, mental health discharges, discharges home with
 * long-term needs, placements in supported accommodation and safeguarding concerns. Each provider has its own
 * habits (how often its handovers are complete, whether it is registered), so the gaps cluster as they do in
 * life and trigger every rule of the catalogue. Deterministic: the same seed gives the same lines, everywhere.
 * Events fall between 1 January and 28 March 2026; validate as of {@link #AS_OF}.
 */
final class SyntheticPathways {
    /** The instant the synthetic pathways are meant to be validated as of: every window in them has closed. */
    static final Instant AS_OF = Instant.parse("2026-03-31T12:00:00Z");

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int DAYS = 86;

    /** A provider of the system and how well its handovers go: the chance that each expected item travels. */
    private record Member(Provider provider, double care) {
    }

    private static final Member HOME = member("HOME", "The patient's own home", ProviderType.OWN_HOME, null, 0, 1);
    private static final List<Member> ACUTE = List.of(
            member("RNG01", "Northgate General Hospital", ProviderType.ACUTE_HOSPITAL, true, 0, 0.97),
            member("RSA01", "St Anne's University Hospital", ProviderType.ACUTE_HOSPITAL, true, 0, 0.88),
            member("RRD01", "Riverside District Hospital", ProviderType.ACUTE_HOSPITAL, true, 0, 0.75));
    private static final List<Member> MENTAL_HEALTH = List.of(
            member("RMH01", "Elm Park Mental Health Unit", ProviderType.MENTAL_HEALTH_HOSPITAL, true, 0, 0.94),
            member("RMH02", "Beacon House Psychiatric Hospital", ProviderType.MENTAL_HEALTH_HOSPITAL, true, 0, 0.8));
    private static final List<Member> COMMUNITY_MENTAL_HEALTH = List.of(
            member("RCM01", "Northgate Community Mental Health Team", ProviderType.COMMUNITY_MENTAL_HEALTH, true, 0,
                    0.97),
            member("RCM02", "Eastside Community Mental Health Team", ProviderType.COMMUNITY_MENTAL_HEALTH, true, 0,
                    0.85));
    private static final List<Member> CARE_HOMES = List.of(
            member("VCH01", "Meadowbank Care Home", ProviderType.CARE_HOME, true, 0, 0.97),
            member("VCH02", "Willow Lodge", ProviderType.CARE_HOME, true, 1, 0.88),
            member("VNH03", "Hillcrest Nursing Home", ProviderType.NURSING_HOME, true, 4, 0.65),
            member("VCH04", "Rosewood House", ProviderType.CARE_HOME, null, 0, 0.85),
            member("VCH05", "Oakview Residential Home", ProviderType.CARE_HOME, false, 2, 0.55),
            member("VNH06", "Larch Court Nursing Home", ProviderType.NURSING_HOME, true, 0, 0.94));
    private static final List<Member> SUPPORTED = List.of(
            member("SSA01", "Harbour Supported Living", ProviderType.SUPPORTED_ACCOMMODATION, false, 3, 0.75),
            member("SSA02", "Cedar Lane Supported Housing", ProviderType.SUPPORTED_ACCOMMODATION, null, 0, 0.9));
    private static final List<Member> DOMICILIARY = List.of(
            member("DCA01", "Brightcare Home Support", ProviderType.DOMICILIARY_CARE, true, 0, 0.97),
            member("DCA02", "Kindly Hands Domiciliary Care", ProviderType.DOMICILIARY_CARE, false, 0, 0.75));
    private static final List<Member> GPS = List.of(
            member("B86011", "Chapel Allerton Surgery", ProviderType.GP_PRACTICE, true, 0, 1),
            member("B86012", "Market Street Medical Centre", ProviderType.GP_PRACTICE, true, 0, 1),
            member("B86013", "Parkside Family Practice", ProviderType.GP_PRACTICE, true, 0, 1),
            member("B86014", "Hawthorn Health Centre", ProviderType.GP_PRACTICE, true, 0, 1));
    private static final Member AMBULANCE =
            member("RAS01", "Regional Ambulance Service", ProviderType.AMBULANCE_SERVICE, true, 0, 0.9);
    private static final Member COUNCIL =
            member("LA001", "Northgate City Council Adult Social Care", ProviderType.LOCAL_AUTHORITY, null, 0, 1);
    private static final Member HOSPICE = member("HSP01", "St Columba's Hospice", ProviderType.HOSPICE, true, 0, 0.9);

    private static final Set<TransferItem> RED_BAG_OUT = EnumSet.of(TransferItem.PERSONAL_PROFILE,
            TransferItem.TRANSFER_REASON, TransferItem.MEDICATION, TransferItem.BELONGINGS,
            TransferItem.MEDICATION_LIST);
    private static final Set<TransferItem> RED_BAG_BACK = EnumSet.of(TransferItem.DISCHARGE_SUMMARY,
            TransferItem.MEDICATION, TransferItem.BELONGINGS, TransferItem.MEDICATION_LIST);
    private static final Set<TransferItem> DISCHARGE_ITEMS = EnumSet.of(TransferItem.DISCHARGE_SUMMARY,
            TransferItem.MEDICATION_LIST, TransferItem.MEDICATION, TransferItem.CARE_PLAN);

    private final SplittableRandom random;
    private final long seed;
    private final int malformedEvery;
    private long count;

    /**
     * @param seed the same seed gives the same pathways
     * @param malformedEvery every this many lines is malformed (1 = all), 0 for none
     */
    SyntheticPathways(long seed, int malformedEvery) {
        if (malformedEvery < 0) {
            throw new IllegalArgumentException("malformedEvery must be 0 (none) or more; was " + malformedEvery);
        }
        this.random = new SplittableRandom(seed);
        this.seed = seed;
        this.malformedEvery = malformedEvery;
    }

    /**
     * Writes the next {@code count} lines as NDJSON, fast: buffered, one line at a time, nothing kept. Stops early
     * when the stream reports an error, as a closed pipe ({@code | head}) does.
     *
     * @return whether every line was written
     */
    boolean writeNdjson(PrintStream out, long count) {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try {
            for (long i = 0; i < count; i++) {
                buffered.write(nextLine().getBytes(StandardCharsets.UTF_8));
                buffered.write('\n');
                // a PrintStream keeps write errors to itself: ask it now and then whether the reader has gone
                if (i % 4096 == 4095 && out.checkError()) {
                    return false;
                }
            }
            buffered.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return !out.checkError();
    }

    /** The next NDJSON line, without its line break: a pathway, or every {@code malformedEvery}-th a bad one. */
    String nextLine() {
        count++;
        String json = PathwayJson.write(next());
        if (malformedEvery > 0 && count % malformedEvery == 0) {
            return malformed(json);
        }
        return json;
    }

    /**
     * Three kinds of bad line, in turn: JSON cut short (pointer {@code ""}), a date in the wrong form (pointer
     * {@code /patient/birthDate}) and a provider type that does not exist (pointer {@code /providers/0/type}).
     */
    private String malformed(String json) {
        return switch ((int) (count / malformedEvery % 3)) {
            case 0 -> json.substring(0, json.length() / 2);
            case 1 -> json.replaceFirst("\"birthDate\":\"(\\d{4})-(\\d{2})-(\\d{2})\"", "\"birthDate\":\"$3/$2/$1\"");
            default -> json.replaceFirst("\"type\":\"", "\"type\":\"FORMER_");
        };
    }

    /** The next pathway of the mix. */
    Pathway next() {
        String id = "SYN-" + seed + "-" + count;
        double shape = random.nextDouble();
        Story story = new Story(id);
        if (shape < 0.30) {
            story.careHomeResidentToHospitalAndBack();
        } else if (shape < 0.55) {
            story.mentalHealthDischarge();
        } else if (shape < 0.80) {
            story.dischargeHomeWithLongTermNeeds();
        } else if (shape < 0.90) {
            story.placementInSupportedAccommodation();
        } else {
            story.safeguardingConcernInACareHome();
        }
        return story.pathway();
    }

    /** One pathway being made up. */
    private final class Story {
        private final String id;
        private final Map<String, Provider> providers = new LinkedHashMap<>();
        private final List<CarePlan> plans = new ArrayList<>();
        private final List<Transfer> transfers = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Communication> communications = new ArrayList<>();
        private final List<SafeguardingConcern> concerns = new ArrayList<>();
        private final EnumSet<Need> needs = EnumSet.noneOf(Need.class);
        private Member gp;
        private int ageAtStart;
        private String legalStatus;
        private boolean suicideRisk;
        private boolean lacksCapacity;

        Story(String id) {
            this.id = id;
            // one in twenty has no registered GP: IS-002 on a hospital discharge
            this.gp = chance(0.95) ? use(pick(GPS)) : null;
        }

        void careHomeResidentToHospitalAndBack() {
            ageAtStart = between(72, 101);
            needs.add(Need.PERSONAL_CARE);
            if (chance(0.6)) {
                needs.add(Need.DEMENTIA);
            }
            lacksCapacity = needs.contains(Need.DEMENTIA) && chance(0.5);
            Member home = use(pick(CARE_HOMES));
            Member hospital = use(pick(ACUTE));
            Instant admitted = someInstant(0, DAYS - 25);
            plan(CarePlanType.CARE_AND_SUPPORT, home, admitted.minus(Duration.ofDays(between(30, 400))), hospital);
            Member via = chance(0.2) ? use(AMBULANCE) : hospital;
            transfer(TransferKind.ADMISSION, home, via, admitted, RED_BAG_OUT, home.care());
            if (via != hospital) {
                transfer(TransferKind.TRANSFER, via, hospital, admitted.plus(Duration.ofMinutes(between(40, 180))),
                        RED_BAG_OUT, via.care());
            }
            Instant discharged = admitted.plus(Duration.ofHours(between(30, 20 * 24)));
            discharge(hospital, home, discharged, RED_BAG_BACK);
        }

        void mentalHealthDischarge() {
            ageAtStart = chance(0.1) ? between(15, 18) : between(18, 75);
            needs.add(Need.MENTAL_HEALTH);
            suicideRisk = chance(0.25);
            boolean detained = chance(0.3);
            legalStatus = detained ? pick(List.of("03", "37")) : chance(0.5) ? "01" : null;
            Member unit = use(pick(MENTAL_HEALTH));
            Member team = use(pick(COMMUNITY_MENTAL_HEALTH));
            Member to = chance(0.85) ? use(HOME) : use(pick(SUPPORTED));
            Instant admitted = admittedFromHome(unit, DAYS - 30);
            Instant discharged = admitted.plus(Duration.ofDays(between(5, 25)));
            if (chance(unit.care())) {
                CarePlan plan = plan(CarePlanType.MENTAL_HEALTH, team, admitted.plus(Duration.ofDays(2)), to);
                if (gp != null && chance(unit.care())) {
                    communications.add(new Communication(null, CommunicationType.CARE_PLAN, unit.provider().id(),
                            gp.provider().id(), discharged.plus(Duration.ofHours(between(1, 60))), null, plan.id()));
                }
            }
            if (detained && chance(unit.care())) {
                plan(CarePlanType.SECTION_117_AFTERCARE, team, admitted.plus(Duration.ofDays(3)), to);
            }
            discharge(unit, to, discharged, DISCHARGE_ITEMS);
            if (chance(0.95)) {
                // mostly within 48 hours with a good team; else within 72 hours, or later than that
                int hours = chance(team.care()) ? between(6, 48) : between(48, 110);
                contacts.add(new Contact(null, team.provider().id(), discharged.plus(Duration.ofHours(hours)),
                        ContactKind.FOLLOW_UP));
            }
        }

        void dischargeHomeWithLongTermNeeds() {
            ageAtStart = between(40, 95);
            needs.add(Need.LONG_TERM_CONDITION);
            if (chance(0.4)) {
                needs.add(Need.PERSONAL_CARE);
            }
            Member hospital = use(pick(ACUTE));
            Instant discharged = admittedFromHome(hospital, DAYS - 20).plus(Duration.ofHours(between(20, 14 * 24)));
            Member to = chance(0.1) ? use(HOSPICE) : use(HOME);
            if (chance(hospital.care())) {
                Member owner = needs.contains(Need.PERSONAL_CARE) ? use(pick(DOMICILIARY)) : hospital;
                plan(pick(List.of(CarePlanType.LONG_TERM_CONDITION, CarePlanType.DISCHARGE)), owner,
                        discharged.minus(Duration.ofHours(between(2, 48))), to);
            }
            discharge(hospital, to, discharged, DISCHARGE_ITEMS);
        }

        void placementInSupportedAccommodation() {
            ageAtStart = between(19, 70);
            needs.add(Need.PERSONAL_CARE);
            needs.add(Need.LEARNING_DISABILITY);
            Member hospital = use(pick(ACUTE));
            Member placement = use(pick(SUPPORTED));
            Instant discharged = admittedFromHome(hospital, DAYS - 20).plus(Duration.ofDays(between(3, 15)));
            if (chance(0.6)) {
                plan(CarePlanType.CARE_AND_SUPPORT, use(pick(DOMICILIARY)), discharged.minus(Duration.ofDays(1)),
                        placement);
            }
            discharge(hospital, placement, discharged, DISCHARGE_ITEMS);
        }

        void safeguardingConcernInACareHome() {
            ageAtStart = between(70, 100);
            needs.add(Need.PERSONAL_CARE);
            Member home = use(pick(CARE_HOMES));
            Instant moved = someInstant(0, DAYS - 40);
            Member from = use(pick(CARE_HOMES.stream().filter(m -> m != home).toList()));
            plan(CarePlanType.CARE_AND_SUPPORT, from, moved.minus(Duration.ofDays(between(60, 300))), home);
            transfer(TransferKind.TRANSFER, from, home, moved, RED_BAG_OUT, from.care());
            double who = random.nextDouble();
            Member raisedBy = who < 0.1 ? use(COUNCIL) : who < 0.55 ? gpOr(home) : home;
            Instant raised = moved.plus(Duration.ofDays(between(3, 30)));
            Instant referred = chance(raisedBy.care()) ? raised.plus(Duration.ofHours(between(1, 40))) : null;
            Instant notified = chance(home.care()) ? raised.plus(Duration.ofHours(between(2, 60))) : null;
            concerns.add(new SafeguardingConcern("SG-" + id, pick(List.of(SafeguardingCategory.NEGLECT,
                    SafeguardingCategory.PHYSICAL, SafeguardingCategory.FINANCIAL, SafeguardingCategory.PSYCHOLOGICAL,
                    SafeguardingCategory.ORGANISATIONAL)), raisedBy.provider().id(), raised, home.provider().id(),
                    chance(0.7) ? ConcernStatus.OPEN : ConcernStatus.CLOSED, referred, notified));
        }

        Pathway pathway() {
            LocalDate born = LocalDate.of(2026, 1, 1).minusYears(ageAtStart).minusDays(between(0, 364));
            String nhsNumber = null;
            String localId = null;
            double identity = random.nextDouble();
            if (identity < 0.93) {
                nhsNumber = nhsNumber(identity < 0.03);
            } else {
                localId = "LOC-" + id;
            }
            ConsentToShare consent = chance(0.8) ? pick(List.of(ConsentToShare.values())) : null;
            Patient patient = new Patient(nhsNumber, localId, born, null, gp == null ? null : gp.provider().id(),
                    List.copyOf(needs), legalStatus, false, suicideRisk, lacksCapacity, consent);
            return new Pathway(id, patient, List.copyOf(providers.values()), plans, transfers, contacts,
                    communications, concerns);
        }

        private Member gpOr(Member fallback) {
            return gp != null ? gp : fallback;
        }

        private Member use(Member member) {
            providers.putIfAbsent(member.provider().id(), member.provider());
            return member;
        }

        private String transfer(TransferKind kind, Member from, Member to, Instant at, Set<TransferItem> expected,
                double care) {
            // a provider gets a handover right or it does not: complete with its care, else half the items
            boolean complete = chance(care);
            List<TransferItem> items = new ArrayList<>();
            for (TransferItem item : expected) {
                if (complete || chance(0.5)) {
                    items.add(item);
                }
            }
            String transferId = "T" + (transfers.size() + 1);
            transfers.add(new Transfer(transferId, kind, from.provider().id(), to.provider().id(), at, items));
            return transferId;
        }

        private CarePlan plan(CarePlanType type, Member owner, Instant created, Member receiving) {
            use(owner);
            boolean complete = chance(owner.care());
            List<CarePlanSection> sections = new ArrayList<>();
            for (CarePlanSection section : CarePlanSection.values()) {
                if (complete || chance(0.5)) {
                    sections.add(section);
                }
            }
            List<String> sharedWith = new ArrayList<>();
            if (gp != null && chance(owner.care())) {
                sharedWith.add(gp.provider().id());
            }
            if (receiving != owner && receiving != HOME && chance(owner.care() - 0.2)) {
                sharedWith.add(use(receiving).provider().id());
            }
            // a review date that has sometimes passed by the end of March
            LocalDate reviewDue = LocalDate.of(2026, 3, 1).plusDays(between(0, 240));
            CarePlan plan = new CarePlan("CP" + (plans.size() + 1), type, CarePlanStatus.ACTIVE, owner.provider().id(),
                    created, null, reviewDue, complete || chance(0.5) ? "Named coordinator" : null, sections,
                    sharedWith);
            plans.add(plan);
            return plan;
        }

        /** An admission from the patient's own home, some time before {@code latestDay}; returns when. */
        private Instant admittedFromHome(Member hospital, int latestDay) {
            Instant admitted = someInstant(0, latestDay);
            transfer(TransferKind.ADMISSION, use(HOME), hospital, admitted, Set.of(), 1);
            return admitted;
        }

        /** A discharge with the items the hospital gets right as often as it does, and its summary to the GP. */
        private void discharge(Member hospital, Member to, Instant discharged, Set<TransferItem> expected) {
            String transferId = transfer(TransferKind.DISCHARGE, hospital, to, discharged, expected, hospital.care());
            if (gp != null && chance(0.95)) {
                // on time (within 24 hours) as often as the hospital's handovers are complete; else a day or two late
                int hours = chance(hospital.care()) ? between(1, 24) : between(25, 72);
                communications.add(new Communication(null, CommunicationType.DISCHARGE_SUMMARY,
                        hospital.provider().id(), gp.provider().id(), discharged.plus(Duration.ofHours(hours)),
                        transferId, null));
            }
        }

        private Instant someInstant(int fromDay, int toDay) {
            return START.plus(Duration.ofMinutes(between(fromDay * 24 * 60, toDay * 24 * 60)));
        }
    }

    /** A ten-digit NHS number that passes the Modulus 11 check, or one that fails it. */
    private String nhsNumber(boolean failing) {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = random.nextInt(10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check == 10) {
                continue; // no valid number with these nine digits
            }
            return digits.append(failing ? (check + 1) % 10 : check).toString();
        }
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private int between(int fromInclusive, int toExclusive) {
        return random.nextInt(fromInclusive, toExclusive);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static Member member(String id, String name, ProviderType type, Boolean cqcRegistered, int concerns,
            double care) {
        return new Member(new Provider(id, name, type, cqcRegistered, concerns), care);
    }
}
