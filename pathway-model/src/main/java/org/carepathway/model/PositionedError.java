package org.carepathway.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An input error with the document position of the member it points to (or of the object that lacks it), so
 * that errors found by different passes can be listed in document order.
 *
 * @param position where the member starts, in document order; any increasing measure will do
 * @param error the error
 */
record PositionedError(long position, InputError error) {

    /** The errors in document order; errors at the same position keep the order they were found in. */
    static List<InputError> inDocumentOrder(List<PositionedError> errors) {
        List<PositionedError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingLong(PositionedError::position)); // List.sort is stable
        List<InputError> result = new ArrayList<>(sorted.size());
        for (PositionedError e : sorted) {
            result.add(e.error());
        }
        return List.copyOf(result);
    }
}
