package org.carepathway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CarePlanTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant ENDED = Instant.parse("2026-11-30T09:00:00Z");

    private static CarePlan plan(CarePlanStatus status, Instant ended) {
        return new CarePlan("cp1", CarePlanType.MENTAL_HEALTH, status, "MH1", CREATED, ended, null, null, List.of(),
                List.of());
    }

    @Test
    void should_be_in_force_at_the_instant_it_was_created() {
        // given
        CarePlan plan = plan(CarePlanStatus.ACTIVE, null);

        // when / then
        assertThat(plan.inForceAt(CREATED)).isTrue();
        assertThat(plan.inForceAt(CREATED.minusNanos(1))).isFalse();
    }

    @Test
    void should_not_be_in_force_at_the_instant_it_ended() {
        // given
        CarePlan plan = plan(CarePlanStatus.ACTIVE, ENDED);

        // when / then
        assertThat(plan.inForceAt(ENDED.minusNanos(1))).isTrue();
        assertThat(plan.inForceAt(ENDED)).isFalse();
    }

    @Test
    void should_be_in_force_while_completed_before_it_ended() {
        // given
        CarePlan plan = plan(CarePlanStatus.COMPLETED, ENDED);

        // when / then
        assertThat(plan.inForceAt(CREATED)).isTrue();
        assertThat(plan.inForceAt(ENDED)).isFalse();
    }

    @Test
    void should_never_be_in_force_when_completed_without_ended() {
        // given
        CarePlan plan = plan(CarePlanStatus.COMPLETED, null);

        // when / then
        assertThat(plan.inForceAt(CREATED)).isFalse();
        assertThat(plan.inForceAt(ENDED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CarePlanStatus.class, names = {"DRAFT", "CANCELLED"})
    void should_never_be_in_force_when_draft_or_cancelled(CarePlanStatus status) {
        // given
        CarePlan plan = plan(status, null);

        // when / then
        assertThat(plan.inForceAt(CREATED)).isFalse();
    }

    @Test
    void should_refuse_an_end_that_is_not_after_creation() {
        // when / then
        assertThatThrownBy(() -> plan(CarePlanStatus.COMPLETED, CREATED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after created");
    }

    @Test
    void should_treat_a_blank_care_coordinator_as_absent() {
        // given
        CarePlan plan = new CarePlan("cp1", CarePlanType.MENTAL_HEALTH, CarePlanStatus.ACTIVE, "MH1", CREATED, null,
                null, " \t", List.of(), List.of());

        // when / then
        assertThat(plan.hasCareCoordinator()).isFalse();
    }
}
