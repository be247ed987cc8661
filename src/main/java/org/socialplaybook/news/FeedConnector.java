package org.socialplaybook.news;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Opens the TCP connection to an address the host guard already checked (never to a name: the address is pinned,
 * so a second DNS answer cannot redirect the request). Tests count the calls to prove a refused URL never connects.
 */
public interface FeedConnector {
    Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;
}
