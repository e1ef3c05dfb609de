package org.carepathway.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.carepathway.model.InputError;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Severity;

/** The output formats of {@code validate}, each writing results as they come. */
final class Reports {
    private Reports() {
    }

    /** Receives the results in input order, then the summary. */
    interface Report {
        void result(Result result);

        void end(Summary summary);
    }

    static Report create(ValidateCommand.Format format, PrintStream stdout, PrintStream stderr, Instant asOf) {
        return switch (format) {
            case TEXT -> new Text(stdout);
            case JSON -> new Json(stdout);
            case NDJSON -> new Ndjson(stdout, stderr);
            case FHIR -> new FhirReport(stdout, stderr, asOf);
        };
    }

    /** A readable report per pathway and a summary line. */
    private static final class Text implements Report {
        private final PrintWriter out;

        Text(PrintStream stdout) {
            this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        }

        @Override
        public void result(Result result) {
            if (result.rejected()) {
                out.print(result.source() + ": REJECTED");
                out.print(result.pathwayId() == null ? " (pathway id unknown)" : " pathway " + result.pathwayId());
                out.print(", " + count(result.errors().size(), "input error") + "\n");
                for (InputError error : result.errors()) {
                    out.print("  ERROR     at \"" + error.pointer() + "\": " + error.message() + "\n");
                }
            } else {
                out.print(result.source() + ": pathway " + result.pathwayId() + ", "
                        + (result.alerts().isEmpty() ? "no alerts" : count(result.alerts().size(), "alert")) + "\n");
                for (Alert alert : result.alerts()) {
                    out.print("  " + pad(alert.severity().name(), 9) + " " + pad(alert.ruleId(), 10) + subjects(alert)
                            + "\n");
                    out.print("            " + alert.message() + "\n");
                }
            }
            out.flush();
        }

        @Override
        public void end(Summary summary) {
            List<String> severities = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                severities.add(summary.alerts().get(severity) + " " + severity);
            }
            out.print("\n" + summary.read() + " read, " + summary.validated() + " validated, " + summary.rejected()
                    + " rejected; alerts: " + String.join(", ", severities) + "; as of " + summary.asOf() + "\n");
            out.flush();
        }

        private static String subjects(Alert alert) {
            List<String> parts = new ArrayList<>();
            if (alert.transferId() != null) {
                parts.add("transfer " + alert.transferId());
            }
            if (alert.carePlanId() != null) {
                parts.add("care plan " + alert.carePlanId());
            }
            if (alert.concernId() != null) {
                parts.add("concern " + alert.concernId());
            }
            if (alert.providerId() != null) {
                parts.add("for provider " + alert.providerId());
            }
            return parts.isEmpty() ? "(the patient record)" : String.join(", ", parts);
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }

        private static String pad(String text, int width) {
            return text.length() >= width ? text : text + " ".repeat(width - text.length());
        }
    }

    /** One JSON document: {@code {"results": [...], "summary": {...}}}, written as the results come. */
    private static final class Json implements Report {
        private final JsonGenerator json;

        Json(PrintStream stdout) {
            try {
                json = JsonForms.MAPPER.getFactory().createGenerator(stdout, JsonEncoding.UTF8)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeFieldName("results");
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void result(Result result) {
            try {
                JsonForms.MAPPER.writeTree(json, JsonForms.result(result));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void end(Summary summary) {
            try {
                json.writeEndArray();
                json.writeFieldName("summary");
                JsonForms.MAPPER.writeTree(json, JsonForms.summary(summary));
                json.writeEndObject();
                json.writeRaw('\n');
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One result object per line on stdout; the summary, one line, on stderr. */
    static final class Ndjson implements Report {
        private final PrintStream stdout;
        private final PrintStream stderr;

        Ndjson(PrintStream stdout, PrintStream stderr) {
            this.stdout = stdout;
            this.stderr = stderr;
        }

        @Override
        public void result(Result result) {
            line(stdout, JsonForms.result(result));
        }

        @Override
        public void end(Summary summary) {
            line(stderr, JsonForms.summary(summary));
        }

        private static void line(PrintStream stream, Object node) {
            try {
                stream.write(JsonForms.MAPPER.writeValueAsBytes(node));
                stream.write('\n');
                stream.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
