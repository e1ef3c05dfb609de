package org.carepathway.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.carepathway.model.InputError;

/**
 * A pathway built in code that breaks SPEC section 1 across records (a duplicate id, a reference to a provider
 * that is not listed, a registered GP that is not a GP practice). It is never half-validated.
 */
public final class InvalidPathwayException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<InputError> errors;

    public InvalidPathwayException(String pathwayId, List<InputError> errors) {
        super("pathway '" + pathwayId + "' is not valid input:\n" + errors.stream()
                .map(e -> e.pointer() + ": " + e.message()).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** The input errors, each with the JSON Pointer it would have in the pathway's JSON form. */
    public List<InputError> errors() {
        return errors;
    }
}
