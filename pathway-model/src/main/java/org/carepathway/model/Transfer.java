package org.carepathway.model;

import static org.carepathway.model.Values.list;
import static org.carepathway.model.Values.required;
import static org.carepathway.model.Values.requiredId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The patient moving from one provider to another.
 *
 * @param id unique among transfers
 * @param kind admission, discharge or transfer
 * @param from id of the provider the patient left
 * @param to id of the provider the patient went to; differs from {@code from}
 * @param at when the patient moved
 * @param items what travelled with the patient
 */
public record Transfer(String id, TransferKind kind, String from, String to, Instant at, List<TransferItem> items) {

    public Transfer {
        requiredId(id, "transfer.id");
        required(kind, "transfer.kind");
        required(from, "transfer.from");
        required(to, "transfer.to");
        required(at, "transfer.at");
        if (!hasDistinctEnds(from, to)) {
            throw new IllegalArgumentException("transfer " + id + ": from and to are both '" + from + "'");
        }
        items = list(items);
    }

    /** SPEC section 1: a transfer goes from one provider to a different one. */
    static boolean hasDistinctEnds(String from, String to) {
        return !from.equals(to);
    }

    /** Whether this item travelled with the patient. */
    public boolean carries(TransferItem item) {
        return items.contains(item);
    }

    /** The given items that did not travel, in the order given. */
    public List<TransferItem> missing(TransferItem... required) {
        List<TransferItem> missing = new ArrayList<>();
        for (TransferItem item : required) {
            if (!items.contains(item)) {
                missing.add(item);
            }
        }
        return List.copyOf(missing);
    }
}
