package org.carepathway.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The records serialise with a user's own ObjectMapper into JSON v1, without annotations. */
class JacksonDatabindTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Provide
    Arbitrary<Pathway> pathways() {
        return PathwayArbitraries.validPathways();
    }

    @Property(tries = 200)
    void should_write_json_v1_that_the_reader_accepts(@ForAll("pathways") Pathway pathway) throws Exception {
        // when
        String json = MAPPER.writeValueAsString(pathway);

        // then
        assertThat(PathwayJson.read(json)).isEqualTo(new ReadResult.Accepted(pathway));
    }

    @Property(tries = 200)
    void should_read_what_the_codec_writes(@ForAll("pathways") Pathway pathway) throws Exception {
        // when
        Pathway read = MAPPER.readValue(PathwayJson.write(pathway), Pathway.class);

        // then
        assertThat(read).isEqualTo(pathway);
    }
}
