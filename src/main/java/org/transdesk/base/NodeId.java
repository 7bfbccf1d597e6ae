package org.transdesk.base;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name among the nodes sharing one database: {@code transdesk.node-id}, or host, process
 * id and a random suffix (two starts on one host never share a name). Generation runs record it as
 * their owner, so an operator can tell which node holds a run.
 */
@Component
public class NodeId {

    private final String id;

    NodeId(@Value("${transdesk.node-id:}") String configured) {
        this.id = configured == null || configured.isBlank() ? generated() : configured.strip();
    }

    public String id() {
        return id;
    }

    private static String generated() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public String toString() {
        return id;
    }
}
