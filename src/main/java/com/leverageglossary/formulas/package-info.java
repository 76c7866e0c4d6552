/**
 * Pure leverage mathematics: final classes of static functions on doubles (liquidation price, health factor,
 * lending loops, CPPI, Black–Scholes–Merton and the rest), each checking its arguments first and naming its
 * source and units. No I/O and no state. It uses only the JDK and Commons Numbers (erfc), imports nothing of
 * ours, and could be published alone; every other package may use it.
 *
 * <p>Each formula is written once, as an {@link com.leverageglossary.formulas.Expression} named by a
 * {@link com.leverageglossary.formulas.Formula}: a {@code fooFormula(...)} method checks the arguments and builds
 * the description, and {@code foo(...)} returns its value. The same description gives the formula line in symbols
 * ({@link com.leverageglossary.formulas.Formula#line()}) and the shown work with the values substituted and signs
 * folded ({@link com.leverageglossary.formulas.Formula#work}); how many digits each value shows is the caller's
 * {@link com.leverageglossary.formulas.Notation}. To describe a new formula: name each input with
 * {@code Expression.quantity(symbol, value)} (a side with {@code sign("s", ±1)}, an exact number with
 * {@code constant} or {@code percent}), combine them with {@code plus}, {@code minus}, {@code times}, {@code over},
 * {@code power}, {@code squared}, {@code negated} and the functions ({@code ln}, {@code exp}, {@code sqrt},
 * {@code normal}, {@code density}, {@code max}, {@code min}, {@code sum}, {@code product}), and name the result
 * with {@code Formula.of(symbol, expression)}. Evaluation is Java's arithmetic in the order written.
 */
package com.leverageglossary.formulas;
