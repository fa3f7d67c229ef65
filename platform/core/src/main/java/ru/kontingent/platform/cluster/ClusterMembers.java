package ru.kontingent.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.infinispan.Cache;
import org.infinispan.remoting.transport.Address;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The nodes of the cluster as the {@code kontingent} cache container's JGroups view has them. A
 * node is named by {@code jboss.node.name} (WildFly names the JGroups member after it), which must
 * be distinct per node and kept across restarts: work a node owns (an import job) is recognised
 * by that name after a crash.
 */
@ApplicationScoped
public class ClusterMembers {

    /** WildFly's own default for an unnamed node is the host name; so is ours. */
    private static final String NODE_NAME = "jboss.node.name";

    @Resource(lookup = "java:jboss/infinispan/cache/kontingent/regions")
    Cache<?, ?> anyClusteredCache;

    public String self() {
        String name = System.getProperty(NODE_NAME);
        return name == null || name.isBlank() ? hostName() : name;
    }

    /** Every node in the current view, this one included. */
    public Set<String> alive() {
        List<Address> members = anyClusteredCache.getCacheManager().getMembers();
        if (members == null) {
            return Set.of(self());
        }
        return members.stream().map(ClusterMembers::nodeName).collect(Collectors.toUnmodifiableSet());
    }

    /** A member prints as its node name, in some versions followed by details in parentheses. */
    private static String nodeName(Address member) {
        String printed = member.toString();
        int details = printed.indexOf('(');
        return details < 0 ? printed : printed.substring(0, details);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
