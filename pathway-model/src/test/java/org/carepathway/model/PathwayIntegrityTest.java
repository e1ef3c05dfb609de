package org.carepathway.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathwayIntegrityTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private static Patient patient(String registeredGp) {
        return new Patient("9434765919", null, LocalDate.of(1950, 3, 1), null, registeredGp, List.of(), null, false,
                false, false, null);
    }

    private static Provider provider(String id, ProviderType type) {
        return new Provider(id, null, type, null, 0);
    }

    @Test
    void should_have_no_integrity_errors_when_every_reference_resolves() {
        // given
        Pathway pathway = new Pathway("pw", patient("GP1"),
                List.of(provider("GP1", ProviderType.GP_PRACTICE), provider("H1", ProviderType.ACUTE_HOSPITAL)),
                List.of(new CarePlan("cp1", CarePlanType.DISCHARGE, CarePlanStatus.ACTIVE, "H1", T, null, null, null,
                        List.of(), List.of("GP1"))),
                List.of(new Transfer("t1", TransferKind.DISCHARGE, "H1", "GP1", T, List.of())),
                List.of(new Contact(null, "GP1", T, ContactKind.FOLLOW_UP)),
                List.of(new Communication("m1", CommunicationType.CARE_PLAN, "H1", "GP1", T, "t1", "cp1")),
                List.of(new SafeguardingConcern("s1", SafeguardingCategory.NEGLECT, "H1", T, "GP1", ConcernStatus.OPEN,
                        null, null)));

        // when
        List<InputError> errors = pathway.integrityErrors();

        // then
        assertThat(errors).isEmpty();
    }

    @Test
    void should_point_at_each_broken_reference_in_json_document_order() {
        // given
        Pathway pathway = new Pathway("pw", patient("H1"),
                List.of(provider("GP1", ProviderType.GP_PRACTICE), provider("H1", ProviderType.ACUTE_HOSPITAL),
                        provider("GP1", ProviderType.GP_PRACTICE)),
                List.of(new CarePlan("cp1", CarePlanType.DISCHARGE, CarePlanStatus.ACTIVE, "X1", T, null, null, null,
                                List.of(), List.of("GP1", "X2")),
                        new CarePlan("cp1", CarePlanType.OTHER, CarePlanStatus.DRAFT, "H1", T, null, null, null,
                                List.of(), List.of())),
                List.of(new Transfer("t1", TransferKind.DISCHARGE, "X3", "X4", T, List.of()),
                        new Transfer("t1", TransferKind.ADMISSION, "GP1", "H1", T, List.of())),
                List.of(new Contact("k1", "GP1", T, ContactKind.FOLLOW_UP),
                        new Contact("k1", "X5", T, ContactKind.REVIEW),
                        new Contact(null, "GP1", T, ContactKind.OTHER)),
                List.of(new Communication("m1", CommunicationType.CARE_PLAN, "X6", "X7", T, "t9", "cp9"),
                        new Communication("m1", CommunicationType.OTHER, "H1", "GP1", T, null, null)),
                List.of(new SafeguardingConcern("s1", SafeguardingCategory.NEGLECT, "X8", T, "X9", ConcernStatus.OPEN,
                                null, null),
                        new SafeguardingConcern("s1", SafeguardingCategory.NEGLECT, "H1", T, null, ConcernStatus.OPEN,
                                null, null)));

        // when
        List<InputError> errors = pathway.integrityErrors();

        // then
        assertThat(errors).extracting(InputError::pointer).containsExactly(
                "/patient/registeredGp",
                "/providers/2/id",
                "/carePlans/0/owner",
                "/carePlans/0/sharedWith/1",
                "/carePlans/1/id",
                "/transfers/0/from",
                "/transfers/0/to",
                "/transfers/1/id",
                "/contacts/1/id",
                "/contacts/1/provider",
                "/communications/0/from",
                "/communications/0/to",
                "/communications/0/about",
                "/communications/0/carePlan",
                "/communications/1/id",
                "/safeguardingConcerns/0/raisedBy",
                "/safeguardingConcerns/0/about",
                "/safeguardingConcerns/1/id");
        assertThat(errors.get(0).message()).contains("'H1'", "ACUTE_HOSPITAL", "GP_PRACTICE");
        assertThat(errors.get(3).message()).contains("carePlan.sharedWith[1] 'X2'", "providers");
        assertThat(errors.get(12).message()).contains("communication.about 't9'", "transfer");
    }

    @Test
    void should_report_an_unlisted_registered_gp() {
        // given
        Pathway pathway = new Pathway("pw", patient("GP9"), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());

        // when
        List<InputError> errors = pathway.integrityErrors();

        // then
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEqualTo("/patient/registeredGp");
            assertThat(error.message()).contains("'GP9'", "not listed in providers");
        });
    }
}
