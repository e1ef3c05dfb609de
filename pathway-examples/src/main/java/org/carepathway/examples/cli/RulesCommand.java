package org.carepathway.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pathway rules}: the catalogue (id, severity, category, title, when it fires, guidance), custom rules
 * included. The markdown form is the table of {@code docs/rules.md}.
 */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Lists the rules a validation would run, built-in and added with --rules, ordered by id.",
        exitCodeOnInvalidInput = PathwayCli.EXIT_USAGE,
        exitCodeOnExecutionException = PathwayCli.EXIT_SOFTWARE)
final class RulesCommand implements Callable<Integer> {
    /** Output formats of {@code rules}. */
    enum Format { TEXT, JSON, MARKDOWN }

    @ParentCommand
    PathwayCli cli;

    @Option(names = "--format", paramLabel = "text|json|markdown", converter = Converters.RulesFormatName.class,
            description = "text (default), json, or markdown (a table).")
    Format format = Format.TEXT;

    @Mixin
    ValidatorOptions validatorOptions;

    @Override
    public Integer call() {
        List<RuleDescriptor> rules;
        try {
            PathwayValidator validator = validatorOptions.build();
            rules = validator.catalogue();
        } catch (UsageException e) {
            return cli.usageError("rules", e);
        }
        String text = switch (format) {
            case TEXT -> text(rules);
            case JSON -> json(rules);
            case MARKDOWN -> markdown(rules);
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        cli.stdout.write(bytes, 0, bytes.length);
        cli.stdout.flush();
        return PathwayCli.EXIT_OK;
    }

    private static String text(List<RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder();
        for (RuleDescriptor rule : rules) {
            out.append(String.format("%-10s %-9s %-20s %s%s%n", rule.id(), rule.severity(), rule.category(),
                    rule.title(), rule.builtIn() ? "" : " (custom)"));
            if (rule.description() != null) {
                out.append(String.format("%-10s fires when: %s%n", "", rule.description()));
            }
            out.append(String.format("%-10s guidance: %s%n", "", rule.guidance()));
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private static String json(List<RuleDescriptor> rules) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode array = root.putArray("rules");
        rules.forEach(rule -> array.add(JsonForms.rule(rule)));
        try {
            return JsonForms.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(List<RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder();
        out.append("| Id | Severity | Category | Title | Fires when | Guidance |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (RuleDescriptor rule : rules) {
            out.append("| ").append(cell(rule.id())).append(" | ").append(rule.severity()).append(" | ")
                    .append(rule.category()).append(" | ").append(cell(rule.title()))
                    .append(rule.builtIn() ? "" : " (custom)").append(" | ")
                    .append(rule.description() == null ? "" : cell(rule.description())).append(" | ")
                    .append(cell(rule.guidance()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** A table cell: pipes escaped, line breaks flattened. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
    }
}
