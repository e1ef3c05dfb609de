/**
 * The pathway model: one patient's journey across health and social care providers, as immutable records, and
 * its JSON v1 form.
 *
 * <p>The entry point is {@link org.carepathway.model.PathwayJson}: {@code PathwayJson.read(json)} returns a
 * {@link org.carepathway.model.ReadResult}, either the {@link org.carepathway.model.Pathway} or every
 * {@link org.carepathway.model.InputError} with its JSON Pointer; {@code PathwayJson.write(pathway)} writes it
 * back. Pathways built in code can be checked with {@link org.carepathway.model.Pathway#integrityErrors()}.
 */
package org.carepathway.model;
