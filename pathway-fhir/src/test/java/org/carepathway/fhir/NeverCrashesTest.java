package org.carepathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.carepathway.model.ReadResult;

/** Bad input never crashes the reader: damaged Bundles are read or rejected with errors, never thrown on. */
class NeverCrashesTest {
    private static final String JSON = UkCore.json(UkCore.collection(UkCore.doneWhenExamples()));
    private static final String XML = UkCore.xml(UkCore.collection(UkCore.doneWhenExamples()));

    private static void readsOrRejects(String text) {
        // when
        BundleReading reading = UkCore.FHIR.read(text);

        // then
        assertThat(reading.result()).isInstanceOfAny(ReadResult.Accepted.class, ReadResult.Rejected.class);
        if (reading.result() instanceof ReadResult.Rejected rejected) {
            // and the mapping saw the problem itself: the net under it (an exception turned into an error) stayed unused
            assertThat(rejected.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank()
                    .doesNotContain("could not be read"));
        }
    }

    @Property(tries = 200)
    void should_never_throw_on_a_bundle_with_a_line_removed(@ForAll @IntRange(min = 0, max = 10_000) int seed,
            @ForAll boolean xml) {
        // given
        List<String> lines = List.of((xml ? XML : JSON).split("\n"));
        int removed = seed % lines.size();
        StringBuilder damaged = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i != removed) {
                damaged.append(lines.get(i)).append('\n');
            }
        }

        // when / then
        readsOrRejects(damaged.toString());
    }

    @Property(tries = 200)
    void should_never_throw_on_a_bundle_with_a_value_swapped(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
        // given: one JSON string value replaced by a number, an empty string or null
        String[] parts = JSON.split("\": \"", -1);
        int at = 1 + seed % (parts.length - 1);
        String replacement = switch (seed % 3) {
            case 0 -> "\": 42, \"x\": \"";
            case 1 -> "\": \"\", \"y\": \"";
            default -> "\": null, \"z\": \"";
        };
        StringBuilder damaged = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            damaged.append(i == at ? replacement : "\": \"").append(parts[i]);
        }

        // when / then
        readsOrRejects(damaged.toString());
    }
}
