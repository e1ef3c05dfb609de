package org.carepathway.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
import org.carepathway.testkit.ValidationCase;

/**
 * Draws one valid pathway and its as-of instant from a random source, with the times and dates clustered where
 * the rules of SPEC section 3 change their minds. Behind {@code PathwayArbitraries}; not API.
 */
public final class PathwayGenerator {
    /** As-of instants near UTC midnight (written with offsets), month ends, 29 February and 1 March. */
    public static final List<Instant> AS_OF_INSTANTS = List.of(
            "2026-03-01T00:30:00+01:00", "2026-02-28T23:30:00-05:00", "2026-06-15T12:00:00Z",
            "2026-01-01T00:00:00+14:00", "2025-12-31T23:59:59.999-12:00", "2026-03-29T00:59:59+00:00",
            "2026-10-25T01:30:00+01:00", "2024-02-29T00:00:00Z", "2026-07-01T00:00:00.5+05:30",
            "2026-11-20T10:00:00Z", "2026-04-01T23:59:59.999999999Z", "2026-09-01T00:15:00+09:30",
            "2025-03-01T00:00:00+00:01", "2026-12-31T23:00:00-01:00", "2026-03-04T00:00:00Z",
            "2026-03-03T05:30:00+05:30", "2026-03-01T19:00:00-05:00", "2026-03-02T00:00:00.000000001Z",
            "2026-03-04T00:59:59+01:00", "2027-03-04T00:00:00Z")
            .stream().map(s -> OffsetDateTime.parse(s).toInstant()).toList();

