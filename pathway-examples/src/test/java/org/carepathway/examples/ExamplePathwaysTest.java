package org.carepathway.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carepathway.model.Pathway;
import org.carepathway.rules.Alert;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example pathway raises exactly the alerts {@code examples/README.md} lists for it, as of the instant the
 * README names. The README lists alerts for the whole catalogue v1; rules not yet in the catalogue are left out
 * of the expectation, so the test tightens by itself as rules are added.
 */
class ExamplePathwaysTest {
    private static final Pattern ENTRY = Pattern.compile("^- `([^`]+\\.json)`: (.*) Alerts: (.*)$");
    private static final Pattern ALERT = Pattern.compile("([A-Z]+-\\d{3}) \\(([^)]*)\\)");

    /** What identifies an alert, plus the provider expected to act. */
    record Expected(String ruleId, String transferId, String carePlanId, String concernId, String providerId) {
        static Expected of(Alert alert) {
            return new Expected(alert.ruleId(), alert.transferId(), alert.carePlanId(), alert.concernId(),
                    alert.providerId());
        }
    }

    private static final PathwayValidator BUILT_IN = PathwayValidator.builder().build();
    private static final PathwayValidator WITH_LOCAL_POLICY = WriteACustomRule.validator();

    static Stream<String> examples() {
        return readme().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void should_raise_exactly_the_alerts_the_README_lists(String example) {
        // given
        Pathway pathway = ExamplePathways.load(example);
        List<Expected> listed = readme().get(example);

        // when
        List<Expected> withLocalPolicy = alerts(WITH_LOCAL_POLICY, pathway);
        List<Expected> builtInOnly = alerts(BUILT_IN, pathway);

        // then
        assertThat(withLocalPolicy).containsExactlyInAnyOrderElementsOf(inCatalogue(listed, WITH_LOCAL_POLICY));
        assertThat(builtInOnly).containsExactlyInAnyOrderElementsOf(inCatalogue(listed, BUILT_IN));
    }

    @Test
    void should_list_every_example_file_in_the_README() throws IOException, URISyntaxException {
        // given
        Path directory = Path.of(ExamplePathways.class.getClassLoader().getResource("examples").toURI());

        // when
        Set<String> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toSet());
        }

        // then
        assertThat(readme().keySet()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(ExamplePathways.ALL).containsExactlyElementsOf(readme().keySet());
    }

    @Test
    void should_name_the_as_of_instant_of_ExamplePathways_in_the_README() {
        assertThat(readmeText()).contains("**" + ExamplePathways.AS_OF + "**")
                .contains("--as-of " + ExamplePathways.AS_OF);
    }

    @Test
    void should_raise_no_alert_for_the_complete_handover() {
        assertThat(BUILT_IN.validate(ExamplePathways.load(ExamplePathways.COMPLETE_HANDOVER), ExamplePathways.AS_OF)
                .alerts()).isEmpty();
    }

    private static List<Expected> alerts(PathwayValidator validator, Pathway pathway) {
        return validator.validate(pathway, ExamplePathways.AS_OF).alerts().stream().map(Expected::of).toList();
    }

    private static List<Expected> inCatalogue(List<Expected> listed, PathwayValidator validator) {
        Set<String> ids = validator.catalogue().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        return listed.stream().filter(e -> ids.contains(e.ruleId())).toList();
    }

    /** The README's examples, in order, each with the alerts it lists. */
    static Map<String, List<Expected>> readme() {
        Map<String, List<Expected>> examples = new LinkedHashMap<>();
        for (String line : readmeText().split("\\R")) {
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                continue;
            }
            List<Expected> alerts = new ArrayList<>();
            String listed = entry.group(3).strip();
            if (!listed.equals("none.")) {
                Matcher alert = ALERT.matcher(listed);
                while (alert.find()) {
                    alerts.add(expected(alert.group(1), alert.group(2)));
                }
                assertThat(alerts).as("alerts listed for %s", entry.group(1)).isNotEmpty();
            }
            examples.put(entry.group(1), alerts);
        }
        assertThat(examples).isNotEmpty();
        return examples;
    }

    private static Expected expected(String ruleId, String subjects) {
        if (subjects.equals("whole pathway")) {
            return new Expected(ruleId, null, null, null, null);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String part : subjects.split(",")) {
            String[] kindAndId = part.strip().split(" ");
            assertThat(kindAndId).hasSize(2);
            assertThat(kindAndId[0]).isIn("transfer", "plan", "concern", "provider");
            ids.put(kindAndId[0], kindAndId[1]);
        }
        return new Expected(ruleId, ids.get("transfer"), ids.get("plan"), ids.get("concern"), ids.get("provider"));
    }

    private static String readmeText() {
        try (InputStream in = ExamplePathways.class.getClassLoader().getResourceAsStream("examples/README.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
