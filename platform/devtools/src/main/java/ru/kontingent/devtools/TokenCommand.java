package ru.kontingent.devtools;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** {@code token}: prints one signed dev token and nothing else on stdout, for {@code $(...)}. */
final class TokenCommand implements Subcommand {

    private static final int MAX_TTL_MINUTES = 7 * 24 * 60;

    @Override
    public Set<String> options() {
        return Set.of("role", "region", "org", "snils", "sub", "ttl-minutes", "issuer", "audience", "keys");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) {
        TokenSpec spec = spec(arguments);
        DevKeys keys = DevKeys.loadOrCreate(
                arguments.value("keys").map(workspace::resolve).orElse(workspace.keysDir()));
        if (keys.generated()) {
            System.err.println("kontingent: created new dev keys in " + keys.publicKeyPath().getParent()
                    + "; a server started before trusts only the old ones");
        }
        TokenMinter minter = new TokenMinter(keys.privateKey(),
                arguments.valueOr("issuer", TokenMinter.DEFAULT_ISSUER),
                arguments.valueOr("audience", TokenMinter.DEFAULT_AUDIENCE));
        System.out.println(minter.mint(spec));
        return 0;
    }

    static TokenSpec spec(CliArguments arguments) {
        String roleName = arguments.value("role")
                .orElseThrow(() -> new UsageException("token needs --role (one of " + Role.claimList() + ")"));
        Role role;
        try {
            role = Role.fromClaim(roleName);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String region = required(arguments.value("region"), role.needsRegion(), role, "--region CODE");
        String org = required(arguments.value("org"), role.needsOrg(), role, "--org ID");
        String snils = required(arguments.value("snils"), role.needsSnils(), role, "--snils SNILS");

        TokenSpec spec = TokenSpec.forRole(role, region, org, snils)
                .withLifetime(Duration.ofMinutes(arguments.intValue("ttl-minutes", 60, 1, MAX_TTL_MINUTES)));
        return arguments.value("sub").map(spec::withSub).orElse(spec);
    }

    private static String required(Optional<String> value, boolean needed, Role role, String option) {
        if (needed && value.isEmpty()) {
            throw new UsageException("role " + role.claim() + " needs " + option);
        }
        return value.orElse(null);
    }
}
