package org.carepathway.model;

/** The patient's recorded decision on sharing their record for care. */
public enum ConsentToShare { GIVEN, REFUSED, BEST_INTERESTS }
