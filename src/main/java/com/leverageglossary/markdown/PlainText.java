package com.leverageglossary.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Our own rendered HTML as plain text for indexing and snippets: tags dropped, entities decoded. */
public final class PlainText {
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    private PlainText() {
    }

    public static String of(String html) {
        String text = html.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ")
                .replaceAll("</(p|li|h[1-6]|tr|pre|blockquote)>", ". ")
                .replaceAll("</?(a|code|em|strong|span|b|i)\\b[^>]*>", "")
                .replaceAll("<[^>]+>", " ");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(decoded);
        // Block ends become ". " so sentences stay apart; drop the extra one after text that already ends a sentence.
        return decoded.toString().replaceAll("\\s+", " ").replaceAll("([.:;!?])( ?\\.)+( |$)", "$1$3").replaceAll("(\\. )+", ". ").strip();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> new String(Character.toChars(entity.startsWith("#x")
                    ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
        };
    }
}
