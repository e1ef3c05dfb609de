package org.carepathway.model;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading one pathway document with {@link PathwayJson#read(String)}: either the pathway, or
 * every input error in it. Switch over it:
 *
 * <pre>{@code
 * switch (PathwayJson.read(json)) {
 *     case ReadResult.Accepted a -> validate(a.pathway());
 *     case ReadResult.Rejected r -> r.errors().forEach(e -> report(e.pointer(), e.message()));
 * }
 * }</pre>
 */
public sealed interface ReadResult permits ReadResult.Accepted, ReadResult.Rejected {

    /**
     * The pathway id: the value of {@code /id} when it is a non-empty string, even in a rejected document (in
     * malformed JSON, when it comes before the syntax error); else null.
     */
    String pathwayId();

    /** The input errors in document order; empty exactly when the document was accepted. */
    List<InputError> errors();

    /**
     * The document is a valid Pathway JSON v1 object.
     *
     * @param pathway the pathway it holds
     */
    record Accepted(Pathway pathway) implements ReadResult {
        /** Checks the pathway is given. */
        public Accepted {
            Objects.requireNonNull(pathway, "pathway");
        }

        /** The id of the pathway. */
        @Override
        public String pathwayId() {
            return pathway.id();
        }

        /** No errors: always empty. */
        @Override
        public List<InputError> errors() {
            return List.of();
        }
    }

    /**
     * The document breaks SPEC section 1; nothing of it is used.
     *
     * @param pathwayId the value of {@code /id} when it is a non-empty string, else null
     * @param errors every problem found, in document order; never empty
     */
    record Rejected(String pathwayId, List<InputError> errors) implements ReadResult {
        /** Copies the errors; a rejection always has at least one. */
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected pathway needs at least one input error");
            }
        }
    }
}
