package org.carepathway.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the JSON v1 form of a pathway: members in SPEC order, absent optional members, empty arrays and
 * default values ({@code false}, {@code 0}) left out, instants as RFC 3339 UTC, dates as YYYY-MM-DD.
 */
final class PathwayWriter {
    private PathwayWriter() {
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    static String write(Pathway p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeFieldName("patient");
            patient(g, p.patient());
            array(g, "providers", p.providers(), PathwayWriter::provider);
            array(g, "carePlans", p.carePlans(), PathwayWriter::carePlan);
            array(g, "transfers", p.transfers(), PathwayWriter::transfer);
            array(g, "contacts", p.contacts(), PathwayWriter::contact);
            array(g, "communications", p.communications(), PathwayWriter::communication);
            array(g, "safeguardingConcerns", p.safeguardingConcerns(), PathwayWriter::concern);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void patient(JsonGenerator g, Patient p) throws IOException {
        g.writeStartObject();
        string(g, "nhsNumber", p.nhsNumber());
        string(g, "localId", p.localId());
        date(g, "birthDate", p.birthDate());
        instant(g, "diedAt", p.diedAt());
        string(g, "registeredGp", p.registeredGp());
        names(g, "needs", p.needs());
        string(g, "legalStatus", p.legalStatus());
        flag(g, "section117Eligible", p.section117Eligible());
        flag(g, "suicideRisk", p.suicideRisk());
        flag(g, "lacksCapacity", p.lacksCapacity());
        name(g, "consentToShare", p.consentToShare());
        g.writeEndObject();
    }

    private static void provider(JsonGenerator g, Provider p) throws IOException {
        g.writeStartObject();
        string(g, "id", p.id());
        string(g, "name", p.name());
        name(g, "type", p.type());
        if (p.cqcRegistered() != null) {
            g.writeBooleanField("cqcRegistered", p.cqcRegistered());
        }
        if (p.openSafeguardingConcerns() != 0) {
            g.writeNumberField("openSafeguardingConcerns", p.openSafeguardingConcerns());
        }
        g.writeEndObject();
    }

    private static void carePlan(JsonGenerator g, CarePlan c) throws IOException {
        g.writeStartObject();
        string(g, "id", c.id());
        name(g, "type", c.type());
        name(g, "status", c.status());
        string(g, "owner", c.owner());
        instant(g, "created", c.created());
        instant(g, "ended", c.ended());
        date(g, "reviewDue", c.reviewDue());
        string(g, "careCoordinator", c.careCoordinator());
        names(g, "sections", c.sections());
        array(g, "sharedWith", c.sharedWith(), JsonGenerator::writeString);
        g.writeEndObject();
    }

    private static void transfer(JsonGenerator g, Transfer t) throws IOException {
        g.writeStartObject();
        string(g, "id", t.id());
        name(g, "kind", t.kind());
        string(g, "from", t.from());
        string(g, "to", t.to());
        instant(g, "at", t.at());
        names(g, "items", t.items());
        g.writeEndObject();
    }

    private static void contact(JsonGenerator g, Contact c) throws IOException {
        g.writeStartObject();
        string(g, "id", c.id());
        string(g, "provider", c.provider());
        instant(g, "at", c.at());
        name(g, "kind", c.kind());
        g.writeEndObject();
    }

    private static void communication(JsonGenerator g, Communication c) throws IOException {
        g.writeStartObject();
        string(g, "id", c.id());
        name(g, "type", c.type());
        string(g, "from", c.from());
        string(g, "to", c.to());
        instant(g, "sentAt", c.sentAt());
        string(g, "about", c.about());
        string(g, "carePlan", c.carePlan());
        g.writeEndObject();
    }

    private static void concern(JsonGenerator g, SafeguardingConcern s) throws IOException {
        g.writeStartObject();
        string(g, "id", s.id());
        name(g, "category", s.category());
        string(g, "raisedBy", s.raisedBy());
        instant(g, "raisedAt", s.raisedAt());
        string(g, "about", s.about());
        name(g, "status", s.status());
        instant(g, "referredToLocalAuthorityAt", s.referredToLocalAuthorityAt());
        instant(g, "cqcNotifiedAt", s.cqcNotifiedAt());
        g.writeEndObject();
    }

    private interface ElementWriter<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    private static <T> void array(JsonGenerator g, String name, List<T> values, ElementWriter<T> element)
            throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (T value : values) {
            element.write(g, value);
        }
        g.writeEndArray();
    }

    private static void names(JsonGenerator g, String name, List<? extends Enum<?>> values) throws IOException {
        array(g, name, values, (gen, value) -> gen.writeString(value.name()));
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void name(JsonGenerator g, String name, Enum<?> value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.name());
        }
    }

    private static void flag(JsonGenerator g, String name, boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(name, true);
        }
    }

    private static void instant(JsonGenerator g, String name, Instant value) throws IOException {
        if (value != null) {
            int year = value.atOffset(ZoneOffset.UTC).getYear();
            if (year < 0 || year > 9999) {
                throw new IllegalArgumentException(name + " " + value + " has a year outside 0000-9999, which RFC 3339"
                        + " cannot express.");
            }
            g.writeStringField(name, value.toString()); // ISO_INSTANT: 2026-11-20T10:00:00Z, fraction kept
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate value) throws IOException {
        if (value != null) {
            if (value.getYear() < 0 || value.getYear() > 9999) {
                throw new IllegalArgumentException(name + " " + value + " has a year outside 0000-9999, which "
                        + "YYYY-MM-DD cannot express.");
            }
            g.writeStringField(name, value.toString());
        }
    }
}
