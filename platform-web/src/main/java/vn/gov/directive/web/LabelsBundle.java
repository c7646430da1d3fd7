package vn.gov.directive.web;

import io.quarkus.qute.i18n.MessageBundles;

/** The {@link Labels} bundle for Java callers that are no bean (records, export tables). */
public final class LabelsBundle {

    private LabelsBundle() {
    }

    public static Labels get() {
        return MessageBundles.get(Labels.class);
    }
}
