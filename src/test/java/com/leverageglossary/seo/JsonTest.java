package com.leverageglossary.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one JSON writer, for JSON-LD in a page and for the API answers, against hostile strings. */
class JsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"\"quoted\" and 'single'", "back\\slash \\\" \\u0041", "\u0000\u0001\u0007\b\f\n\r\t\u001f\u007f\u0085\u009f",
            "</script><script>alert(1)</script>", "</SCRIPT >", "<!-- <script>", "a & b &amp; c > d",
            "line\u2028separator\u2029paragraph", "lone \uD800 high", "lone \uDC00 low", "reversed \uDC00\uD800 pair",
            "emoji 💥 and 👩‍💻", "non\uFFFEcharacter\uFDD0", "Кредитное плечо, レバレッジ, é", ""})
    void hostileTextParsesBackUnchangedAndCannotLeaveAScriptElement(String hostile) throws Exception {
        Map<String, Object> value = Map.of(hostile, List.of(hostile, Map.of("name", hostile)));
        String json = Json.write(value);

        assertThat(PLAIN.readValue(json, Map.class)).isEqualTo(value);
        assertThat(json).doesNotContain("<", ">", "&", "'", "\u2028", "\u2029");
        assertThat(json.chars()).noneMatch(JsonTest::escapedOnly);
        assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(json);

        Document page = Jsoup.parse("<head><script type=\"application/ld+json\">" + json + "</script></head><body><p>after</p></body>");
        assertThat(page.select("script")).hasSize(1);
        assertThat(PLAIN.readValue(page.selectFirst("script").data(), Map.class)).isEqualTo(value);
        assertThat(page.select("p").text()).isEqualTo("after");
    }

    /** Controls, surrogates and noncharacters, which must never appear raw. */
    private static boolean escapedOnly(int c) {
        return Character.isISOControl(c) || Character.isSurrogate((char) c) || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
    }

    @Test
    void escapesAreTheStandardJsonOnes() {
        assertThat(Json.write("</script>")).isEqualTo("\"\\u003C/script\\u003E\"");
        assertThat(Json.write("\"\\\n")).isEqualTo("\"\\\"\\\\\\n\"");
        assertThat(Json.write("a\u2028b")).isEqualTo("\"a\\u2028b\"");
        assertThat(Json.write("💥")).isEqualTo("\"\\uD83D\\uDCA5\"");
        assertThat(Json.write("é")).as("other text stays as it is").isEqualTo("\"é\"");
    }
}
