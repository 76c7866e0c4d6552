package com.leverageglossary.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON answers of the APIs, and their one error shape: {@code {"errors": [{"field", "message"}]}}. */
final class JsonResponses {
    /** Escapes {@code < > & '} as {@code \\u003c} etc., so no answer can be read as markup even if mislabelled. */
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private static final class HtmlSafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private JsonResponses() {
    }


    /** A JSON answer to cache; errors are never cached by clients. */
    static Answer answer(int status, Object body, String cacheControl) {
        try {
            Responses.Rendered json = Responses.Rendered.of(CONTENT_TYPE, MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            return new Answer(status, json, status == 200 ? cacheControl : "no-store");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API answers are plain values and always serialise", e);
        }
    }


    static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }
}
