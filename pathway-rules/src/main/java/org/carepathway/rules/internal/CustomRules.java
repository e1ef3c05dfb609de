package org.carepathway.rules.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.carepathway.rules.RuleCompilationException;
import org.carepathway.rules.RuleCompilationException.Problem;
import org.carepathway.rules.RuleDescriptor;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Compiles integrators' DRL when a validator is built, and checks each rule declares its catalogue entry. */
final class CustomRules {
    private CustomRules() {
    }

    /**
     * Compiles the sources and adds their rules to {@code catalogue} and {@code ruleById}.
     *
     * @throws RuleCompilationException when a source does not compile or a rule lacks metadata
     * @throws IllegalArgumentException when a rule id is already taken
     */
    static Collection<KiePackage> compile(List<DrlSource> sources, Map<String, RuleDescriptor> catalogue,
            Map<String, Rule> ruleById) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        List<Problem> problems = new ArrayList<>();
        for (DrlSource source : sources) {
            Resource resource = ResourceFactory.newByteArrayResource(source.drl().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.name());
            builder.add(resource, ResourceType.DRL);
            for (KnowledgeBuilderError error : builder.getErrors()) {
                int[] lines = error.getLines();
                problems.add(new Problem(source.name(), lines != null && lines.length > 0 ? lines[0] : 0,
                        error.getMessage().strip()));
            }
            if (!problems.isEmpty()) {
                // the builder keeps its errors; later sources would repeat them
                throw new RuleCompilationException(problems);
            }
        }
        Collection<KiePackage> packages = builder.getKnowledgePackages();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                DrlSource source = sourceOf(rule, sources);
                List<String> metadataProblems = RuleMetadata.problems(rule);
                if (!metadataProblems.isEmpty()) {
                    for (String problem : metadataProblems) {
                        problems.add(new Problem(source.name(), lineOf(rule, source),
                                "rule \"" + rule.getName() + "\": " + problem));
                    }
                    continue;
                }
                RuleDescriptor descriptor = RuleMetadata.describe(rule, false).orElseThrow();
                RuleDescriptor taken = catalogue.get(descriptor.id());
                if (taken != null) {
                    throw new IllegalArgumentException("rule id " + descriptor.id() + " of rule \"" + rule.getName()
                            + "\" (" + source.name() + ") is already taken by " + (taken.builtIn() ? "built-in" : "custom")
                            + " rule \"" + taken.title() + "\"\nMaybe give your rules ids of their own, such as ACME-"
                            + descriptor.id());
                }
                catalogue.put(descriptor.id(), descriptor);
                ruleById.put(descriptor.id(), rule);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return packages;
    }

    static void addTo(KieBase kieBase, Collection<KiePackage> packages) {
        ((InternalRuleBase) kieBase).addPackages(packages);
    }

    private static DrlSource sourceOf(Rule rule, List<DrlSource> sources) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            String path = impl.getResource().getSourcePath();
            for (DrlSource source : sources) {
                if (source.name().equals(path)) {
                    return source;
                }
            }
        }
        return sources.get(0);
    }

    /** The 1-based line that declares the rule, found in its source text; 0 when not found. */
    private static int lineOf(Rule rule, DrlSource source) {
        String[] lines = source.drl().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("rule") && line.contains(rule.getName())) {
                return i + 1;
            }
        }
        return 0;
    }
}
