package com.atlassian.scheduler;

/** Stand-in: the outcome of one run (a final class with static factories in the real API). */
public final class JobRunnerResponse {
    private final boolean successful;
    private final String message;

    private JobRunnerResponse(boolean successful, String message) {
        this.successful = successful;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(true, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(true, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(false, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(false, cause.toString());
    }

    public String getMessage() {
        return message;
    }
}
