package dev.paperchat.retrieve;

/**
 * Whether one word is likely a slip of the fingers for another one edit away: a letter left out,
 * two letters swapped, a key next to the right one, or a letter doubled or struck with its
 * neighbour. "parse" for "pause" (r and u lie apart) or "parity" for "party" (an "i" no
 * neighbouring key gives) are words of their own.
 */
final class Typo {
    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private Typo() {}

    static boolean plausible(String typed, String meant) {
        if (typed.length() + 1 == meant.length()) return dropped(typed, meant);
        if (typed.length() == meant.length() + 1) return struckWithNeighbour(typed, meant);
        if (typed.length() != meant.length()) return false;
        int first = firstDifference(typed, meant);
        if (first == typed.length()) return true;
        if (typed.substring(first + 1).equals(meant.substring(first + 1))) return adjacentKeys(typed.charAt(first), meant.charAt(first));
        // Two letters swapped: "resaoning".
        return first + 1 < typed.length() && typed.charAt(first) == meant.charAt(first + 1) && typed.charAt(first + 1) == meant.charAt(first)
                && typed.substring(first + 2).equals(meant.substring(first + 2));
    }

    private static boolean dropped(String typed, String meant) {
        int at = firstDifference(typed, meant);
        return typed.substring(at).equals(meant.substring(at + 1));
    }

    /** An extra letter: the same as a letter beside it ("reasonning") or the key next to one ("reasonimng"). */
    private static boolean struckWithNeighbour(String typed, String meant) {
        int at = firstDifference(typed, meant);
        if (!typed.substring(at + 1).equals(meant.substring(at))) return false;
        char extra = typed.charAt(at);
        for (int i : new int[] {at - 1, at + 1}) {
            if (i < 0 || i >= typed.length()) continue;
            if (typed.charAt(i) == extra || adjacentKeys(typed.charAt(i), extra)) return true;
        }
        return false;
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    /** Keys that touch on a QWERTY keyboard, each row set half a key to the right of the one above. */
    static boolean adjacentKeys(char a, char b) {
        int[] pa = key(Character.toLowerCase(a)), pb = key(Character.toLowerCase(b));
        if (pa == null || pb == null) return false;
        int rows = pb[0] - pa[0], columns = pb[1] - pa[1];
        if (rows == 0) return Math.abs(columns) == 1;
        if (rows == 1) return columns == -1 || columns == 0;
        if (rows == -1) return columns == 0 || columns == 1;
        return false;
    }

    private static int[] key(char c) {
        for (int row = 0; row < ROWS.length; row++) {
            int column = ROWS[row].indexOf(c);
            if (column >= 0) return new int[] {row, column};
        }
        return null;
    }
}
