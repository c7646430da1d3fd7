package vn.gov.directive.web;

/**
 * A form of a page validated with Bean Validation whose constraints carry their message in
 * Vietnamese ({@code @NotBlank(message = "Vui lòng nêu lý do.")}): {@link FieldMessages} shows
 * that message as it is. Constraints of other beans (the API's requests) speak English and get the
 * platform's Vietnamese wording of their kind instead.
 */
public interface PageForm {
}
