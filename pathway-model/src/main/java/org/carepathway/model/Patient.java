package org.carepathway.model;

import static org.carepathway.model.Values.list;
import static org.carepathway.model.Values.required;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The patient whose pathway it is.
 *
 * @param nhsNumber exactly 10 ASCII digits; a wrong check digit is allowed here and raises DQ-001
 * @param localId a local identifier; at least one of nhsNumber and localId is required
 * @param birthDate date of birth
 * @param diedAt date of death, when the patient has died
 * @param registeredGp id of the GP practice the patient is registered with
 * @param needs recorded needs
 * @param legalStatus NHS Data Dictionary Mental Health Act legal status classification code, two digits
 * @param section117Eligible set by systems that know the detention history
 * @param suicideRisk whether a suicide risk is recorded
 * @param lacksCapacity whether the patient lacks capacity for the relevant decisions
 * @param consentToShare the patient's decision on sharing, or null when not recorded
 */
public record Patient(
        String nhsNumber,
        String localId,
        LocalDate birthDate,
        Instant diedAt,
        String registeredGp,
        List<Need> needs,
        String legalStatus,
        boolean section117Eligible,
        boolean suicideRisk,
        boolean lacksCapacity,
        ConsentToShare consentToShare) {

    /** Legal status codes of detention under sections 3, 37, 45A, 47 and 48 (SPEC section 3, S117). */
    private static final Set<String> SECTION_117_STATUSES = Set.of("03", "09", "10", "15", "16", "17", "18", "37", "38");

    public Patient {
        required(birthDate, "patient.birthDate");
        if (!hasIdentifier(nhsNumber, localId)) {
            throw new IllegalArgumentException("patient needs an nhsNumber or a localId");
        }
        if (nhsNumber != null && !NhsNumber.isWellFormed(nhsNumber)) {
            // never echo the number itself: it identifies a person
            throw new IllegalArgumentException("patient.nhsNumber must be exactly 10 ASCII digits, but "
                    + NhsNumber.malformation(nhsNumber));
        }
        if (legalStatus != null && !isWellFormedLegalStatus(legalStatus)) {
            throw new IllegalArgumentException("patient.legalStatus must be exactly two digits, was '" + legalStatus + "'");
        }
        needs = list(needs);
    }

    /** Whether the needs include this one. */
    public boolean hasNeed(Need need) {
        return needs.contains(need);
    }

    /** Whether the patient has at least one recorded need. */
    public boolean hasAnyNeed() {
        return !needs.isEmpty();
    }

    /** Whether an NHS number is present and passes the Modulus 11 check. */
    public boolean hasValidNhsNumber() {
        return nhsNumber != null && NhsNumber.passesModulus11(nhsNumber);
    }

    /**
     * Whether section 117 aftercare applies: the legal status is one of detention under sections 3, 37, 45A,
     * 47 or 48, or {@code section117Eligible} is set.
     */
    public boolean section117Applies() {
        return section117Eligible || (legalStatus != null && SECTION_117_STATUSES.contains(legalStatus));
    }

    /**
     * Adult at x: the 18th birthday falls on or before the UTC date of x. Someone born on 29 February turns 18
     * on 1 March in a common year.
     */
    public boolean adultAt(Instant x) {
        LocalDate onDate = LocalDate.ofInstant(x, ZoneOffset.UTC);
        return !eighteenthBirthday().isAfter(onDate);
    }

    private LocalDate eighteenthBirthday() {
        LocalDate plain = birthDate.plusYears(18);
        // plusYears clamps 29 Feb to 28 Feb; English law counts the birthday as 1 March in a common year.
        boolean leapDay = birthDate.getMonthValue() == 2 && birthDate.getDayOfMonth() == 29;
        return leapDay && plain.getDayOfMonth() == 28 ? plain.plusDays(1) : plain;
    }

    /** Whether the patient died on or before this instant. */
    public boolean diedOnOrBefore(Instant instant) {
        return diedAt != null && !diedAt.isAfter(instant);
    }

    /** SPEC section 1: at least one of nhsNumber and localId is given. */
    static boolean hasIdentifier(String nhsNumber, String localId) {
        return nhsNumber != null || localId != null;
    }

    /** SPEC section 1: a legal status code is exactly two ASCII digits. */
    static boolean isWellFormedLegalStatus(String value) {
        return value.length() == 2 && Character.isDigit(value.charAt(0)) && value.charAt(0) < 128
                && Character.isDigit(value.charAt(1)) && value.charAt(1) < 128;
    }
}
