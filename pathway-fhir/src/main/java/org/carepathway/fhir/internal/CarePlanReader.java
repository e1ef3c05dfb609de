package org.carepathway.fhir.internal;

import static org.carepathway.fhir.internal.ValueReader.extensionAt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.fhir.internal.Instants.Bound;
import org.carepathway.model.CarePlan;
import org.carepathway.model.CarePlanSection;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads the CarePlans: status, type, owning Organization, created and end, review date, care coordinator, sections
 * and the providers it is shared with. Entered-in-error plans are skipped.
 */
final class CarePlanReader {

    private final Problems problems;
    private final ValueReader values;
    private final ProviderRegistry providers;
    private final PatientReader patient;
    private final Map<Resource, String> planOfCarePlan = new IdentityHashMap<>();
    private final List<CarePlan> carePlans = new ArrayList<>();
    private final Map<String, String> planLinks = new LinkedHashMap<>();

    CarePlanReader(Problems problems, ValueReader values, ProviderRegistry providers, PatientReader patient) {
        this.problems = problems;
        this.values = values;
        this.providers = providers;
        this.patient = patient;
    }

    List<CarePlan> carePlans() {
        return carePlans;
    }

    Map<String, String> planLinks() {
        return planLinks;
    }

    /** The id of the care plan a resource was read as; null for a resource that is none. */
    String planOf(Resource carePlan) {
        return planOfCarePlan.get(carePlan);
    }

    /** A CarePlan, read as a care plan unless entered in error. */
    void read(Found found) {
        org.hl7.fhir.r4.model.CarePlan plan = (org.hl7.fhir.r4.model.CarePlan) found.resource();
        String location = found.location();
        org.hl7.fhir.r4.model.CarePlan.CarePlanStatus fhirStatus = values.status(plan.getStatusElement(), found,
                location);
        if (fhirStatus == null || fhirStatus == org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.ENTEREDINERROR) {
            return;
        }
        CarePlanStatus status = switch (fhirStatus) {
            case DRAFT -> CarePlanStatus.DRAFT;
            case ACTIVE, ONHOLD -> CarePlanStatus.ACTIVE;
            case COMPLETED -> CarePlanStatus.COMPLETED;
            case REVOKED -> CarePlanStatus.CANCELLED;
            default -> null;
        };
        if (status == null) {
            problems.add(found.entry(), location + ".status", "The CarePlan's status '" + fhirStatus.toCode()
                    + "' says nothing about whether it is in force; use draft, active, on-hold, completed or revoked.");
            return;
        }
        patient.samePatient(plan.getSubject(), found, location + ".subject");
        String id = found.key();
        CarePlanType type = values.single(plan.getCategory(), Vocabulary.CARE_PLAN_TYPE, CarePlanType.class,
                found.entry(), location + ".category");
        Optional<String> owner = plan.hasAuthor()
                ? providers.organizationReference(plan.getAuthor(), found, location + ".author") : Optional.empty();
        if (owner.isEmpty()) {
            problems.add(found.entry(), location + ".author", "The CarePlan names no Organization as its author, so its"
                    + " owner is not known; reference the owning Organization (or its ODS code) as author.");
        }
        Instant created = Instants.read(plan.getCreatedElement(), Bound.START, found.entry(), location + ".created",
                problems);
        if (created == null && !plan.hasCreated()) {
            created = values.requiredStart(plan.getPeriod().getStartElement(), found, location + ".period.start",
                    "The CarePlan has neither created nor period.start; add when it was created.");
        }
        Instant ended = Instants.read(plan.getPeriod().getEndElement(), Bound.END, found.entry(),
                location + ".period.end", problems);
        if (created != null && ended != null && !ended.isAfter(created)) {
            problems.add(found.entry(), location + ".period.end", "The CarePlan ends (" + ended + ") before it was"
                    + " created (" + created + "); correct period.end or created.");
            ended = null;
        }
        LocalDate reviewDue = reviewDue(plan, found, location);
        String coordinator = null;
        Extension coordinatorExtension = plan.getExtensionByUrl(Vocabulary.EXT_CARE_COORDINATOR);
        if (coordinatorExtension != null) {
            if (coordinatorExtension.getValue() instanceof StringType text) {
                coordinator = text.getValue();
            } else {
                problems.add(found.entry(), extensionAt(location, Vocabulary.EXT_CARE_COORDINATOR), "The care"
                        + " coordinator extension needs a valueString naming the coordinator.");
            }
        }
        List<CarePlanSection> sections = new ArrayList<>();
        for (Extension extension : plan.getExtensionsByUrl(Vocabulary.EXT_CARE_PLAN_SECTION)) {
            values.ourCode(extension.getValue(), Vocabulary.CARE_PLAN_SECTION, CarePlanSection.class, found.entry(),
                    extensionAt(location, Vocabulary.EXT_CARE_PLAN_SECTION))
                    .filter(s -> !sections.contains(s)).ifPresent(sections::add);
        }
        List<String> sharedWith = new ArrayList<>();
        for (Extension extension : plan.getExtensionsByUrl(Vocabulary.EXT_SHARED_WITH)) {
            String at = extensionAt(location, Vocabulary.EXT_SHARED_WITH);
            Optional<String> provider = extension.getValue() instanceof Reference reference
                    ? providers.organizationReference(reference, found, at + ".value") : Optional.empty();
            if (provider.isEmpty()) {
                problems.add(found.entry(), at, "The shared-with extension needs a valueReference to an Organization"
                        + " (or its ODS code).");
            } else if (!sharedWith.contains(provider.get())) {
                sharedWith.add(provider.get());
            }
        }
        if (id == null) {
            problems.add(found.entry(), location + ".id", "The CarePlan has no id and no fullUrl; give it an id so that"
                    + " alerts can name it.");
        }
        if (id == null || owner.isEmpty() || created == null) {
            return;
        }
        if (planLinks.containsKey(id)) {
            problems.add(found.entry(), location + ".id", "Two CarePlans have the id '" + id + "'; ids must be unique.");
            return;
        }
        carePlans.add(new CarePlan(id, type == null ? CarePlanType.OTHER : type, status, owner.get(), created, ended,
                reviewDue, coordinator, sections, sharedWith));
        planLinks.put(id, found.link());
        planOfCarePlan.put(plan, id);
    }

    private LocalDate reviewDue(org.hl7.fhir.r4.model.CarePlan plan, Found found, String location) {
        Extension extension = plan.getExtensionByUrl(Vocabulary.EXT_REVIEW_DUE);
        if (extension == null) {
            return null;
        }
        Optional<LocalDate> date = extension.getValue() instanceof DateType value
                ? ValueReader.fullDate(value.getValueAsString()) : Optional.empty();
        if (date.isPresent()) {
            return date.get();
        }
        problems.add(found.entry(), extensionAt(location, Vocabulary.EXT_REVIEW_DUE), "The review-due extension needs a"
                + " valueDate with a full date (YYYY-MM-DD).");
        return null;
    }
}
