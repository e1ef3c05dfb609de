package org.carepathway.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.carepathway.examples.cli.CliRun.pathway;
import static org.carepathway.examples.cli.CliRun.pathwayWithStdin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.carepathway.examples.ExamplePathways;
import org.carepathway.model.PathwayJson;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PathwayCliTest {
    private static final ObjectMapper JSON = CliRun.JSON;
    private static final String AS_OF = ExamplePathways.AS_OF.toString();
    private static final List<String> ALERT_FIELDS = List.of("ruleId", "severity", "category", "title", "message",
            "guidance", "transferId", "carePlanId", "concernId", "providerId", "evidence");

    @TempDir
    Path dir;

    /** An example pathway as one NDJSON line. */
    private static String line(String example) {
        return PathwayJson.write(ExamplePathways.load(example));
    }

    private static String example(String example) {
        try (var in = ExamplePathways.class.getClassLoader().getResourceAsStream("examples/" + example)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static List<String> sources(JsonNode results) {
        List<String> sources = new ArrayList<>();
        results.forEach(r -> sources.add(r.get("source").asText()));
        return sources;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // ---- formats

    @Test
    void should_write_a_readable_report_for_a_json_file() throws IOException {
        // given
        Path file = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when
        CliRun run = pathway("validate", "--as-of", AS_OF, file.toString());

        // then
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains(file + ": pathway PWY-2026-0417, 2 alerts")
                .contains("HIGH      HO-001    transfer adm-1, for provider VLN2D")
                .contains("HIGH      HO-002    transfer dis-1, for provider RR801")
                .contains("left without [MEDICATION, BELONGINGS]")
                .contains("1 read, 1 validated, 0 rejected; alerts: 0 CRITICAL, 2 HIGH, 0 MEDIUM, 0 LOW; as of "
                        + AS_OF);
    }

    @Test
    void should_write_one_json_document_with_every_field_and_explicit_nulls() throws IOException {
        // given
        Path file = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when
        CliRun run = pathway("validate", "--format", "json", "--as-of", AS_OF, file.toString());

        // then
        assertThat(run.status()).isZero();
        JsonNode json = run.json();
        assertThat(fieldNames(json)).containsExactly("results", "summary");
        JsonNode result = json.get("results").get(0);
        assertThat(fieldNames(result)).containsExactly("source", "pathwayId", "alerts", "errors");
        assertThat(result.get("source").asText()).isEqualTo(file.toString());
        assertThat(result.get("pathwayId").asText()).isEqualTo("PWY-2026-0417");
        assertThat(result.get("errors").isArray()).isTrue();
        assertThat(result.get("errors")).isEmpty();
        JsonNode alert = result.get("alerts").get(0);
        assertThat(fieldNames(alert)).containsExactlyElementsOf(ALERT_FIELDS);
        assertThat(alert.get("ruleId").asText()).isEqualTo("HO-001");
        assertThat(alert.get("severity").asText()).isEqualTo("HIGH");
        assertThat(alert.get("category").asText()).isEqualTo("HANDOVER");
        assertThat(alert.get("transferId").asText()).isEqualTo("adm-1");
        assertThat(alert.get("carePlanId").isNull()).isTrue();
        assertThat(alert.get("concernId").isNull()).isTrue();
        assertThat(alert.get("providerId").asText()).isEqualTo("VLN2D");
        assertThat(alert.get("evidence").get("missing").toString()).isEqualTo("[\"MEDICATION\",\"BELONGINGS\"]");
        JsonNode summary = json.get("summary");
        assertThat(fieldNames(summary)).containsExactly("read", "validated", "rejected", "alerts", "asOf");
        assertThat(summary.get("read").asInt()).isEqualTo(1);
        assertThat(summary.get("validated").asInt()).isEqualTo(1);
        assertThat(summary.get("rejected").asInt()).isZero();
        assertThat(fieldNames(summary.get("alerts"))).containsExactly("CRITICAL", "HIGH", "MEDIUM", "LOW");
        assertThat(summary.get("alerts").get("HIGH").asInt()).isEqualTo(2);
        assertThat(summary.get("asOf").asText()).isEqualTo(AS_OF);
    }

    @Test
    void should_write_a_result_per_line_and_the_summary_on_stderr_for_ndjson() throws IOException {
        // given
        Path file = write("two.ndjson", line(ExamplePathways.RED_BAG) + "\n"
                + line(ExamplePathways.MENTAL_HEALTH_WITHOUT_PLAN) + "\n");

        // when
        CliRun run = pathway("validate", "--format", "ndjson", "--as-of", AS_OF, file.toString());

        // then
        assertThat(run.status()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines).extracting(r -> r.get("source").asText()).containsExactly(file + ":1", file + ":2");
        assertThat(lines.get(1).get("alerts").get(0).get("ruleId").asText()).isEqualTo("CP-001");
        assertThat(fieldNames(lines.get(1).get("alerts").get(0))).containsExactlyElementsOf(ALERT_FIELDS);
        JsonNode summary = JSON.readTree(run.err().strip());
        assertThat(summary.get("read").asInt()).isEqualTo(2);
        assertThat(summary.get("read").asInt())
                .isEqualTo(summary.get("validated").asInt() + summary.get("rejected").asInt());
        assertThat(summary.get("alerts").get("CRITICAL").asInt()).isEqualTo(1);
        assertThat(summary.get("alerts").get("HIGH").asInt()).isEqualTo(2);
    }

    @Test
    void should_write_stdout_as_UTF_8() throws IOException {
        // given
        Path file = write("accents.json", example(ExamplePathways.COMPLETE_HANDOVER)
                .replace("\"PWY-2026-0613\"", "\"PWY-Siân-Łódź-€\""));

        // when
        CliRun run = pathway("validate", "--format", "ndjson", "--as-of", AS_OF, file.toString());

        // then
        assertThat(run.status()).isZero();
        assertThat(run.lines().get(0).get("pathwayId").asText()).isEqualTo("PWY-Siân-Łódź-€");
    }

    // ---- inputs

    @Test
    void should_skip_blank_lines_and_accept_CRLF_in_ndjson() throws IOException {
        // given
        Path file = write("crlf.ndjson", line(ExamplePathways.RED_BAG) + "\r\n\r\n   \r\n"
                + line(ExamplePathways.COMPLETE_HANDOVER) + "\r\n");

        // when
        CliRun run = pathway("validate", "--format", "json", "--as-of", AS_OF, file.toString());

        // then
        assertThat(run.status()).isZero();
        JsonNode results = run.json().get("results");
        assertThat(sources(results)).containsExactly(file + ":1", file + ":4");
        assertThat(results.get(0).get("pathwayId").asText()).isEqualTo("PWY-2026-0417");
        assertThat(results.get(1).get("pathwayId").asText()).isEqualTo("PWY-2026-0613");
        assertThat(results.get(1).get("alerts")).isEmpty();
        assertThat(run.json().get("summary").get("read").asInt()).isEqualTo(2);
    }

    @Test
    void should_reject_a_bad_ndjson_line_and_validate_the_others() throws IOException {
        // given
        Path file = write("batch.ndjson", line(ExamplePathways.RED_BAG) + "\n"
                + "{\"id\": \"PWY-BROKEN\", \"patient\": {\n"
                + line(ExamplePathways.SECTION_3_WITHOUT_AFTERCARE) + "\n");

        // when
        CliRun run = pathway("validate", "--format", "json", "--as-of", AS_OF, file.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_REJECTED);
        JsonNode results = run.json().get("results");
        assertThat(sources(results)).containsExactly(file + ":1", file + ":2", file + ":3");
        JsonNode bad = results.get(1);
        assertThat(bad.get("alerts")).isEmpty();
        assertThat(bad.get("errors")).isNotEmpty();
        assertThat(bad.get("errors").get(0).get("pointer").asText()).isEmpty();
        assertThat(bad.get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(results.get(0).get("errors")).isEmpty();
        assertThat(results.get(0).get("alerts")).hasSize(2);
        assertThat(results.get(2).get("errors")).isEmpty();
        assertThat(results.get(2).get("alerts").get(0).get("ruleId").asText()).isEqualTo("CP-002");
        JsonNode summary = run.json().get("summary");
        assertThat(summary.get("read").asInt()).isEqualTo(3);
        assertThat(summary.get("validated").asInt()).isEqualTo(2);
        assertThat(summary.get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void should_read_a_directory_recursively_in_lexicographic_order_skipping_hidden_files() throws IOException {
        // given
        Path root = dir.resolve("inbox");
        write("inbox/b.json", example(ExamplePathways.RED_BAG));
        write("inbox/a.ndjson", line(ExamplePathways.COMPLETE_HANDOVER) + "\n"
                + line(ExamplePathways.MENTAL_HEALTH_WITHOUT_PLAN) + "\n");
        write("inbox/sub/c.json", example(ExamplePathways.SECTION_3_WITHOUT_AFTERCARE));
        write("inbox/a-z.json", example(ExamplePathways.COMPLETE_HANDOVER));
        write("inbox/.hidden.json", "not even JSON");
        write("inbox/.git/d.json", "not even JSON");
        write("inbox/notes.txt", "not a pathway");

        // when
        CliRun run = pathway("validate", "--format", "json", "--as-of", AS_OF, root.toString());

        // then
        assertThat(run.status()).isZero();
        assertThat(sources(run.json().get("results"))).containsExactly(
                root.resolve("a-z.json").toString(),
                root.resolve("a.ndjson") + ":1",
                root.resolve("a.ndjson") + ":2",
                root.resolve("b.json").toString(),
                root.resolve("sub/c.json").toString());
    }

    @Test
    void should_go_on_past_a_malformed_file_in_a_directory_and_exit_2() throws IOException {
        // given
        Path root = dir.resolve("batch");
        write("batch/1-red-bag.json", example(ExamplePathways.RED_BAG));
        write("batch/2-broken.json", example(ExamplePathways.RED_BAG)
                .replace("\"to\": \"RR801\",", "")
                .replace("\"kind\": \"DISCHARGE\"", "\"kind\": \"DISCHARGED\""));
        write("batch/3-not-json.json", "this is not JSON");
        write("batch/4-complete.json", example(ExamplePathways.COMPLETE_HANDOVER));

        // when
        CliRun run = pathway("validate", "--format", "json", "--as-of", AS_OF, root.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_REJECTED);
        JsonNode results = run.json().get("results");
        assertThat(results).hasSize(4);
        JsonNode broken = results.get(1);
        assertThat(broken.get("source").asText()).isEqualTo(root.resolve("2-broken.json").toString());
        assertThat(broken.get("pathwayId").asText()).isEqualTo("PWY-2026-0417");
        assertThat(broken.get("alerts")).isEmpty();
        List<String> pointers = new ArrayList<>();
        broken.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertThat(pointers).containsExactly("/transfers/0/to", "/transfers/1/kind");
        JsonNode notJson = results.get(2);
        assertThat(notJson.get("pathwayId").isNull()).isTrue();
        assertThat(notJson.get("errors").get(0).get("pointer").asText()).isEmpty();
        assertThat(results.get(0).get("errors")).isEmpty();
        assertThat(results.get(0).get("alerts")).hasSize(2);
        assertThat(results.get(3).get("errors")).isEmpty();
        assertThat(results.get(3).get("pathwayId").asText()).isEqualTo("PWY-2026-0613");
        assertThat(run.json().get("summary").get("validated").asInt()).isEqualTo(2);
        assertThat(run.json().get("summary").get("rejected").asInt()).isEqualTo(2);
    }

    @Test
    void should_report_an_unreadable_file_in_a_directory_as_rejected() throws IOException {
        // given
        Path root = dir.resolve("links");
        write("links/a.json", example(ExamplePathways.COMPLETE_HANDOVER));
        Files.createDirectories(root);
        try {
            Files.createSymbolicLink(root.resolve("b.json"), dir.resolve("gone.json"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links not supported here").isTrue();
        }

        // when
        CliRun run = pathway("validate", "--format", "json", "--as-of", AS_OF, root.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_REJECTED);
        JsonNode unreadable = run.json().get("results").get(1);
        assertThat(unreadable.get("source").asText()).isEqualTo(root.resolve("b.json").toString());
        assertThat(unreadable.get("pathwayId").isNull()).isTrue();
        assertThat(unreadable.get("errors").get(0).get("pointer").asText()).isEmpty();
        assertThat(unreadable.get("errors").get(0).get("message").asText()).contains("cannot read", "b.json");
        assertThat(run.json().get("results").get(0).get("errors")).isEmpty();
    }

    @Test
    void should_read_ndjson_from_stdin() {
        // given
        String stdin = line(ExamplePathways.RED_BAG) + "\n\n" + line(ExamplePathways.COMPLETE_HANDOVER);

        // when
        CliRun run = pathwayWithStdin(stdin, "validate", "--format", "ndjson", "--as-of", AS_OF, "-");

        // then
        assertThat(run.status()).isZero();
        assertThat(run.lines()).extracting(r -> r.get("source").asText()).containsExactly("-:1", "-:3");
    }

    @Test
    void should_keep_input_order_across_paths() throws IOException {
        // given
        Path second = write("z.json", example(ExamplePathways.RED_BAG));
        Path first = write("y.ndjson", line(ExamplePathways.COMPLETE_HANDOVER));

        // when
        CliRun run = pathwayWithStdin(line(ExamplePathways.SECTION_3_WITHOUT_AFTERCARE), "validate", "--format", "json",
                "--as-of", AS_OF, second.toString(), "-", first.toString());

        // then
        assertThat(sources(run.json().get("results"))).containsExactly(second.toString(), "-:1", first + ":1");
    }

    @Test
    void should_show_the_pointer_of_each_error_in_text() throws IOException {
        // given
        Path file = write("broken.json", example(ExamplePathways.RED_BAG).replace("\"to\": \"RR801\",", ""));

        // when
        CliRun run = pathway("validate", "--as-of", AS_OF, file.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_REJECTED);
        assertThat(run.out()).contains(file + ": REJECTED pathway PWY-2026-0417, 1 input error")
                .contains("at \"/transfers/0/to\": ")
                .contains("1 read, 0 validated, 1 rejected");
    }

    // ---- exit status

    @Test
    void should_exit_1_when_an_alert_is_at_or_above_fail_on() throws IOException {
        // given: two HIGH alerts, no CRITICAL
        Path file = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when
        CliRun high = pathway("validate", "--fail-on", "HIGH", "--as-of", AS_OF, file.toString());
        CliRun low = pathway("validate", "--fail-on", "LOW", "--as-of", AS_OF, file.toString());
        CliRun critical = pathway("validate", "--fail-on", "CRITICAL", "--as-of", AS_OF, file.toString());
        CliRun none = pathway("validate", "--as-of", AS_OF, file.toString());

        // then
        assertThat(high.status()).isEqualTo(PathwayCli.EXIT_ALERTS);
        assertThat(low.status()).isEqualTo(PathwayCli.EXIT_ALERTS);
        assertThat(critical.status()).isEqualTo(PathwayCli.EXIT_OK);
        assertThat(none.status()).isEqualTo(PathwayCli.EXIT_OK);
    }

    @Test
    void should_exit_2_rather_than_1_when_an_input_is_rejected() throws IOException {
        // given
        Path file = write("mixed.ndjson", line(ExamplePathways.RED_BAG) + "\n[]\n");

        // when
        CliRun run = pathway("validate", "--fail-on", "LOW", "--as-of", AS_OF, file.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_REJECTED);
    }

    @Test
    void should_exit_64_for_an_unknown_option() throws IOException {
        // given
        Path file = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when
        CliRun run = pathway("validate", "--no-such-option", file.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(run.err()).contains("--no-such-option");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_exit_64_through_a_plain_CommandLine_too() {
        // given
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PathwayCli cli = new PathwayCli(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true), Clock.systemUTC());

        // when
        int status = new CommandLine(cli).execute("validate", "--format", "yaml", "x.json");

        // then
        assertThat(status).isEqualTo(PathwayCli.EXIT_USAGE);
    }

    @Test
    void should_exit_64_for_a_missing_path_before_writing_any_result() throws IOException {
        // given
        Path good = write("red-bag.json", example(ExamplePathways.RED_BAG));
        Path missing = dir.resolve("no-such-file.json");

        // when
        CliRun run = pathway("validate", "--format", "json", good.toString(), missing.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(run.err()).contains(missing.toString()).contains("no such file or directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_exit_64_for_bad_option_values() throws IOException {
        // given
        Path file = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when / then
        assertThat(pathway("validate", "--as-of", "2026-03-31T12:00:00", file.toString()).status())
                .isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(pathway("validate", "--format", "xml", file.toString()).status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(pathway("validate", "--fail-on", "SEVERE", file.toString()).status())
                .isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(pathway("validate").status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(pathway().status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(pathway("validate", write("notes.txt", "x").toString()).status()).isEqualTo(PathwayCli.EXIT_USAGE);
    }

    @Test
    void should_accept_an_as_of_with_an_offset() throws IOException {
        // given
        Path file = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when
        CliRun run = pathway("validate", "--format", "json", "--as-of", "2026-03-31T13:00:00+01:00", file.toString());

        // then
        assertThat(run.json().get("summary").get("asOf").asText()).isEqualTo(AS_OF);
    }

    @Test
    void should_exit_64_naming_the_file_and_line_when_custom_rules_do_not_compile() throws IOException {
        // given: the rule's 'when' is cut short on line 7
        Path drl = write("broken.drl", String.join("\n",
                "package org.acme.rules;",
                "import org.carepathway.rules.Handover;",
                "rule \"ACME-001 broken\"",
                "    @id(\"ACME-001\") @severity(\"HIGH\") @category(\"HANDOVER\") @title(\"t\") @guidance(\"g\")",
                "when",
                "    $h : Handover( kind == ",
                "then",
                "end",
                ""));
        Path file = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when
        CliRun run = pathway("validate", "--rules", drl.toString(), file.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(drl.toString()) + ":\\d+: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_exit_64_for_a_rules_file_that_does_not_exist() {
        assertThat(pathway("rules", "--rules", dir.resolve("nope.drl").toString()).status())
                .isEqualTo(PathwayCli.EXIT_USAGE);
    }

    @Test
    void should_exit_64_for_an_unknown_or_bad_setting() throws IOException {
        // given
        Path file = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when
        CliRun unknown = pathway("validate", "--setting", "noSuchWindow=PT1H", file.toString());
        CliRun badValue = pathway("validate", "--setting", "mentalHealthFollowUp=three days", file.toString());
        CliRun noEquals = pathway("validate", "--setting", "mentalHealthFollowUp", file.toString());
        CliRun good = pathway("validate", "--setting", "mentalHealthFollowUp=PT96H", "--as-of", AS_OF, file.toString());

        // then
        assertThat(unknown.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(unknown.err()).contains("noSuchWindow").contains("mentalHealthFollowUp");
        assertThat(badValue.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(noEquals.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(good.status()).isZero();
    }

    @Test
    void should_exit_64_for_a_window_that_is_not_positive_or_a_threshold_below_1() throws IOException {
        // given
        Path file = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when
        CliRun negative = pathway("validate", "--setting", "carePlanToGp=PT-1H", file.toString());
        CliRun zero = pathway("validate", "--setting", "carePlanToGp=PT0S", file.toString());
        CliRun threshold = pathway("validate", "--setting", "providerConcernThreshold=0", file.toString());

        // then
        assertThat(negative.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(negative.err()).contains("carePlanToGp").contains("positive");
        assertThat(zero.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(threshold.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(threshold.err()).contains("providerConcernThreshold");
    }

    @Test
    void should_move_the_window_and_threshold_boundaries_with_settings() throws IOException {
        // given: the follow-up came 77.5 hours after discharge; the placement has 4 open concerns
        Path lateFollowUp = write("late.json", example(ExamplePathways.SUICIDE_RISK_LATE_FOLLOW_UP));
        Path placement = write("placement.json", example(ExamplePathways.SUPPORTED_ACCOMMODATION_UNDER_CONCERNS));

        // when
        CliRun defaults = pathway("validate", "--format", "json", "--as-of", AS_OF, lateFollowUp.toString(),
                placement.toString());
        CliRun changed = pathway("validate", "--format", "json", "--as-of", AS_OF,
                "--setting", "suicideRiskFollowUp=PT78H", "--setting", "mentalHealthFollowUp=P4D",
                "--setting", "providerConcernThreshold=5", lateFollowUp.toString(), placement.toString());

        // then
        assertThat(ruleIds(defaults.json().get("results").get(0))).contains("FU-001", "FU-002");
        assertThat(ruleIds(defaults.json().get("results").get(1))).contains("SG-003");
        assertThat(ruleIds(changed.json().get("results").get(0))).doesNotContain("FU-001", "FU-002").contains("FU-004");
        assertThat(ruleIds(changed.json().get("results").get(1))).doesNotContain("SG-003").contains("SG-005");
    }

    private static List<String> ruleIds(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("alerts").forEach(alert -> ids.add(alert.get("ruleId").asText()));
        return ids;
    }

    @Test
    void should_apply_custom_rules_and_disable_rules() throws IOException {
        // given
        Path drl = write("local-policy.drl", readResource(ExamplePathways.LOCAL_POLICY_RULES));
        Path capacity = write("capacity.json", example(ExamplePathways.LACKING_CAPACITY_DISCHARGED_HOME));
        Path redBag = write("red-bag.json", example(ExamplePathways.RED_BAG));

        // when
        CliRun run = pathway("validate", "--format", "json", "--as-of", AS_OF, "--rules", drl.toString(),
                "--disable", "HO-002", capacity.toString(), redBag.toString());

        // then
        JsonNode results = run.json().get("results");
        assertThat(results.get(0).get("alerts").get(0).get("ruleId").asText()).isEqualTo("LOCAL-001");
        assertThat(results.get(0).get("alerts").get(0).get("providerId").asText()).isEqualTo("RR813");
        assertThat(results.get(1).get("alerts")).hasSize(1);
        assertThat(results.get(1).get("alerts").get(0).get("ruleId").asText()).isEqualTo("HO-001");
    }

    @Test
    void should_report_a_custom_rule_that_throws_on_that_pathway_and_go_on() throws IOException {
        // given
        Path drl = write("throws.drl", """
                package com.example;
                import org.carepathway.model.Patient;
                rule "X-1 throws for one patient"
                    @id("X-1") @severity("LOW") @category("DATA_QUALITY") @title("t") @guidance("g")
                when
                    Patient( registeredGp == null )
                then
                    throw new IllegalStateException("local rule bug");
                end
                """);
        Path input = write("two.ndjson", line(ExamplePathways.RED_BAG) + "\n"
                + PathwayJson.write(withoutGp(ExamplePathways.load(ExamplePathways.RED_BAG))) + "\n");

        // when
        CliRun run = pathway("validate", "--format", "ndjson", "--as-of", AS_OF, "--rules", drl.toString(),
                input.toString());

        // then
        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> results = run.lines();
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("alerts")).isNotEmpty();
        assertThat(results.get(0).get("errors")).isEmpty();
        assertThat(results.get(1).get("source").asText()).endsWith("two.ndjson:2");
        assertThat(results.get(1).get("errors").get(0).get("message").asText())
                .contains("rule X-1 failed").contains("local rule bug");
    }

    private static org.carepathway.model.Pathway withoutGp(org.carepathway.model.Pathway p) {
        var patient = p.patient();
        var noGp = new org.carepathway.model.Patient(patient.nhsNumber(), patient.localId(), patient.birthDate(),
                patient.diedAt(), null, patient.needs(), patient.legalStatus(), patient.section117Eligible(),
                patient.suicideRisk(), patient.lacksCapacity(), patient.consentToShare());
        return new org.carepathway.model.Pathway(p.id(), noGp, p.providers(), p.carePlans(), p.transfers(),
                p.contacts(), p.communications(), p.safeguardingConcerns());
    }

    // ---- rules

    @Test
    void should_list_built_in_and_custom_rules_as_json() throws IOException {
        // given
        Path drl = write("local-policy.drl", readResource(ExamplePathways.LOCAL_POLICY_RULES));

        // when
        CliRun run = pathway("rules", "--format", "json", "--rules", drl.toString());

        // then
        assertThat(run.status()).isZero();
        List<String> ids = new ArrayList<>();
        for (Iterator<JsonNode> it = run.json().get("rules").elements(); it.hasNext(); ) {
            JsonNode rule = it.next();
            assertThat(fieldNames(rule)).startsWith("id", "severity", "category", "title", "guidance");
            ids.add(rule.get("id").asText());
        }
        assertThat(ids).containsAll(builtInIds()).contains("LOCAL-001");
        assertThat(ids).hasSize(builtInIds().size() + 1);
    }

    @Test
    void should_list_rules_as_a_markdown_table() throws IOException {
        // given
        Path drl = write("local-policy.drl", readResource(ExamplePathways.LOCAL_POLICY_RULES));

        // when
        CliRun run = pathway("rules", "--format", "markdown", "--rules", drl.toString());

        // then
        assertThat(run.status()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).isEqualTo("| Id | Severity | Category | Title | Fires when | Guidance |");
        assertThat(lines[1]).isEqualTo("|---|---|---|---|---|---|");
        for (String id : builtInIds()) {
            assertThat(run.out()).contains("| " + id + " | ");
        }
        assertThat(run.out()).contains("| LOCAL-001 | HIGH | CARE_PLAN | ");
        assertThat(lines).hasSize(2 + builtInIds().size() + 1);
    }

    @Test
    void should_list_rules_as_text_by_default() {
        // when
        CliRun run = pathway("rules");

        // then
        assertThat(run.status()).isZero();
        for (String id : builtInIds()) {
            assertThat(run.out()).contains(id);
        }
        assertThat(run.out()).contains("guidance: NHS England Hospital Transfer Pathway");
    }

    private static List<String> builtInIds() {
        return PathwayValidator.builder().build().catalogue().stream().map(RuleDescriptor::id).toList();
    }

    private static String readResource(String resource) {
        try (var in = PathwayCliTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
