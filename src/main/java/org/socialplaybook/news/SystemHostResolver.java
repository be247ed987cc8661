package org.socialplaybook.news;

import jakarta.inject.Named;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** {@link HostResolver} through the JVM's resolver (DNS, hosts file). */
@Named
public class SystemHostResolver implements HostResolver {
    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
