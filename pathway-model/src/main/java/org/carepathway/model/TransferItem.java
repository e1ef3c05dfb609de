package org.carepathway.model;

/**
 * What travelled with the patient. {@code MEDICATION} is the medicines themselves, {@code MEDICATION_LIST} the
 * list or administration record: the two are different items.
 */
public enum TransferItem {
    PERSONAL_PROFILE, TRANSFER_REASON, MEDICATION_LIST, MEDICATION, BELONGINGS, DISCHARGE_SUMMARY, CARE_PLAN,
    RISK_ASSESSMENT
}
