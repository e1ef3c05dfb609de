package org.carepathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carepathway.model.CarePlan;
import org.carepathway.model.Pathway;
import org.carepathway.model.PathwayJson;
import org.carepathway.model.Provider;
import org.carepathway.model.ReadResult;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferItem;
import org.carepathway.rules.Alert;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.ValidationReport;

/** Invariants of validation over the generated pathways. */
class ValidationPropertiesTest {
    private static final PathwayValidator RULES = PathwayValidator.builder().build();
    private static final List<TransferItem> RED_BAG = List.of(TransferItem.PERSONAL_PROFILE,
            TransferItem.TRANSFER_REASON, TransferItem.MEDICATION, TransferItem.BELONGINGS,
            TransferItem.DISCHARGE_SUMMARY);

    @Property(tries = 500)
    void should_give_the_same_report_every_time(@ForAll("cases") ValidationCase c) {
        // given
        ValidationReport first = RULES.validate(c.pathway(), c.asOf());

        // when
        ValidationReport again = RULES.validate(c.pathway(), c.asOf());

        // then
        assertThat(again).isEqualTo(first);
    }

    @Property(tries = 500)
    void should_never_add_an_alert_when_a_missing_red_bag_item_is_added(@ForAll("cases") ValidationCase c,
            @ForAll("redBagItems") TransferItem item) {
        // given
        Set<AlertIdentity> before = identities(RULES.validate(c.pathway(), c.asOf()));
        Pathway withItem = withItemOnEveryTransfer(c.pathway(), item);

        // when
        Set<AlertIdentity> after = identities(RULES.validate(withItem, c.asOf()));

        // then
        assertThat(before).as("adding %s everywhere it was missing", item).containsAll(after);
    }

    @Property(tries = 500)
    void should_read_back_what_it_writes(@ForAll("cases") ValidationCase c) {
        // given
        String json = PathwayJson.write(c.pathway());

        // when
        ReadResult read = PathwayJson.read(json);

        // then
        assertThat(read.errors()).isEmpty();
        assertThat(((ReadResult.Accepted) read).pathway()).isEqualTo(c.pathway());
    }

    @Property(tries = 500)
    void should_name_only_subjects_of_its_own_pathway(@ForAll("cases") ValidationCase c) {
        // given
        Pathway pathway = c.pathway();
        Set<String> transfers = new HashSet<>(pathway.transfers().stream().map(Transfer::id).toList());
        Set<String> plans = new HashSet<>(pathway.carePlans().stream().map(CarePlan::id).toList());
        Set<String> concerns = new HashSet<>(pathway.safeguardingConcerns().stream().map(SafeguardingConcern::id).toList());
        Set<String> providers = new HashSet<>(pathway.providers().stream().map(Provider::id).toList());

        // when
        List<Alert> alerts = RULES.validate(pathway, c.asOf()).alerts();

        // then
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.transferId() == null || transfers.contains(a.transferId())).as("transfer of %s", a).isTrue();
            assertThat(a.carePlanId() == null || plans.contains(a.carePlanId())).as("plan of %s", a).isTrue();
            assertThat(a.concernId() == null || concerns.contains(a.concernId())).as("concern of %s", a).isTrue();
            assertThat(a.providerId() == null || providers.contains(a.providerId())).as("provider of %s", a).isTrue();
        });
    }

    @Provide
    Arbitrary<ValidationCase> cases() {
        return PathwayArbitraries.validationCases();
    }

    @Provide
    Arbitrary<TransferItem> redBagItems() {
        return Arbitraries.of(RED_BAG);
    }

    private static Pathway withItemOnEveryTransfer(Pathway p, TransferItem item) {
        List<Transfer> transfers = new ArrayList<>();
        for (Transfer t : p.transfers()) {
            List<TransferItem> items = new ArrayList<>(t.items());
            if (!items.contains(item)) {
                items.add(item);
            }
            transfers.add(new Transfer(t.id(), t.kind(), t.from(), t.to(), t.at(), items));
        }
        return new Pathway(p.id(), p.patient(), p.providers(), p.carePlans(), transfers, p.contacts(),
                p.communications(), p.safeguardingConcerns());
    }

    private static Set<AlertIdentity> identities(ValidationReport report) {
        Set<AlertIdentity> identities = new HashSet<>();
        report.alerts().forEach(a -> identities.add(AlertIdentity.of(a)));
        return identities;
    }
}
