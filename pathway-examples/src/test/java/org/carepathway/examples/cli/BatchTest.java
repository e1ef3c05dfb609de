package org.carepathway.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.examples.cli.CliRun.pathway;
import static org.carepathway.examples.cli.CliRun.pathwayWithStdin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: {@code validate} over a batch streams on every core, one result per input line, in input order. */
class BatchTest {
    private static final String AS_OF = SyntheticPathways.AS_OF.toString();

    @TempDir
    Path dir;

    /** Generated NDJSON: {@code count} lines, every {@code malformedEvery}-th malformed. */
    static Path generated(Path file, long seed, long count, int malformedEvery) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new SyntheticPathways(seed, malformedEvery).writeNdjson(new PrintStream(out, false, StandardCharsets.UTF_8),
                    count);
        }
        return file;
    }

    @Test
    void should_write_one_result_per_input_line_in_input_order_and_reject_the_bad_lines_with_pointers()
            throws IOException {
        // given: 600 lines, every 7th malformed (cut short, a bad date, an unknown provider type, in turn)
        Path input = generated(dir.resolve("batch.ndjson"), 11, 600, 7);

        // when: four workers, so results finish out of order
        CliRun run = pathway("validate", "--format", "ndjson", "--workers", "4", "--as-of", AS_OF,
                input.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_REJECTED);
        List<JsonNode> results = run.lines();
        assertThat(results).hasSize(600);
        List<String> pointers = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            int line = i + 1;
            assertThat(result.get("source").asText()).isEqualTo(input + ":" + line);
            if (line % 7 == 0) {
                assertThat(result.get("errors")).as("line %d", line).isNotEmpty();
                assertThat(result.get("alerts")).isEmpty();
                pointers.add(result.get("errors").get(0).get("pointer").asText());
            } else {
                assertThat(result.get("errors")).as("line %d", line).isEmpty();
                assertThat(result.get("pathwayId").asText()).isEqualTo("SYN-11-" + line);
            }
        }
        assertThat(pointers).hasSize(85).containsOnly("", "/patient/birthDate", "/providers/0/type")
                .contains("", "/patient/birthDate", "/providers/0/type");
        JsonNode summary = CliRun.JSON.readTree(run.err().strip());
        assertThat(summary.get("read").asLong()).isEqualTo(600);
        assertThat(summary.get("validated").asLong()).isEqualTo(515);
        assertThat(summary.get("rejected").asLong()).isEqualTo(85);
        assertThat(summary.get("recordsPerSecond").asLong()).isPositive();
        assertThat(summary.has("elapsedSeconds")).isTrue();
    }

    @Test
    void should_write_the_same_output_whatever_the_number_of_workers() throws IOException {
        // given
        Path input = generated(dir.resolve("batch.ndjson"), 5, 300, 13);

        // when
        CliRun one = pathway("validate", "--format", "json", "--workers", "1", "--as-of", AS_OF, input.toString());
        CliRun three = pathway("validate", "--format", "json", "--workers", "3", "--as-of", AS_OF, input.toString());

        // then: stdout is deterministic; the time taken is on stderr only
        assertThat(three.out()).isEqualTo(one.out());
        assertThat(one.json().get("results")).hasSize(300);
        assertThat(one.err()).contains("300 read, 277 validated, 23 rejected").contains("records/s");
    }

    @Test
    void should_stream_stdin_in_order() throws IOException {
        // given
        String stdin = Files.readString(generated(dir.resolve("in.ndjson"), 3, 50, 0));

        // when
        CliRun run = pathwayWithStdin(stdin, "validate", "--format", "ndjson", "--as-of", AS_OF, "-");

        // then
        assertThat(run.lines()).extracting(r -> r.get("source").asText())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(i -> "-:" + i)
                        .toList());
    }

    @Test
    void should_keep_the_text_summary_on_stdout_and_add_the_time_and_records_per_second_on_stderr()
            throws IOException {
        // given
        Path input = generated(dir.resolve("batch.ndjson"), 2, 20, 0);

        // when
        CliRun text = pathway("validate", "--as-of", AS_OF, input.toString());

        // then
        assertThat(text.out()).endsWith("\n20 read, 20 validated, 0 rejected; alerts: "
                + text.out().substring(text.out().lastIndexOf("alerts: ") + 8));
        assertThat(text.out()).doesNotContain("records/s");
        assertThat(text.err()).containsPattern("pathway validate: 20 records in \\d+\\.\\d s, [\\d,]+ records/s")
                .doesNotContain("20 read"); // the counts are on stdout already: a terminal shows them once
    }

    @Test
    void should_draw_progress_on_stderr_only_when_asked_or_on_a_terminal() throws IOException {
        // given
        Path input = generated(dir.resolve("batch.ndjson"), 2, 30, 0);

        // when
        CliRun always = pathway("validate", "--format", "ndjson", "--progress", "always", "--as-of", AS_OF,
                input.toString());
        CliRun auto = pathway("validate", "--format", "ndjson", "--as-of", AS_OF, input.toString());
        CliRun never = pathway("validate", "--format", "ndjson", "--progress", "never", "--as-of", AS_OF,
                input.toString());

        // then: the final drawing counts every record and has read every byte of the file
        assertThat(always.err()).contains("\r30 records, ").contains("records/s, 100% of ").contains("left");
        assertThat(always.out()).doesNotContain("\r").doesNotContain("records/s");
        assertThat(auto.err()).as("stderr is no terminal here").doesNotContain("\r");
        assertThat(never.err()).doesNotContain("\r");
        assertThat(always.out()).isEqualTo(never.out());
    }

    @Test
    void should_exit_64_for_fewer_than_one_worker_or_a_bad_progress_mode() throws IOException {
        // given
        Path input = generated(dir.resolve("batch.ndjson"), 2, 1, 0);

        // when
        CliRun noWorkers = pathway("validate", "--workers", "0", input.toString());
        CliRun badProgress = pathway("validate", "--progress", "sometimes", input.toString());

        // then
        assertThat(noWorkers.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(noWorkers.err()).contains("--workers must be at least 1");
        assertThat(badProgress.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(badProgress.err()).contains("auto, always, never");
    }

    @Test
    void should_generate_the_same_lines_for_the_same_seed() {
        // when
        CliRun first = pathway("generate", "--count", "40", "--seed", "9", "--malformed-every", "10");
        CliRun again = pathway("generate", "--count", "40", "--seed", "9", "--malformed-every", "10");
        CliRun other = pathway("generate", "--count", "40", "--seed", "10", "--malformed-every", "10");

        // then
        assertThat(first.status()).isZero();
        assertThat(first.out().split("\n")).hasSize(40);
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(other.out()).isNotEqualTo(first.out());
    }

    @Test
    void should_exit_64_for_a_negative_count() {
        // when
        CliRun run = pathway("generate", "--count", "-1");

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(run.err()).contains("must not be negative");
    }
}
