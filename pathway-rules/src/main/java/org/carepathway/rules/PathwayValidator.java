package org.carepathway.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.carepathway.model.InputError;
import org.carepathway.model.Pathway;
import org.carepathway.rules.internal.DrlSource;
import org.carepathway.rules.internal.RuleBase;

/**
 * Validates pathways against the rule catalogue: the entry point of the library.
 *
 * <pre>{@code
 * PathwayValidator validator = PathwayValidator.builder().build();   // build once, share freely
 * ValidationReport report = validator.validate(pathway);             // as of now
 * }</pre>
 *
 * <p>Thread-safe: one validator serves any number of threads. Each thread validating at the same moment as
 * another runs its own copy of the rules, made the first time it is needed and then kept (a fraction of a
 * megabyte for the built-in rules); past twice as many copies as processors, a thread waits for one to be free.
 * Building compiles custom DRL, so build once and keep it; the built-in rules are precompiled and cost no
 * compilation.
 */
public final class PathwayValidator {
    private final RuleBase rules;
    private final Clock clock;
    private final Settings settings;

    private PathwayValidator(RuleBase rules, Clock clock, Settings settings) {
        this.rules = rules;
        this.clock = clock;
        this.settings = settings;
    }

    /** A builder with the built-in rules on, the system UTC clock and the default settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates as of the validator's clock. */
    public ValidationReport validate(Pathway pathway) {
        return validate(pathway, clock.instant());
    }

    /**
     * Validates as of the given instant: time-window rules fire only for windows closed at {@code asOf}; facts
     * dated after it are used as given.
     *
     * @throws InvalidPathwayException when the pathway breaks SPEC section 1 across records
     * @throws RuleExecutionException when a (custom) rule throws
     */
    public ValidationReport validate(Pathway pathway, Instant asOf) {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(asOf, "asOf");
        List<InputError> errors = pathway.integrityErrors();
        if (!errors.isEmpty()) {
            throw new InvalidPathwayException(pathway.id(), errors);
        }
        return new ValidationReport(pathway.id(), asOf, rules.run(pathway, new Evaluation(asOf, settings)));
    }

    /** Every rule this validator runs, built-in and custom, ordered by id. */
    public List<RuleDescriptor> catalogue() {
        return rules.catalogue();
    }

    /** The settings the rules use. */
    public Settings settings() {
        return settings;
    }

    /** Configures a {@link PathwayValidator}. Not thread-safe; {@link #build()} as often as needed. */
    public static final class Builder {
        private boolean builtInRules = true;
        private final List<DrlSource> customRules = new ArrayList<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private Clock clock = Clock.systemUTC();
        private Settings settings = Settings.DEFAULTS;

        private Builder() {
        }

        /** Leaves the built-in catalogue out: only custom rules run. */
        public Builder withoutBuiltInRules() {
            this.builtInRules = false;
            return this;
        }

        /**
         * Adds the rules of a DRL file.
         *
         * @throws IllegalArgumentException when the file cannot be read
         */
        public Builder addRules(Path drlFile) {
            Objects.requireNonNull(drlFile, "drlFile");
            try {
                customRules.add(new DrlSource(drlFile.toString(), Files.readString(drlFile, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read rules file " + drlFile + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Adds the rules of a DRL resource on the class path, such as {@code com/acme/rules/local.drl}.
         *
         * @throws IllegalArgumentException when there is no such resource
         */
        public Builder addRulesFromClasspath(String resource) {
            Objects.requireNonNull(resource, "resource");
            String name = resource.startsWith("/") ? resource.substring(1) : resource;
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = PathwayValidator.class.getClassLoader();
            }
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no rules resource '" + resource + "' on the class path");
                }
                customRules.add(new DrlSource("classpath:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read rules resource " + resource + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Adds rules given as DRL text; {@code name} is used in compile errors.
         */
        public Builder addRules(String name, String drl) {
            customRules.add(new DrlSource(Objects.requireNonNull(name, "name"), Objects.requireNonNull(drl, "drl")));
            return this;
        }

        /** Switches these rules off, by id. An unknown id fails {@link #build()}. */
        public Builder disableRules(String... ruleIds) {
            for (String id : ruleIds) {
                disabled.add(Objects.requireNonNull(id, "rule id"));
            }
            return this;
        }

        /** Switches these rules off, by id. */
        public Builder disableRules(Collection<String> ruleIds) {
            return disableRules(ruleIds.toArray(String[]::new));
        }

        /** The clock that gives "now" for {@link PathwayValidator#validate(Pathway)}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Replaces all settings. */
        public Builder settings(Settings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Changes one setting by name, as the CLI's {@code --setting NAME=VALUE}.
         *
         * @throws IllegalArgumentException for an unknown name or a bad value
         */
        public Builder setting(String name, String value) {
            this.settings = settings.with(name, value);
            return this;
        }

        /**
         * Builds the validator, compiling custom rules.
         *
         * @throws RuleCompilationException when custom rules do not compile or lack metadata
         * @throws IllegalArgumentException when a custom rule's id is taken or a disabled id is unknown
         */
        public PathwayValidator build() {
            return new PathwayValidator(RuleBase.build(builtInRules, customRules, disabled), clock, settings);
        }
    }
}
