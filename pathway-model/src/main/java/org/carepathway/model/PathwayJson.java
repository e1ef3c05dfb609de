package org.carepathway.model;

import java.io.InputStream;

/**
 * The Pathway JSON v1 codec (SPEC section 1): reads one pathway document, reporting every input error with a
 * JSON Pointer, and writes a pathway in the same form.
 *
 * <pre>{@code
 * ReadResult result = PathwayJson.read(json);
 * if (result instanceof ReadResult.Accepted accepted) {
 *     Pathway pathway = accepted.pathway();
 * } else {
 *     result.errors().forEach(e -> System.err.println(e.pointer() + ": " + e.message()));
 * }
 * }</pre>
 *
 * <p>Reading is strict about types (no coercion), instants (RFC 3339 with an offset) and dates (YYYY-MM-DD);
 * {@code null} and an absent member mean the same; unknown members are ignored. Errors are listed in document
 * order; a missing member is reported with the pointer it would have. The reader never throws on bad input.
 * This class is stateless and safe to use from several threads.
 */
public final class PathwayJson {
    private PathwayJson() {
    }

    /**
     * Reads one pathway document. A leading byte order mark ({@code U+FEFF}) is ignored, as it is when reading
     * bytes.
     *
     * @param json the document text
     * @return the pathway, or every input error in the document
     */
    public static ReadResult read(String json) {
        if (json == null) {
            throw new NullPointerException("json must not be null");
        }
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return PathwayReader.read(JsonTree.parse(text));
    }

    /**
     * Reads one pathway document from UTF-8 bytes. The stream is read to the end of the document and not
     * closed.
     *
     * @param in the document bytes, UTF-8
     * @return the pathway, or every input error in the document
     * @throws java.io.UncheckedIOException when the stream itself fails (not for bad content)
     */
    public static ReadResult read(InputStream in) {
        if (in == null) {
            throw new NullPointerException("in must not be null");
        }
        return PathwayReader.read(JsonTree.parse(in));
    }

    /**
     * Writes the JSON v1 form of a pathway on one line (so it also serves as an NDJSON line): members in SPEC
     * order; absent optional members, empty arrays, {@code false} flags and a zero
     * {@code openSafeguardingConcerns} left out; instants as RFC 3339 UTC ({@code 2026-11-20T10:00:00Z}, with
     * fractional seconds when present); dates as {@code YYYY-MM-DD}. For any pathway without
     * {@linkplain Pathway#integrityErrors() integrity errors}, {@code read(write(p))} accepts a pathway equal to
     * {@code p}.
     *
     * @param pathway the pathway to write
     * @return the JSON document
     * @throws IllegalArgumentException when an instant or date has a year outside 0000-9999
     */
    public static String write(Pathway pathway) {
        if (pathway == null) {
            throw new NullPointerException("pathway must not be null");
        }
        return PathwayWriter.write(pathway);
    }
}
