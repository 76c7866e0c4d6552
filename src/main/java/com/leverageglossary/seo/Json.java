package com.leverageglossary.seo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The site's one JSON writer, for JSON-LD inside {@code <script>} and for the API answers (which web imports
 * from here: nothing may import web). Its text holds no {@code < > & '}, no U+2028/U+2029, no control
 * character, no noncharacter and no raw surrogate, each written as a {@code \\uXXXX} escape instead, so a value
 * can neither end a script element ({@code </script>}, {@code <!--}), nor be read as markup if an answer is
 * sniffed as HTML, nor end a JavaScript string, nor put a code point HTML forbids into a page, nor make the
 * UTF-8 bytes invalid. Any JSON parser reads the same values back.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    private Json() {
    }

    /** {@code value} (maps, lists, records, strings, numbers, booleans, null) as JSON text. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialise", e);
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            for (char c : new char[] {'<', '>', '&', '\'', '\u007F'}) {
                asciiEscapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        /**
         * Called for each non-ASCII char on its own, so a surrogate cannot be told paired from lone: every one is
         * escaped, and an emoji comes out as its escaped pair, which parses back to the same character.
         */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return escaped((char) ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }

        private static boolean escaped(char c) {
            boolean lineSeparator = c == '\u2028' || c == '\u2029';
            boolean nonCharacter = (c >= '\uFDD0' && c <= '\uFDEF') || (c & 0xFFFE) == 0xFFFE;
            return lineSeparator || nonCharacter || Character.isSurrogate(c) || Character.isISOControl(c);
        }
    }
}
