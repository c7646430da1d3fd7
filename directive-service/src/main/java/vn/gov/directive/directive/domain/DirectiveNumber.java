package vn.gov.directive.directive.domain;

/** A directive's place in its issuer's register: "12/STTTT-TTBCXB" is number 12 of the year, with its symbol. */
public record DirectiveNumber(int year, int number, String symbol) {

    public DirectiveNumber {
        if (number < 1) {
            throw new IllegalArgumentException("Register numbers start at 1, not " + number);
        }
    }

    public String text() {
        return number + "/" + symbol;
    }
}
