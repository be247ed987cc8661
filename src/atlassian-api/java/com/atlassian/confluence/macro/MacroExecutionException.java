package com.atlassian.confluence.macro;

public class MacroExecutionException extends Exception {
    public MacroExecutionException() {
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
