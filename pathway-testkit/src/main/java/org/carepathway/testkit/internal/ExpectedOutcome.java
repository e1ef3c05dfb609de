package org.carepathway.testkit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.carepathway.testkit.AlertIdentity;

/**
 * The contents of a golden case's {@code NAME.expected.json}: the as-of instant, optional settings, and the
 * identities of the alerts expected. Parsing is strict, so that a typo in a member name fails instead of being
 * ignored. Not API.
 *
 * @param asOf the as-of instant
 * @param settings setting name to value, as {@code PathwayValidator.Builder.setting(name, value)} takes them
 * @param alerts the expected alert identities, in the file's order, without duplicates
 */
public record ExpectedOutcome(Instant asOf, Map<String, String> settings, List<AlertIdentity> alerts) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> MEMBERS = Set.of("description", "asOf", "settings", "alerts");
    private static final Set<String> ALERT_MEMBERS = Set.of("ruleId", "transferId", "carePlanId", "concernId");

    /** Copies the settings and alerts. */
    public ExpectedOutcome {
        settings = Map.copyOf(settings);
        alerts = List.copyOf(alerts);
    }

    /**
     * Reads an expected file.
     *
     * @throws IllegalArgumentException naming the file, the member (as a JSON Pointer) and the problem
     */
    public static ExpectedOutcome read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw problem(file, "", "is not well-formed JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw problem(file, "", "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw problem(file, "", "must be a JSON object {\"asOf\": ..., \"alerts\": [...]}");
        }
        onlyMembers(file, root, "", MEMBERS);
        return new ExpectedOutcome(asOf(file, root.get("asOf")), settings(file, root.get("settings")),
                alerts(file, root.get("alerts")));
    }

    private static Instant asOf(Path file, JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw problem(file, "/asOf", "is required: an RFC 3339 date-time with an offset, such as "
                    + "\"2026-11-21T09:00:00Z\"");
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw problem(file, "/asOf", "'" + node.asText() + "' is not an RFC 3339 date-time with an offset");
        }
    }

    private static Map<String, String> settings(Path file, JsonNode node) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return settings;
        }
        if (!node.isObject()) {
            throw problem(file, "/settings", "must be an object of setting names to values, such as "
                    + "{\"mentalHealthFollowUp\": \"PT96H\"}");
        }
        for (Map.Entry<String, JsonNode> setting : node.properties()) {
            if (!setting.getValue().isTextual()) {
                throw problem(file, "/settings/" + setting.getKey(), "must be a string, such as \"PT96H\" or \"3\"");
            }
            settings.put(setting.getKey(), setting.getValue().asText());
        }
        return settings;
    }

    private static List<AlertIdentity> alerts(Path file, JsonNode node) {
        if (node == null || !node.isArray()) {
            throw problem(file, "/alerts", "is required: an array of {\"ruleId\", \"transferId\", \"carePlanId\", "
                    + "\"concernId\"} objects, [] when no alert is expected");
        }
        Set<AlertIdentity> alerts = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/alerts/" + i;
            JsonNode alert = node.get(i);
            if (!alert.isObject()) {
                throw problem(file, pointer, "must be an object such as {\"ruleId\": \"HO-001\", \"transferId\": \"t1\"}");
            }
            onlyMembers(file, alert, pointer, ALERT_MEMBERS);
            String ruleId = text(file, alert, pointer, "ruleId");
            if (ruleId == null) {
                throw problem(file, pointer + "/ruleId", "is required");
            }
            AlertIdentity identity = new AlertIdentity(ruleId, text(file, alert, pointer, "transferId"),
                    text(file, alert, pointer, "carePlanId"), text(file, alert, pointer, "concernId"));
            if (!alerts.add(identity)) {
                throw problem(file, pointer, "repeats " + identity + "; an identity is reported once");
            }
        }
        return new ArrayList<>(alerts);
    }

    private static String text(Path file, JsonNode object, String pointer, String member) {
        JsonNode value = object.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw problem(file, pointer + "/" + member, "must be a non-empty string");
        }
        return value.asText();
    }

    private static void onlyMembers(Path file, JsonNode object, String pointer, Set<String> allowed) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw problem(file, pointer + "/" + name, "is not a member of an expected file\nMaybe one of "
                        + new TreeSet<>(allowed));
            }
        }
    }

    private static IllegalArgumentException problem(Path file, String pointer, String message) {
        return new IllegalArgumentException(pointer.isEmpty() ? file + " " + message : file + ": " + pointer + " " + message);
    }
}
