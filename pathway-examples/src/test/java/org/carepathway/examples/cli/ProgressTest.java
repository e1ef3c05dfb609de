package org.carepathway.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void should_show_count_rate_share_read_and_time_left_when_the_size_is_known() {
        // given: 4 MB in all, started at 0
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(new PrintStream(new ByteArrayOutputStream()), 4_000_000, now::get);

        // when: a quarter read after 10 s
        String line = progress.line(2_500, 1_000_000, 10 * SECOND);

        // then
        assertThat(line).isEqualTo("2,500 records, 250 records/s, 25% of 4.0 MB read, about 0m 30s left");
    }

    @Test
    void should_show_count_and_rate_only_when_the_size_is_unknown() {
        // given: standard input
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(new PrintStream(new ByteArrayOutputStream()), -1, now::get);

        // when
        String line = progress.line(1, 100, 2 * SECOND);

        // then
        assertThat(line).isEqualTo("1 record, 1 records/s");
    }

    @Test
    void should_redraw_at_most_every_interval_and_end_the_line_when_finished() {
        // given
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), -1, now::get);

        // when
        now.set(SECOND);
        progress.update(10, 0);
        now.set(SECOND + Progress.INTERVAL.toNanos() - 1);
        progress.update(11, 0);
        now.set(SECOND + Progress.INTERVAL.toNanos());
        progress.update(12, 0);
        progress.finish(12, 0);

        // then
        String drawn = err.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("\r10 records").doesNotContain("11 records").contains("\r12 records");
        assertThat(drawn).endsWith("\n");
    }

    @Test
    void should_draw_nothing_when_off() {
        // given
        Progress progress = Progress.none();

        // when
        progress.update(5, 5);
        progress.finish(5, 5);

        // then: nothing to draw on, and no failure for it
        assertThat(progress.line(5, 5, SECOND)).startsWith("5 records");
    }
}
