package com.atlassian.mail.server;

/** Stand-in: Confluence's mail server configuration. */
public interface MailServerManager {
    /** The default outgoing server, or null when none is configured. */
    SMTPMailServer getDefaultSMTPMailServer();
}
