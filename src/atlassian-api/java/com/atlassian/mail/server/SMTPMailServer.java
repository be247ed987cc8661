package com.atlassian.mail.server;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/** Stand-in: the outgoing mail server Confluence is configured with. */
public interface SMTPMailServer {
    void send(Email email) throws MailException;
}
