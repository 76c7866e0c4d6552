package com.leverageglossary.markdown;

/**
 * How deeply a line of Markdown nests block quotes and list items, measured before parsing: flexmark and
 * our own tree walks recurse once per level, so a file nested thousands deep would overflow the stack.
 * No glossary entry needs more than a handful of levels.
 */
public final class Nesting {
    /** Deeper lines are refused with an error naming the line. */
    public static final int MAX_LEVELS = 32;

    private Nesting() {
    }

    /** The 1-based line of the first line nested deeper than {@link #MAX_LEVELS}, or 0 when none is. */
    public static int firstTooDeepLine(String markdown) {
        int line = 1;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            if (levels(markdown, start, end) > MAX_LEVELS) {
                return line;
            }
            line++;
            start = end + 1;
        }
        return 0;
    }

    /**
     * Container markers at the start of a line ({@code >}, {@code -}, {@code *}, {@code +}, {@code 1.}) plus
     * its indentation in steps of two columns, which is how nested list items are written.
     */
    static int levels(String text, int start, int end) {
        int markers = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text.charAt(i + 1) == ' ') {
                markers++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && text.charAt(j + 1) == ' ') {
                    markers++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers + columns / 2;
    }
}
