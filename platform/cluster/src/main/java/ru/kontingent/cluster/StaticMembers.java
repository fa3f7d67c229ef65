package ru.kontingent.cluster;

import org.jgroups.conf.ClassConfigurator;
import org.jgroups.protocols.TCPPING;

/**
 * JGroups' TCPPING (discovery by a static member list) under a name of our own, so that WildFly
 * configures it as a plain protocol whose {@code initial_hosts} property takes an expression
 * ({@code KONTINGENT_CLUSTER_MEMBERS}). Under its own name WildFly's TCPPING resource takes its
 * members only from outbound socket bindings, one management resource per member, and always
 * overwrites {@code initial_hosts} with them, so a member list could not come from the environment.
 */
public class StaticMembers extends TCPPING {

    /**
     * Every protocol's messages carry headers keyed by a protocol id that all members agree on;
     * JGroups' own protocols have theirs from jg-protocol-ids.xml, user protocols register one
     * above 1000 (JGroups' reserved range).
     */
    static final short PROTOCOL_ID = 1_261;

    static {
        ClassConfigurator.addProtocol(PROTOCOL_ID, StaticMembers.class);
    }
}
