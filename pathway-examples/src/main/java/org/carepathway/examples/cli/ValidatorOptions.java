package org.carepathway.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.RuleCompilationException;
import picocli.CommandLine.Option;

/** The options that shape the validator, shared by {@code validate} and {@code rules}. */
final class ValidatorOptions {
    @Option(names = "--rules", paramLabel = "FILE.drl",
            description = "Adds the custom rules of this DRL file (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--setting", paramLabel = "NAME=VALUE",
            description = "Changes a setting, such as mentalHealthFollowUp=PT96H or providerConcernThreshold=2"
                    + " (repeatable).")
    List<String> settings = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE_ID", description = "Switches a rule off (repeatable).")
    List<String> disabled = new ArrayList<>();

    /**
     * Builds the validator these options describe.
     *
     * @throws UsageException for an unknown setting or bad value, an unreadable rules file, custom rules that do
     *     not compile, a taken rule id or an unknown disabled id
     */
    PathwayValidator build() {
        PathwayValidator.Builder builder = PathwayValidator.builder();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq < 1) {
                throw new UsageException("--setting takes NAME=VALUE, such as mentalHealthFollowUp=PT96H; was '"
                        + setting + "'");
            }
            try {
                builder.setting(setting.substring(0, eq).strip(), setting.substring(eq + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--setting " + setting + ": " + e.getMessage(), e);
            }
        }
        for (Path file : rules) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UsageException("cannot read rules file " + file + ": "
                        + (Files.exists(file) ? "not a readable file" : "no such file"));
            }
            try {
                builder.addRules(file);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
        }
        builder.disableRules(disabled);
        try {
            return builder.build();
        } catch (RuleCompilationException e) {
            // names each file and line: "custom rules do not compile:\nrules/local.drl:12: ..."
            throw new UsageException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
