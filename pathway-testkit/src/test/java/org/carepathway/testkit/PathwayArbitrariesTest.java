package org.carepathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.carepathway.model.CarePlan;
import org.carepathway.model.CarePlanSection;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Communication;
import org.carepathway.model.CommunicationType;
import org.carepathway.model.ConcernStatus;
import org.carepathway.model.ConsentToShare;
import org.carepathway.model.Contact;
import org.carepathway.model.ContactKind;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.PathwayJson;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;
import org.junit.jupiter.api.Test;

class PathwayArbitrariesTest {
    private static final List<Pathway> SAMPLE =
            PathwayArbitraries.pathways().sampleStream().limit(1_000).toList();

    @Test
    void should_generate_only_pathways_the_reader_accepts() {
        // when / then
        assertThat(SAMPLE).allSatisfy(p -> {
            assertThat(p.integrityErrors()).isEmpty();
            assertThat(PathwayJson.read(PathwayJson.write(p)).errors()).isEmpty();
        });
    }

    @Test
    void should_use_every_value_of_every_enum() {
        // when / then
        assertThat(values(p -> p.providers().stream().map(Provider::type))).containsAll(EnumSet.allOf(ProviderType.class));
        assertThat(values(p -> p.transfers().stream().map(Transfer::kind))).containsAll(EnumSet.allOf(TransferKind.class));
        assertThat(values(p -> p.transfers().stream().flatMap(t -> t.items().stream())))
                .containsAll(EnumSet.allOf(TransferItem.class));
        assertThat(values(p -> p.carePlans().stream().map(CarePlan::type))).containsAll(EnumSet.allOf(CarePlanType.class));
        assertThat(values(p -> p.carePlans().stream().map(CarePlan::status))).containsAll(EnumSet.allOf(CarePlanStatus.class));
        assertThat(values(p -> p.carePlans().stream().flatMap(c -> c.sections().stream())))
                .containsAll(EnumSet.allOf(CarePlanSection.class));
        assertThat(values(p -> p.patient().needs().stream())).containsAll(EnumSet.allOf(Need.class));
        assertThat(values(p -> Stream.ofNullable(p.patient().consentToShare())))
                .containsAll(EnumSet.allOf(ConsentToShare.class));
        assertThat(values(p -> p.contacts().stream().map(Contact::kind))).containsAll(EnumSet.allOf(ContactKind.class));
        assertThat(values(p -> p.communications().stream().map(Communication::type)))
                .containsAll(EnumSet.allOf(CommunicationType.class));
        assertThat(values(p -> p.safeguardingConcerns().stream().map(SafeguardingConcern::category)))
                .containsAll(EnumSet.allOf(SafeguardingCategory.class));
        assertThat(values(p -> p.safeguardingConcerns().stream().map(SafeguardingConcern::status)))
                .containsAll(EnumSet.allOf(ConcernStatus.class));
    }

    @Test
    void should_include_leap_day_births() {
        // when / then
        assertThat(SAMPLE).anySatisfy(p -> assertThat(p.patient().birthDate()).hasMonthValue(2).hasDayOfMonth(29));
    }

    private static Set<Object> values(Function<Pathway, Stream<?>> read) {
        return new HashSet<>(SAMPLE.stream().flatMap(read).toList());
    }
}
