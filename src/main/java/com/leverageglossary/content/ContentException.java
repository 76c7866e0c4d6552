package com.leverageglossary.content;

import java.util.List;

/** Thrown when content fails validation; carries every error found, not just the first. */
public final class ContentException extends Exception {
    private final List<ContentError> errors;

    public ContentException(List<ContentError> errors) {
        super(errors.size() + " content error(s), first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<ContentError> errors() {
        return errors;
    }
}
