package org.carepathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestTimeTest {
    @Test
    void should_give_a_clock_fixed_at_the_instant() {
        // when
        Clock clock = TestTime.clockAt("2026-11-21T10:00:00+01:00");

        // then
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
        assertThat(clock.millis()).isEqualTo(clock.millis());
    }

    @Test
    void should_name_a_date_that_does_not_parse() {
        // when / then
        assertThatThrownBy(() -> TestTime.date("2026-02-30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'2026-02-30' is not a date YYYY-MM-DD");
    }
}
