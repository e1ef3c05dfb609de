package org.carepathway.fhir.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carepathway.model.InputError;

/**
 * JSON members named twice in one object. HAPI keeps the last of them without a word, so a Bundle that says two
 * things at once ({@code "code": "19", "code": "54"}) would be read as one of them; the Pathway JSON reader refuses
 * the same, and so does this module.
 */
public final class DuplicateMembers {
    private static final JsonFactory JSON = new JsonFactory();

    private DuplicateMembers() {
    }

    /**
     * Every member that repeats a name of its object, at its FHIRPath-like location; none when the text is not
     * well-formed JSON (the FHIR parser then says where it breaks).
     */
    public static List<InputError> in(String json) {
        List<InputError> errors = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != null) {
                value(parser, "Bundle", errors);
            }
        } catch (IOException e) {
            return List.of();
        }
        return errors;
    }

    private static void value(JsonParser parser, String location, List<InputError> errors) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            Set<String> names = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String at = location + "." + name;
                parser.nextToken();
                if (!names.add(name)) {
                    errors.add(new InputError(at, "The member '" + name + "' appears more than once in the same"
                            + " object; keep only one of them."));
                }
                value(parser, at, errors);
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                value(parser, location + "[" + index++ + "]", errors);
            }
        }
    }
}
