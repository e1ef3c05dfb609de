package org.carepathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepathway.model.ProviderType.ACUTE_HOSPITAL;
import static org.carepathway.model.ProviderType.CARE_HOME;
import static org.carepathway.model.ProviderType.LOCAL_AUTHORITY;
import static org.carepathway.model.ProviderType.OWN_HOME;
import static org.carepathway.model.TransferItem.BELONGINGS;
import static org.carepathway.model.TransferItem.MEDICATION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.CommunicationType;
import org.carepathway.model.ConcernStatus;
import org.carepathway.model.ConsentToShare;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.Provider;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;

class PathwayStoryTest {
    @Test
    void should_build_the_pathway_the_story_tells() {
        // given
        PathwayStory story = PathwayStory.aPatient().withNeeds(Need.DEMENTIA)
                .admittedFrom(CARE_HOME, "VN1").to(ACUTE_HOSPITAL, "RR8").at("2026-11-20T10:00:00Z")
                .carrying(MEDICATION)
                .dischargedFrom(ACUTE_HOSPITAL, "RR8").to(CARE_HOME, "VN1").at("2026-11-25T14:00:00+01:00")
                .carrying(BELONGINGS).calledTransfer("back");

        // when
        Pathway pathway = story.build();

        // then
        assertThat(pathway.patient().needs()).containsExactly(Need.DEMENTIA);
        assertThat(pathway.providers()).extracting(Provider::id).containsExactly("VN1", "RR8");
        assertThat(pathway.transfers()).containsExactly(
                new Transfer("t1", TransferKind.ADMISSION, "VN1", "RR8", Instant.parse("2026-11-20T10:00:00Z"),
                        List.of(MEDICATION)),
                new Transfer("back", TransferKind.DISCHARGE, "RR8", "VN1", Instant.parse("2026-11-25T13:00:00Z"),
                        List.of(BELONGINGS)));
    }

    @Test
    void should_default_to_an_adult_with_a_valid_nhs_number_who_consented() {
        // when
        Pathway pathway = PathwayStory.aPatient().build();

        // then
        assertThat(pathway.id()).isEqualTo("pathway-1");
        assertThat(pathway.patient().hasValidNhsNumber()).isTrue();
        assertThat(pathway.patient().birthDate()).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(pathway.patient().consentToShare()).isEqualTo(ConsentToShare.GIVEN);
        assertThat(pathway.patient().registeredGp()).isNull();
    }

    @Test
    void should_tell_plans_contacts_communications_and_concerns() {
        // when
        Pathway pathway = PathwayStory.aPatient().registeredWithGp("GP1").withoutNhsNumber().withNoConsentRecorded()
                .dischargedFrom(ACUTE_HOSPITAL, "RR8").to(OWN_HOME, "HOME").at("2026-11-20T10:00:00Z")
                .carePlan("cp1", CarePlanType.DISCHARGE, "RR8", plan -> plan.completedAt("2026-12-01T00:00:00Z")
                        .reviewDue("2026-12-01").sharedWith("GP1"))
                .followUpBy("GP1", "2026-11-21T10:00:00Z")
                .sent(CommunicationType.DISCHARGE_SUMMARY, "RR8", "GP1", "2026-11-20T12:00:00Z", "t1", null)
                .safeguardingConcern("sg1", SafeguardingCategory.NEGLECT, "RR8", "2026-11-20T11:00:00Z",
                        c -> c.about("HOME").closed())
                .build();

        // then
        assertThat(pathway.patient().nhsNumber()).isNull();
        assertThat(pathway.patient().localId()).isEqualTo("L1");
        assertThat(pathway.patient().consentToShare()).isNull();
        assertThat(pathway.carePlans().get(0).status()).isEqualTo(CarePlanStatus.COMPLETED);
        assertThat(pathway.carePlans().get(0).sharedWith()).containsExactly("GP1");
        assertThat(pathway.contacts()).hasSize(1);
        assertThat(pathway.communications().get(0).about()).isEqualTo("t1");
        assertThat(pathway.safeguardingConcerns().get(0).status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(pathway.integrityErrors()).isEmpty();
    }

    @Test
    void should_refuse_a_provider_told_with_two_types() {
        // given
        PathwayStory story = PathwayStory.aPatient().admittedFrom(CARE_HOME, "VN1").to(ACUTE_HOSPITAL, "RR8")
                .at("2026-11-20T10:00:00Z");

        // when / then
        assertThatThrownBy(() -> story.dischargedFrom(OWN_HOME, "RR8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("provider RR8 is already in the story as ACUTE_HOSPITAL, not OWN_HOME");
    }

    @Test
    void should_name_a_provider_that_is_not_in_the_story() {
        // when / then
        assertThatThrownBy(() -> PathwayStory.aPatient().followUpBy("CMH1", "2026-11-21T10:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("provider CMH1 is not in the story yet")
                .hasMessageContaining("Maybe provider(\"CMH1\"");
    }

    @Test
    void should_list_every_problem_with_its_pointer_when_ids_do_not_line_up() {
        // given
        PathwayStory story = PathwayStory.aPatient().provider("LA1", LOCAL_AUTHORITY)
                .carePlan("cp1", CarePlanType.OTHER, "LA1", plan -> plan.sharedWith("NOWHERE"));

        // when / then
        assertThatThrownBy(story::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/carePlans/0/sharedWith/0")
                .hasMessageContaining("'NOWHERE' is not listed in providers");
    }

    @Test
    void should_name_the_bad_instant() {
        // when / then
        assertThatThrownBy(() -> PathwayStory.aPatient().diedAt("2026-11-20T10:00:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2026-11-20T10:00:00' is not an RFC 3339 date-time with an offset");
    }

    @Test
    void should_refuse_items_before_any_transfer() {
        // when / then
        assertThatThrownBy(() -> PathwayStory.aPatient().carrying(MEDICATION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("carrying() applies to the last transfer");
    }
}
