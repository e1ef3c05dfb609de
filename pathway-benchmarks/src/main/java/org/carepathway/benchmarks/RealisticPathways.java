package org.carepathway.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.carepathway.model.Patient;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;

/**
 * The pathways the benchmarks validate: a person living in a care home or supported accommodation who goes into
 * hospital and back, again and again. Each stay is an admission (the red bag, usually complete) and a discharge
 * (the discharge summary and medicines, usually sent), followed by a follow-up contact and the discharge summary
 * reaching the GP, usually on time. Every pathway has 3 to 6 providers, two care plans and one safeguarding
 * concern; with the default of 4 transfers, that is two hospital stays, and 1,000 transfers (500 stays, one every
 * 6 days from 2017) still end before {@link #AS_OF}. Deterministic for a seed. Most services slip rarely and some
 * often, so most pathways raise an alert or two and some none, as in life.
 */
public final class RealisticPathways {
    /** Every window in these pathways has closed by then. */
    public static final Instant AS_OF = Instant.parse("2026-03-31T12:00:00Z");
    /** The transfers of a realistic pathway. */
    public static final int TRANSFERS = 4;

    private static final Instant START = Instant.parse("2017-01-01T08:00:00Z");
    private static final Duration STAY_EVERY = Duration.ofDays(6);

    private RealisticPathways() {
    }

    /** {@code count} different realistic pathways of {@link #TRANSFERS} transfers. */
    public static List<Pathway> sample(int count, long seed) {
        return sample(count, seed, TRANSFERS);
    }

