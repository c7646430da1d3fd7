package vn.gov.directive.directive.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.gov.directive.directive.domain.Signer;
import vn.gov.directive.common.text.OneLine;

/** The signer: name, title, and the authority prefix (KT., TL., TM.) when there is one. */
public record SignerRequest(@NotBlank @Size(max = 200) @OneLine String name, @NotBlank @Size(max = 200) @OneLine String title,
        @Size(max = 20) @OneLine String authority) {

    Signer toDomain() {
        return new Signer(name, title, authority);
    }
}
