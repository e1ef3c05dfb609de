package org.carepathway.model;

/** The category of abuse or neglect a safeguarding concern is about (Care Act 2014 statutory guidance). */
public enum SafeguardingCategory {
    PHYSICAL, DOMESTIC, SEXUAL, PSYCHOLOGICAL, FINANCIAL, MODERN_SLAVERY, DISCRIMINATORY, ORGANISATIONAL, NEGLECT,
    SELF_NEGLECT
}
