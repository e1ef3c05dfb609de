package org.carepathway.model;

import static org.carepathway.model.Values.list;
import static org.carepathway.model.Values.required;
import static org.carepathway.model.Values.requiredId;

import java.util.List;
import java.util.Optional;

/**
 * One patient's journey across providers: the document that is validated (SPEC section 1).
 *
 * <p>Collections are never null (absent means empty) and are unmodifiable. Referential integrity (ids
 * unique, references listed) is checked by {@link PathwayJson} for JSON input and by
 * {@link #integrityErrors()} for pathways built in code.
 *
 * @param id names this record in reports
 * @param patient the patient
 * @param providers every provider referenced anywhere in the pathway
 * @param carePlans care plans
 * @param transfers transfers between providers
 * @param contacts contacts with the patient
 * @param communications communications between providers
 * @param safeguardingConcerns safeguarding concerns
 */
public record Pathway(
        String id,
        Patient patient,
        List<Provider> providers,
        List<CarePlan> carePlans,
        List<Transfer> transfers,
        List<Contact> contacts,
        List<Communication> communications,
        List<SafeguardingConcern> safeguardingConcerns) {

    public Pathway {
        requiredId(id, "pathway.id");
        required(patient, "pathway.patient");
        providers = list(providers);
        carePlans = list(carePlans);
        transfers = list(transfers);
        contacts = list(contacts);
        communications = list(communications);
        safeguardingConcerns = list(safeguardingConcerns);
    }

    /** The provider with this id, if listed. */
    public Optional<Provider> provider(String providerId) {
        for (Provider provider : providers) {
            if (provider.id().equals(providerId)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /**
     * The input errors of SPEC section 1 that need more than one record to see (duplicate ids, references to
     * unlisted ids, {@code registeredGp} not a GP practice), each with the JSON Pointer it would have in the
     * pathway's JSON form. Empty for a valid pathway.
     */
    public List<InputError> integrityErrors() {
        return Integrity.check(this);
    }
}
