package org.carepathway.model;

import static org.carepathway.model.Values.required;
import static org.carepathway.model.Values.requiredId;

import java.time.Instant;

/**
 * A safeguarding concern raised about the patient.
 *
 * @param id unique among concerns
 * @param category the kind of abuse or neglect
 * @param raisedBy id of the provider that raised it
 * @param raisedAt when it was raised
 * @param about id of the provider where the abuse or neglect is alleged to happen, if a provider
 * @param status open or closed
 * @param referredToLocalAuthorityAt when it was referred to the local authority (Care Act 2014 s42)
 * @param cqcNotifiedAt when the CQC was notified
 */
public record SafeguardingConcern(
        String id,
        SafeguardingCategory category,
        String raisedBy,
        Instant raisedAt,
        String about,
        ConcernStatus status,
        Instant referredToLocalAuthorityAt,
        Instant cqcNotifiedAt) {

    public SafeguardingConcern {
        requiredId(id, "safeguardingConcern.id");
        required(category, "safeguardingConcern.category");
        required(raisedBy, "safeguardingConcern.raisedBy");
        required(raisedAt, "safeguardingConcern.raisedAt");
        required(status, "safeguardingConcern.status");
    }
}
