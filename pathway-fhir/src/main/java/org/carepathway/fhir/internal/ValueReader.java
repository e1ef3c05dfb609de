package org.carepathway.fhir.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.fhir.internal.Instants.Bound;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads the typed values every resource kind has: statuses, codes of our code systems, boolean and dateTime
 * extensions, required instants and full dates. Each value that is missing or unreadable is reported to the
 * Bundle's problems at its location, and read as null or empty.
 */
final class ValueReader {

    private final Problems problems;

    ValueReader(Problems problems) {
        this.problems = problems;
    }

    /** An enumeration's value; a value HAPI did not know is reported by the parser, a missing one here. */
    <E extends Enum<E>> E status(Enumeration<E> element, Found found, String location) {
        if (element == null || element.getValueAsString() == null) {
            problems.add(found.entry(), location + ".status", "The " + found.resource().fhirType() + " has no status;"
                    + " add it.");
            return null;
        }
        return element.getValue();
    }

    Boolean flag(DomainResource resource, String url, Found found, String location) {
        Extension extension = resource.getExtensionByUrl(url);
        if (extension == null) {
            return null;
        }
        if (extension.getValue() instanceof BooleanType flag && flag.getValue() != null) {
            return flag.getValue();
        }
        problems.add(found.entry(), extensionAt(location, url), "The extension " + url + " needs a valueBoolean.");
        return null;
    }

    /** An instant that must be there: read, or reported as missing (or as unreadable, by {@link Instants}). */
    Instant requiredStart(BaseDateTimeType value, Found found, String location, String whenMissing) {
        Instant instant = Instants.read(value, Bound.START, found.entry(), location, problems);
        if (instant == null && (value == null || value.isEmpty())) {
            problems.add(found.entry(), location, whenMissing);
        }
        return instant;
    }

    Instant dateTimeExtension(DomainResource resource, String url, Found found, String location) {
        Extension extension = resource.getExtensionByUrl(url);
        if (extension == null) {
            return null;
        }
        String at = extensionAt(location, url);
        if (extension.getValue() instanceof BaseDateTimeType value) {
            return Instants.read(value, Bound.START, found.entry(), at + ".value", problems);
        }
        problems.add(found.entry(), at, "The extension " + url + " needs a valueDateTime.");
        return null;
    }

    /** The one code of our code system among the codings; unknown codes and two different codes are errors. */
    <E extends Enum<E>> E single(List<CodeableConcept> concepts, String system, Class<E> type, int entry,
            String location) {
        E chosen = null;
        for (int c = 0; c < concepts.size(); c++) {
            List<Coding> codings = concepts.get(c).getCoding();
            for (int k = 0; k < codings.size(); k++) {
                Coding coding = codings.get(k);
                if (!system.equals(coding.getSystem())) {
                    continue;
                }
                String at = location + "[" + c + "].coding[" + k + "].code";
                Optional<E> code = known(coding.getCode(), system, type, entry, at);
                if (code.isPresent()) {
                    if (chosen != null && chosen != code.get()) {
                        problems.add(entry, at, "Two different " + Vocabulary.shortName(system) + " codes are given ("
                                + chosen + " and " + code.get() + "); keep one.");
                    }
                    chosen = chosen == null ? code.get() : chosen;
                }
            }
        }
        return chosen;
    }

    /** A code of our code system carried as an extension's valueCoding (or valueCodeableConcept). */
    <E extends Enum<E>> Optional<E> ourCode(Type value, String system, Class<E> type, int entry, String location) {
        Coding coding = value instanceof Coding c ? c
                : value instanceof CodeableConcept concept ? codingOf(concept, system).orElse(null) : null;
        if (coding == null || !system.equals(coding.getSystem())) {
            problems.add(entry, location, "The extension needs a valueCoding with system " + system + ".");
            return Optional.empty();
        }
        return known(coding.getCode(), system, type, entry, location + ".value.code");
    }

    private <E extends Enum<E>> Optional<E> known(String code, String system, Class<E> type, int entry,
            String location) {
        Optional<E> constant = Vocabulary.constant(type, code);
        if (constant.isEmpty()) {
            problems.add(entry, location, "'" + code + "' is not a code of " + system + "; use one of "
                    + Vocabulary.codesOf(type) + ".");
        }
        return constant;
    }

    static Optional<Coding> codingOf(CodeableConcept concept, String system) {
        if (concept == null) {
            return Optional.empty();
        }
        return concept.getCoding().stream().filter(c -> system.equals(c.getSystem()) && c.hasCode()).findFirst();
    }

    /** A YYYY-MM-DD date, valid in the calendar; empty for partial or impossible dates. */
    static Optional<LocalDate> fullDate(String text) {
        if (text == null || text.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static boolean isCurrent(Identifier identifier) {
        return identifier.getUse() != Identifier.IdentifierUse.OLD;
    }

    static String extensionAt(String location, String url) {
        return location + ".extension('" + url + "')";
    }
}
