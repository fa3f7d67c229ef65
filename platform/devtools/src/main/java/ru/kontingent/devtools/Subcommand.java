package ru.kontingent.devtools;

import java.util.Set;

/** One verb of the CLI. */
interface Subcommand {

    /** Option names without the leading dashes; anything else is a usage error. */
    Set<String> options();

    /** @return the process exit code */
    int run(CliArguments arguments, DevWorkspace workspace) throws Exception;
}
