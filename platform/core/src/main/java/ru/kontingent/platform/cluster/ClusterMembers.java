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

    @Resource(lookup = "java:jboss/infinispan/cache/kontingent/regions")
    Cache<?, ?> anyClusteredCache;

    /** This node's name as the view has it (so it compares with {@link #alive()}). */
    public String self() {
        Address own = anyClusteredCache.getCacheManager().getAddress();
        return own == null ? System.getProperty("jboss.node.name", "localhost") : nodeName(own);
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
}
