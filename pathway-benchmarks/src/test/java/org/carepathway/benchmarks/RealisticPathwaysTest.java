package org.carepathway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.carepathway.model.Pathway;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.ValidationReport;
import org.junit.jupiter.api.Test;

class RealisticPathwaysTest {
    private static final List<Pathway> SAMPLE = RealisticPathways.sample(ValidationBenchmark.SAMPLE, 42);

    @Test
    void should_give_every_pathway_the_shape_issue_7_asks_for() {
        for (Pathway pathway : SAMPLE) {
            assertThat(pathway.integrityErrors()).as(pathway.id()).isEmpty();
            assertThat(pathway.providers()).as(pathway.id()).hasSizeBetween(3, 6);
            assertThat(pathway.transfers()).as(pathway.id()).hasSize(4);
            assertThat(pathway.carePlans()).as(pathway.id()).hasSize(2);
            assertThat(pathway.safeguardingConcerns()).as(pathway.id()).hasSize(1);
        }
        assertThat(SAMPLE).anySatisfy(p -> assertThat(p.providers()).hasSize(3));
        assertThat(SAMPLE).anySatisfy(p -> assertThat(p.providers()).hasSize(6));
        assertThat(SAMPLE.stream().mapToInt(p -> p.contacts().size()).sum()).isGreaterThan(SAMPLE.size());
        assertThat(SAMPLE.stream().mapToInt(p -> p.communications().size()).sum()).isGreaterThan(SAMPLE.size());
    }

    @Test
    void should_give_the_same_pathways_for_the_same_seed() {
        assertThat(RealisticPathways.sample(20, 42)).isEqualTo(SAMPLE.subList(0, 20));
        assertThat(RealisticPathways.sample(20, 43)).isNotEqualTo(SAMPLE.subList(0, 20));
    }

    @Test
    void should_raise_alerts_on_some_pathways_and_not_on_others() {
        PathwayValidator validator = Validators.precompiled();
        long withAlerts = SAMPLE.stream()
                .filter(p -> validator.validate(p, RealisticPathways.AS_OF).hasAlerts())
                .count();
        assertThat(withAlerts).isBetween(SAMPLE.size() / 10L, SAMPLE.size() * 9L / 10);
    }

    @Test
    void should_make_long_pathways_valid_with_the_transfers_asked_for() {
        Pathway pathway = RealisticPathways.sample(1, 7, 1000).get(0);
        assertThat(pathway.integrityErrors()).isEmpty();
        assertThat(pathway.transfers()).hasSize(1000);
        assertThatThrownBy(() -> RealisticPathways.sample(1, 7, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("even number");
    }

    @Test
    void should_give_the_same_reports_from_runtime_compiled_drl_as_from_the_precompiled_rules() {
        PathwayValidator precompiled = Validators.precompiled();
        PathwayValidator runtimeDrl = Validators.runtimeDrl();
        assertThat(runtimeDrl.catalogue()).extracting("id")
                .containsExactlyElementsOf(precompiled.catalogue().stream().map(r -> r.id()).toList());
        for (Pathway pathway : SAMPLE) {
            ValidationReport expected = precompiled.validate(pathway, RealisticPathways.AS_OF);
            assertThat(runtimeDrl.validate(pathway, RealisticPathways.AS_OF)).as(pathway.id()).isEqualTo(expected);
        }
    }

    @Test
    void should_compile_every_rule_of_the_custom_pack_and_fire_some() {
        PathwayValidator validator = Validators.withCustomRules(1000);
        assertThat(validator.catalogue()).hasSize(Validators.precompiled().catalogue().size() + 1000);
        assertThat(SAMPLE).anySatisfy(p -> assertThat(validator.validate(p, RealisticPathways.AS_OF).alerts())
                .anySatisfy(a -> assertThat(a.ruleId()).startsWith("LOCAL-")));
    }
}
