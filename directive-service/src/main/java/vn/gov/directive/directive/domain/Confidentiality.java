package vn.gov.directive.directive.domain;

/**
 * Confidentiality of a document (QĐ 28/2018/QĐ-TTg): only NONE may travel on this platform; MẬT,
 * TỐI MẬT and TUYỆT MẬT are state secrets and are refused.
 */
public enum Confidentiality {
    NONE, MAT, TOI_MAT, TUYET_MAT;

    public boolean isSecret() {
        return this != NONE;
    }
}
