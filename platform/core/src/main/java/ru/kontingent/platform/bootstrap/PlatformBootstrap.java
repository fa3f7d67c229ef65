package ru.kontingent.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import ru.kontingent.platform.federal.SnilsHasher;
import ru.kontingent.platform.migration.SchemaMigrator;
import ru.kontingent.platform.region.RegionCatalog;
import ru.kontingent.platform.region.RegionCode;
import ru.kontingent.platform.region.RegionService;
import ru.kontingent.platform.region.Stages;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Start of the platform, before the first request: refuse to run with incomplete token settings,
 * migrate the catalog, onboard regions declared in {@code tenants/} that the catalog lacks, and
 * bring every region's schema to the deployed version. Any failure fails the deployment.
 */
@ApplicationScoped
public class PlatformBootstrap {

    private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());
    static final String TENANTS_DIR = "kontingent.tenants.dir";
    static final String BOOTSTRAP_ACTOR = "bootstrap";

    @Inject
    Config config;

    @Inject
    SchemaMigrator migrator;

    @Inject
    RegionService regions;

    @Inject
    RegionCatalog catalog;

    @Inject
    SnilsHasher snilsHasher;

    @Inject
    OnboardingLock onboardingLock;

    void onStart(@Observes Startup startup) {
        long started = System.nanoTime();
        JwtSettings.requireComplete(config);
        snilsHasher.requireStrongKey();
        catalog.clear();
        migrator.migrateCatalog();
        int migrated = regions.migrateAll();
        int declared = onboardingLock.holding(this::onboardDeclaredTenants);
        LOG.info(String.format("Kontingent platform ready: %d region(s) migrated, %d onboarded from tenants/, in %d ms",
                migrated, declared, (System.nanoTime() - started) / 1_000_000));
    }

    /** Declarations only add regions: a stage changed since by a regional admin is never reverted. */
    private int onboardDeclaredTenants() {
        Optional<String> directory = config.getOptionalValue(TENANTS_DIR, String.class).filter(d -> !d.isBlank());
        if (directory.isEmpty()) {
            return 0;
        }
        int onboarded = 0;
        for (TenantDeclaration tenant : TenantDeclarations.readAll(Path.of(directory.get()))) {
            RegionCode code = RegionCode.parse(tenant.code()).orElseThrow(() ->
                    new IllegalStateException("Tenant file " + tenant.source() + ": code must match " + RegionCode.PATTERN));
            if (!Stages.isValid(tenant.stage())) {
                throw new IllegalStateException("Tenant file " + tenant.source() + ": stage must be 1..3");
            }
            if (catalog.find(code).isEmpty() && onboardUnlessRaced(code, tenant)) {
                onboarded++;
            }
        }
        return onboarded;
    }

    /**
     * Under the {@link OnboardingLock} nodes do not race each other here; a federal operator
     * onboarding the same code through the API at that moment may: the first insert wins (the
     * catalog's key), and the start goes on.
     */
    private boolean onboardUnlessRaced(RegionCode code, TenantDeclaration tenant) {
        try {
            regions.onboard(code, tenant.name(), tenant.stage(), null, BOOTSTRAP_ACTOR);
            return true;
        } catch (RuntimeException e) {
            if (regions.exists(code)) {
                LOG.info("Region " + code.value() + " from tenants/ was onboarded by another node meanwhile");
                return false;
            }
            throw e;
        }
    }
}
