package vn.gov.directive.events;

import java.util.List;

/**
 * The text of a directive laid out as Decree 30/2020 lays out an official letter, so that the
 * unit portal can show it without asking directive-service: place, body, signer (with the
 * authority prefix KT., TL., TM. where there is one), drafting unit, the documents it refers to,
 * and the archive line ("Lưu: VT, TTBCXB").
 */
public record DirectiveDocument(String place, String body, String signerName, String signerTitle,
        String signerAuthority, String drafter, List<String> references, List<String> archive) {
}
