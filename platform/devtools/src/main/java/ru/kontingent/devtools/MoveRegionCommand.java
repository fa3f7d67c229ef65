package ru.kontingent.devtools;

import ru.kontingent.devtools.move.DatabaseServers;
import ru.kontingent.devtools.move.RegionMove;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/** {@code move-region}: a region's schema to another database server (docs/platform.md, "Moving a region"). */
final class MoveRegionCommand implements Subcommand {

    static final String DEFAULT_PG_BIN = "/usr/lib/postgresql/15/bin";

    @Override
    public Set<String> options() {
        return Set.of("region", "to", "servers", "url", "token", "pg-bin", "keep-source");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws Exception {
        String region = arguments.value("region").orElseThrow(() -> new UsageException("--region is required"));
        String target = arguments.value("to").orElseThrow(() -> new UsageException("--to is required"));
        Path servers = arguments.value("servers").map(workspace::resolve).orElseThrow(() -> new UsageException("--servers is required"));
        String token = arguments.value("token").orElseThrow(() -> new UsageException("--token is required (a federal operator's)"));
        boolean keepSource = switch (arguments.valueOr("keep-source", "false")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException("--keep-source is true or false");
        };
        RegionMove move = new RegionMove(DatabaseServers.read(servers), URI.create(arguments.valueOr("url", "http://localhost:8080")),
                token, Path.of(arguments.valueOr("pg-bin", DEFAULT_PG_BIN)), System.out);
        RegionMove.Moved moved = move.move(region, target, !keepSource);
        long rows = moved.rowsPerTable().values().stream().mapToLong(Long::longValue).sum();
        System.out.println("moved " + moved.region() + " from " + moved.from() + " to " + moved.to() + ": "
                + moved.rowsPerTable().size() + " tables, " + rows + " rows");
        return 0;
    }
}
