package org.carepathway.examples.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carepathway.model.InputError;
import org.carepathway.model.Pathway;
import org.carepathway.model.Provider;
import org.carepathway.model.Transfer;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Category;
import org.carepathway.rules.RuleDescriptor;

/**
 * The figures of the gap report, added up one outcome at a time: counters per rule, per provider pair and per
 * provider, and for each only the first {@link #SAMPLES} pathways behind it. Nothing grows with the number of
 * pathways: the tallies grow with the number of rules and providers of the care system, and stop at
 * {@link #MAX_PROVIDERS} providers and {@link #MAX_PAIRS} pairs (what falls beyond is still counted in the
 * totals, and the report says so).
 */
final class GapReport {
    /** Pathways listed behind each number; the report says how many more there are. */
    static final int SAMPLES = 10;
    /** Rejected inputs listed; the report says how many more there are. */
    static final int REJECTED_SHOWN = 20;
    static final int MAX_PROVIDERS = 5_000;
    static final int MAX_PAIRS = 20_000;

    /** A pathway behind a number: its id (null when unreadable) and where it came from. */
    record Sample(String pathwayId, String source) {
    }

    /** The first few pathways behind a number, and how many there are in all. */
    static final class Samples {
        private final List<Sample> first = new ArrayList<>();
        private long total;

        void add(Sample sample) {
            total++;
            if (first.size() < SAMPLES) {
                first.add(sample);
            }
        }

        List<Sample> first() {
            return first;
        }

        long total() {
            return total;
        }

        long more() {
            return total - first.size();
        }
    }

    /** The alerts of one rule. */
    static final class RuleTally {
        final RuleDescriptor rule;
        long alerts;
        final Samples pathways = new Samples();

        RuleTally(RuleDescriptor rule) {
            this.rule = rule;
        }
    }

    /** The transfers from one provider to another, and those of them an alert is about. */
    static final class PairTally {
        final String from;
        final String to;
        long transfers;
        long withAlert;
        final Samples pathways = new Samples();

        PairTally(String from, String to) {
            this.from = from;
            this.to = to;
        }

        double share() {
            return transfers == 0 ? 0 : (double) withAlert / transfers;
        }
    }

    /** The alerts that name one provider as the one expected to act. */
    static final class ProviderTally {
        final String id;
        long alerts;
        long safeguarding;
        final Samples pathways = new Samples();

        ProviderTally(String id) {
            this.id = id;
        }
    }

    /** Most safeguarding alerts first, then most alerts, then by id. */
    static final Comparator<ProviderTally> SAFEGUARDING_FIRST = Comparator
            .comparingLong((ProviderTally p) -> -p.safeguarding)
            .thenComparingLong(p -> -p.alerts)
            .thenComparing(p -> p.id);

    /** Most transfers with an alert first, then the highest share, then by ids. */
    static final Comparator<PairTally> MOST_FAILED_FIRST = Comparator
            .comparingLong((PairTally p) -> -p.withAlert)
            .thenComparingDouble(p -> -p.share())
            .thenComparing(p -> p.from)
            .thenComparing(p -> p.to);

    private final Summary summary;
    private final Map<String, RuleTally> rules = new LinkedHashMap<>();
    private final Map<String, PairTally> pairs = new HashMap<>();
    private final Map<String, ProviderTally> providers = new HashMap<>();
    private final Map<String, String> providerNames = new HashMap<>();
    private final List<String> rejectedShown = new ArrayList<>();
    private long transfers;
    private long transfersWithAlert;
    private long transfersOfUntrackedPairs;
    private long alertsOfUntrackedProviders;
    private Instant firstTransfer;
    private Instant lastTransfer;

    /**
     * @param catalogue the rules the validator runs, for their plain-English titles and guidance
     * @param summary counts every outcome too (read, validated, rejected, alerts by severity)
     */
    GapReport(List<RuleDescriptor> catalogue, Summary summary) {
        this.summary = summary;
        catalogue.forEach(rule -> rules.put(rule.id(), new RuleTally(rule)));
    }

