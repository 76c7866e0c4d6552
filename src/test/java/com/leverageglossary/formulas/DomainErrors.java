package com.leverageglossary.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a formula rejects an argument and names it by the formula's own parameter name, never a form field. */
final class DomainErrors {
    private DomainErrors() {
    }

    static void assertRejected(String expectedParameter, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(FormulaDomainException.class,
                        e -> assertThat(e.parameter()).as("parameter named by the exception").isEqualTo(expectedParameter));
    }
}
