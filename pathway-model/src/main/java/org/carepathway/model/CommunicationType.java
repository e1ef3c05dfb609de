package org.carepathway.model;

/** What a communication between providers carried. */
public enum CommunicationType { DISCHARGE_SUMMARY, CARE_PLAN, REFERRAL, OTHER }
