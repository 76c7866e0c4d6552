package com.leverageglossary.web;

import com.leverageglossary.seo.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON answers of the APIs, and their one error shape: {@code {"errors": [{"field", "message"}]}}. */
final class JsonResponses {
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private JsonResponses() {
    }

    /** A JSON answer to cache; errors are never cached by clients. {@link Json} writes it, so it never reads as markup. */
    static Answer answer(int status, Object body, String cacheControl) {
        Responses.Rendered json = Responses.Rendered.of(CONTENT_TYPE, Json.write(body).getBytes(StandardCharsets.UTF_8));
        return new Answer(status, json, status == 200 ? cacheControl : "no-store");
    }

    static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }
}
