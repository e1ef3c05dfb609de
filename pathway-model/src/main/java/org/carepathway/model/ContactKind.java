package org.carepathway.model;

/** The purpose of a contact with the patient. */
public enum ContactKind { FOLLOW_UP, REVIEW, OTHER }
