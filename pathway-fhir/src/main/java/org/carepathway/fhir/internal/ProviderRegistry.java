package org.carepathway.fhir.internal;

import static org.carepathway.fhir.internal.ValueReader.extensionAt;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.carepathway.fhir.internal.BundleIndex.Dangling;
import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.fhir.internal.BundleIndex.Logical;
import org.carepathway.fhir.internal.BundleIndex.Resolved;
import org.carepathway.fhir.internal.BundleIndex.Target;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The providers of one Bundle: its Organizations (one provider per ODS code, else per id), the organisations that
 * references name only by ODS code, and the providers derived from discharge destination and admission source
 * codes. A provider's type is the stated one, else the one its uses imply (a GP practice, an acute hospital).
 */
final class ProviderRegistry {

    /** A provider as it is gathered from the Bundle, before it can be built. */
    private static final class Draft {
        final String id;
        String name;
        ProviderType statedType;
        final Set<ProviderType> inferredTypes = new LinkedHashSet<>();
        Boolean cqcRegistered;
        Integer openConcerns;
        String link;

        Draft(String id) {
            this.id = id;
        }
    }

    private final BundleIndex index;
    private final Problems problems;
    private final ValueReader values;
    private final Map<String, Draft> providers = new LinkedHashMap<>();
    private final Map<Resource, String> providerOfOrganization = new IdentityHashMap<>();

    ProviderRegistry(BundleIndex index, Problems problems, ValueReader values) {
        this.index = index;
        this.problems = problems;
        this.values = values;
    }

    /** Registers an Organization as a provider and returns the provider id. */
    String organization(Found found) {
        Organization organization = (Organization) found.resource();
        String known = providerOfOrganization.get(organization);
        if (known != null) {
            return known;
        }
        String location = found.location();
        String ods = null;
        for (int j = 0; j < organization.getIdentifier().size(); j++) {
            Identifier identifier = organization.getIdentifier().get(j);
            if (ValueReader.isCurrent(identifier) && Vocabulary.ODS_ORGANIZATION_CODE.equals(identifier.getSystem())
                    && identifier.hasValue()) {
                if (ods == null) {
                    ods = identifier.getValue();
                } else if (!ods.equals(identifier.getValue())) {
                    problems.add(found.entry(), location + ".identifier[" + j + "].value", "The Organization has two ODS"
                            + " codes, '" + ods + "' and '" + identifier.getValue() + "'; keep the current one.");
                }
            }
        }
        String id = ods != null ? ods : found.key();
        if (id == null) {
            problems.add(found.entry(), location + ".id", "The Organization has neither an ODS code (identifier with"
                    + " system " + Vocabulary.ODS_ORGANIZATION_CODE + ") nor an id; give it one of them.");
            id = location; // keeps reading, so that later problems are found too; the pathway is rejected anyway
        }
        providerOfOrganization.put(organization, id);
        Draft draft = providers.computeIfAbsent(id, Draft::new);
        if (draft.name == null && organization.hasName()) {
            draft.name = organization.getName();
        }
        if (draft.link == null) {
            draft.link = found.link() != null ? found.link() : odsLink(ods);
        }
        ProviderType stated = values.single(organization.getType(), Vocabulary.PROVIDER_TYPE, ProviderType.class,
                found.entry(), location + ".type");
        Boolean cqc = values.flag(organization, Vocabulary.EXT_CQC_REGISTERED, found, location);
        Integer concerns = count(organization, found, location);
        draft.statedType = merge(draft.statedType, stated, draft.id, "provider type", found, location + ".type");
        draft.cqcRegistered = merge(draft.cqcRegistered, cqc, draft.id, "CQC registration", found,
                extensionAt(location, Vocabulary.EXT_CQC_REGISTERED));
        draft.openConcerns = merge(draft.openConcerns, concerns, draft.id, "count of open safeguarding concerns", found,
                extensionAt(location, Vocabulary.EXT_OPEN_SAFEGUARDING_CONCERNS));
        return id;
    }

    private <T> T merge(T current, T given, String id, String what, Found found, String location) {
        if (current != null && given != null && !current.equals(given)) {
            problems.add(found.entry(), location, "Two Organizations for provider '" + id + "' disagree on its " + what
                    + " (" + current + " and " + given + "); make them agree.");
        }
        return current != null ? current : given;
    }

    private Integer count(Organization organization, Found found, String location) {
        Extension extension = organization.getExtensionByUrl(Vocabulary.EXT_OPEN_SAFEGUARDING_CONCERNS);
        if (extension == null) {
            return null;
        }
        String at = extensionAt(location, Vocabulary.EXT_OPEN_SAFEGUARDING_CONCERNS);
        if (!(extension.getValue() instanceof IntegerType integer) || integer.getValue() == null) {
            problems.add(found.entry(), at, "The open safeguarding concerns extension needs a whole number"
                    + " (valueInteger or valueUnsignedInt).");
            return null;
        }
        if (integer.getValue() < 0) {
            problems.add(found.entry(), at, "The count of open safeguarding concerns must be 0 or more, was "
                    + integer.getValue() + ".");
            return null;
        }
        return integer.getValue();
    }

