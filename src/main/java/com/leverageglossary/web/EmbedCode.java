package com.leverageglossary.web;

/** The HTML another site pastes to show a calculator: an iframe of the calculator's embed page. */
final class EmbedCode {
    /**
     * Tall enough for most calculators' fields, results and chart at a desktop width; a frame has no way to size
     * itself to its page without a script on the host page, so a taller calculator scrolls inside it.
     */
    static final int HEIGHT_PX = 900;

    private EmbedCode() {
    }

    /** @param src the embed page's absolute address, with the inputs to open with */
    static String iframe(String src, String title) {
        return "<iframe src=\"" + attribute(src) + "\" title=\"" + attribute(title) + "\" width=\"100%\" height=\"" + HEIGHT_PX
                + "\" style=\"border:0;max-width:52rem\" loading=\"lazy\"></iframe>";
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
