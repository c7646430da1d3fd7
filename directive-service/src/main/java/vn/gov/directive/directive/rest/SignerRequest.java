package vn.gov.directive.directive.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.gov.directive.directive.domain.Signer;

/** The signer: name, title, and the authority prefix (KT., TL., TM.) when there is one. */
public record SignerRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String title,
        @Size(max = 20) String authority) {

    Signer toDomain() {
        return new Signer(name, title, authority);
    }
}
