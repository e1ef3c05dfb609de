package org.carepathway.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: memory stays bounded whatever the input size. A child JVM with a 16 MB heap streams more generated
 * pathways through stdin than that heap could hold as text, let alone as results: if anything were kept per record
 * (the documents, the results, the JSON document being written, the report's lists) it would run out of memory
 * and exit with status 3.
 */
class BoundedMemoryTest {
    private static final String HEAP = "-Xmx16m";
    private static final long HEAP_BYTES = 16L << 20;
    private static final int RECORDS = 20_000;
    private static final int MALFORMED_EVERY = 1_000;

    @TempDir
    Path dir;

    /** What the child did: its exit status, its stderr, and how many bytes it was fed. */
    private record Child(int status, String err, long fed) {
    }

    /** Runs {@code pathway ARGS} in a child JVM with a small heap, feeding it generated NDJSON on stdin. */
    private static Child runWithSmallHeap(java.util.function.Consumer<InputStream> readStdout, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                PathwayCli.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(child.getErrorStream()));
        CompletableFuture<Long> fed = CompletableFuture.supplyAsync(() -> {
            try (OutputStream stdin = child.getOutputStream()) {
                Counting counting = new Counting(stdin);
                new SyntheticPathways(77, MALFORMED_EVERY).writeNdjson(
                        new PrintStream(counting, false, StandardCharsets.UTF_8), RECORDS);
                return counting.count;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        readStdout.accept(child.getInputStream());
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("the child finished").isTrue();
        return new Child(child.exitValue(), err.get(), fed.get());
    }

    @Test
    void should_validate_more_than_the_heap_holds_through_stdin_into_one_json_document_in_order() throws Exception {
        // given
        long[] results = {0};
        List<String> outOfOrder = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();

        // when: the JSON document is read as it streams, one result at a time
        Child child = runWithSmallHeap(stdout -> {
            try (JsonParser json = CliRun.JSON.getFactory().createParser(stdout)) {
                for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                    if (token == JsonToken.FIELD_NAME && json.currentName().equals("source")) {
                        results[0]++;
                        String source = json.nextTextValue();
                        if (!source.equals("-:" + results[0]) && outOfOrder.size() < 5) {
                            outOfOrder.add(source + " at result " + results[0]);
                        }
                    }
                }
            } catch (IOException e) {
                // a child out of memory says so on stdout and stops: keep the reason, let the status tell
                unreadable.add(e.getMessage() + readAll(stdout));
            }
        }, "validate", "--format", "json", "--progress", "never", "--as-of", SyntheticPathways.AS_OF.toString(), "-");

        // then
        assertThat(child.fed()).as("the input is larger than the heap").isGreaterThan(HEAP_BYTES);
        assertThat(child.status()).as("exit status (3: out of memory)\n" + unreadable + "\n" + child.err())
                .isEqualTo(PathwayCli.EXIT_REJECTED);
        assertThat(unreadable).isEmpty();
        assertThat(results[0]).isEqualTo(RECORDS);
        assertThat(outOfOrder).isEmpty();
        assertThat(child.err()).contains(RECORDS + " read, " + (RECORDS - RECORDS / MALFORMED_EVERY) + " validated, "
                + RECORDS / MALFORMED_EVERY + " rejected");
    }

    @Test
    void should_write_the_gap_report_of_more_than_the_heap_holds() throws Exception {
        // given
        Path html = dir.resolve("gap-report.html");

        // when
        Child child = runWithSmallHeap(BoundedMemoryTest::readAll, "report", "--html", html.toString(),
                "--progress", "never", "--as-of", SyntheticPathways.AS_OF.toString(), "-");

        // then
        assertThat(child.fed()).isGreaterThan(HEAP_BYTES);
        assertThat(child.status()).as(child.err()).isEqualTo(PathwayCli.EXIT_REJECTED);
        assertThat(child.err()).contains("wrote " + html + "; " + RECORDS + " read");
        assertThat(Files.readString(html)).contains("A check of " + Numbers.grouped(RECORDS) + " patient pathways");
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Counts what goes through. */
    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }
}