    /** {@code count} different pathways of {@code transfers} transfers each (an even number: stays of two). */
    public static List<Pathway> sample(int count, long seed, int transfers) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Pathway> pathways = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pathways.add(pathway("P" + seed + "-" + i, transfers, random.split()));
        }
        return pathways;
    }

    static Pathway pathway(String id, int transfers, SplittableRandom random) {
        if (transfers < 2 || transfers % 2 != 0) {
            throw new IllegalArgumentException("transfers must be an even number of at least 2, not " + transfers);
        }
        // one pathway in three passes through services that slip often (one thing in 8), the rest rarely (1 in 60)
        Slips slips = new Slips(random, random.nextInt(3) == 0 ? 8 : 60);
        boolean mentalHealth = random.nextInt(3) == 0;
        boolean careHome = random.nextBoolean();
        Provider home = careHome
                ? new Provider("HOME", "Oak Lodge", ProviderType.CARE_HOME, !slips.slip(), slips.slip() ? 3 : 0)
                : new Provider("HOME", "Elm Court", ProviderType.SUPPORTED_ACCOMMODATION, null, slips.slip() ? 1 : 0);
        Provider hospital = mentalHealth
                ? new Provider("WARD", "Riverside Unit", ProviderType.MENTAL_HEALTH_HOSPITAL, true, 0)
                : new Provider("WARD", "General Hospital", ProviderType.ACUTE_HOSPITAL, true, 0);
        Provider gp = new Provider("GP", "High Street Surgery", ProviderType.GP_PRACTICE, true, 0);
        List<Provider> providers = new ArrayList<>(List.of(home, hospital, gp));
        // 0 to 3 more: the services that follow the person up, visit them and hear of concerns
        Provider community = new Provider("CMHT", "Community Mental Health Team", ProviderType.COMMUNITY_MENTAL_HEALTH,
                true, 0);
        Provider council = new Provider("LA", "County Council", ProviderType.LOCAL_AUTHORITY, null, 0);
        Provider domiciliary = new Provider("DOM", "Home Help Ltd", ProviderType.DOMICILIARY_CARE, true, 0);
        List<Provider> extra = List.of(community, council, domiciliary);
        int more = random.nextInt(extra.size() + 1);
        providers.addAll(extra.subList(0, more));
        String followedUpBy = more >= 1 ? community.id() : gp.id();

        List<Transfer> moves = new ArrayList<>(transfers);
        List<Contact> contacts = new ArrayList<>();
        List<Communication> communications = new ArrayList<>();
        Instant lastDischarge = START;
        for (int stay = 0; stay < transfers / 2; stay++) {
            Instant admitted = START.plus(STAY_EVERY.multipliedBy(stay)).plus(Duration.ofMinutes(random.nextInt(600)));
            Instant discharged = admitted.plus(Duration.ofHours(24 + random.nextInt(72)));
            lastDischarge = discharged;
            String admission = "T" + (2 * stay + 1);
            String discharge = "T" + (2 * stay + 2);
            moves.add(new Transfer(admission, TransferKind.ADMISSION, home.id(), hospital.id(), admitted,
                    slips.items(TransferItem.PERSONAL_PROFILE, TransferItem.TRANSFER_REASON, TransferItem.MEDICATION,
                            TransferItem.MEDICATION_LIST, TransferItem.BELONGINGS, TransferItem.CARE_PLAN)));
            moves.add(new Transfer(discharge, TransferKind.DISCHARGE, hospital.id(), home.id(), discharged,
                    slips.items(TransferItem.DISCHARGE_SUMMARY, TransferItem.MEDICATION, TransferItem.MEDICATION_LIST,
                            TransferItem.BELONGINGS, TransferItem.CARE_PLAN)));
            if (!slips.slip()) {
                contacts.add(new Contact("C" + stay, followedUpBy,
                        discharged.plus(Duration.ofHours(slips.slip() ? 80 : 4 + random.nextInt(40))),
                        ContactKind.FOLLOW_UP));
            }
            if (!slips.slip()) {
                communications.add(new Communication("M" + stay, CommunicationType.DISCHARGE_SUMMARY, hospital.id(),
                        gp.id(), discharged.plus(Duration.ofHours(slips.slip() ? 30 : 1 + random.nextInt(20))),
                        discharge, null));
            }
        }

        EnumSet<Need> needs = mentalHealth ? EnumSet.of(Need.MENTAL_HEALTH) : EnumSet.of(Need.DEMENTIA);
        if (careHome && random.nextBoolean()) {
            needs.add(Need.PERSONAL_CARE);
        }
        Patient patient = new Patient(slips.slip() ? null : "9434765919", "L-" + id,
                LocalDate.of(1930 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28)), null, gp.id(),
                List.copyOf(needs), mentalHealth && random.nextInt(8) == 0 ? "03" : null, false,
                mentalHealth && random.nextInt(4) == 0, false, slips.slip() ? null : ConsentToShare.GIVEN);

        List<CarePlan> plans = List.of(
                new CarePlan("CP1", CarePlanType.CARE_AND_SUPPORT, CarePlanStatus.ACTIVE, home.id(), START.minus(
                        Duration.ofDays(30)), null,
                        slips.slip() ? LocalDate.of(2026, 1, 31) : LocalDate.of(2026, 6, 30),
                        null,
                        List.of(CarePlanSection.OUTCOMES, CarePlanSection.RISK_ASSESSMENT), List.of(gp.id())),
                new CarePlan("CP2", mentalHealth ? CarePlanType.MENTAL_HEALTH : CarePlanType.DISCHARGE,
                        CarePlanStatus.ACTIVE, hospital.id(), START.minus(Duration.ofDays(10)), null, null,
                        slips.slip() ? null : "Dr Care Coordinator", slips.sections(),
                        slips.slip() ? List.of(home.id()) : List.of(gp.id(), home.id())));

        Instant raised = lastDischarge.minus(Duration.ofHours(12));
        SafeguardingConcern concern = new SafeguardingConcern("SC1", SafeguardingCategory.NEGLECT, hospital.id(),
                raised, home.id(), ConcernStatus.OPEN, slips.slip() ? null : raised.plus(Duration.ofHours(20)),
                slips.slip() ? null : raised.plus(Duration.ofHours(30)));

        return new Pathway(id, patient, List.copyOf(providers), plans, List.copyOf(moves), List.copyOf(contacts),
                List.copyOf(communications), List.of(concern));
    }

    /** Whether each thing that should happen does: a slip, one time in {@code every}. */
    private record Slips(SplittableRandom random, int every) {
        boolean slip() {
            return random.nextInt(every) == 0;
        }

        /** The expected items, less those that slipped. */
        List<TransferItem> items(TransferItem... expected) {
            List<TransferItem> sent = new ArrayList<>(expected.length);
            for (TransferItem item : expected) {
                if (!slip()) {
                    sent.add(item);
                }
            }
            return List.copyOf(sent);
        }

        /** Every section of a care plan, less those that slipped. */
        List<CarePlanSection> sections() {
            List<CarePlanSection> sections = new ArrayList<>();
            for (CarePlanSection section : CarePlanSection.values()) {
                if (!slip()) {
                    sections.add(section);
                }
            }
            return List.copyOf(sections);
        }
    }
}
