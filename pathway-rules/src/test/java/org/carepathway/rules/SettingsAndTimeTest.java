package org.carepathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings of SPEC section 3 and the window semantics every time rule uses. */
class SettingsAndTimeTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration H72 = Duration.ofHours(72);

    @Test
    void should_default_to_the_catalogue_values() {
        assertThat(Settings.DEFAULTS).isEqualTo(new Settings(Duration.ofHours(48), Duration.ofHours(72),
                Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(24), 3));
        assertThat(Settings.NAMES).containsExactly("suicideRiskFollowUp", "mentalHealthFollowUp",
                "dischargeSummaryToGp", "carePlanToGp", "safeguardingReferral", "cqcNotification",
                "providerConcernThreshold");
    }

    @Test
    void should_change_each_setting_by_name() {
        assertThat(Settings.DEFAULTS.with("suicideRiskFollowUp", "PT1H").suicideRiskFollowUp()).hasHours(1);
        assertThat(Settings.DEFAULTS.with("mentalHealthFollowUp", "PT96H").mentalHealthFollowUp()).hasHours(96);
        assertThat(Settings.DEFAULTS.with("dischargeSummaryToGp", "P2D").dischargeSummaryToGp()).hasDays(2);
        assertThat(Settings.DEFAULTS.with("carePlanToGp", "PT12H").carePlanToGp()).hasHours(12);
        assertThat(Settings.DEFAULTS.with("safeguardingReferral", "PT30M").safeguardingReferral()).hasMinutes(30);
        assertThat(Settings.DEFAULTS.with("cqcNotification", "PT48H").cqcNotification()).hasHours(48);
        assertThat(Settings.DEFAULTS.with("providerConcernThreshold", "5").providerConcernThreshold()).isEqualTo(5);
    }

    @Test
    void should_reject_an_unknown_setting_naming_the_known_ones() {
        assertThatThrownBy(() -> Settings.DEFAULTS.with("mentalHealthFolowUp", "PT72H"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown setting 'mentalHealthFolowUp'")
                .hasMessageContaining("Maybe one of: suicideRiskFollowUp, mentalHealthFollowUp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"72h", "PT0S", "-PT1H", ""})
    void should_reject_a_window_that_is_not_a_positive_ISO_8601_duration(String value) {
        assertRejectedNamingTheSetting("mentalHealthFollowUp", value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "three", "2.5"})
    void should_reject_a_threshold_that_is_not_a_whole_number_of_at_least_1(String value) {
        assertRejectedNamingTheSetting("providerConcernThreshold", value);
    }

    private static void assertRejectedNamingTheSetting(String setting, String value) {
        assertThatThrownBy(() -> Settings.DEFAULTS.with(setting, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(setting);
    }

    @Test
    void should_close_a_window_exactly_at_t_plus_window() {
        assertThat(new Evaluation(T.plus(H72).minusNanos(1), Settings.DEFAULTS).windowClosed(T, H72)).isFalse();
        assertThat(new Evaluation(T.plus(H72), Settings.DEFAULTS).windowClosed(T, H72)).isTrue();
    }

    @Test
    void should_count_a_contact_on_time_after_t_up_to_and_including_t_plus_window() {
        assertThat(Evaluation.onTime(T, T, H72)).isFalse();
        assertThat(Evaluation.onTime(T.plusNanos(1), T, H72)).isTrue();
        assertThat(Evaluation.onTime(T.plus(H72), T, H72)).isTrue();
        assertThat(Evaluation.onTime(T.plus(H72).plusNanos(1), T, H72)).isFalse();
    }

    @Test
    void should_give_the_utc_date_of_the_as_of_instant() {
        assertThat(new Evaluation(Instant.parse("2026-11-20T23:30:00-02:00"), Settings.DEFAULTS).asOfDate())
                .hasToString("2026-11-21");
    }

    @Test
    void should_use_the_builder_settings_in_the_validator() {
        PathwayValidator validator = PathwayValidator.builder().setting("providerConcernThreshold", "7").build();
        assertThat(validator.settings().providerConcernThreshold()).isEqualTo(7);
    }
}
