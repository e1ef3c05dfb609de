package org.carepathway.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** A valid Pathway JSON v1 document and ways to break it, for the reader's tests. */
final class Documents {
    private Documents() {
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Valid: every collection present, every reference resolves. */
    static final String VALID = """
            {
              "id": "pw-1",
              "patient": {
                "nhsNumber": "9434765919",
                "birthDate": "1950-03-01",
                "registeredGp": "GP1",
                "needs": ["MENTAL_HEALTH"],
                "legalStatus": "03",
                "suicideRisk": true,
                "consentToShare": "GIVEN"
              },
              "providers": [
                {"id": "GP1", "name": "Riverside Surgery", "type": "GP_PRACTICE"},
                {"id": "MH1", "type": "MENTAL_HEALTH_HOSPITAL", "cqcRegistered": true},
                {"id": "CH1", "type": "CARE_HOME", "cqcRegistered": false, "openSafeguardingConcerns": 1}
              ],
              "carePlans": [
                {"id": "cp1", "type": "MENTAL_HEALTH", "status": "ACTIVE", "owner": "MH1",
                 "created": "2026-11-01T09:00:00Z", "reviewDue": "2027-01-01", "careCoordinator": "A. Nurse",
                 "sections": ["CRISIS_PLAN"], "sharedWith": ["GP1"]}
              ],
              "transfers": [
                {"id": "t1", "kind": "ADMISSION", "from": "CH1", "to": "MH1", "at": "2026-11-10T10:00:00Z",
                 "items": ["MEDICATION"]},
                {"id": "t2", "kind": "DISCHARGE", "from": "MH1", "to": "CH1", "at": "2026-11-20T10:00:00Z"}
              ],
              "contacts": [
                {"provider": "CH1", "at": "2026-11-21T10:00:00Z", "kind": "FOLLOW_UP"}
              ],
              "communications": [
                {"id": "c1", "type": "DISCHARGE_SUMMARY", "from": "MH1", "to": "GP1",
                 "sentAt": "2026-11-20T12:00:00Z", "about": "t2", "carePlan": "cp1"}
              ],
              "safeguardingConcerns": [
                {"id": "s1", "category": "NEGLECT", "raisedBy": "MH1", "raisedAt": "2026-11-15T10:00:00Z",
                 "about": "CH1", "status": "OPEN"}
              ]
            }
            """;

    /** The valid document after an edit of its tree. */
    static String valid(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(VALID);
            edit.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid document with the member at this pointer ("/transfers/1/to") removed. */
    static String without(String pointer) {
        return valid(root -> {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) root.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        });
    }

    /** The valid document with the value at this pointer replaced (or appended, one past the end of an array); the value is given as JSON text. */
    static String with(String pointer, String json) {
        return valid(root -> {
            JsonNode value = read(json);
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = root.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            if (parent instanceof ArrayNode array) {
                int index = Integer.parseInt(last);
                if (index == array.size()) {
                    array.add(value);
                } else {
                    array.set(index, value);
                }
            } else {
                ((ObjectNode) parent).set(last, value);
            }
        });
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
