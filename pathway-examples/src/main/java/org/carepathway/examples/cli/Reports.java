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

/** The output formats of {@code validate}, each writing results as they come. */
final class Reports {
    private Reports() {
    }

    /**
     * Receives the results in input order, then the summary and the time the run took. The time goes to standard
     * error only, so that standard output is the same from run to run.
     */
    interface Report {
        void result(Result result);

        void end(Summary summary, Throughput throughput);
    }

    static Report create(ValidateCommand.Format format, PrintStream stdout, PrintStream stderr, Instant asOf) {
        return switch (format) {
            case TEXT -> new Text(stdout, stderr);
            case JSON -> new Json(stdout, stderr);
            case NDJSON -> new Ndjson(stdout, stderr);
            case FHIR -> new FhirReport(stdout, stderr, asOf);
        };
    }

    /** A readable report per pathway and a summary line; the summary with the time taken on stderr. */
    private static final class Text implements Report {
        private final PrintWriter out;
        private final PrintStream stderr;

        Text(PrintStream stdout, PrintStream stderr) {
            this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
            this.stderr = stderr;
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
        public void end(Summary summary, Throughput throughput) {
            out.print("\n" + summary.line() + "\n");
            out.flush();
            // the counts are on stdout already; stderr adds only the time, so a terminal shows them once
            stderr.println("pathway validate: " + Numbers.records(throughput.records()) + " in " + throughput);
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

    /**
     * One JSON document: {@code {"results": [...], "summary": {...}}}, each result written as it comes, so the
     * document is never held whole; the summary with the time taken also on stderr.
     */
    private static final class Json implements Report {
        private final JsonGenerator json;
        private final PrintStream stderr;

        Json(PrintStream stdout, PrintStream stderr) {
            this.stderr = stderr;
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
        public void end(Summary summary, Throughput throughput) {
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
            stderr.println("pathway validate: " + summary.timedLine(throughput));
        }
    }

    /**
     * One result object per line on stdout; the summary, one JSON line, on stderr, with the time taken added as
     * {@code elapsedSeconds} and {@code recordsPerSecond}.
     */
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
        public void end(Summary summary, Throughput throughput) {
            line(stderr, JsonForms.summary(summary)
                    .put("elapsedSeconds", throughput.elapsed().toMillis() / 1000.0)
                    .put("recordsPerSecond", Math.round(throughput.perSecond())));
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
