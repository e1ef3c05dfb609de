package org.carepathway.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.carepathway.model.Integrity.Collection;
import org.carepathway.model.JsonTree.ArrayNode;
import org.carepathway.model.JsonTree.BooleanNode;
import org.carepathway.model.JsonTree.Member;
import org.carepathway.model.JsonTree.Node;
import org.carepathway.model.JsonTree.NullNode;
import org.carepathway.model.JsonTree.NumberNode;
import org.carepathway.model.JsonTree.ObjectNode;
import org.carepathway.model.JsonTree.StringNode;

/**
 * Walks a {@link JsonTree} of a Pathway JSON v1 document, reporting every input error of SPEC section 1 with its
 * pointer, and builds the records only when there is none (so their constructors never throw for reader input).
 * Per-field rules use the same predicates as the record constructors; cross-record rules are fed to
 * {@link Integrity}, the one implementation shared with {@link Pathway#integrityErrors()}.
 */
final class PathwayReader {

    private static final String INSTANT_EXAMPLE = "2026-11-20T10:00:00Z";
    private static final Pattern INSTANT = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})?");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final int MAX_SHOWN = 60;

    private final List<PositionedError> errors = new ArrayList<>();
    private final Integrity integrity = new Integrity();

    private PathwayReader() {
    }

    static ReadResult read(JsonTree.Parsed parsed) {
        if (parsed.root() == null) {
            return new ReadResult.Rejected(idOf(parsed.partialRoot()), PositionedError.inDocumentOrder(parsed.errors()));
        }
        PathwayReader reader = new PathwayReader();
        Pathway pathway = reader.pathway(parsed.root());
        List<PositionedError> all = new ArrayList<>(parsed.errors());
        all.addAll(reader.errors);
        all.addAll(reader.integrity.errors());
        if (all.isEmpty()) {
            return new ReadResult.Accepted(pathway);
        }
        return new ReadResult.Rejected(
                parsed.root() instanceof ObjectNode o ? idOf(o) : null, PositionedError.inDocumentOrder(all));
    }

    /** The pathway id when {@code /id} is a non-empty string. */
    private static String idOf(ObjectNode root) {
        if (root == null) {
            return null;
        }
        Member id = root.members().get("id");
        if (id != null && id.value() instanceof StringNode s && Values.isUsableId(s.value())) {
            return s.value();
        }
        return null;
    }

    // ---------------------------------------------------------------- records

    private Pathway pathway(Node root) {
        if (!(root instanceof ObjectNode node)) {
            error(new Site("", root.position(), "The document"), "The document must be a JSON object holding one "
                    + "pathway, but is " + describe(root, false) + ".");
            return null;
        }
        Obj o = new Obj(node, "", "pathway");
        String id = member(o, "id", true, id("pathway"));
        Patient patient = member(o, "patient", true, object("patient", "the patient", this::patient));
        List<Provider> providers = array(o, "providers", object("provider", "a provider", this::provider));
        List<CarePlan> carePlans = array(o, "carePlans", object("carePlan", "a care plan", this::carePlan));
        List<Transfer> transfers = array(o, "transfers", object("transfer", "a transfer", this::transfer));
        List<Contact> contacts = array(o, "contacts", object("contact", "a contact", this::contact));
        List<Communication> communications = array(o, "communications", object("communication", "a communication",
                this::communication));
        List<SafeguardingConcern> concerns = array(o, "safeguardingConcerns", object("safeguardingConcern", "a safeguarding concern",
                this::concern));
        if (!errors.isEmpty()) {
            return null;
        }
        return new Pathway(id, patient, providers, carePlans, transfers, contacts, communications, concerns);
    }

    private Patient patient(Obj o) {
        int before = errors.size();
        String nhsNumber = member(o, "nhsNumber", false, nhsNumbers);
        String localId = member(o, "localId", false, strings);
        LocalDate birthDate = member(o, "birthDate", true, dates);
        Instant diedAt = member(o, "diedAt", false, instants);
        String registeredGp = member(o, "registeredGp", false, reference("a GP practice"));
        if (registeredGp != null) {
            integrity.registeredGp(registeredGp, o.pointerOf("registeredGp"), o.positionOf("registeredGp"));
        }
        List<Need> needs = array(o, "needs", enumeration(Need.class));
        String legalStatus = member(o, "legalStatus", false, legalStatuses);
        boolean section117Eligible = flag(o, "section117Eligible");
        boolean suicideRisk = flag(o, "suicideRisk");
        boolean lacksCapacity = flag(o, "lacksCapacity");
        ConsentToShare consent = member(o, "consentToShare", false, enumeration(ConsentToShare.class));
        boolean identifiersRead = (o.get("nhsNumber") == null || nhsNumber != null)
                && (o.get("localId") == null || localId != null);
        if (identifiersRead && !Patient.hasIdentifier(nhsNumber, localId)) {
            error(new Site(o.pointerOf("nhsNumber"), o.node().position(), "patient"), "patient has neither nhsNumber "
                    + "nor localId; give at least one of them (the NHS number when it is known).");
        }
        if (errors.size() > before) {
            return null;
        }
        return new Patient(nhsNumber, localId, birthDate, diedAt, registeredGp, needs, legalStatus, section117Eligible,
                suicideRisk, lacksCapacity, consent);
    }

    private Provider provider(Obj o) {
        int before = errors.size();
        String id = member(o, "id", true, id("provider"));
        String name = member(o, "name", false, strings);
        ProviderType type = member(o, "type", true, enumeration(ProviderType.class));
        Boolean cqcRegistered = member(o, "cqcRegistered", false, booleans);
        Integer concerns = member(o, "openSafeguardingConcerns", false, counts);
        if (id != null) {
            integrity.provider(id, type, o.pointerOf("id"), o.positionOf("id"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Provider(id, name, type, cqcRegistered, concerns == null ? 0 : concerns);
    }

    private CarePlan carePlan(Obj o) {
        int before = errors.size();
        String id = member(o, "id", true, id("carePlan"));
        if (id != null) {
            integrity.id(Collection.CARE_PLANS, id, o.pointerOf("id"), o.positionOf("id"));
        }
        CarePlanType type = member(o, "type", true, enumeration(CarePlanType.class));
        CarePlanStatus status = member(o, "status", true, enumeration(CarePlanStatus.class));
        String owner = providerReference(o, "owner", true);
        Instant created = member(o, "created", true, instants);
        Instant ended = member(o, "ended", false, instants);
        if (created != null && ended != null && !CarePlan.endsAfterCreation(created, ended)) {
            error(o.site("ended"), "carePlan.ended '" + text(o, "ended") + "' is not after carePlan.created '"
                    + text(o, "created") + "'; a plan can only end after it was created, so correct one of them.");
        }
        LocalDate reviewDue = member(o, "reviewDue", false, dates);
        String careCoordinator = member(o, "careCoordinator", false, strings);
        List<CarePlanSection> sections = array(o, "sections", enumeration(CarePlanSection.class));
        List<String> sharedWith = array(o, "sharedWith", (node, site) -> {
            String ref = reference("a provider").convert(node, site);
            if (ref != null) {
                integrity.reference(Collection.PROVIDERS, site.label(), ref, site.pointer(), site.position());
            }
            return ref;
        });
        if (errors.size() > before) {
            return null;
        }
        return new CarePlan(id, type, status, owner, created, ended, reviewDue, careCoordinator, sections, sharedWith);
    }

    private Transfer transfer(Obj o) {
        int before = errors.size();
        String id = member(o, "id", true, id("transfer"));
        if (id != null) {
            integrity.id(Collection.TRANSFERS, id, o.pointerOf("id"), o.positionOf("id"));
        }
        TransferKind kind = member(o, "kind", true, enumeration(TransferKind.class));
        String from = providerReference(o, "from", true);
        String to = providerReference(o, "to", true);
        if (from != null && to != null && !Transfer.hasDistinctEnds(from, to)) {
            error(o.site("to"), "transfer.to '" + to + "' is the same provider as transfer.from; a transfer goes "
                    + "between two different providers, so correct one of them.");
        }
        Instant at = member(o, "at", true, instants);
        List<TransferItem> items = array(o, "items", enumeration(TransferItem.class));
        if (errors.size() > before) {
            return null;
        }
        return new Transfer(id, kind, from, to, at, items);
    }

    private Contact contact(Obj o) {
        int before = errors.size();
        String id = member(o, "id", false, id("contact"));
        if (id != null) {
            integrity.id(Collection.CONTACTS, id, o.pointerOf("id"), o.positionOf("id"));
        }
        String provider = providerReference(o, "provider", true);
        Instant at = member(o, "at", true, instants);
        ContactKind kind = member(o, "kind", true, enumeration(ContactKind.class));
        if (errors.size() > before) {
            return null;
        }
        return new Contact(id, provider, at, kind);
    }

    private Communication communication(Obj o) {
        int before = errors.size();
        String id = member(o, "id", false, id("communication"));
        if (id != null) {
            integrity.id(Collection.COMMUNICATIONS, id, o.pointerOf("id"), o.positionOf("id"));
        }
        CommunicationType type = member(o, "type", true, enumeration(CommunicationType.class));
        String from = providerReference(o, "from", true);
        String to = providerReference(o, "to", true);
        Instant sentAt = member(o, "sentAt", true, instants);
        String about = member(o, "about", false, reference("a transfer"));
        if (about != null) {
            integrity.reference(Collection.TRANSFERS, o.field("about"), about, o.pointerOf("about"),
                    o.positionOf("about"));
        }
        String carePlan = member(o, "carePlan", false, reference("a care plan"));
        if (carePlan != null) {
            integrity.reference(Collection.CARE_PLANS, o.field("carePlan"), carePlan, o.pointerOf("carePlan"),
                    o.positionOf("carePlan"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Communication(id, type, from, to, sentAt, about, carePlan);
    }

    private SafeguardingConcern concern(Obj o) {
        int before = errors.size();
        String id = member(o, "id", true, id("safeguardingConcern"));
        if (id != null) {
            integrity.id(Collection.SAFEGUARDING_CONCERNS, id, o.pointerOf("id"), o.positionOf("id"));
        }
        SafeguardingCategory category = member(o, "category", true, enumeration(SafeguardingCategory.class));
        String raisedBy = providerReference(o, "raisedBy", true);
        Instant raisedAt = member(o, "raisedAt", true, instants);
        String about = providerReference(o, "about", false);
        ConcernStatus status = member(o, "status", true, enumeration(ConcernStatus.class));
        Instant referred = member(o, "referredToLocalAuthorityAt", false, instants);
        Instant cqcNotified = member(o, "cqcNotifiedAt", false, instants);
        if (errors.size() > before) {
            return null;
        }
        return new SafeguardingConcern(id, category, raisedBy, raisedAt, about, status, referred, cqcNotified);
    }

    private String providerReference(Obj o, String name, boolean required) {
        String id = member(o, name, required, reference("a provider"));
        if (id != null) {
            integrity.reference(Collection.PROVIDERS, o.field(name), id, o.pointerOf(name), o.positionOf(name));
        }
        return id;
    }

    // ---------------------------------------------------------------- members and arrays

    /** Where a value is: its pointer, its position in document order, and its name in messages. */
    private record Site(String pointer, long position, String label) {
        Site item(int index, long itemPosition) {
            return new Site(pointer + "/" + index, itemPosition, label + "[" + index + "]");
        }
    }

    /** An object being read, named {@code label} in messages ("transfer", so members read "transfer.to"). */
    private record Obj(ObjectNode node, String pointer, String label) {
        /** The member's value; null when absent or JSON null, which mean the same. */
        Node get(String name) {
            Member m = node.members().get(name);
            return m == null || m.value() instanceof NullNode ? null : m.value();
        }

        String pointerOf(String name) {
            return pointer + "/" + JsonTree.escape(name);
        }

        /** The member's position; an absent member is reported at the position of the object that lacks it. */
        long positionOf(String name) {
            Member m = node.members().get(name);
            return m == null ? node.position() : m.position();
        }

        String field(String name) {
            return label + "." + name;
        }

        Site site(String name) {
            return new Site(pointerOf(name), positionOf(name), field(name));
        }
    }

    /** How to read one kind of value: what it should be (for messages) and how to convert a non-null node. */
    private interface Kind<T> {
        /** Null after reporting an error. */
        T convert(Node node, Site site);

        /** Completes "must be ...", such as "a string". */
        default String expected() {
            return "a value";
        }
    }

    private <T> T member(Obj o, String name, boolean required, Kind<T> kind) {
        Node value = o.get(name);
        if (value == null) {
            if (required) {
                Site site = o.site(name);
                boolean isNull = o.node().members().containsKey(name);
                error(site, site.label() + (isNull ? " is null" : " is missing") + "; it is required, so give "
                        + kind.expected() + ".");
            }
            return null;
        }
        return kind.convert(value, o.site(name));
    }

    private boolean flag(Obj o, String name) {
        Boolean value = member(o, name, false, booleans);
        return value != null && value;
    }

    /** An array member; absent or null is empty. Elements with errors are left out (nothing is built then). */
    private <T> List<T> array(Obj o, String name, Kind<T> kind) {
        Node value = o.get(name);
        if (value == null) {
            return List.of();
        }
        Site site = o.site(name);
        if (!(value instanceof ArrayNode array)) {
            error(site, site.label() + " must be an array (use [] for none), but is " + describe(value, false)
                    + "; put the values in [ ].");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            Node item = array.items().get(i);
            Site itemSite = site.item(i, item.position());
            if (item instanceof NullNode) {
                error(itemSite, itemSite.label() + " is null; remove it from the array or give " + kind.expected()
                        + ".");
                continue;
            }
            T converted = kind.convert(item, itemSite);
            if (converted != null) {
                result.add(converted);
            }
        }
        return result;
    }

    /** An object, whose members are named "label.member" in messages. */
    private <T> Kind<T> object(String label, String what, Function<Obj, T> reader) {
        return new Kind<>() {
            @Override
            public T convert(Node node, Site site) {
                if (!(node instanceof ObjectNode object)) {
                    wrongType(site, expected(), node, "");
                    return null;
                }
                return reader.apply(new Obj(object, site.pointer(), label));
            }

            @Override
            public String expected() {
                return "an object (" + what + ")";
            }
        };
    }

    // ---------------------------------------------------------------- value kinds

    private final Kind<String> strings = new Kind<>() {
        @Override
        public String convert(Node node, Site site) {
            if (node instanceof StringNode s) {
                return s.value();
            }
            wrongType(site, expected(), node, quoteHint(node));
            return null;
        }

        @Override
        public String expected() {
            return "a string";
        }
    };

    private Kind<String> id(String element) {
        return new Kind<>() {
            @Override
            public String convert(Node node, Site site) {
                String id = strings.convert(node, site);
                if (id != null && !Values.isUsableId(id)) {
                    error(site, site.label() + " is an empty string; give the " + element + " a non-empty id.");
                    return null;
                }
                return id;
            }

            @Override
            public String expected() {
                return "a non-empty string";
            }
        };
    }

    private Kind<String> reference(String what) {
        return new Kind<>() {
            @Override
            public String convert(Node node, Site site) {
                return strings.convert(node, site);
            }

            @Override
            public String expected() {
                return "a string (the id of " + what + ")";
            }
        };
    }

    /** The NHS number: never repeated in a message, since it identifies a person. */
    private final Kind<String> nhsNumbers = new Kind<>() {
        @Override
        public String convert(Node node, Site site) {
            if (!(node instanceof StringNode s)) {
                error(site, site.label() + " must be a string of exactly 10 digits, but is " + describe(node, true)
                        + quoteHint(node) + ".");
                return null;
            }
            String why = NhsNumber.malformation(s.value());
            if (why != null) {
                error(site, site.label() + " is malformed: " + why + ". Write exactly 10 digits 0-9 with no spaces "
                        + "or other characters (a wrong check digit is accepted and reported as DQ-001).");
                return null;
            }
            return s.value();
        }

        @Override
        public String expected() {
            return "a string of exactly 10 digits";
        }
    };

    private final Kind<String> legalStatuses = new Kind<>() {
        @Override
        public String convert(Node node, Site site) {
            String value = strings.convert(node, site);
            if (value != null && !Patient.isWellFormedLegalStatus(value)) {
                error(site, site.label() + " '" + shown(value) + "' is not exactly two digits; write the NHS Data "
                        + "Dictionary legal status code with its leading zero, such as \"03\" for section 3.");
                return null;
            }
            return value;
        }

        @Override
        public String expected() {
            return "a string of two digits";
        }
    };

    private final Kind<Boolean> booleans = new Kind<>() {
        @Override
        public Boolean convert(Node node, Site site) {
            if (node instanceof BooleanNode b) {
                return b.value();
            }
            String hint = node instanceof StringNode s && (s.value().equals("true") || s.value().equals("false"))
                    ? "; write " + s.value() + " without quotes" : "";
            wrongType(site, expected(), node, hint);
            return null;
        }

        @Override
        public String expected() {
            return "true or false";
        }
    };

    private final Kind<Integer> counts = new Kind<>() {
        @Override
        public Integer convert(Node node, Site site) {
            if (!(node instanceof NumberNode n) || !n.integer()) {
                wrongType(site, expected(), node, "");
                return null;
            }
            long value;
            try {
                value = Long.parseLong(n.text());
            } catch (NumberFormatException e) {
                value = n.text().startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            if (!Provider.isValidConcernCount(value)) {
                error(site, site.label() + " is " + n.text() + ", but a count cannot be negative; give 0 or more.");
                return null;
            }
            if (value > Integer.MAX_VALUE) {
                error(site, site.label() + " is " + n.text() + ", which is too large; the largest count accepted is "
                        + Integer.MAX_VALUE + ".");
                return null;
            }
            return (int) value;
        }

        @Override
        public String expected() {
            return "a whole number (a JSON integer such as 0 or 3)";
        }
    };

    private final Kind<Instant> instants = new Kind<>() {
        @Override
        public Instant convert(Node node, Site site) {
            if (!(node instanceof StringNode s)) {
                wrongType(site, expected(), node, "");
                return null;
            }
            String text = s.value();
            Matcher m = INSTANT.matcher(text);
            if (!m.matches()) {
                if (DATE.matcher(text).matches()) {
                    error(site, site.label() + " '" + text + "' is a date, not an instant; write an RFC 3339 instant"
                            + " such as " + text + "T00:00:00Z.");
                } else {
                    error(site, site.label() + " '" + shown(text) + "' is not an RFC 3339 instant; write one such as "
                            + INSTANT_EXAMPLE + ".");
                }
                return null;
            }
            if (m.group(8) == null) {
                error(site, site.label() + " '" + text + "' has no offset; write an RFC 3339 instant such as "
                        + INSTANT_EXAMPLE + ".");
                return null;
            }
            String fraction = m.group(7);
            if (fraction != null && fraction.length() > 10) {
                error(site, site.label() + " '" + shown(text) + "' has more than 9 fractional digits of a second; "
                        + "give at most 9 (nanoseconds).");
                return null;
            }
            try {
                int nanos = fraction == null ? 0 : Integer.parseInt((fraction.substring(1) + "00000000").substring(0, 9));
                // RFC 3339 allows second 60 for a leap second; like java.time, read it as the second before
                boolean leapSecond = number(m, 6) == 60;
                LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4),
                        number(m, 5), leapSecond ? 59 : number(m, 6), nanos);
                String offset = m.group(8);
                ZoneOffset zone = offset.equalsIgnoreCase("Z") ? ZoneOffset.UTC : ZoneOffset.ofHoursMinutes(
                        sign(offset) * Integer.parseInt(offset.substring(1, 3)),
                        sign(offset) * Integer.parseInt(offset.substring(4, 6)));
                Instant instant = local.toInstant(zone);
                if (leapSecond && instant.getEpochSecond() % 86_400 != 86_399) {
                    error(site, site.label() + " '" + text + "' has second 60, which only a leap second at 23:59:60"
                            + " UTC can have; write a valid RFC 3339 instant such as " + INSTANT_EXAMPLE + ".");
                    return null;
                }
                return instant;
            } catch (DateTimeException e) {
                error(site, site.label() + " '" + text + "' is not a real date and time (" + e.getMessage()
                        + "); write a valid RFC 3339 instant such as " + INSTANT_EXAMPLE + ".");
                return null;
            }
        }

        @Override
        public String expected() {
            return "an RFC 3339 instant string such as " + INSTANT_EXAMPLE;
        }
    };

    private final Kind<LocalDate> dates = new Kind<>() {
        @Override
        public LocalDate convert(Node node, Site site) {
            if (!(node instanceof StringNode s)) {
                wrongType(site, expected(), node, "");
                return null;
            }
            Matcher m = DATE.matcher(s.value());
            if (!m.matches()) {
                error(site, site.label() + " '" + shown(s.value()) + "' is not a date in the form YYYY-MM-DD; write "
                        + "it like 2026-11-20.");
                return null;
            }
            try {
                return LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            } catch (DateTimeException e) {
                error(site, site.label() + " '" + s.value() + "' is not a real date (" + e.getMessage()
                        + "); write a valid date such as 2026-11-20.");
                return null;
            }
        }

        @Override
        public String expected() {
            return "a date string in the form YYYY-MM-DD";
        }
    };

    /** An enum value: a JSON string, one of the upper-case names exactly as written. */
    private <E extends Enum<E>> Kind<E> enumeration(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        return new Kind<>() {
            @Override
            public E convert(Node node, Site site) {
                if (!(node instanceof StringNode s)) {
                    wrongType(site, expected(), node, "");
                    return null;
                }
                for (E constant : constants) {
                    if (constant.name().equals(s.value())) {
                        return constant;
                    }
                }
                String hint = "";
                for (E constant : constants) {
                    if (constant.name().equalsIgnoreCase(s.value().strip())) {
                        hint = " Values are upper case exactly as listed: write '" + constant.name() + "'.";
                    }
                }
                error(site, site.label() + " '" + shown(s.value()) + "' is not one of " + allowed + "." + hint);
                return null;
            }

            @Override
            public String expected() {
                return "a string, one of " + allowed;
            }
        };
    }

    // ---------------------------------------------------------------- errors and messages

    private void error(Site site, String message) {
        errors.add(new PositionedError(site.position(), new InputError(site.pointer(), message)));
    }

    private void wrongType(Site site, String expected, Node node, String hint) {
        error(site, site.label() + " must be " + expected + ", but is " + describe(node, false) + hint + ".");
    }

    private static String quoteHint(Node node) {
        return node instanceof NumberNode || node instanceof BooleanNode ? "; put it in double quotes" : "";
    }

    /** The JSON type and, unless {@code withheld}, the value, to complete "but is ...". */
    private static String describe(Node node, boolean withheld) {
        if (node instanceof StringNode s) {
            return withheld ? "a string" : "the string \"" + shown(s.value()) + "\"";
        } else if (node instanceof NumberNode n) {
            return withheld ? "a number" : "the number " + shown(n.text());
        } else if (node instanceof BooleanNode b) {
            return "the boolean " + b.value();
        } else if (node instanceof ArrayNode) {
            return "an array";
        } else if (node instanceof ObjectNode) {
            return "an object";
        }
        return "null";
    }

    /** A value as shown in a message: control characters escaped, long values cut short. */
    private static String shown(String value) {
        StringBuilder out = new StringBuilder();
        int limit = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return value.length() > MAX_SHOWN ? out + "..." : out.toString();
    }

    /** The text of a string member as written, for messages that compare two members. */
    private static String text(Obj o, String name) {
        return o.get(name) instanceof StringNode s ? shown(s.value()) : "";
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int sign(String offset) {
        return offset.charAt(0) == '-' ? -1 : 1;
    }
}
