package ru.kontingent.server.testing;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Base of the system tests that also drive the manual "restartable" server (restarts, crashes, a
 * database of its own, another token issuer): the test starts it with {@link RestartableServer}'s
 * configuration, deploys, and stops it itself.
 */
public abstract class SecondServerIT extends KontingentIT {

    protected static final String CONTAINER = RestartableServer.CONTAINER;

    @ArquillianResource
    protected ContainerController controller;

    @ArquillianResource
    protected Deployer deployer;

    @Deployment(name = CONTAINER, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    public static WebArchive secondServer() {
        return Deployments.withProbeModules();
    }
}
