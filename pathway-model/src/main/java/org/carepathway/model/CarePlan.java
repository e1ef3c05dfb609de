package org.carepathway.model;

import static org.carepathway.model.Values.list;
import static org.carepathway.model.Values.required;
import static org.carepathway.model.Values.requiredId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A care plan.
 *
 * @param id unique among care plans
 * @param type what the plan is for
 * @param status life-cycle status
 * @param owner id of the provider that owns the plan
 * @param created when the plan was created
 * @param ended when a COMPLETED plan stopped being in force; after created
 * @param reviewDue when the plan is due for review
 * @param careCoordinator the named coordinator or key worker; blank counts as absent
 * @param sections the sections the plan contains
 * @param sharedWith ids of the providers the plan has been shared with
 */
public record CarePlan(
        String id,
        CarePlanType type,
        CarePlanStatus status,
        String owner,
        Instant created,
        Instant ended,
        LocalDate reviewDue,
        String careCoordinator,
        List<CarePlanSection> sections,
        List<String> sharedWith) {

    public CarePlan {
        requiredId(id, "carePlan.id");
        required(type, "carePlan.type");
        required(status, "carePlan.status");
        required(owner, "carePlan.owner");
        required(created, "carePlan.created");
        if (ended != null && !endsAfterCreation(created, ended)) {
            throw new IllegalArgumentException("carePlan " + id + ": ended (" + ended + ") must be after created (" + created + ")");
        }
        sections = list(sections);
        sharedWith = list(sharedWith);
    }

    /**
     * In force at t: created on or before t, ACTIVE or COMPLETED, and not ended at t. A COMPLETED plan with no
     * {@code ended} is never in force, since its end is unknown.
     */
    public boolean inForceAt(Instant t) {
        if (created.isAfter(t)) {
            return false;
        }
        return switch (status) {
            case ACTIVE -> ended == null || ended.isAfter(t);
            case COMPLETED -> ended != null && ended.isAfter(t);
            case DRAFT, CANCELLED -> false;
        };
    }

    /** SPEC section 1: a plan's {@code ended}, when given, is after its {@code created}. */
    static boolean endsAfterCreation(Instant created, Instant ended) {
        return ended.isAfter(created);
    }

    /** Whether a care coordinator is named (blank counts as absent). */
    public boolean hasCareCoordinator() {
        return careCoordinator != null && !careCoordinator.isBlank();
    }

    /** Whether the plan has been shared with this provider. */
    public boolean isSharedWith(String providerId) {
        return sharedWith.contains(providerId);
    }

    /** Whether the plan contains this section. */
    public boolean hasSection(CarePlanSection section) {
        return sections.contains(section);
    }
}
