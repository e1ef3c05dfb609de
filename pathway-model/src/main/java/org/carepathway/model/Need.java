package org.carepathway.model;

/** A need recorded for the patient ({@code patient.needs}). */
public enum Need { MENTAL_HEALTH, LONG_TERM_CONDITION, DEMENTIA, LEARNING_DISABILITY, PERSONAL_CARE }
