package org.socialplaybook.news;

import jakarta.inject.Named;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** {@link FeedConnector} with a plain socket and a connect timeout. */
@Named
public class SocketFeedConnector implements FeedConnector {
    @Override
    public Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(address, timeoutMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
