package org.carepathway.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.carepathway.model.InputError;
import org.carepathway.rules.Alert;
import org.carepathway.rules.RuleDescriptor;
import org.carepathway.rules.Severity;

/** The JSON forms of the CLI's output, members in the order SPEC section 4 lists them, absent ids as null. */
final class JsonForms {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonForms() {
    }

    static ObjectNode result(Result result) {
        ObjectNode node = NODES.objectNode();
        node.put("source", result.source());
        node.put("pathwayId", result.pathwayId());
        ArrayNode alerts = node.putArray("alerts");
        result.alerts().forEach(alert -> alerts.add(alert(alert)));
        ArrayNode errors = node.putArray("errors");
        result.errors().forEach(error -> errors.add(error(error)));
        return node;
    }

    static ObjectNode alert(Alert alert) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", alert.ruleId());
        node.put("severity", alert.severity().name());
        node.put("category", alert.category().name());
        node.put("title", alert.title());
        node.put("message", alert.message());
        node.put("guidance", alert.guidance());
        node.put("transferId", alert.transferId());
        node.put("carePlanId", alert.carePlanId());
        node.put("concernId", alert.concernId());
        node.put("providerId", alert.providerId());
        node.set("evidence", value(alert.evidence()));
        return node;
    }

    static ObjectNode error(InputError error) {
        ObjectNode node = NODES.objectNode();
        node.put("pointer", error.pointer());
        node.put("message", error.message());
        return node;
    }

    static ObjectNode summary(Summary summary) {
        ObjectNode node = NODES.objectNode();
        node.put("read", summary.read());
        node.put("validated", summary.validated());
        node.put("rejected", summary.rejected());
        ObjectNode alerts = node.putObject("alerts");
        for (Severity severity : Severity.values()) {
            alerts.put(severity.name(), summary.alerts().get(severity));
        }
        node.put("asOf", summary.asOf().toString());
        return node;
    }

    static ObjectNode rule(RuleDescriptor rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.put("severity", rule.severity().name());
        node.put("category", rule.category().name());
        node.put("title", rule.title());
        node.put("guidance", rule.guidance());
        node.put("description", rule.description());
        node.put("builtIn", rule.builtIn());
        return node;
    }

    /** Evidence values: strings, numbers, booleans, lists and maps as such; enums by name; anything else as text. */
    private static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((k, v) -> node.set(String.valueOf(k), value(v)));
            return node;
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode node = NODES.arrayNode();
            collection.forEach(v -> node.add(value(v)));
            return node;
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            try {
                return NODES.numberNode(new BigDecimal(number.toString()));
            } catch (NumberFormatException e) {
                return NODES.textNode(number.toString()); // NaN, Infinity
            }
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        return NODES.textNode(value.toString());
    }
}
