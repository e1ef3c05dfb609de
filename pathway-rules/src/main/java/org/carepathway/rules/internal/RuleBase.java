package org.carepathway.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carepathway.model.Pathway;
import org.carepathway.model.Provider;
import org.carepathway.model.Transfer;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Evaluation;
import org.carepathway.rules.Finding;
import org.carepathway.rules.Handover;
import org.carepathway.rules.RuleDescriptor;
import org.carepathway.rules.RuleExecutionException;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The compiled rules of one validator: the precompiled built-ins, plus custom DRL compiled at build time, minus
 * disabled rules; and the catalogue read from the rules' metadata.
 */
public final class RuleBase {
    /** Written by kie-maven-plugin: the generated executable-model classes of the built-in rules. */
    private static final String BUILT_IN_MODEL = "META-INF/kie/org.carepathway/pathway-rules/drools-model";
    static final String BUILT_IN_PACKAGE = "org.carepathway.rules";

    /**
     * Sessions are reused: a pooled session is reset on dispose rather than rebuilt, which keeps its node memories
     * and saves a third of a validation (docs/decisions/0011). The pool grows to the number of threads validating
     * at once. (Sessions stay thread-safe: ThreadSafeOption.NO lets pooled sessions of one rule base corrupt
     * each other's fact stores under concurrent use, which PathwayValidatorTest catches.)
     */
    private final KieSessionsPool sessions;
    private final Map<String, RuleDescriptor> catalogue;

    private RuleBase(KieBase kieBase, Map<String, RuleDescriptor> catalogue) {
        this.sessions = kieBase.newKieSessionsPool(1);
        this.catalogue = catalogue;
    }

    public static RuleBase build(boolean builtIns, List<DrlSource> custom, Set<String> disabled) {
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(builtIns ? builtInModels() : List.of());
        Map<String, RuleDescriptor> catalogue = new TreeMap<>();
        Map<String, Rule> ruleById = new HashMap<>();
        for (Rule rule : rules(kieBase)) {
            RuleDescriptor descriptor = RuleMetadata.describe(rule, true)
                    .orElseThrow(() -> new IllegalStateException("built-in rule '" + rule.getName()
                            + "' lacks metadata: " + RuleMetadata.problems(rule)));
            catalogue.put(descriptor.id(), descriptor);
            ruleById.put(descriptor.id(), rule);
        }
        if (!custom.isEmpty()) {
            Collection<KiePackage> packages = CustomRules.compile(custom, catalogue, ruleById);
            CustomRules.addTo(kieBase, packages);
        }
        for (String id : disabled) {
            Rule rule = ruleById.get(id);
            if (rule == null) {
                throw new IllegalArgumentException("cannot disable unknown rule id '" + id + "'\nMaybe one of: "
                        + String.join(", ", catalogue.keySet()));
            }
            kieBase.removeRule(rule.getPackageName(), rule.getName());
            catalogue.remove(id);
        }
        return new RuleBase(kieBase, catalogue);
    }

    private static List<Model> builtInModels() {
        ClassLoader loader = RuleBase.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(BUILT_IN_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN_MODEL + " is missing: pathway-rules was built without"
                        + " kie-maven-plugin\nMaybe run the build with Maven rather than the IDE's compiler");
            }
            List<Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                // the first line is "Drools-Model-Version:..."; the rest name generated Model classes
                if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                    models.add((Model) Class.forName(line.trim(), true, loader).getDeclaredConstructor().newInstance());
                }
            }
            return models;
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the precompiled built-in rules", e);
        }
    }

    static List<Rule> rules(KieBase kieBase) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        return rules;
    }

    public List<RuleDescriptor> catalogue() {
        return List.copyOf(catalogue.values());
    }

    /** Runs every rule over one pathway; returns the alerts de-duplicated by identity, in report order. */
    public List<Alert> run(Pathway pathway, Evaluation evaluation) {
        List<Finding> findings = new ArrayList<>();
        KieSession session = sessions.newKieSession();
        try {
            insertFacts(session, pathway, evaluation);
            session.fireAllRules();
            // a class filter reads only the store of findings, not every fact
            for (Object fact : session.getObjects(new ClassObjectFilter(Finding.class))) {
                findings.add((Finding) fact);
            }
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleExecutionException(idOf(e.getMatch().getRule()), pathway.id(), cause);
        } catch (RuntimeException e) {
            // a condition that threw while facts were inserted: Drools does not say which rule
            throw new RuleExecutionException(null, pathway.id(), e);
        } finally {
            session.dispose();
        }
        return Alerts.fromFindings(findings, catalogue);
    }

    private static String idOf(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : id.toString();
    }

    private static void insertFacts(KieSession session, Pathway pathway, Evaluation evaluation) {
        session.insert(evaluation);
        session.insert(pathway);
        session.insert(pathway.patient());
        Map<String, Provider> providers = new HashMap<>();
        for (Provider provider : pathway.providers()) {
            providers.put(provider.id(), provider);
            session.insert(provider);
        }
        for (Transfer transfer : pathway.transfers()) {
            session.insert(transfer);
            session.insert(new Handover(transfer, providers.get(transfer.from()), providers.get(transfer.to())));
        }
        pathway.carePlans().forEach(session::insert);
        pathway.contacts().forEach(session::insert);
        pathway.communications().forEach(session::insert);
        pathway.safeguardingConcerns().forEach(session::insert);
    }

    /** Report order of SPEC section 2. */
    static final Comparator<Alert> REPORT_ORDER = Comparator.comparing(Alert::severity)
            .thenComparing(Alert::ruleId)
            .thenComparing(Alert::transferId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Alert::carePlanId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Alert::concernId, Comparator.nullsFirst(Comparator.naturalOrder()));
}
