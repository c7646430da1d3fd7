package vn.gov.directive.directive.web;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The draft form as the browser sends it, kept as typed so that a refused form comes back with
 * everything the clerk entered. Tasks are parallel lists, one entry per task block (a browser
 * sends every field of every block, empty or not). A recipient select sends "" (not a recipient)
 * or "U:CODE:ROLE" / "G:CODE:ROLE".
 */
public class ClerkForm {

    public static final String DRAFT = "draft";
    public static final String ISSUE = "issue";
    public static final String ADD_TASK = "add-task";
    /** A task's assignees: the units picked as ACTION recipients (what a clerk means nine times out of ten). */
    public static final String ACTION_RECIPIENTS = "ACTION";

    /** Each new form gets a key: a second send of the same form (a double click) finds the first directive. */
    @RestForm
    public String submissionKey;

    @RestForm
    public String action;

    @RestForm
    public String documentType;

    @RestForm
    public String symbol;

    @RestForm
    public String subject;

    @RestForm
    public String urgency;

    @RestForm
    public String place;

    @RestForm
    public String signerAuthority;

    @RestForm
    public String signerName;

    @RestForm
    public String signerTitle;

    @RestForm
    public String deadline;

    @RestForm
    public String body;

    @RestForm
    public List<String> recipient = new ArrayList<>();

    @RestForm
    public List<String> taskTitle = new ArrayList<>();

    @RestForm
    public List<String> taskAssignee = new ArrayList<>();

    @RestForm
    public List<String> taskDeadline = new ArrayList<>();

    @RestForm
    public List<String> taskFieldLabel = new ArrayList<>();

    @RestForm
    public List<String> taskFieldType = new ArrayList<>();

    /** A new form: a fresh key, normal urgency, a công văn, empty task blocks. */
    public static ClerkForm blank(String submissionKey, int taskSlots) {
        ClerkForm form = new ClerkForm();
        form.submissionKey = submissionKey;
        form.documentType = "CONG_VAN";
        form.urgency = "NORMAL";
        for (int i = 0; i < taskSlots; i++) {
            form.addTaskSlot();
        }
        return form;
    }

    public int taskSlots() {
        return taskTitle == null ? 0 : taskTitle.size();
    }

    public void addTaskSlot() {
        taskTitle.add("");
        taskAssignee.add(ACTION_RECIPIENTS);
        taskDeadline.add("");
        taskFieldLabel.add("");
        taskFieldType.add("INTEGER");
    }

    static String at(List<String> values, int index) {
        return values != null && index < values.size() && values.get(index) != null ? values.get(index) : "";
    }
}