    private static String odsLink(String ods) {
        return ods == null ? null : "Organization?identifier=" + Vocabulary.ODS_ORGANIZATION_CODE + "|" + ods;
    }

    /** The provider an organisation reference leads to, or empty when it leads to something we do not use. */
    Optional<String> organizationReference(Reference reference, Found from, String location) {
        Target target = index.resolve(reference, from);
        if (target instanceof Resolved resolved) {
            return resolved.found().resource() instanceof Organization
                    ? Optional.of(organization(resolved.found()))
                    : Optional.empty(); // a Location, Practitioner, ...: not ours to read
        }
        if (target instanceof Logical logical) {
            return logicalOrganization(logical, reference, from, location);
        }
        if (target instanceof Dangling dangling && (dangling.type() == null || dangling.type().equals("Organization"))) {
            problems.add(from.entry(), location, "The reference '" + dangling.reference() + "' leads to no resource in"
                    + " the Bundle and carries no identifier, so the organisation cannot be known; include the"
                    + " Organization in the Bundle or add its ODS code as the reference's identifier.");
        }
        return Optional.empty();
    }

    private Optional<String> logicalOrganization(Logical logical, Reference reference, Found from, String location) {
        Identifier identifier = logical.identifier();
        if (Vocabulary.ODS_ORGANIZATION_CODE.equals(identifier.getSystem())) {
            String ods = identifier.getValue();
            Draft draft = providers.computeIfAbsent(ods, Draft::new);
            if (draft.name == null && reference.hasDisplay()) {
                draft.name = reference.getDisplay();
            }
            if (draft.link == null) {
                draft.link = odsLink(ods);
            }
            return Optional.of(ods);
        }
        if (logical.type() != null && !logical.type().equals("Organization")) {
            return Optional.empty(); // a Practitioner by GMC number, say
        }
        for (Found found : index.entries()) {
            if (found.resource() instanceof Organization organization && organization.getIdentifier().stream()
                    .anyMatch(i -> Objects.equals(i.getSystem(), identifier.getSystem())
                            && Objects.equals(i.getValue(), identifier.getValue()))) {
                return Optional.of(organization(found));
            }
        }
        problems.add(from.entry(), location + ".identifier", "No Organization in the Bundle has the identifier '"
                + identifier.getValue() + "' of system '" + identifier.getSystem() + "', and only an ODS code ("
                + Vocabulary.ODS_ORGANIZATION_CODE + ") names an organisation on its own; use the ODS code or"
                + " include the Organization.");
        return Optional.empty();
    }

    /** A provider derived from a code (a discharge destination, a source of admission), per Encounter. */
    String derivedProvider(String id, String name, ProviderType type) {
        Draft draft = providers.computeIfAbsent(id, Draft::new);
        draft.name = name;
        draft.statedType = type;
        return id;
    }

    /** The type an Organization states for the provider, or null. */
    ProviderType statedType(String providerId) {
        return providers.get(providerId).statedType;
    }

    /** The providers, in the order they were first met; throws when one does not make a valid provider. */
    List<Provider> providers() {
        return providers.values().stream().map(ProviderRegistry::provider).toList();
    }

    /** How a resource outside the Bundle refers to each provider that came from an Organization or an ODS code. */
    Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        providers.values().stream().filter(d -> d.link != null).forEach(d -> links.put(d.id, d.link));
        return links;
    }

    private static Provider provider(Draft draft) {
        ProviderType type = draft.statedType;
        if (type == null) {
            // inference only where UK Core content implies it; a conflict is reported in infer()
            type = draft.inferredTypes.size() == 1 ? draft.inferredTypes.iterator().next() : ProviderType.OTHER;
        }
        return new Provider(draft.id, draft.name, type, draft.cqcRegistered,
                draft.openConcerns == null ? 0 : draft.openConcerns);
    }

    /** Notes the type a provider's use implies; two different ones, with no stated type, are an error. */
    void infer(String providerId, ProviderType type, Found found, String location) {
        Draft draft = providers.get(providerId);
        draft.inferredTypes.add(type);
        if (draft.statedType == null && draft.inferredTypes.size() > 1) {
            problems.add(found.entry(), location, "Provider '" + providerId + "' is used both as "
                    + describe(draft.inferredTypes) + ", so its type cannot be inferred; state it with a coding of "
                    + Vocabulary.PROVIDER_TYPE + " in Organization.type.");
        }
    }

    private static String describe(Set<ProviderType> types) {
        return types.stream().map(t -> t == ProviderType.GP_PRACTICE ? "a GP practice (generalPractitioner)"
                : "an acute hospital (serviceProvider of an inpatient Encounter)").reduce((a, b) -> a + " and " + b)
                .orElse("");
    }
}
