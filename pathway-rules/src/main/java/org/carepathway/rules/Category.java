package org.carepathway.rules;

/** The area of care an alert is about (SPEC section 2). */
public enum Category {
    DATA_QUALITY, HANDOVER, MEDICATION, CARE_PLAN, FOLLOW_UP, SAFEGUARDING, INFORMATION_SHARING
}
