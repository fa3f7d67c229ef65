package ru.kontingent.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The one JAX-RS application: every module's resources live under /api, all behind MP-JWT. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "kontingent")
public class KontingentApplication extends Application {
}