    private static final Duration H24 = Duration.ofHours(24);
    private static final Duration H48 = Duration.ofHours(48);
    private static final Duration H72 = Duration.ofHours(72);
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration NANO = Duration.ofNanos(1);
    private static final List<Duration> WINDOWS = List.of(H24, H48, H72);
    /** Offsets around a boundary: exactly on it most often, else a second, a nanosecond or a millisecond off. */
    private static final List<Duration> NEAR = List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO, SECOND, SECOND,
            SECOND.negated(), NANO, NANO.negated(), Duration.ofMillis(-1));
    private static final List<String> LEGAL_STATUSES =
            List.of("03", "09", "10", "15", "16", "17", "18", "37", "38", "02", "04", "19");
    private static final List<String> COORDINATORS = List.of("Dr Ada Okafor", "J. Smith", "Áine", "", " ", "\t");
    private static final LocalDate LEAP_DAY_BIRTH = LocalDate.of(2008, 2, 29);

    private final Random random;
    private final Instant asOf;
    /** A time a few weeks before the as-of instant that unrelated facts scatter around. */
    private final Instant base;
    private final List<Provider> providers = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<CarePlan> plans = new ArrayList<>();

    private PathwayGenerator(Random random) {
        this.random = random;
        this.asOf = pick(AS_OF_INSTANTS);
        this.base = asOf.minusSeconds(random.nextInt(30 * 86_400)).plusSeconds(random.nextInt(5 * 86_400));
    }

    /** One valid pathway and an as-of instant near which its windows close. */
    public static ValidationCase validationCase(Random random) {
        return new PathwayGenerator(random).generate();
    }

    private ValidationCase generate() {
        providers();
        String gp = random.nextInt(4) == 0 ? null : firstOfType(ProviderType.GP_PRACTICE);
        transfers();
        plans(gp);
        Patient patient = patient(gp);
        Pathway pathway = new Pathway("pw-" + Integer.toHexString(random.nextInt()), patient, providers, plans,
                transfers, contacts(), communications(gp), concerns(patient.birthDate()));
        return new ValidationCase(pathway, asOf);
    }

    private void providers() {
        List<ProviderType> types = new ArrayList<>(List.of(ProviderType.values()));
        Collections.shuffle(types, random);
        // the types the rules look at most come first, so that most pathways have them
        List<ProviderType> wanted = new ArrayList<>();
        for (ProviderType type : List.of(ProviderType.MENTAL_HEALTH_HOSPITAL, ProviderType.ACUTE_HOSPITAL,
                ProviderType.GP_PRACTICE, ProviderType.SUPPORTED_ACCOMMODATION, ProviderType.DOMICILIARY_CARE,
                ProviderType.LOCAL_AUTHORITY, random.nextBoolean() ? ProviderType.CARE_HOME : ProviderType.NURSING_HOME,
                ProviderType.OWN_HOME, ProviderType.AMBULANCE_SERVICE)) {
            if (random.nextInt(10) < 5) {
                wanted.add(type);
            }
        }
        wanted.addAll(types);
        int count = 2 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            ProviderType type = wanted.get(i);
            Boolean cqcRegistered = switch (random.nextInt(3)) {
                case 0 -> Boolean.TRUE;
                case 1 -> Boolean.FALSE;
                default -> null;
            };
            int openConcerns = random.nextInt(10) < 6 ? pick(List.of(0, 1, 2, 2, 3, 3, 4, 5)) : 0;
            providers.add(new Provider("P" + i, random.nextBoolean() ? "Provider " + i : null, type, cqcRegistered,
                    openConcerns));
        }
    }

    private void transfers() {
        int count = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            TransferKind kind = random.nextInt(10) < 6 ? TransferKind.DISCHARGE : pick(TransferKind.values());
            Provider from;
            Provider to;
            List<Provider> careHomes = ofTypes(ProviderType.CARE_HOME, ProviderType.NURSING_HOME);
            List<Provider> hospitalsOrAmbulance = ofTypes(ProviderType.ACUTE_HOSPITAL,
                    ProviderType.MENTAL_HEALTH_HOSPITAL, ProviderType.AMBULANCE_SERVICE);
            List<Provider> hospitals = ofTypes(ProviderType.ACUTE_HOSPITAL, ProviderType.MENTAL_HEALTH_HOSPITAL);
            if (kind != TransferKind.DISCHARGE && !careHomes.isEmpty() && !hospitalsOrAmbulance.isEmpty()
                    && random.nextBoolean()) {
                from = pick(careHomes);
                to = pick(hospitalsOrAmbulance);
            } else {
                from = kind == TransferKind.DISCHARGE && !hospitals.isEmpty() && random.nextInt(5) > 0
                        ? pick(hospitals) : pick(providers);
                do {
                    int k = random.nextInt(10);
                    List<Provider> preferred = k < 2 ? ofTypes(ProviderType.SUPPORTED_ACCOMMODATION)
                            : k < 4 ? careHomes : k < 5 ? ofTypes(ProviderType.OWN_HOME) : providers;
                    to = pick(preferred.isEmpty() ? providers : preferred);
                } while (to.id().equals(from.id()));
            }
            Instant at = !transfers.isEmpty() && random.nextInt(10) == 0 ? pick(transfers).at() : boundaryInstant();
            transfers.add(new Transfer("t" + (i + 1), kind, from.id(), to.id(), at, subset(TransferItem.values(), 6)));
        }
    }

    private void plans(String gp) {
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            CarePlanType type = random.nextInt(10) < 4 ? CarePlanType.MENTAL_HEALTH : pick(CarePlanType.values());
            int s = random.nextInt(20);
            CarePlanStatus status = s < 9 ? CarePlanStatus.ACTIVE : s < 14 ? CarePlanStatus.COMPLETED
                    : s < 17 ? CarePlanStatus.DRAFT : CarePlanStatus.CANCELLED;
            List<Provider> domiciliary = ofTypes(ProviderType.DOMICILIARY_CARE);
            String owner = !domiciliary.isEmpty() && random.nextInt(10) < 3 ? pick(domiciliary).id() : pick(providers).id();
            Instant anchor = transfers.isEmpty() ? base : pick(transfers).at();
            Instant created = random.nextInt(10) < 6 ? anchor.plus(pick(NEAR))
                    : anchor.plusSeconds(random.nextInt(40 * 86_400) - 35 * 86_400);
            Instant ended = null;
            if (random.nextBoolean()) {
                Instant end = transfers.isEmpty() ? base : pick(transfers).at();
                ended = random.nextInt(4) > 0 ? end.plus(pick(NEAR)) : end.plusSeconds(random.nextInt(20 * 86_400) - 10 * 86_400);
                if (!ended.isAfter(created)) {
                    ended = created.plus(pick(List.of(NANO, SECOND, H24)));
                }
            }
            LocalDate asOfDate = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
            LocalDate reviewDue = switch (random.nextInt(6)) {
                case 0, 1, 2 -> asOfDate.plusDays(random.nextInt(3) - 1);
                case 3 -> asOfDate.plusDays(random.nextInt(200) - 100);
                default -> null;
            };
            String coordinator = random.nextInt(4) == 0 ? null : pick(COORDINATORS);
            List<String> sharedWith = new ArrayList<>();
            for (Provider provider : providers) {
                if (random.nextInt(10) < 2) {
                    sharedWith.add(provider.id());
                }
            }
            if (gp != null && !sharedWith.contains(gp) && random.nextInt(10) < 3) {
                sharedWith.add(gp);
            }
            plans.add(new CarePlan("cp" + (i + 1), type, status, owner, created, ended, reviewDue, coordinator,
                    subset(CarePlanSection.values(), 6), sharedWith));
        }
    }

    private Patient patient(String gp) {
        String nhsNumber = switch (random.nextInt(4)) {
            case 0 -> nhsNumber(true);
            case 1 -> nhsNumber(false);
            case 2 -> digits(10);
            default -> null;
        };
        String localId = nhsNumber == null || random.nextBoolean() ? "L" + random.nextInt(1000) : null;
        List<Need> needs = subset(Need.values(), 3);
        if (random.nextInt(10) < 3 && !needs.contains(Need.PERSONAL_CARE)) {
            needs = new ArrayList<>(needs);
            needs.add(Need.PERSONAL_CARE);
        }
        ConsentToShare consent = random.nextInt(10) < 6 ? pick(ConsentToShare.values()) : null;
        return new Patient(nhsNumber, localId, birthDate(), diedAt(), gp, needs,
                random.nextInt(10) < 7 ? pick(LEGAL_STATUSES) : null, random.nextInt(3) == 0,
                random.nextInt(10) < 5, random.nextInt(10) < 3, consent);
    }

    /** Near the 18th birthday at a transfer or at the as-of date, a 29 February birth, or anyone. */
    private LocalDate birthDate() {
        int k = random.nextInt(20);
        if (k < 7 && !transfers.isEmpty()) {
            LocalDate date = LocalDate.ofInstant(pick(transfers).at(), ZoneOffset.UTC);
            return date.getMonthValue() == 3 && date.getDayOfMonth() == 1 && random.nextBoolean()
                    ? LocalDate.of(date.getYear() - 18, 2, 28).plusDays(random.nextInt(2))
                    : date.minusYears(18).plusDays(random.nextInt(3) - 1);
        }
        if (k < 9) {
            return LEAP_DAY_BIRTH;
        }
        if (k < 10) {
            return LocalDate.of(pick(List.of(2008, 2007, 2006, 2004)), 2, 28).plusDays(random.nextInt(3));
        }
        if (k < 12) {
            return LocalDate.ofInstant(asOf, ZoneOffset.UTC).minusYears(18).plusDays(random.nextInt(9) - 5);
        }
        return LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** Mostly alive; else dying at a discharge's window end (exactly or just either side) or at some other time. */
    private Instant diedAt() {
        List<Transfer> discharges = transfers.stream().filter(t -> t.kind() == TransferKind.DISCHARGE).toList();
        int k = random.nextInt(20);
        if (k < 6 && !discharges.isEmpty()) {
            return pick(discharges).at().plus(pick(WINDOWS)).plus(pick(NEAR));
        }
        return k == 6 ? base.plusSeconds(random.nextInt(40 * 86_400)) : null;
    }

    private List<Contact> contacts() {
        List<Contact> contacts = new ArrayList<>();
        for (Transfer transfer : transfers) {
            if (random.nextInt(10) >= (transfer.kind() == TransferKind.DISCHARGE ? 6 : 1)) {
                continue;
            }
            for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                Duration window = pick(WINDOWS);
                Duration offset = pick(List.of(Duration.ZERO, SECOND, NANO, window, window, window.plus(NANO),
                        window.plus(SECOND), window.minus(SECOND), SECOND.negated(), window.negated(), Duration.ofHours(30)));
                int k = random.nextInt(10);
                ContactKind kind = k < 6 ? ContactKind.FOLLOW_UP : k < 8 ? ContactKind.REVIEW : ContactKind.OTHER;
                contacts.add(new Contact(null, pick(providers).id(), transfer.at().plus(offset), kind));
            }
        }
        Collections.shuffle(contacts, random);
        List<Contact> withIds = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            withIds.add(new Contact(random.nextBoolean() ? "k" + i : null, c.provider(), c.at(), c.kind()));
        }
        return withIds;
    }

    private List<Communication> communications(String gp) {
        List<Communication> communications = new ArrayList<>();
        for (Transfer transfer : transfers) {
            boolean fromHospital = ofTypes(ProviderType.ACUTE_HOSPITAL, ProviderType.MENTAL_HEALTH_HOSPITAL).stream()
                    .anyMatch(p -> p.id().equals(transfer.from()));
            if (random.nextInt(10) >= (transfer.kind() == TransferKind.DISCHARGE && fromHospital ? 7 : 1)) {
                continue;
            }
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                int k = random.nextInt(20);
                CommunicationType type = k < 8 ? CommunicationType.DISCHARGE_SUMMARY : k < 15 ? CommunicationType.CARE_PLAN
                        : k < 17 ? CommunicationType.REFERRAL : CommunicationType.OTHER;
                String to = gp != null && random.nextInt(4) > 0 ? gp : pick(providers).id();
                String from = random.nextBoolean() ? transfer.from() : pick(providers).id();
                Duration offset = pick(List.of(SECOND.negated(), Duration.ofHours(-1), Duration.ofDays(-3),
                        Duration.ZERO, Duration.ZERO, NANO, Duration.ofHours(1), H24, H24, H24.plus(NANO),
                        H24.plus(SECOND), H24.minus(SECOND), Duration.ofHours(30)));
                int a = random.nextInt(10);
                String about = a < 4 ? transfer.id() : a < 6 ? pick(transfers).id() : null;
                String plan = plans.isEmpty() || random.nextInt(10) < 5 ? null : pick(plans).id();
                communications.add(new Communication(random.nextBoolean() ? "m" + communications.size() : null, type,
                        from, to, transfer.at().plus(offset), about, plan));
            }
        }
        Collections.shuffle(communications, random);
        return communications;
    }

    private List<SafeguardingConcern> concerns(LocalDate birthDate) {
        List<SafeguardingConcern> concerns = new ArrayList<>();
        if (random.nextInt(20) >= 11) {
            return concerns;
        }
        List<Provider> localAuthorities = ofTypes(ProviderType.LOCAL_AUTHORITY);
        List<Provider> registered = providers.stream().filter(p -> Boolean.TRUE.equals(p.cqcRegistered())).toList();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            int k = random.nextInt(10);
            Instant raisedAt;
            if (k < 5) {
                raisedAt = asOf.minus(H24).plus(pick(NEAR));
            } else if (k < 7) {
                LocalDate eighteenth = birthDate.plusYears(18);
                raisedAt = eighteenth.plusDays(random.nextInt(2)).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .plus(pick(List.of(Duration.ZERO, SECOND.negated(), NANO.negated(), Duration.ofMinutes(-30))));
            } else {
                raisedAt = base.plusSeconds(random.nextInt(30 * 86_400));
            }
            String raisedBy = !localAuthorities.isEmpty() && random.nextInt(4) == 0
                    ? pick(localAuthorities).id() : pick(providers).id();
            int a = random.nextInt(10);
            String about = a < 4 && !registered.isEmpty() ? pick(registered).id() : a < 7 ? pick(providers).id() : null;
            Instant referred = random.nextInt(10) < 3 ? raisedAt.plusSeconds(random.nextInt(3 * 86_400) - 86_400) : null;
            Instant notified = random.nextInt(10) < 3 ? raisedAt.plusSeconds(random.nextInt(3 * 86_400) - 86_400) : null;
            concerns.add(new SafeguardingConcern("sg" + (i + 1), pick(SafeguardingCategory.values()), raisedBy, raisedAt,
                    about, random.nextInt(10) < 6 ? ConcernStatus.OPEN : ConcernStatus.CLOSED, referred, notified));
        }
        return concerns;
    }

    /** On or just beside {@code asOf - window}, near a UTC midnight a window before the as-of date, or anywhere. */
    private Instant boundaryInstant() {
        int k = random.nextInt(20);
        if (k < 11) {
            return asOf.minus(pick(WINDOWS)).plus(pick(NEAR));
        }
        if (k < 14) {
            LocalDate day = LocalDate.ofInstant(asOf.minus(pick(WINDOWS)), ZoneOffset.UTC).plusDays(random.nextInt(3) - 1);
            return day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(pick(List.of(Duration.ZERO, SECOND.negated(),
                    NANO.negated(), Duration.ofMinutes(-30), Duration.ofMinutes(30))));
        }
        return base.plusSeconds(random.nextInt(20 * 86_400)).plusNanos(random.nextInt(10) == 0 ? random.nextInt(1_000_000_000) : 0);
    }

    /** A valid NHS number (passes Modulus 11) or one with a wrong check digit. */
    private String nhsNumber(boolean valid) {
        while (true) {
            String nine = digits(9);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return nine + (valid ? check : (check + 1 + random.nextInt(9)) % 10);
            }
        }
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private String firstOfType(ProviderType type) {
        List<Provider> ofType = ofTypes(type);
        return ofType.isEmpty() ? null : ofType.get(0).id();
    }

    private List<Provider> ofTypes(ProviderType... types) {
        List<ProviderType> wanted = Arrays.asList(types);
        return providers.stream().filter(p -> wanted.contains(p.type())).toList();
    }

    /** A random subset, in shuffled order: all of them one time in ten, else each with probability about k/10. */
    private <T> List<T> subset(T[] values, int k) {
        List<T> all = new ArrayList<>(List.of(values));
        if (random.nextInt(10) == 0) {
            return all;
        }
        Collections.shuffle(all, random);
        List<T> some = new ArrayList<>();
        for (T value : all) {
            if (random.nextInt(10) < k) {
                some.add(value);
            }
        }
        return some;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
