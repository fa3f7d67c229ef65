package ru.kontingent.server.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;

/**
 * Base of the system tests: the real WAR plus the test-only probe modules, deployed by Arquillian
 * into the provisioned WildFly, called over HTTP with real signed tokens.
 */
@ExtendWith(EnvironmentExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class KontingentIT {

    protected static final Api api = new Api(URI.create("http://127.0.0.1:" + TestEnvironment.httpPort()));

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.withProbeModules();
    }
}
