package org.carepathway.model;

/** Life-cycle status of a care plan. */
public enum CarePlanStatus { DRAFT, ACTIVE, COMPLETED, CANCELLED }
