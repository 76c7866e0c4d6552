package com.leverageglossary.seo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTest {
    @Test
    void bibtexSpecialCharactersInATitleAreEscaped() {
        // The ten characters LaTeX reserves, as Lamport's LaTeX manual lists them: # $ % & ~ _ ^ \ { }.
        assertThat(Citation.bibtexText("P&L at 5% in $ #1 a_b {x} ~ ^ \\"))
                .isEqualTo("P\\&L at 5\\% in \\$ \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
    }
}
