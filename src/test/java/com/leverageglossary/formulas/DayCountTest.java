package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DayCountTest {

    @Test
    void aYearIsThreeHundredSixtyFiveCalendarDays() {
        // the calculator contract: "days are calendar days, T = days / 365".
        assertThat(DayCount.years(365)).isEqualTo(1.0);
        assertThat(DayCount.years(30)).isCloseTo(0.0821918, within(1e-7));
    }

    @Test
    void rejectsDaysThatAreNotANumber() {
        assertRejected("days", () -> DayCount.years(Double.NaN));
    }
}
