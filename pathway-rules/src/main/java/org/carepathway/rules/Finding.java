package org.carepathway.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepathway.model.CarePlan;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.Transfer;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence inserts to raise an alert. The rule's metadata (id, severity, category, title,
 * guidance) comes from the rule itself, so a consequence names only the facts:
 *
 * <pre>{@code
 * then
 *     insert(Finding.of(kcontext).about($t).provider($t.from())
 *         .message("Transfer " + $t.id() + " left without a medicines list"));
 * }</pre>
 *
 * <p>Immutable: each method returns a new finding.
 */
public final class Finding {
    private final String ruleId;
    private final String transferId;
    private final String carePlanId;
    private final String concernId;
    private final String providerId;
    private final String message;
    private final Map<String, Object> evidence;

    private Finding(String ruleId, String transferId, String carePlanId, String concernId, String providerId,
            String message, Map<String, Object> evidence) {
        this.ruleId = ruleId;
        this.transferId = transferId;
        this.carePlanId = carePlanId;
        this.concernId = concernId;
        this.providerId = providerId;
        this.message = message;
        this.evidence = evidence;
    }

    /**
     * A finding of the rule whose consequence is running ({@code kcontext} in DRL).
     *
     * @throws IllegalStateException when the rule declares no {@code @id}
     */
    public static Finding of(RuleContext kcontext) {
        Object id = kcontext.getRule().getMetaData().get("id");
        if (id == null) {
            throw new IllegalStateException("rule '" + kcontext.getRule().getName() + "' has no @id annotation");
        }
        return new Finding(id.toString(), null, null, null, null, null, Map.of());
    }

    /** The alert is about this transfer. */
    public Finding about(Transfer transfer) {
        return new Finding(ruleId, transfer.id(), carePlanId, concernId, providerId, message, evidence);
    }

    /** The alert is about this care plan. */
    public Finding about(CarePlan plan) {
        return new Finding(ruleId, transferId, plan.id(), concernId, providerId, message, evidence);
    }

    /** The alert is about this safeguarding concern. */
    public Finding about(SafeguardingConcern concern) {
        return new Finding(ruleId, transferId, carePlanId, concern.id(), providerId, message, evidence);
    }

    /** The provider expected to act on the alert (null for none). */
    public Finding provider(String providerId) {
        return new Finding(ruleId, transferId, carePlanId, concernId, providerId, message, evidence);
    }

    /** What was found, naming the facts involved. */
    public Finding message(String message) {
        return new Finding(ruleId, transferId, carePlanId, concernId, providerId, message, evidence);
    }

    /** Adds one piece of evidence; a list value keeps its order. */
    public Finding evidence(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(evidence);
        more.put(Objects.requireNonNull(key, "key"), value instanceof List<?> list ? names(list) : value);
        return new Finding(ruleId, transferId, carePlanId, concernId, providerId, message,
                Collections.unmodifiableMap(more));
    }

    /** Evidence {@code missing}: the missing things, in the order the rule names them. */
    public Finding missing(List<?> missing) {
        return evidence("missing", missing);
    }

    private static List<Object> names(List<?> values) {
        List<Object> names = new ArrayList<>(values.size());
        for (Object value : values) {
            names.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return Collections.unmodifiableList(names);
    }

    /** The id of the rule that raised it. */
    public String ruleId() {
        return ruleId;
    }

    /** The transfer concerned, or null. */
    public String transferId() {
        return transferId;
    }

    /** The care plan concerned, or null. */
    public String carePlanId() {
        return carePlanId;
    }

    /** The safeguarding concern concerned, or null. */
    public String concernId() {
        return concernId;
    }

    /** The provider expected to act, or null. */
    public String providerId() {
        return providerId;
    }

    /** The message, or null when the rule gave none. */
    public String message() {
        return message;
    }

    /** The evidence, in the order it was added. */
    public Map<String, Object> evidence() {
        return evidence;
    }
}
