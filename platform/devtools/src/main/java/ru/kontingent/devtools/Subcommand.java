package ru.kontingent.devtools;

import java.util.List;
import java.util.Set;

/** One verb of the CLI. */
interface Subcommand {

    /** Option names without the leading dashes; anything else is a usage error. */
    Set<String> options();

    /** Names of the plain arguments, in order, all required (shown as-is in usage errors). */
    default List<String> operands() {
        return List.of();
    }

    /** @return the process exit code */
    int run(CliArguments arguments, DevWorkspace workspace) throws Exception;
}
