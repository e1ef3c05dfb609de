package org.carepathway.model;

import static org.carepathway.model.Values.required;

import java.time.Instant;

/**
 * A contact between a provider and the patient.
 *
 * @param id optional id, unique among contacts when present
 * @param provider id of the provider that made the contact
 * @param at when the contact happened
 * @param kind the purpose of the contact
 */
public record Contact(String id, String provider, Instant at, ContactKind kind) {

    public Contact {
        if (id != null && !Values.isUsableId(id)) {
            throw new IllegalArgumentException("contact.id must not be an empty string");
        }
        required(provider, "contact.provider");
        required(at, "contact.at");
        required(kind, "contact.kind");
    }
}
