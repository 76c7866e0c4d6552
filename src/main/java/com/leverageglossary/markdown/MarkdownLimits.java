package com.leverageglossary.markdown;

import java.util.Optional;

/**
 * Shapes of Markdown that would make parsing slow or unsafe, found with one pass over the text before
 * flexmark sees it. Nesting: flexmark and our tree walks recurse once per level, so a file nested thousands
 * deep would overflow the stack. Block length: flexmark re-reads a paragraph's lines as each line is added
 * (to see whether it became a table), so one block of tens of thousands of lines costs quadratic time.
 * No glossary entry comes near either limit.
 */
public final class MarkdownLimits {
    /** Deeper lines are refused with an error naming the line. */
    public static final int MAX_NESTING_LEVELS = 32;
    /** Longer runs of non-blank lines (one paragraph, list or table) are refused. */
    public static final int MAX_BLOCK_LINES = 1_000;

    /** Where and why a text breaks a limit. */
    public record Problem(int line, String message) {
    }

    private MarkdownLimits() {
    }

    /** The first line that breaks a limit, 1-based. */
    public static Optional<Problem> firstProblem(String markdown) {
        int line = 1;
        int start = 0;
        int blockLines = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            if (levels(markdown, start, end) > MAX_NESTING_LEVELS) {
                return Optional.of(new Problem(line, "block quotes or lists nested deeper than " + MAX_NESTING_LEVELS + " levels"));
            }
            blockLines = markdown.substring(start, end).isBlank() ? 0 : blockLines + 1;
            if (blockLines > MAX_BLOCK_LINES) {
                return Optional.of(new Problem(line, "a paragraph, list or table longer than " + MAX_BLOCK_LINES
                        + " lines; split it with blank lines"));
            }
            line++;
            start = end + 1;
        }
        return Optional.empty();
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
