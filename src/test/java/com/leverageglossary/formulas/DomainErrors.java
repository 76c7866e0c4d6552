package com.leverageglossary.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a formula rejects an argument and names it by its public (calculators.md) parameter name. */
final class DomainErrors {
    private DomainErrors() {
    }

    static void assertRejected(String expectedField, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(FormulaDomainException.class,
                        e -> assertThat(e.field()).as("field named by the exception").isEqualTo(expectedField));
    }
}
