package org.carepathway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PathwayJsonWriteTest {

    @Provide
    Arbitrary<Pathway> pathways() {
        return PathwayArbitraries.validPathways();
    }

    @Property(tries = 500)
    void should_read_back_what_it_writes(@ForAll("pathways") Pathway pathway) {
        // given
        String json = PathwayJson.write(pathway);

        // when
        ReadResult result = PathwayJson.read(json);

        // then
        assertThat(result).isEqualTo(new ReadResult.Accepted(pathway));
    }

    @Property(tries = 200)
    void should_generate_only_pathways_without_integrity_errors(@ForAll("pathways") Pathway pathway) {
        // when
        List<InputError> errors = pathway.integrityErrors();

        // then
        assertThat(errors).isEmpty();
    }

    @Test
    void should_write_the_json_v1_form_leaving_out_absent_members_and_defaults() {
        // given
        Pathway pathway = new Pathway("pw-1",
                new Patient(null, "L-1", LocalDate.of(1950, 3, 1), null, "GP1", List.of(), null, false, true, false,
                        null),
                List.of(new Provider("GP1", null, ProviderType.GP_PRACTICE, null, 0),
                        new Provider("CH1", "Oak \"House\"", ProviderType.CARE_HOME, false, 2)),
                List.of(), List.of(new Transfer("t1", TransferKind.DISCHARGE, "CH1", "GP1",
                        Instant.parse("2026-11-20T10:00:00.120Z"), List.of(TransferItem.MEDICATION))),
                List.of(), List.of(), List.of());

        // when
        String json = PathwayJson.write(pathway);

        // then
        assertThat(json).isEqualTo("{\"id\":\"pw-1\",\"patient\":{\"localId\":\"L-1\",\"birthDate\":\"1950-03-01\","
                + "\"registeredGp\":\"GP1\",\"suicideRisk\":true},\"providers\":[{\"id\":\"GP1\",\"type\":\"GP_PRACTICE\"},"
                + "{\"id\":\"CH1\",\"name\":\"Oak \\\"House\\\"\",\"type\":\"CARE_HOME\",\"cqcRegistered\":false,"
                + "\"openSafeguardingConcerns\":2}],\"transfers\":[{\"id\":\"t1\",\"kind\":\"DISCHARGE\",\"from\":\"CH1\","
                + "\"to\":\"GP1\",\"at\":\"2026-11-20T10:00:00.120Z\",\"items\":[\"MEDICATION\"]}]}");
    }

    @Test
    void should_refuse_to_write_an_instant_beyond_year_9999() {
        // given
        Pathway pathway = new Pathway("pw-1",
                new Patient(null, "L-1", LocalDate.of(1950, 3, 1), Instant.parse("+10000-01-01T00:00:00Z"), null,
                        List.of(), null, false, false, false, null),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        // when / then
        assertThatThrownBy(() -> PathwayJson.write(pathway))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diedAt", "0000-9999");
    }

    @Test
    void should_report_the_same_integrity_errors_from_records_and_from_their_json_form() {
        // given
        Pathway pathway = new Pathway("pw-1",
                new Patient(null, "L-1", LocalDate.of(1950, 3, 1), null, "CH1", List.of(), null, false, false, false,
                        null),
                List.of(new Provider("CH1", null, ProviderType.CARE_HOME, null, 0),
                        new Provider("CH1", null, ProviderType.CARE_HOME, null, 0)),
                List.of(), List.of(new Transfer("t1", TransferKind.DISCHARGE, "CH1", "X", Instant.EPOCH, List.of())),
                List.of(), List.of(new Communication(null, CommunicationType.OTHER, "CH1", "CH1", Instant.EPOCH, "t9",
                        null)),
                List.of());

        // when
        ReadResult result = PathwayJson.read(PathwayJson.write(pathway));

        // then
        assertThat(result.errors()).isNotEmpty().isEqualTo(pathway.integrityErrors());
    }
}
