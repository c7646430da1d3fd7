package vn.gov.directive.distribution.rest;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import vn.gov.directive.distribution.domain.AttachmentLimits;
import vn.gov.directive.distribution.domain.OfficePackage;
import vn.gov.directive.distribution.domain.ReportAttachments;

/** The upload operation's description states the limits in force (configuration is read at start, not at build). */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class AttachmentLimitsInOpenApi implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (AttachmentResource.UPLOAD_OPERATION.equals(operation.getOperationId())) {
            AttachmentLimits limits = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(AttachmentLimits.class);
            operation.setDescription("Limits: each file at most " + ReportAttachments.MAX_BYTES + " bytes (20 MB), else 413; at most "
                    + limits.maxPerDelivery() + " files per delivery, else 409 (too-many-attachments); at most "
                    + limits.maxTotal().asLongValue() + " bytes for all the delivery's files together, else 413 "
                    + "(attachments-too-large). Accepted by content: PDF, DOCX, XLSX, PNG, JPEG, GIF, WebP, each checked "
                    + "deeper than its magic number (else 415); an Office file is refused (413, office-package-too-large) "
                    + "when it inflates to more than " + OfficePackage.MAX_INFLATED_BYTES + " bytes or more than "
                    + OfficePackage.MAX_RATIO + " times its size. All checked before anything is stored.");
        }
        return operation;
    }
}