    /** Adds one outcome. */
    void add(Batch.Outcome outcome) {
        Result result = outcome.result();
        summary.add(result);
        Sample sample = new Sample(result.pathwayId(), result.source());
        if (result.rejected()) {
            if (rejectedShown.size() < REJECTED_SHOWN) {
                InputError first = result.errors().get(0);
                rejectedShown.add(result.source() + ": " + (first.pointer().isEmpty() ? "" : first.pointer() + ": ")
                        + first.message() + (result.errors().size() > 1
                                ? " (and " + (result.errors().size() - 1) + " more errors)" : ""));
            }
            return;
        }
        Pathway pathway = outcome.pathway();
        for (Provider provider : pathway.providers()) {
            if (providerNames.size() < MAX_PROVIDERS || providerNames.containsKey(provider.id())) {
                providerNames.putIfAbsent(provider.id(), provider.name() != null ? provider.name()
                        : provider.type().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
            }
        }
        Set<String> transfersWithAnAlert = new HashSet<>();
        Set<String> countedRules = new HashSet<>();
        Set<String> countedProviders = new HashSet<>();
        for (Alert alert : result.alerts()) {
            if (alert.transferId() != null) {
                transfersWithAnAlert.add(alert.transferId());
            }
            RuleTally rule = rules.computeIfAbsent(alert.ruleId(), id -> new RuleTally(descriptorOf(alert)));
            rule.alerts++;
            if (countedRules.add(alert.ruleId())) {
                rule.pathways.add(sample);
            }
            if (alert.providerId() != null) {
                ProviderTally provider = providers.get(alert.providerId());
                if (provider == null && providers.size() < MAX_PROVIDERS) {
                    provider = new ProviderTally(alert.providerId());
                    providers.put(alert.providerId(), provider);
                }
                if (provider == null) {
                    alertsOfUntrackedProviders++;
                    continue;
                }
                provider.alerts++;
                if (alert.category() == Category.SAFEGUARDING) {
                    provider.safeguarding++;
                }
                if (countedProviders.add(alert.providerId())) {
                    provider.pathways.add(sample);
                }
            }
        }
        Set<String> countedPairs = new HashSet<>();
        for (Transfer transfer : pathway.transfers()) {
            transfers++;
            boolean failed = transfersWithAnAlert.contains(transfer.id());
            if (failed) {
                transfersWithAlert++;
            }
            firstTransfer = firstTransfer == null || transfer.at().isBefore(firstTransfer) ? transfer.at()
                    : firstTransfer;
            lastTransfer = lastTransfer == null || transfer.at().isAfter(lastTransfer) ? transfer.at() : lastTransfer;
            String key = transfer.from() + "\u0000" + transfer.to();
            PairTally pair = pairs.get(key);
            if (pair == null && pairs.size() < MAX_PAIRS) {
                pair = new PairTally(transfer.from(), transfer.to());
                pairs.put(key, pair);
            }
            if (pair == null) {
                transfersOfUntrackedPairs++;
                continue;
            }
            pair.transfers++;
            if (failed) {
                pair.withAlert++;
                if (countedPairs.add(key)) {
                    pair.pathways.add(sample);
                }
            }
        }
    }

    /** A rule that is not in the catalogue given (it cannot happen with one validator; kept safe all the same). */
    private static RuleDescriptor descriptorOf(Alert alert) {
        return new RuleDescriptor(alert.ruleId(), alert.severity(), alert.category(), alert.title(), null,
                alert.guidance(), false);
    }

    Summary summary() {
        return summary;
    }

    /** The rules that raised an alert: most severe first, then most alerts, then by id. */
    List<RuleTally> rulesWithAlerts() {
        return rules.values().stream().filter(r -> r.alerts > 0)
                .sorted(Comparator.comparing((RuleTally r) -> r.rule.severity())
                        .thenComparingLong(r -> -r.alerts)
                        .thenComparing(r -> r.rule.id()))
                .toList();
    }

    List<PairTally> pairs() {
        return List.copyOf(pairs.values());
    }

    List<ProviderTally> providers() {
        return providers.values().stream().sorted(SAFEGUARDING_FIRST).toList();
    }

    /** The provider's name as the pathways give it, else its id. */
    String nameOf(String providerId) {
        return providerNames.getOrDefault(providerId, providerId);
    }

    List<String> rejectedShown() {
        return rejectedShown;
    }

    long transfers() {
        return transfers;
    }

    long transfersWithAlert() {
        return transfersWithAlert;
    }

    long transfersOfUntrackedPairs() {
        return transfersOfUntrackedPairs;
    }

    long alertsOfUntrackedProviders() {
        return alertsOfUntrackedProviders;
    }

    /** The earliest transfer seen, or null when there was none. */
    Instant firstTransfer() {
        return firstTransfer;
    }

    /** The latest transfer seen, or null when there was none. */
    Instant lastTransfer() {
        return lastTransfer;
    }
}
