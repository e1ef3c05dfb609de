package org.carepathway.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carepathway.fhir.internal.BundleMapper;
import org.carepathway.fhir.internal.DuplicateMembers;
import org.carepathway.fhir.internal.ParseProblems;
import org.carepathway.fhir.internal.ReportWriter;
import org.carepathway.fhir.internal.Vocabulary;
import org.carepathway.model.InputError;
import org.carepathway.model.ReadResult;
import org.carepathway.rules.ValidationReport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Reads FHIR R4 Bundles (UK Core) as pathways and writes validation reports as FHIR. Create one and share it:
 * the HAPI {@link FhirContext} inside is expensive to build and thread-safe, and so is this class.
 *
 * <pre>{@code
 * FhirPathways fhir = FhirPathways.create();
 * BundleReading reading = fhir.read(bundleJsonOrXml);
 * if (reading.result() instanceof ReadResult.Accepted accepted) {
 *     ValidationReport report = validator.validate(accepted.pathway());
 *     String outcome = fhir.toJson(fhir.report(report, reading.links()));
 * }
 * }</pre>
 *
 * <p>The mapping (which element becomes which field, carepathway's own extensions and code systems, what stays
 * unknown) is the table in the module README. Reading never throws on bad content: malformed JSON or XML, a
 * resource that is not a Bundle, and data that is contradictory or cannot be mapped are input errors, each at a
 * FHIRPath-like location such as {@code Bundle.entry[3].resource.hospitalization.destination}.
 */
public final class FhirPathways {

    /** The extension on the written OperationOutcome that names the input a result is for (the CLI sets it). */
    public static final String INPUT_SOURCE_EXTENSION = Vocabulary.EXT_INPUT_SOURCE;

    private static final JsonFactory JSON = new JsonFactory();

    private final FhirContext context;

    private FhirPathways(FhirContext context) {
        this.context = context;
    }

    /** A reader and writer with a FHIR R4 context of its own. Expensive (seconds on a busy machine): create once. */
    public static FhirPathways create() {
        return new FhirPathways(FhirContext.forR4());
    }

    /**
     * A reader and writer that shares the application's FHIR context.
     *
     * @param context an R4 context
     * @throws IllegalArgumentException when the context is for another FHIR version
     */
    public static FhirPathways using(FhirContext context) {
        Objects.requireNonNull(context, "context");
        if (context.getVersion().getVersion() != FhirVersionEnum.R4) {
            throw new IllegalArgumentException("carepathway reads FHIR R4, but the context is for "
                    + context.getVersion().getVersion() + "\nMaybe use FhirContext.forR4().");
        }
        return new FhirPathways(context);
    }

    /** The FHIR context, to parse or encode with. */
    public FhirContext context() {
        return context;
    }

