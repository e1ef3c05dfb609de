package org.carepathway.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9434765870", "4010232137", "0000000000"})
    void should_pass_modulus_11_for_known_good_numbers(String number) {
        // when / then
        assertThat(NhsNumber.passesModulus11(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "9434765871", "4010232138", "9434765910"})
    void should_fail_modulus_11_for_a_wrong_check_digit(String number) {
        // when / then
        assertThat(NhsNumber.passesModulus11(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"704999622", "848475135", "878706524"})
    void should_fail_modulus_11_whatever_the_last_digit_when_the_check_would_be_10(String first9) {
        // given: the first nine digits give 11 - (sum mod 11) == 10, so no check digit is valid
        assertThat(check(first9)).isEqualTo(10);

        // when / then
        for (char last = '0'; last <= '9'; last++) {
            assertThat(NhsNumber.passesModulus11(first9 + last)).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"943476591, 'it has 9 characters, not 10'", "94347659190, 'it has 11 characters, not 10'",
        "94347659I9, character 9 is not a digit 0-9", "９434765919, character 1 is not a digit 0-9"})
    void should_say_why_a_number_is_malformed(String value, String why) {
        // when / then
        assertThat(NhsNumber.isWellFormed(value)).isFalse();
        assertThat(NhsNumber.malformation(value)).isEqualTo(why);
        assertThat(NhsNumber.passesModulus11(value)).isFalse();
    }

    @Property
    void should_agree_with_an_independent_modulus_11(@ForAll @NumericChars @StringLength(10) String number) {
        // given
        int check = check(number.substring(0, 9));
        boolean expected = check != 10 && check == number.charAt(9) - '0';

        // when / then
        assertThat(NhsNumber.passesModulus11(number)).isEqualTo(expected);
    }

    /** The check digit the first nine digits call for: 11 - (sum mod 11), 11 read as 0; 10 means none is valid. */
    private static int check(String first9) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.getNumericValue(first9.charAt(i)) * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
