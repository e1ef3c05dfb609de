package org.carepathway.model;

/**
 * The kind of a transfer. {@code DISCHARGE} ends an inpatient stay (admitted care); day cases and emergency
 * department visits without admission are not transfers in this model.
 */
public enum TransferKind { ADMISSION, DISCHARGE, TRANSFER }
