package org.carepathway.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Valid pathways (no input errors, no integrity errors) for properties. Values are drawn from a {@link Random}
 * jqwik supplies, so runs are reproducible from jqwik's seed; they are not shrunk.
 */
final class PathwayArbitraries {
    private PathwayArbitraries() {
    }

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.between(EARLIEST, Instant.parse("2100-01-01T00:00:00Z"))
            .getSeconds();
    private static final String TEXT_CHARS = "abcXYZ019 -_'\"\\/\n\téü£–😀";

    static Arbitrary<Pathway> validPathways() {
        return Arbitraries.randomValue(PathwayArbitraries::pathway);
    }

    static Pathway pathway(Random r) {
        List<Provider> providers = new ArrayList<>();
        int providerCount = 2 + r.nextInt(5);
        for (int i = 0; i < providerCount; i++) {
            ProviderType type = i == 0 && r.nextBoolean() ? ProviderType.GP_PRACTICE : pick(r, ProviderType.values());
            Boolean cqc = r.nextInt(3) == 0 ? null : r.nextBoolean();
            providers.add(new Provider("P" + i + text(r, 3), maybe(r, text(r, 12)), type, cqc,
                    r.nextInt(3) == 0 ? r.nextInt(10) : 0));
        }
        List<String> providerIds = providers.stream().map(Provider::id).toList();
        String gp = providers.stream().filter(p -> p.type() == ProviderType.GP_PRACTICE).map(Provider::id)
                .findFirst().orElse(null);

        String nhsNumber = r.nextInt(4) == 0 ? null : digits(r, 10);
        String localId = nhsNumber == null || r.nextBoolean() ? text(r, 8) : null;
        Patient patient = new Patient(nhsNumber, localId, date(r), maybe(r, instant(r)), r.nextBoolean() ? gp : null,
                some(r, Need.values()), maybe(r, digits(r, 2)), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(),
                maybe(r, pick(r, ConsentToShare.values())));

        List<CarePlan> plans = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            Instant created = instant(r);
            Instant ended = r.nextBoolean() ? null : created.plusNanos(1 + (long) r.nextInt(Integer.MAX_VALUE) * 1000);
            List<String> sharedWith = new ArrayList<>();
            for (int j = 0, m = r.nextInt(3); j < m; j++) {
                sharedWith.add(pick(r, providerIds));
            }
            plans.add(new CarePlan("CP" + i, pick(r, CarePlanType.values()), pick(r, CarePlanStatus.values()),
                    pick(r, providerIds), created, ended, maybe(r, date(r)), maybe(r, text(r, 10)),
                    some(r, CarePlanSection.values()), sharedWith));
        }

        List<Transfer> transfers = new ArrayList<>();
        for (int i = 0, n = r.nextInt(5); i < n; i++) {
            int from = r.nextInt(providerIds.size());
            int to = (from + 1 + r.nextInt(providerIds.size() - 1)) % providerIds.size();
            transfers.add(new Transfer("T" + i, pick(r, TransferKind.values()), providerIds.get(from),
                    providerIds.get(to), instant(r), some(r, TransferItem.values())));
        }

        List<Contact> contacts = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            contacts.add(new Contact(r.nextBoolean() ? "K" + i : null, pick(r, providerIds), instant(r),
                    pick(r, ContactKind.values())));
        }

        List<Communication> communications = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            String about = transfers.isEmpty() || r.nextBoolean() ? null : pick(r, transfers).id();
            String carePlan = plans.isEmpty() || r.nextBoolean() ? null : pick(r, plans).id();
            communications.add(new Communication(r.nextBoolean() ? "M" + i : null, pick(r, CommunicationType.values()),
                    pick(r, providerIds), pick(r, providerIds), instant(r), about, carePlan));
        }

        List<SafeguardingConcern> concerns = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            concerns.add(new SafeguardingConcern("S" + i, pick(r, SafeguardingCategory.values()), pick(r, providerIds),
                    instant(r), r.nextBoolean() ? pick(r, providerIds) : null, pick(r, ConcernStatus.values()),
                    maybe(r, instant(r)), maybe(r, instant(r))));
        }

        return new Pathway("pw-" + text(r, 6), patient, providers, plans, transfers, contacts, communications,
                concerns);
    }

    /** Whole seconds, milliseconds or nanoseconds, between 1900 and 2100. */
    private static Instant instant(Random r) {
        Instant seconds = EARLIEST.plusSeconds((long) (r.nextDouble() * SPAN_SECONDS));
        return switch (r.nextInt(3)) {
            case 0 -> seconds;
            case 1 -> seconds.plusMillis(r.nextInt(1000));
            default -> seconds.plusNanos(r.nextInt(1_000_000_000));
        };
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(1900, 1, 1).plusDays(r.nextInt(73_000));
    }

    private static String text(Random r, int maxLength) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = r.nextInt(maxLength + 1); i < n; i++) {
            s.appendCodePoint(TEXT_CHARS.codePointAt(TEXT_CHARS.offsetByCodePoints(0,
                    r.nextInt(TEXT_CHARS.codePointCount(0, TEXT_CHARS.length())))));
        }
        return s.toString();
    }

    private static String digits(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    private static <T> T maybe(Random r, T value) {
        return r.nextBoolean() ? value : null;
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** A few values, possibly repeated, in any order. */
    private static <T> List<T> some(Random r, T[] values) {
        List<T> result = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            result.add(pick(r, values));
        }
        return result;
    }
}
