package vn.gov.directive.reporting.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A directive has one delivery per unit, so (directive, unit) names a delivery before its id is known. */
@Embeddable
public record DeliveryKey(@Column(name = "directive_id") UUID directiveId, String unit) implements Serializable {
}
