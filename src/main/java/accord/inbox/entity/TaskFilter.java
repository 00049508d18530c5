package accord.inbox.entity;

import java.io.Serializable;

/**
 * What the person narrows a list down to. Every field is optional; blank text means no text
 * filter. Mutable because the filter form binds to it.
 */
public class TaskFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String processKey;
    private String text;
    private DueFilter due;
    private PriorityLevel priority;
    private Long customerId;

    public TaskFilter copy() {
        TaskFilter copy = new TaskFilter();
        copy.processKey = processKey;
        copy.text = text;
        copy.due = due;
        copy.priority = priority;
        copy.customerId = customerId;
        return copy;
    }

    public boolean isEmpty() {
        return processKey == null && (text == null || text.isBlank()) && due == null && priority == null
                && customerId == null;
    }

    public String getProcessKey() {
        return processKey;
    }

    public void setProcessKey(String processKey) {
        this.processKey = processKey;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public DueFilter getDue() {
        return due;
    }

    public void setDue(DueFilter due) {
        this.due = due;
    }

    public PriorityLevel getPriority() {
        return priority;
    }

    public void setPriority(PriorityLevel priority) {
        this.priority = priority;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }
}
