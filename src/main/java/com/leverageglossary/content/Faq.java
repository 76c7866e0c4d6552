package com.leverageglossary.content;

/** One question of an area's FAQ; the answer is Markdown, also kept rendered. */
public record Faq(String question, String answerMarkdown, String answerHtml, String answerText) implements java.io.Serializable {
}
