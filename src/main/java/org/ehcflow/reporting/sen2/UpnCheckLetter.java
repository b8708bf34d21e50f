package org.ehcflow.reporting.sen2;

/**
 * The check letter that begins a unique pupil number (DfE, "Unique pupil numbers (UPN)"): characters 2 to 13
 * weighted 2 to 13, the sum divided by 23, the remainder read as one of 23 letters (no I, O or S). A letter in the
 * 13th place (a temporary UPN) counts as its place among those letters.
 */
final class UpnCheckLetter {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UpnCheckLetter() {
    }

    static boolean isValid(String upn) {
        if (upn == null || !upn.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            return false;
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            if (value < 0) {
                return false;
            }
            sum += value * (i + 1);
        }
        return upn.charAt(0) == LETTERS.charAt(sum % 23);
    }
}
