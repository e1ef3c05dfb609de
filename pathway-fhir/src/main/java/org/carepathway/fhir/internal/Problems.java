package org.carepathway.fhir.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carepathway.model.InputError;

/**
 * The input errors found in one Bundle, each at a FHIRPath-like location ({@code Bundle.entry[3].resource.period.end}).
 * Errors are listed in document order: by the entry they belong to (Bundle-level ones first), then in the order
 * found, which follows the elements of each resource.
 */
final class Problems {
    private record Problem(int entry, InputError error) {
    }

    /** The "entry" of errors that belong to the Bundle as a whole. */
    static final int BUNDLE = -1;

    private final List<Problem> problems = new ArrayList<>();

    void add(int entry, String location, String message) {
        problems.add(new Problem(entry, new InputError(location, message)));
    }

    /** Adds the error unless one is already reported at that location: one fault, one message. */
    void addUnlessReported(int entry, String location, String message) {
        if (problems.stream().noneMatch(problem -> problem.error().pointer().equals(location))) {
            add(entry, location, message);
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<InputError> inDocumentOrder() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::entry)); // stable: same entry keeps the order found
        return sorted.stream().map(Problem::error).toList();
    }
}
