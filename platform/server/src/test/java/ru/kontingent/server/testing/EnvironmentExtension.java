package ru.kontingent.server.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Registered before Arquillian's extension, so the environment exists when the container starts. */
public class EnvironmentExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestEnvironment.start();
    }
}
