package org.carepathway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientTest {

    private static Patient bornOn(String date) {
        return new Patient(null, "L-1", LocalDate.parse(date), null, null, List.of(), null, false, false, false, null);
    }

    @ParameterizedTest
    @CsvSource({
        "2008-11-20, 2026-11-19T23:59:59.999999999Z, false",
        "2008-11-20, 2026-11-20T00:00:00Z, true",
        "2008-11-20, 2026-11-20T23:59:59Z, true",
        "2008-02-29, 2026-02-28T23:59:59Z, false",
        "2008-02-29, 2026-03-01T00:00:00Z, true",
        "2008-02-29, 2028-02-28T23:59:59Z, true"
    })
    void should_be_adult_from_the_utc_date_of_the_eighteenth_birthday(String birthDate, String at, boolean adult) {
        // given
        Patient patient = bornOn(birthDate);

        // when
        boolean result = patient.adultAt(Instant.parse(at));

        // then
        assertThat(result).isEqualTo(adult);
    }

    @Test
    void should_turn_18_on_1_march_in_a_common_year_when_born_on_29_february() {
        // given
        Patient patient = bornOn("2008-02-29");

        // when
        boolean dayBefore = patient.adultAt(Instant.parse("2026-02-28T12:00:00Z"));
        boolean firstOfMarch = patient.adultAt(Instant.parse("2026-03-01T00:00:00Z"));

        // then
        assertThat(dayBefore).isFalse();
        assertThat(firstOfMarch).isTrue();
    }

    @Test
    void should_read_the_utc_date_not_a_local_one() {
        // given
        Patient patient = bornOn("2008-11-20");

        // when: 00:30 on 20 November at +01:00 is still 19 November in UTC
        boolean result = patient.adultAt(java.time.OffsetDateTime.parse("2026-11-20T00:30:00+01:00").toInstant());

        // then
        assertThat(result).isFalse();
    }

    @Test
    void should_not_repeat_a_malformed_nhs_number_in_the_constructor_message() {
        // when / then
        assertThatThrownBy(() -> new Patient("94347 65919", null, LocalDate.of(1950, 1, 1), null, null, List.of(),
                null, false, false, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 characters")
                .hasMessageNotContaining("65919");
    }

    @Test
    void should_require_an_nhs_number_or_a_local_id() {
        // when / then
        assertThatThrownBy(() -> new Patient(null, null, LocalDate.of(1950, 1, 1), null, null, List.of(), null, false,
                false, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nhsNumber or a localId");
    }
}
