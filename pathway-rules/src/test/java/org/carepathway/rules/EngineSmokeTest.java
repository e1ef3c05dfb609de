package org.carepathway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.rules.PathwayFixture.T;
import static org.carepathway.rules.PathwayFixture.pathway;

import org.carepathway.model.ProviderType;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {
    @Test
    void should_raise_HO_001_with_missing_items() {
        var validator = PathwayValidator.builder().build();
        var p = pathway().provider("CH1", ProviderType.CARE_HOME).provider("RR8", ProviderType.ACUTE_HOSPITAL)
                .transfer("t1", TransferKind.ADMISSION, "CH1", "RR8", T, TransferItem.PERSONAL_PROFILE,
                        TransferItem.MEDICATION_LIST).build();
        var report = validator.validate(p, T.plusSeconds(3600));
        System.out.println(report);
        System.out.println(validator.catalogue());
        assertThat(report.alertsFor("HO-001")).singleElement().satisfies(a -> {
            assertThat(a.transferId()).isEqualTo("t1");
            assertThat(a.evidence()).containsEntry("missing", java.util.List.of("TRANSFER_REASON", "MEDICATION", "BELONGINGS"));
        });
    }
}
