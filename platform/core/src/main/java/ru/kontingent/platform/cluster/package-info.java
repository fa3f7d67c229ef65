/** This node among the cluster's nodes: its name and the names of the nodes alive with it. */
package ru.kontingent.platform.cluster;
