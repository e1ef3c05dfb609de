package org.carepathway.fhir;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the things of a pathway read from a Bundle came from: for the patient, each provider, each transfer, each
 * care plan and each safeguarding concern, the reference that finds its resource in the Bundle (the entry's {@code fullUrl}, else
 * {@code Type/id}; for an organisation known only by its ODS code, {@code Organization?identifier=...}). The
 * report writer uses it to point {@code DetectedIssue.implicated} at the Encounter, CarePlan and Organization
 * an alert is about (an organisation known only by its ODS code as a logical reference by that identifier).
 *
 * @param patient the Patient's reference, or null
 * @param providers provider id to the Organization's reference; derived providers (a destination known only by
 *     its discharge code) have none
 * @param transfers transfer id to the reference of the Encounter it was read from
 * @param carePlans care plan id to the CarePlan's reference
 * @param concerns safeguarding concern id to the reference of the Flag it was read from
 */
public record ResourceLinks(String patient, Map<String, String> providers, Map<String, String> transfers,
        Map<String, String> carePlans, Map<String, String> concerns) {

    private static final ResourceLinks NONE = new ResourceLinks(null, Map.of(), Map.of(), Map.of(), Map.of());

    /** Copies the maps. */
    public ResourceLinks {
        providers = Map.copyOf(Objects.requireNonNull(providers, "providers"));
        transfers = Map.copyOf(Objects.requireNonNull(transfers, "transfers"));
        carePlans = Map.copyOf(Objects.requireNonNull(carePlans, "carePlans"));
        concerns = Map.copyOf(Objects.requireNonNull(concerns, "concerns"));
    }

    /** No links: for a pathway that did not come from a Bundle. */
    public static ResourceLinks none() {
        return NONE;
    }

    /** The reference of the provider's Organization, if it came from one. */
    public Optional<String> provider(String providerId) {
        return Optional.ofNullable(providerId == null ? null : providers.get(providerId));
    }

    /** The reference of the Encounter the transfer was read from, if any. */
    public Optional<String> transfer(String transferId) {
        return Optional.ofNullable(transferId == null ? null : transfers.get(transferId));
    }

    /** The reference of the care plan's CarePlan, if any. */
    public Optional<String> carePlan(String carePlanId) {
        return Optional.ofNullable(carePlanId == null ? null : carePlans.get(carePlanId));
    }

    /** The reference of the Flag the safeguarding concern was read from, if any. */
    public Optional<String> concern(String concernId) {
        return Optional.ofNullable(concernId == null ? null : concerns.get(concernId));
    }
}
