package org.carepathway.model;

/** The NHS number format and its Modulus 11 check digit. */
final class NhsNumber {
    private NhsNumber() {
    }

    /** Exactly ten ASCII digits, nothing else. */
    static boolean isWellFormed(String value) {
        return malformation(value) == null;
    }

    /**
     * Why the value is not exactly ten ASCII digits, as the end of a sentence ("it has 9 characters, not 10"), or
     * null when it is well formed. The reason never repeats the number, which identifies a person.
     */
    static String malformation(String value) {
        if (value.length() != 10) {
            return "it has " + value.length() + (value.length() == 1 ? " character" : " characters") + ", not 10";
        }
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return "character " + (i + 1) + " is not a digit 0-9";
            }
        }
        return null;
    }

    /**
     * Modulus 11: weights 10..2 on the first nine digits; check = 11 - (sum mod 11), where 11 means 0 and 10
     * means the number is invalid.
     */
    static boolean passesModulus11(String value) {
        if (!isWellFormed(value)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (value.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(9) - '0';
    }
}
