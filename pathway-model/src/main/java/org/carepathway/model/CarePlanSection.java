package org.carepathway.model;

/** A section a care plan contains. */
public enum CarePlanSection { CRISIS_PLAN, MEDICATION, FOLLOW_UP, RISK_ASSESSMENT, OUTCOMES, OUT_OF_HOURS_CONTACT }
