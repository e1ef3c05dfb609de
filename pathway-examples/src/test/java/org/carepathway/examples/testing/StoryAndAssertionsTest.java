package org.carepathway.examples.testing;

import static org.carepathway.model.ProviderType.ACUTE_HOSPITAL;
import static org.carepathway.model.ProviderType.CARE_HOME;
import static org.carepathway.model.TransferItem.BELONGINGS;
import static org.carepathway.model.TransferItem.DISCHARGE_SUMMARY;
import static org.carepathway.model.TransferItem.MEDICATION;
import static org.carepathway.model.TransferItem.MEDICATION_LIST;
import static org.carepathway.model.TransferItem.PERSONAL_PROFILE;
import static org.carepathway.model.TransferItem.TRANSFER_REASON;
import static org.carepathway.testkit.PathwayAssertions.assertThat;

import org.carepathway.model.CommunicationType;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.Severity;
import org.carepathway.rules.ValidationReport;
import org.carepathway.testkit.PathwayStory;
import org.carepathway.testkit.TestTime;
import org.junit.jupiter.api.Test;

/** A test told as a story, with assertions on the report. */
class StoryAndAssertionsTest {
    private final PathwayValidator validator =
            PathwayValidator.builder().clock(TestTime.clockAt("2026-11-26T09:00:00Z")).build();

    @Test
    void should_raise_HO_001_when_the_red_bag_leaves_without_medicines() {
        // given
        Pathway pathway = PathwayStory.aPatient().withNeeds(Need.DEMENTIA)
                .admittedFrom(CARE_HOME, "VN1").to(ACUTE_HOSPITAL, "RR8").at("2026-11-20T10:00:00Z")
                    .carrying(PERSONAL_PROFILE, TRANSFER_REASON, BELONGINGS, MEDICATION_LIST)
                .build();

        // when
        ValidationReport report = validator.validate(pathway);

        // then
        assertThat(report).hasOnlyRules("HO-001")
                .hasAlert("HO-001").forTransfer("t1").withSeverity(Severity.HIGH).withMissing(MEDICATION);
    }

    @Test
    void should_raise_nothing_when_the_red_bag_goes_and_comes_back_complete() {
        // given
        Pathway pathway = PathwayStory.aPatient().withNeeds(Need.DEMENTIA).registeredWithGp("GP1")
                .admittedFrom(CARE_HOME, "VN1").to(ACUTE_HOSPITAL, "RR8").at("2026-11-20T10:00:00Z")
                    .carrying(PERSONAL_PROFILE, TRANSFER_REASON, MEDICATION, BELONGINGS, MEDICATION_LIST)
                .dischargedFrom(ACUTE_HOSPITAL, "RR8").to(CARE_HOME, "VN1").at("2026-11-25T14:00:00Z")
                    .carrying(DISCHARGE_SUMMARY, MEDICATION, BELONGINGS, MEDICATION_LIST)
                .cqcRegistered("VN1", true)
                .sent(CommunicationType.DISCHARGE_SUMMARY, "RR8", "GP1", "2026-11-25T16:00:00Z", "t2", null)
                .build();

        // when
        ValidationReport report = validator.validate(pathway);

        // then
        assertThat(report).hasNoAlerts();
    }
}
