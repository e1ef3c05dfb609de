package org.carepathway.model;

import static org.carepathway.model.Values.required;

import java.time.Instant;

/**
 * A document sent from one provider to another.
 *
 * @param id optional id, unique among communications when present
 * @param type what was sent
 * @param from id of the sending provider
 * @param to id of the receiving provider
 * @param sentAt when it was sent
 * @param about id of the transfer it is about, if any
 * @param carePlan id of the care plan it carries, if any
 */
public record Communication(String id, CommunicationType type, String from, String to, Instant sentAt, String about,
        String carePlan) {

    public Communication {
        if (id != null && !Values.isUsableId(id)) {
            throw new IllegalArgumentException("communication.id must not be an empty string");
        }
        required(type, "communication.type");
        required(from, "communication.from");
        required(to, "communication.to");
        required(sentAt, "communication.sentAt");
    }
}
