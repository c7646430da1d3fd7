package vn.gov.directive.directive.domain;

/** Who signs: name, title, and the authority prefix (KT., TL., TM.) when signing on behalf of someone. */
public record Signer(String name, String title, String authority) {
}
