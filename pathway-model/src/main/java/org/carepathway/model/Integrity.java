package org.carepathway.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-record checks of SPEC section 1, in one place for both inputs: unique ids within each collection,
 * references to listed ids, and {@code registeredGp} naming a GP practice.
 *
 * <p>It is a collector: the caller feeds it every id and every reference it meets, with the JSON Pointer and
 * document position of the member, and then asks for the {@link #errors()}. The JSON reader feeds it while it
 * walks the document, so reference errors are found even when other members have errors; {@link #check(Pathway)}
 * feeds it from records, in the member order of the JSON form that {@link PathwayJson#write(Pathway)} writes.
 *
 * <p>A pointer is any object whose {@code toString()} is the JSON Pointer. Validators check every pathway and
 * nearly all of them are valid, so {@link #check(Pathway)} first feeds no pointers at all, and only for a pathway
 * with errors feeds it again with {@link Site}s, which form their text when an error is written.
 */
final class Integrity {

    /** The collections whose ids are unique and can be referenced. */
    enum Collection {
        PROVIDERS("provider", "providers"),
        CARE_PLANS("carePlan", "carePlans"),
        TRANSFERS("transfer", "transfers"),
        CONTACTS("contact", "contacts"),
        COMMUNICATIONS("communication", "communications"),
        SAFEGUARDING_CONCERNS("safeguardingConcern", "safeguardingConcerns");

        final String element;
        final String member;

        Collection(String element, String member) {
            this.element = element;
            this.member = member;
        }
    }

    /** A reference; {@code field} and {@code pointer} are read by {@code toString()}, for an error only. */
    private record Reference(Collection target, Object field, String id, Object pointer, long position) {
    }

    /** The text {@code prefix + index + rest}: a pointer, or a field such as "carePlan.sharedWith[2]". */
    private record Site(String prefix, int index, Object rest) {
        @Override
        public String toString() {
            return prefix + index + rest;
        }
    }

    /** Per collection: id to the pointer of its first occurrence. */
    private final Map<Collection, Map<String, Object>> ids = new EnumMap<>(Collection.class);
    /** Provider id to its type; the type is null when the reader could not read it. */
    private final Map<String, ProviderType> providerTypes = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private Reference registeredGp;
    private final List<PositionedError> errors = new ArrayList<>();

    /** An id listed in a collection, at the pointer of its {@code id} member. */
    void id(Collection collection, String id, Object pointer, long position) {
        Object first = ids.computeIfAbsent(collection, c -> new HashMap<>()).putIfAbsent(id, pointer);
        if (first != null) {
            errors.add(new PositionedError(position, new InputError(pointer.toString(), collection.element + ".id '"
                    + id + "' is already used at " + first + "; ids must be unique among " + collection.member
                    + ", so rename one of them.")));
        }
    }

    /** A listed provider; {@code type} is null when it could not be read. */
    void provider(String id, ProviderType type, Object pointer, long position) {
        if (!providerTypes.containsKey(id)) {
            providerTypes.put(id, type);
        }
        id(Collection.PROVIDERS, id, pointer, position);
    }

    /** A member ({@code field}, such as "transfer.to") that references an id of the target collection. */
    void reference(Collection target, Object field, String id, Object pointer, long position) {
        Map<String, Object> listed = ids.get(target);
        if (listed == null || !listed.containsKey(id)) {
            // not listed yet: a document may list it after the reference, so decide in errors()
            references.add(new Reference(target, field, id, pointer, position));
        }
    }

    /** The patient's {@code registeredGp}: a provider reference that must name a GP practice. */
    void registeredGp(String id, Object pointer, long position) {
        registeredGp = new Reference(Collection.PROVIDERS, "patient.registeredGp", id, pointer, position);
    }

    /** Every error fed or found so far, in the order found; resolve references only once all ids are fed. */
    List<PositionedError> errors() {
        List<PositionedError> result = new ArrayList<>(errors);
        if (registeredGp != null) {
            if (!providerTypes.containsKey(registeredGp.id())) {
                result.add(unlisted(registeredGp));
            } else {
                ProviderType type = providerTypes.get(registeredGp.id());
                if (type != null && type != ProviderType.GP_PRACTICE) {
                    result.add(new PositionedError(registeredGp.position(), new InputError(
                            registeredGp.pointer().toString(),
                            "patient.registeredGp '" + registeredGp.id() + "' is a provider of type " + type
                                    + ", not GP_PRACTICE; reference the patient's GP practice.")));
                }
            }
        }
        for (Reference r : references) {
            if (!ids.getOrDefault(r.target(), Map.of()).containsKey(r.id())) {
                result.add(unlisted(r));
            }
        }
        return result;
    }

    private static PositionedError unlisted(Reference r) {
        String message = r.target() == Collection.PROVIDERS
                ? r.field() + " '" + r.id() + "' is not listed in providers; add the provider there or correct the id."
                : r.field() + " '" + r.id() + "' is not the id of a listed " + r.target().element + "; add it to "
                        + r.target().member + " or correct the id.";
        return new PositionedError(r.position(), new InputError(r.pointer().toString(), message));
    }

    /** The checks on a pathway built in code, with the pointers of its JSON form, in document order. */
    static List<InputError> check(Pathway pathway) {
        // validators check every pathway and nearly all are clean: first ask without forming any pointer, then
        // form them only to explain the errors
        if (fed(pathway, Sites.NONE).errors().isEmpty()) {
            return List.of();
        }
        return PositionedError.inDocumentOrder(fed(pathway, Sites.FORMED).errors());
    }

    /** Forms the pointers and field labels of {@link #check(Pathway)}, or leaves them out. */
    private enum Sites {
        FORMED, NONE;

        Object of(String prefix, int index, Object rest) {
            return this == FORMED ? new Site(prefix, index, rest) : "";
        }
    }

    private static Integrity fed(Pathway pathway, Sites sites) {
        Integrity integrity = new Integrity();
        long position = 0;
        Patient patient = pathway.patient();
        if (patient.registeredGp() != null) {
            integrity.registeredGp(patient.registeredGp(), "/patient/registeredGp", position++);
        }
        for (int i = 0; i < pathway.providers().size(); i++) {
            Provider p = pathway.providers().get(i);
            integrity.provider(p.id(), p.type(), sites.of("/providers/", i, "/id"), position++);
        }
        for (int i = 0; i < pathway.carePlans().size(); i++) {
            CarePlan plan = pathway.carePlans().get(i);
            String at = "/carePlans/";
            integrity.id(Collection.CARE_PLANS, plan.id(), sites.of(at, i, "/id"), position++);
            integrity.reference(Collection.PROVIDERS, "carePlan.owner", plan.owner(), sites.of(at, i, "/owner"),
                    position++);
            for (int j = 0; j < plan.sharedWith().size(); j++) {
                integrity.reference(Collection.PROVIDERS, sites.of("carePlan.sharedWith[", j, "]"),
                        plan.sharedWith().get(j), sites.of(at, i, sites.of("/sharedWith/", j, "")), position++);
            }
        }
        for (int i = 0; i < pathway.transfers().size(); i++) {
            Transfer t = pathway.transfers().get(i);
            String at = "/transfers/";
            integrity.id(Collection.TRANSFERS, t.id(), sites.of(at, i, "/id"), position++);
            integrity.reference(Collection.PROVIDERS, "transfer.from", t.from(), sites.of(at, i, "/from"), position++);
            integrity.reference(Collection.PROVIDERS, "transfer.to", t.to(), sites.of(at, i, "/to"), position++);
        }
        for (int i = 0; i < pathway.contacts().size(); i++) {
            Contact c = pathway.contacts().get(i);
            String at = "/contacts/";
            if (c.id() != null) {
                integrity.id(Collection.CONTACTS, c.id(), sites.of(at, i, "/id"), position++);
            }
            integrity.reference(Collection.PROVIDERS, "contact.provider", c.provider(),
                    sites.of(at, i, "/provider"), position++);
        }
        for (int i = 0; i < pathway.communications().size(); i++) {
            Communication c = pathway.communications().get(i);
            String at = "/communications/";
            if (c.id() != null) {
                integrity.id(Collection.COMMUNICATIONS, c.id(), sites.of(at, i, "/id"), position++);
            }
            integrity.reference(Collection.PROVIDERS, "communication.from", c.from(),
                    sites.of(at, i, "/from"), position++);
            integrity.reference(Collection.PROVIDERS, "communication.to", c.to(), sites.of(at, i, "/to"), position++);
            if (c.about() != null) {
                integrity.reference(Collection.TRANSFERS, "communication.about", c.about(),
                        sites.of(at, i, "/about"), position++);
            }
            if (c.carePlan() != null) {
                integrity.reference(Collection.CARE_PLANS, "communication.carePlan", c.carePlan(),
                        sites.of(at, i, "/carePlan"), position++);
            }
        }
        for (int i = 0; i < pathway.safeguardingConcerns().size(); i++) {
            SafeguardingConcern s = pathway.safeguardingConcerns().get(i);
            String at = "/safeguardingConcerns/";
            integrity.id(Collection.SAFEGUARDING_CONCERNS, s.id(), sites.of(at, i, "/id"), position++);
            integrity.reference(Collection.PROVIDERS, "safeguardingConcern.raisedBy", s.raisedBy(),
                    sites.of(at, i, "/raisedBy"), position++);
            if (s.about() != null) {
                integrity.reference(Collection.PROVIDERS, "safeguardingConcern.about", s.about(),
                        sites.of(at, i, "/about"), position++);
            }
        }
        return integrity;
    }
}
