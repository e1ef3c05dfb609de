package org.carepathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carepathway.rules.PathwayValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden case factory fails loudly, naming the file, whenever a case cannot be checked. */
class GoldenCasesTest {
    private static final String PATHWAY = """
            {"id": "p1", "patient": {"localId": "L1", "birthDate": "1950-01-01"}}
            """;

    @TempDir
    Path folder;

    @Test
    void should_pass_a_case_whose_alerts_match() throws Throwable {
        // given
        write("no-nhs-number.json", PATHWAY);
        write("no-nhs-number.expected.json", """
                {"asOf": "2026-11-21T09:00:00Z", "alerts": [{"ruleId": "DQ-002"}]}
                """);

        // when
        List<DynamicTest> tests = GoldenCases.in(folder).tests().toList();

        // then
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("no-nhs-number");
        tests.get(0).getExecutable().execute();
    }

    @Test
    void should_fail_a_case_whose_alerts_differ() throws IOException {
        // given
        write("p.json", PATHWAY);
        write("p.expected.json", """
                {"asOf": "2026-11-21T09:00:00Z", "alerts": []}
                """);

        // when / then
        assertThatThrownBy(() -> only().getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("golden case p")
                .hasMessageContaining("raised but not expected: [DQ-002]");
    }

    @Test
    void should_fail_a_pathway_without_expected_file() throws IOException {
        // given
        write("lonely.json", PATHWAY);

        // when / then
        assertThatThrownBy(() -> only().getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("lonely.json has no expected file lonely.expected.json");
    }

    @Test
    void should_fail_an_expected_file_without_pathway() throws IOException {
        // given
        write("orphan.expected.json", "{\"asOf\": \"2026-11-21T09:00:00Z\", \"alerts\": []}");

        // when / then
        assertThatThrownBy(() -> only().getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("orphan.expected.json has no pathway orphan.json");
    }

    @Test
    void should_fail_a_malformed_expected_file_naming_file_and_member() throws IOException {
        // given
        write("p.json", PATHWAY);
        write("p.expected.json", "{\"asOf\": \"2026-11-21T09:00:00Z\", \"alerts\": [{\"ruleId\": \"DQ-002\", \"transferid\": \"t1\"}]}");

        // when / then
        assertThatThrownBy(() -> only().getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("p.expected.json: /alerts/0/transferid is not a member of an expected file");
    }

    @Test
    void should_fail_an_expected_file_that_is_not_json() throws IOException {
        // given
        write("p.json", PATHWAY);
        write("p.expected.json", "{\"asOf\": \"2026-11-21T09:00:00Z\",\n \"alerts\": [}");

        // when / then
        assertThatThrownBy(() -> only().getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("p.expected.json is not well-formed JSON")
                .hasMessageContaining("line 2");
    }

    @Test
    void should_fail_an_expected_file_without_as_of() throws IOException {
        // given
        write("p.json", PATHWAY);
        write("p.expected.json", "{\"alerts\": []}");

        // when / then
        assertThatThrownBy(() -> only().getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("p.expected.json: /asOf is required");
    }

    @Test
    void should_fail_a_rejected_pathway_listing_its_errors() throws IOException {
        // given
        write("p.json", "{\"id\": \"p1\", \"patient\": {\"localId\": \"L1\"}}");
        write("p.expected.json", "{\"asOf\": \"2026-11-21T09:00:00Z\", \"alerts\": []}");

        // when / then
        assertThatThrownBy(() -> only().getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("p.json is not a valid pathway")
                .hasMessageContaining("/patient/birthDate");
    }

    @Test
    void should_fail_an_unknown_setting_naming_the_case() throws IOException {
        // given
        write("p.json", PATHWAY);
        write("p.expected.json", "{\"asOf\": \"2026-11-21T09:00:00Z\", \"settings\": {\"noSuchWindow\": \"PT1H\"}, \"alerts\": []}");

        // when / then
        assertThatThrownBy(() -> only().getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("golden case p")
                .hasMessageContaining("unknown setting 'noSuchWindow'");
    }

    @Test
    void should_apply_the_case_settings_on_the_given_validator() throws Throwable {
        // given: DQ-002 switched off by the harness's builder
        write("p.json", PATHWAY);
        write("p.expected.json", "{\"asOf\": \"2026-11-21T09:00:00Z\", \"settings\": {\"cqcNotification\": \"PT1H\"}, \"alerts\": []}");

        // when
        DynamicTest test = GoldenCases.in(folder).validatedBy(() -> PathwayValidator.builder().disableRules("DQ-002"))
                .tests().findFirst().orElseThrow();

        // then
        test.getExecutable().execute();
    }

    @Test
    void should_refuse_an_empty_or_missing_folder() {
        // when / then
        assertThatThrownBy(() -> GoldenCases.in(folder).tests())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds no NAME.json / NAME.expected.json pair");
        assertThatThrownBy(() -> GoldenCases.in(folder.resolve("nope")).tests())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }

    private DynamicTest only() {
        List<DynamicTest> tests = GoldenCases.in(folder).tests().toList();
        assertThat(tests).hasSize(1);
        return tests.get(0);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }
}
