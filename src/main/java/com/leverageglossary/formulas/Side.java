package com.leverageglossary.formulas;

/** Direction of a position; {@link #sign()} is the s = ±1 of the exchange formulas. */
public enum Side {
    LONG(1), SHORT(-1);

    private final int sign;

    Side(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }
}
