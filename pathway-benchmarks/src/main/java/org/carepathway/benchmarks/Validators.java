package org.carepathway.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carepathway.rules.PathwayValidator;

/** The validators under test, each built the way its users would build it. */
public final class Validators {
    /** The built-in DRL files, copied as text into this module by its build. */
    static final List<String> BUILT_IN_DRL = List.of("care-plans.drl", "data-quality.drl", "follow-up.drl",
            "handover.drl", "information-sharing.drl", "medication.drl", "safeguarding.drl");

    private Validators() {
    }

    /** The library as shipped: the built-in rules precompiled to the executable model. */
    public static PathwayValidator precompiled() {
        return PathwayValidator.builder().build();
    }

    /**
     * The same DRL compiled when the validator is built, as a plain Drools user would run it: the built-in rules
     * left out and their source text added as custom rules.
     */
    public static PathwayValidator runtimeDrl() {
        PathwayValidator.Builder builder = PathwayValidator.builder().withoutBuiltInRules();
        for (String file : BUILT_IN_DRL) {
            builder.addRules(file, builtInDrl(file));
        }
        return builder.build();
    }

    /** Every built-in rule switched off: what a validation costs around the rules. */
    public static PathwayValidator withoutRules() {
        List<String> ids = precompiled().catalogue().stream().map(rule -> rule.id()).toList();
        return PathwayValidator.builder().disableRules(ids).build();
    }

    /** The built-in rules and {@code count} custom rules of {@link CustomRulePack}. */
    public static PathwayValidator withCustomRules(int count) {
        return PathwayValidator.builder().addRules("custom-" + count + ".drl", CustomRulePack.drl(count)).build();
    }

    static String builtInDrl(String file) {
        String resource = "builtin-drl/" + file;
        try (InputStream in = Validators.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing"
                        + "\nMaybe build pathway-benchmarks with Maven, which copies the built-in DRL into it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
