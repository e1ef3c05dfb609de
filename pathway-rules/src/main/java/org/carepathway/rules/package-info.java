/**
 * Validates pathways against the rule catalogue. The entry point is
 * {@link org.carepathway.rules.PathwayValidator#builder()}; a validation returns a
 * {@link org.carepathway.rules.ValidationReport} of {@link org.carepathway.rules.Alert}s.
 *
 * <p>Custom DRL rules see the model records of {@code org.carepathway.model} as facts, plus one
 * {@link org.carepathway.rules.Handover} per transfer and one {@link org.carepathway.rules.Evaluation}; they raise
 * alerts by inserting a {@link org.carepathway.rules.Finding}, and declare their catalogue entry in annotations
 * ({@code @id @severity @category @title @guidance}).
 */
package org.carepathway.rules;
