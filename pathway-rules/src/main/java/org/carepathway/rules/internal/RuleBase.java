package org.carepathway.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.carepathway.model.CarePlan;
import org.carepathway.model.Communication;
import org.carepathway.model.Contact;
import org.carepathway.model.Pathway;
import org.carepathway.model.Patient;
import org.carepathway.model.Provider;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.Transfer;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Evaluation;
import org.carepathway.rules.Finding;
import org.carepathway.rules.Handover;
import org.carepathway.rules.RuleDescriptor;
import org.carepathway.rules.RuleExecutionException;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;
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
     * Engines not in use. An engine is a rule base of its own with one reusable session, run by one thread at a
     * time: its sessions propagate without locks (ThreadSafeOption.NO), which the executable model allows only
     * while a single session of a rule base runs at once (its consequences keep their arguments in fields). An
     * engine is made when a thread finds none idle, up to {@link #maxEngines}; past that a thread waits for one,
     * so that many threads do not each hold a copy of a large rule base (docs/decisions/0013).
     */
    private final BlockingQueue<Engine> idle = new LinkedBlockingQueue<>();
    /** Engines made, the first by {@link #build} itself. */
    private final AtomicInteger engines = new AtomicInteger(1);
    private final int maxEngines;
    private final Recipe recipe;
    private final Map<String, RuleDescriptor> catalogue;

    /** Twice the processors: validations are short and CPU-bound, so more engines would only wait for a core. */
    static final int DEFAULT_MAX_ENGINES = 2 * Runtime.getRuntime().availableProcessors();

    private RuleBase(KieBase first, Recipe recipe, Map<String, RuleDescriptor> catalogue, int maxEngines) {
        this.recipe = recipe;
        this.catalogue = catalogue;
        this.maxEngines = maxEngines;
        idle.add(newEngine(first));
    }

    public static RuleBase build(boolean builtIns, List<DrlSource> custom, Set<String> disabled) {
        return build(builtIns, custom, disabled, DEFAULT_MAX_ENGINES);
    }

    static RuleBase build(boolean builtIns, List<DrlSource> custom, Set<String> disabled, int maxEngines) {
        List<Model> models = builtIns ? builtInModels() : List.of();
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        Map<String, RuleDescriptor> catalogue = new TreeMap<>();
        Map<String, Rule> ruleById = new HashMap<>();
        for (Rule rule : rules(kieBase)) {
            RuleDescriptor descriptor = RuleMetadata.describe(rule, true)
                    .orElseThrow(() -> new IllegalStateException("built-in rule '" + rule.getName()
                            + "' lacks metadata: " + RuleMetadata.problems(rule)));
            catalogue.put(descriptor.id(), descriptor);
            ruleById.put(descriptor.id(), rule);
        }
        Collection<KiePackage> packages = custom.isEmpty() ? List.of()
                : CustomRules.compile(custom, catalogue, ruleById);
        List<Rule> removed = new ArrayList<>();
        for (String id : disabled) {
            Rule rule = ruleById.get(id);
            if (rule == null) {
                throw new IllegalArgumentException("cannot disable unknown rule id '" + id + "'\nMaybe one of: "
                        + String.join(", ", catalogue.keySet()));
            }
            removed.add(rule);
            catalogue.remove(id);
        }
        Recipe recipe = new Recipe(models, packages, removed);
        return new RuleBase(recipe.complete(kieBase), recipe, catalogue, maxEngines);
    }

    /**
     * How each engine's rule base is made: the precompiled built-ins, the custom packages compiled once (Drools
     * copies them into each further rule base), minus the disabled rules. One rule base is made at a time.
     */
    private record Recipe(List<Model> models, Collection<KiePackage> custom, List<Rule> disabled) {
        synchronized KieBase make() {
            return complete(KieBaseBuilder.createKieBaseFromModel(models));
        }

        synchronized KieBase complete(KieBase base) {
            if (!custom.isEmpty()) {
                CustomRules.addTo(base, custom);
            }
            for (Rule rule : disabled) {
                // the first rule base shares the compiled packages, so a disabled custom rule may be gone already
                if (base.getRule(rule.getPackageName(), rule.getName()) != null) {
                    base.removeRule(rule.getPackageName(), rule.getName());
                }
            }
            return base;
        }
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
        Engine engine = take();
        try {
            return runOn(engine, pathway, evaluation);
        } finally {
            give(engine);
        }
    }

    /** Puts an engine taken by {@link #take()} back for the next thread. */
    void give(Engine engine) {
        idle.add(engine);
    }

    List<Alert> runOn(Engine engine, Pathway pathway, Evaluation evaluation) {
        return Alerts.fromFindings(engine.findings(pathway, evaluation), catalogue);
    }

    /** An idle engine; else a new one while there are fewer than {@link #maxEngines}; else the next one freed. */
    Engine take() {
        Engine engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        for (int made = engines.get(); made < maxEngines; made = engines.get()) {
            if (engines.compareAndSet(made, made + 1)) {
                try {
                    return newEngine(recipe.make());
                } catch (RuntimeException | Error e) {
                    engines.decrementAndGet();
                    throw e;
                }
            }
        }
        // a validation takes microseconds, so wait for an engine without giving up on an interrupt
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return idle.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many engines this rule base has made: one per thread that has validated at once, up to the most. */
    int engines() {
        return engines.get();
    }

    private static Engine newEngine(KieBase kieBase) {
        return new Engine(kieBase.newKieSessionsPool(1), matchedTypes(kieBase));
    }

    /** The fact types that some pattern of the rule base matches, by their own class or by a supertype. */
    private static Set<Class<?>> matchedTypes(KieBase kieBase) {
        List<Class<?>> patterns = new ArrayList<>();
        for (ObjectTypeNode node : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof ClassObjectType type) {
                patterns.add(type.getClassType());
            }
        }
        Set<Class<?>> matched = new HashSet<>();
        for (Class<?> fact : FACT_TYPES) {
            for (Class<?> pattern : patterns) {
                if (pattern.isAssignableFrom(fact)) {
                    matched.add(fact);
                    break;
                }
            }
        }
        return Set.copyOf(matched);
    }

    /** The classes of the facts a session is given: README "Writing your own rules" lists them. */
    private static final List<Class<?>> FACT_TYPES = List.of(Evaluation.class, Pathway.class, Patient.class,
            Provider.class, Transfer.class, Handover.class, CarePlan.class, Contact.class, Communication.class,
            SafeguardingConcern.class);

    /**
     * One rule base and its reused session: a pooled session is reset on dispose rather than rebuilt. A session
     * is given only the facts of {@code matched} types: a fact that no pattern can match costs an insert and
     * changes nothing.
     */
    record Engine(KieSessionsPool sessions, Set<Class<?>> matched) {
        private static final KieSessionConfiguration UNSYNCHRONISED = unsynchronised();

        private static KieSessionConfiguration unsynchronised() {
            KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
            configuration.setOption(ThreadSafeOption.NO);
            return configuration;
        }

        List<Finding> findings(Pathway pathway, Evaluation evaluation) {
            List<Finding> findings = new ArrayList<>();
            KieSession session = sessions.newKieSession(UNSYNCHRONISED);
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
            return findings;
        }

        private void insertFacts(KieSession session, Pathway pathway, Evaluation evaluation) {
            insert(session, Evaluation.class, List.of(evaluation));
            insert(session, Pathway.class, List.of(pathway));
            insert(session, Patient.class, List.of(pathway.patient()));
            insert(session, Provider.class, pathway.providers());
            insert(session, Transfer.class, pathway.transfers());
            if (matched.contains(Handover.class)) {
                Map<String, Provider> providers = new HashMap<>();
                for (Provider provider : pathway.providers()) {
                    providers.put(provider.id(), provider);
                }
                for (Transfer transfer : pathway.transfers()) {
                    session.insert(
                            new Handover(transfer, providers.get(transfer.from()), providers.get(transfer.to())));
                }
            }
            insert(session, CarePlan.class, pathway.carePlans());
            insert(session, Contact.class, pathway.contacts());
            insert(session, Communication.class, pathway.communications());
            insert(session, SafeguardingConcern.class, pathway.safeguardingConcerns());
        }

        private void insert(KieSession session, Class<?> type, List<?> facts) {
            if (matched.contains(type)) {
                for (Object fact : facts) {
                    session.insert(fact);
                }
            }
        }
    }

    private static String idOf(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : id.toString();
    }

    /** Report order of SPEC section 2. */
    static final Comparator<Alert> REPORT_ORDER = Comparator.comparing(Alert::severity)
            .thenComparing(Alert::ruleId)
            .thenComparing(Alert::transferId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Alert::carePlanId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Alert::concernId, Comparator.nullsFirst(Comparator.naturalOrder()));
}
