package org.carepathway.model;

/** Whether a safeguarding concern is still open. */
public enum ConcernStatus { OPEN, CLOSED }
