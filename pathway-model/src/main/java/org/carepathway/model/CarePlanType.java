package org.carepathway.model;

/** What a care plan is for. */
public enum CarePlanType {
    MENTAL_HEALTH, SECTION_117_AFTERCARE, LONG_TERM_CONDITION, CARE_AND_SUPPORT, DISCHARGE, END_OF_LIFE, OTHER
}
