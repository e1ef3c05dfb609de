package org.carepathway.rules;

import java.time.Instant;
import java.util.Objects;
import org.carepathway.model.Provider;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferKind;

/**
 * A fact in every rule session, one per transfer: the transfer with both of its providers resolved, so that a
 * rule can read {@code Handover( kind == TransferKind.DISCHARGE, from.type().isHospital() )} without a join.
 *
 * @param transfer the transfer
 * @param from the provider the patient left
 * @param to the provider the patient went to
 */
public record Handover(Transfer transfer, Provider from, Provider to) {
    public Handover {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The transfer's kind. */
    public TransferKind kind() {
        return transfer.kind();
    }

    /** The transfer's instant, t in the catalogue. */
    public Instant at() {
        return transfer.at();
    }
}