    /**
     * Whether the text is meant for {@link #read(String)} rather than the Pathway JSON reader: XML (Pathway JSON
     * never is), or a JSON object with a top-level {@code resourceType} (a FHIR resource: {@link #read(String)}
     * says so when it is not a Bundle, rather than the Pathway reader missing its members). The scan stops at a
     * top-level {@code patient} member, which only Pathway JSON has, so a pathway is not read twice. Text that is
     * not JSON at all is left to the Pathway JSON reader, which reports where it breaks.
     */
    public static boolean isFhirDocument(String text) {
        String content = withoutByteOrderMark(Objects.requireNonNull(text, "text")).stripLeading();
        if (content.startsWith("<")) {
            return true;
        }
        try (JsonParser parser = JSON.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("resourceType".equals(name)) {
                    return value == JsonToken.VALUE_STRING; // a FHIR resource: read says so if it is not a Bundle
                }
                if ("patient".equals(name)) {
                    return false; // a Pathway member no Bundle has: stop scanning a pathway at its second member
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false; // malformed before any resourceType: the Pathway JSON reader says where
        }
    }

    /**
     * Reads a Bundle of any type (collection, document, message, transaction, batch, searchset, ...) in JSON or
     * XML, told apart by the content.
     *
     * @param text the Bundle, JSON or XML
     * @return the pathway and its links, or every input error
     */
    public BundleReading read(String text) {
        String content = withoutByteOrderMark(Objects.requireNonNull(text, "text"));
        String start = content.stripLeading();
        boolean xml = start.startsWith("<");
        if (!xml && !start.startsWith("{")) {
            return rejected("The document is neither FHIR JSON (an object) nor FHIR XML; send a Bundle.");
        }
        ParseProblems problems = new ParseProblems();
        IParser parser = xml ? context.newXmlParser() : context.newJsonParser();
        parser.setParserErrorHandler(problems);
        // keep each resource's own id: HAPI would otherwise replace it by the entry's fullUrl, and relative
        // references such as Patient/123 would no longer find it
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        IBaseResource resource;
        try {
            resource = parser.parseResource(content);
        } catch (DataFormatException | IllegalArgumentException | IllegalStateException e) {
            return rejected("The document is not valid FHIR " + (xml ? "XML" : "JSON") + ": "
                    + clean(e.getMessage()));
        }
        if (!(resource instanceof Bundle bundle)) {
            return rejected("The document is a FHIR " + resource.fhirType() + ", not a Bundle; carepathway reads a"
                    + " Bundle holding the Patient and the resources of their journey.");
        }
        List<InputError> parseErrors = new ArrayList<>(problems.errors());
        if (!xml) {
            parseErrors.addAll(DuplicateMembers.in(content)); // XML has no such thing: HAPI reports a repeated element
        }
        return mapped(bundle, parseErrors);
    }

    /**
     * Reads a Bundle the application has already parsed.
     *
     * @param bundle an R4 Bundle of any type
     * @return the pathway and its links, or every input error
     */
    public BundleReading read(Bundle bundle) {
        return mapped(Objects.requireNonNull(bundle, "bundle"), List.of());
    }

    /**
     * The net under the mapping: every problem it knows is an input error with a location, but a Bundle shaped
     * in a way nobody foresaw must still reject that input only, never stop a batch.
     */
    private static BundleReading mapped(Bundle bundle, List<InputError> parseErrors) {
        try {
            return BundleMapper.map(bundle, parseErrors);
        } catch (RuntimeException e) {
            return rejected("The Bundle could not be read (" + e.getClass().getSimpleName() + "); please report this"
                    + " to the carepathway maintainers with the Bundle's structure.");
        }
    }

    /**
     * The report as a {@code collection} Bundle: an OperationOutcome with one issue per alert (or one "no alerts"
     * issue), then a DetectedIssue per alert referencing the resources it is about.
     *
     * @param report the validation report
     * @param links where the pathway came from: {@link BundleReading#links()}, or {@link ResourceLinks#none()}
     * @return the Bundle
     */
    public Bundle report(ValidationReport report, ResourceLinks links) {
        Objects.requireNonNull(report, "report");
        return ReportWriter.write(report.pathwayId(), report.asOf(), report.alerts(), List.of(),
                Objects.requireNonNull(links, "links"));
    }

    /**
     * A rejected input as a {@code collection} Bundle holding an OperationOutcome with one error issue per input
     * error: a FHIRPath location goes in {@code expression}, a JSON Pointer in {@code location}.
     *
     * @param pathwayId the pathway id, or null when it could not be read
     * @param errors the input errors
     * @return the Bundle
     */
    public Bundle rejection(String pathwayId, List<InputError> errors) {
        return ReportWriter.write(pathwayId, null, List.of(), List.copyOf(errors), ResourceLinks.none());
    }

    /** A resource as FHIR JSON on one line (so it also serves as an NDJSON line). */
    public String toJson(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    /** A resource as FHIR XML. */
    public String toXml(IBaseResource resource) {
        return context.newXmlParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    private static BundleReading rejected(String message) {
        return new BundleReading(new ReadResult.Rejected(null, List.of(new InputError("", message))),
                ResourceLinks.none());
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String clean(String message) {
        return message == null ? "it cannot be parsed" : message.replaceAll("HAPI-[0-9]+: ", "").strip();
    }
}
