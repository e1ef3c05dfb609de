package org.carepathway.fhir.internal;

import static org.carepathway.fhir.internal.ValueReader.extensionAt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.model.ConcernStatus;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.SafeguardingConcern;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads the safeguarding concerns: the Flags coded with our safeguarding-category code system, who raised them, when,
 * about which provider, and when the local authority was referred to and the CQC notified.
 */
final class SafeguardingFlagReader {

    private final Problems problems;
    private final ValueReader values;
    private final ProviderRegistry providers;
    private final PatientReader patient;
    private final List<SafeguardingConcern> concerns = new ArrayList<>();
    private final Map<String, String> concernLinks = new LinkedHashMap<>();

    SafeguardingFlagReader(Problems problems, ValueReader values, ProviderRegistry providers, PatientReader patient) {
        this.problems = problems;
        this.values = values;
        this.providers = providers;
        this.patient = patient;
    }

    List<SafeguardingConcern> concerns() {
        return concerns;
    }

    Map<String, String> concernLinks() {
        return concernLinks;
    }

    /** A Flag coded with our safeguarding-category code system; other Flags (an allergy, say) are not ours. */
    void read(Found found) {
        Flag flag = (Flag) found.resource();
        String location = found.location();
        SafeguardingCategory category = values.single(List.of(flag.getCode()), Vocabulary.SAFEGUARDING_CATEGORY,
                SafeguardingCategory.class, found.entry(), location + ".code");
        if (category == null) {
            return;
        }
        Flag.FlagStatus flagStatus = values.status(flag.getStatusElement(), found, location);
        if (flagStatus == null || flagStatus == Flag.FlagStatus.ENTEREDINERROR) {
            return;
        }
        patient.samePatient(flag.getSubject(), found, location + ".subject");
        Optional<String> raisedBy = providers.organizationReference(flag.getAuthor(), found, location + ".author");
        if (raisedBy.isEmpty()) {
            problems.add(found.entry(), location + ".author", "The safeguarding Flag names no Organization as its"
                    + " author, so it is not known who raised the concern; reference it (or its ODS code).");
        }
        Instant raisedAt = values.requiredStart(flag.getPeriod().getStartElement(), found, location + ".period.start",
                "The safeguarding Flag has no period.start; add when the concern was raised.");
        String about = null;
        Extension aboutExtension = flag.getExtensionByUrl(Vocabulary.EXT_CONCERN_ABOUT);
        if (aboutExtension != null) {
            String at = extensionAt(location, Vocabulary.EXT_CONCERN_ABOUT);
            about = aboutExtension.getValue() instanceof Reference reference
                    ? providers.organizationReference(reference, found, at + ".value").orElse(null) : null;
            if (about == null) {
                problems.add(found.entry(), at, "The concern-about extension needs a valueReference to an"
                        + " Organization (or its ODS code).");
            }
        }
        Instant referred = values.dateTimeExtension(flag, Vocabulary.EXT_REFERRED_TO_LOCAL_AUTHORITY, found, location);
        Instant notified = values.dateTimeExtension(flag, Vocabulary.EXT_CQC_NOTIFIED, found, location);
        String id = found.key();
        if (id == null || raisedBy.isEmpty() || raisedAt == null) {
            return;
        }
        concerns.add(new SafeguardingConcern(id, category, raisedBy.get(), raisedAt, about,
                flagStatus == Flag.FlagStatus.ACTIVE ? ConcernStatus.OPEN : ConcernStatus.CLOSED, referred, notified));
        concernLinks.put(id, found.link());
    }
}
