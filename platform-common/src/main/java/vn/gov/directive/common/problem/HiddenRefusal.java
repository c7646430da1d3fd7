package vn.gov.directive.common.problem;

/**
 * A 404 that hides something the caller may not see (another unit's delivery): its answer is
 * exactly a {@link ProblemException#notFound} one, so nothing leaks, but the audit log
 * (platform-common audit.RefusalLog) records it as a refused request.
 */
public class HiddenRefusal extends ProblemException {

    public HiddenRefusal(String what) {
        super(notFound(what).problem());
    }
}
