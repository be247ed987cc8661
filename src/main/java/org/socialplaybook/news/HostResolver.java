package org.socialplaybook.news;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a feed's host name into addresses (the system's DNS in Confluence; a fixed table in tests). */
public interface HostResolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
