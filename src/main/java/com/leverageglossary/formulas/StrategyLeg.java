package com.leverageglossary.formulas;

/**
 * One leg of an option strategy: a European call or put valued by Black–Scholes–Merton, or a linear future.
 * Quantities are signed (long positive, short negative); volatility is an annual decimal and time in years.
 * A future carries its entry price in {@code strike} and has neither expiry nor volatility.
 */
public record StrategyLeg(Kind kind, double quantity, double strike, double years, double volatility) {

    /** What the leg holds. */
    public enum Kind {
        CALL, PUT, FUTURE
    }

    public StrategyLeg {
        if (!(ArgChecks.finite("quantity", quantity) != 0)) {
            throw new FormulaDomainException("quantity", "must not be 0");
        }
        if (kind == Kind.FUTURE) {
            ArgChecks.positive("entryPrice", strike);
        } else {
            ArgChecks.positive("strike", strike);
            ArgChecks.positive("years", years);
            ArgChecks.positive("volatility", volatility);
        }
    }

    public static StrategyLeg option(Side side, OptionType type, double quantity, double strike, double years, double volatility) {
        Kind kind = type == OptionType.CALL ? Kind.CALL : Kind.PUT;
        return new StrategyLeg(kind, side.sign() * ArgChecks.positive("quantity", quantity), strike, years, volatility);
    }

    public static StrategyLeg future(Side side, double quantity, double entryPrice) {
        return new StrategyLeg(Kind.FUTURE, side.sign() * ArgChecks.positive("quantity", quantity), entryPrice, 0, 0);
    }

    public boolean isOption() {
        return kind != Kind.FUTURE;
    }

    /** The leg's Black–Scholes–Merton model at an underlying price, with its remaining time and a volatility. */
    BlackScholesMerton model(double price, double yearsLeft, double vol, double rate) {
        return BlackScholesMerton.of(kind == Kind.CALL ? OptionType.CALL : OptionType.PUT, price, strike, yearsLeft, vol, rate, 0);
    }

    /** Value of one unit at expiry: the intrinsic value (a future's is its P&amp;L against entry). */
    double payoff(double price) {
        return switch (kind) {
            case CALL -> Math.max(price - strike, 0);
            case PUT -> Math.max(strike - price, 0);
            case FUTURE -> price - strike;
        };
    }

    /**
     * Value of one unit with {@code yearsLeft} to expiry at volatility {@code vol}; at a price of 0 a call is worth
     * nothing and a put its discounted strike (the limits of the formula, which needs a positive price).
     */
    double value(double price, double yearsLeft, double vol, double rate) {
        if (kind == Kind.FUTURE || yearsLeft <= 0) {
            return payoff(price);
        }
        if (price == 0) {
            return kind == Kind.CALL ? 0 : strike * Math.exp(-rate * yearsLeft);
        }
        return model(price, yearsLeft, vol, rate).price();
    }
}
