package org.carepathway.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carepathway.examples.cli.PathwayCli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue tables in {@code docs/rules.md} and {@code README.md} are the output of {@code pathway rules
 * --format markdown}: this test fails when a rule's metadata changes and the documents do not. Run it with
 * {@code -Dcarepathway.updateDocs=true} to rewrite the tables in place.
 */
class RuleCatalogueDocTest {
    private static final String TABLE_HEADER = "| Id | Severity | Category | Title | Fires when | Guidance |";
    private static final Path PROJECT = Path.of("..");

    @ParameterizedTest
    @ValueSource(strings = {"docs/rules.md", "README.md"})
    void should_list_the_catalogue_exactly_as_the_rules_declare_it(String document) throws IOException {
        // given
        String generated = generatedTable();
        Path file = PROJECT.resolve(document);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = lines.indexOf(TABLE_HEADER);
        assertThat(start).as("%s has a table starting with %s", document, TABLE_HEADER).isNotNegative();
        int end = start;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        if (Boolean.getBoolean("carepathway.updateDocs")) {
            List<String> updated = new ArrayList<>(lines.subList(0, start));
            updated.addAll(generated.lines().toList());
            updated.addAll(lines.subList(end, lines.size()));
            Files.write(file, updated, StandardCharsets.UTF_8);
            lines = updated;
            end = start + (int) generated.lines().count();
        }

        // when
        String documented = String.join("\n", lines.subList(start, end)) + "\n";

        // then
        assertThat(documented)
                .as("%s no longer matches the rules; rewrite its table with%n"
                        + "./mvnw -q -B -Dquick verify -Dtest=RuleCatalogueDocTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dcarepathway.updateDocs=true", document)
                .isEqualTo(generated);
    }

    private static String generatedTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = PathwayCli.run(new String[] {"rules", "--format", "markdown"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
