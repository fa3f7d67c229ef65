package ru.kontingent.devtools;

import java.util.Set;

/** {@code keys}: makes sure the dev key pair exists and says where it is. */
final class KeysCommand implements Subcommand {

    @Override
    public Set<String> options() {
        return Set.of("dir");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) {
        DevKeys keys = DevKeys.loadOrCreate(
                arguments.value("dir").map(workspace::resolve).orElse(workspace.keysDir()));
        System.err.println(keys.generated() ? "kontingent: created a new dev key pair" : "kontingent: dev key pair exists");
        System.out.println("private key: " + keys.privateKeyPath());
        System.out.println("public key:  " + keys.publicKeyPath());
        return 0;
    }
}
