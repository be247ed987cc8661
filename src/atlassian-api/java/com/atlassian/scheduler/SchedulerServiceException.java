package com.atlassian.scheduler;

/**
 * Stand-in: thrown when a job cannot be scheduled. The plugin only catches it, so no constructor is declared
 * (the real class's constructors are not confirmed; see the stand-ins' README).
 */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;
}
