/**
 * Pure leverage mathematics: final classes of static functions on doubles (liquidation price, health factor,
 * lending loops, CPPI, Black–Scholes–Merton and the rest), each checking its arguments first and naming its
 * source and units. No I/O and no state. It uses only the JDK and Commons Numbers (erfc), imports nothing of
 * ours, and could be published alone; every other package may use it.
 */
package com.leverageglossary.formulas;
