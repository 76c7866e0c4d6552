package com.leverageglossary.content;

/** One problem in the content, located by file (relative to the content root) and 1-based line. */
public record ContentError(String file, int line, String message) implements Comparable<ContentError> {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(ContentError other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
