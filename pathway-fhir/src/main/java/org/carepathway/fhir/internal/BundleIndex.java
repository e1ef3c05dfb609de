package org.carepathway.fhir.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of one Bundle and how references between them resolve. Every reference style vendors send is
 * understood: {@code urn:uuid:} and other full URLs, relative {@code Type/id}, absolute URLs that end in
 * {@code Type/id}, versioned references ({@code .../_history/2}), contained resources ({@code #id}) and logical
 * references that carry only an identifier.
 */
final class BundleIndex {

    /**
     * A resource of the Bundle.
     *
     * @param resource the resource
     * @param entry the index of the entry it is in
     * @param location its FHIRPath-like location
     * @param link how a resource outside the Bundle refers to it (the entry's fullUrl, else {@code Type/id}); null
     *     for a contained resource
     * @param root the entry's resource, which holds contained resources
     * @param key the resource's id as a pathway id: its own id, else the id its transaction request gives it
     *     ({@code PUT Organization/123}), else the last part of its entry's fullUrl (the uuid of a {@code urn:uuid:});
     *     null when it has none of these
     */
    record Found(Resource resource, int entry, String location, String link, Resource root, String key) {
    }

    /** Where a reference leads. */
    sealed interface Target permits Resolved, Logical, Dangling, Absent {
    }

    /** To a resource of the Bundle. */
    record Resolved(Found found) implements Target {
    }

    /** To nothing in the Bundle, but it names its target by identifier. */
    record Logical(Identifier identifier, String type) implements Target {
    }

    /** To a resource that is not in the Bundle, without an identifier. */
    record Dangling(String reference, String type) implements Target {
    }

    /** There is no reference. */
    record Absent() implements Target {
    }

    private final List<Found> entries = new ArrayList<>();
    private final Map<String, Found> byFullUrl = new HashMap<>();
    private final Map<String, Found> byTypeAndId = new HashMap<>();

    BundleIndex(Bundle bundle) {
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            Resource resource = entry.getResource();
            if (resource == null) {
                continue; // a transaction response or a delete request: nothing to read
            }
            String fullUrl = entry.hasFullUrl() ? withoutHistory(entry.getFullUrl()) : null;
            String typeAndId = typeAndId(resource);
            if (typeAndId == null && entry.getRequest().hasUrl()) {
                // a transaction's PUT Organization/123 names a resource that carries no id of its own
                String requested = typeAndIdAtEnd(withoutHistory(entry.getRequest().getUrl()));
                typeAndId = requested != null && requested.startsWith(resource.fhirType() + "/") ? requested : null;
            }
            String key = ownId(resource);
            if (key == null && typeAndId != null) {
                key = typeAndId.substring(typeAndId.indexOf('/') + 1); // the id the PUT gives it
            }
            if (key == null && fullUrl != null) {
                key = fullUrl.substring(Math.max(fullUrl.lastIndexOf(':'), fullUrl.lastIndexOf('/')) + 1);
                key = key.isEmpty() ? null : key;
            }
            Found found = new Found(resource, i, "Bundle.entry[" + i + "].resource",
                    fullUrl != null ? fullUrl : typeAndId, resource, key);
            entries.add(found);
            if (fullUrl != null) {
                byFullUrl.putIfAbsent(fullUrl, found);
                String tail = typeAndIdAtEnd(fullUrl);
                if (tail != null) {
                    byTypeAndId.putIfAbsent(tail, found);
                }
            }
            if (typeAndId != null) {
                byTypeAndId.putIfAbsent(typeAndId, found);
            }
        }
    }

    /** The resources of the entries, in entry order. */
    List<Found> entries() {
        return entries;
    }

    /** Where the reference, made by a resource of {@code from}'s entry, leads. */
    Target resolve(Reference reference, Found from) {
        if (reference == null || reference.isEmpty()) {
            return new Absent();
        }
        String literal = reference.getReference();
        if (literal != null && !literal.isBlank()) {
            Found found = literal.startsWith("#") ? contained(literal.substring(1), from) : lookUp(literal);
            if (found != null) {
                return new Resolved(found);
            }
        }
        String type = typeOf(reference);
        Identifier identifier = reference.getIdentifier();
        if (reference.hasIdentifier() && identifier.hasValue()) {
            return new Logical(identifier, type);
        }
        if (literal != null && !literal.isBlank()) {
            return new Dangling(literal, type);
        }
        return new Absent();
    }

    private Found lookUp(String literal) {
        String reference = withoutHistory(literal);
        Found found = byFullUrl.get(reference);
        if (found == null) {
            String tail = typeAndIdAtEnd(reference);
            found = tail == null ? null : byTypeAndId.get(tail);
        }
        return found;
    }

    private static Found contained(String id, Found from) {
        if (!(from.root() instanceof DomainResource container)) {
            return null;
        }
        List<Resource> contained = container.getContained();
        for (int k = 0; k < contained.size(); k++) {
            Resource candidate = contained.get(k);
            String candidateId = candidate.getIdElement().getIdPart();
            if (candidateId != null && (candidateId.equals(id) || candidateId.equals("#" + id))) {
                String rootLocation = "Bundle.entry[" + from.entry() + "].resource";
                return new Found(candidate, from.entry(), rootLocation + ".contained[" + k + "]", null, from.root(),
                        ownId(candidate));
            }
        }
        return null;
    }

    /** The resource type the reference names, from its {@code type} or its literal; null when neither says. */
    static String typeOf(Reference reference) {
        if (reference.hasType()) {
            String type = reference.getType();
            return type.substring(type.lastIndexOf('/') + 1);
        }
        String literal = reference.getReference();
        if (literal == null || literal.startsWith("#") || literal.startsWith("urn:")) {
            return null;
        }
        String tail = typeAndIdAtEnd(withoutHistory(literal));
        return tail == null ? null : tail.substring(0, tail.indexOf('/'));
    }

    /** The resource's own logical id (without the {@code #} of a contained one), or null. */
    static String ownId(Resource resource) {
        String id = resource.getIdElement().getIdPart();
        if (id == null || id.isEmpty()) {
            return null;
        }
        return id.startsWith("#") ? id.substring(1) : id;
    }

    private static String typeAndId(Resource resource) {
        String id = ownId(resource);
        return id == null ? null : resource.fhirType() + "/" + id;
    }

    /** {@code Type/id} at the end of a reference or URL ({@code https://x/fhir/Organization/RR8}), or null. */
    private static String typeAndIdAtEnd(String reference) {
        if (reference.startsWith("urn:")) {
            return null;
        }
        String[] parts = reference.split("/");
        if (parts.length < 2) {
            return null;
        }
        String type = parts[parts.length - 2];
        String id = parts[parts.length - 1];
        if (type.isEmpty() || id.isEmpty() || !Character.isUpperCase(type.charAt(0))) {
            return null;
        }
        return type + "/" + id;
    }

    private static String withoutHistory(String reference) {
        int history = reference.indexOf("/_history/");
        return history < 0 ? reference : reference.substring(0, history);
    }
}
