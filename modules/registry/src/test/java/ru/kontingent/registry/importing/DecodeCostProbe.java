package ru.kontingent.registry.importing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import ru.kontingent.platform.json.JacksonConfiguration;
import ru.kontingent.registry.student.StudentContent;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: the CPU cost per line of reading and validating an import file, with no server and
 * no database, to see where an import's in-server time goes. Runs only when given a file
 * ({@code -Dkontingent.decode-probe=FILE}, e.g. one written by {@code kontingent generate}).
 */
@EnabledIfSystemProperty(named = "kontingent.decode-probe", matches = ".+")
class DecodeCostProbe {

    /** This thread's CPU time: the machine is shared, wall time would measure the neighbours. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Test
    void decodeCostPerLine() throws Exception {
        Path file = Path.of(System.getProperty("kontingent.decode-probe"));
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.usingContext().traversableResolver(new PlainInputTraversal()).getValidator();
            var mapper = JacksonConfiguration.newMapper();
            LineDecoder decoder = new LineDecoder(mapper, validator);
            for (int round = 1; round <= 5; round++) {
                long readNanos = 0;
                long decodeNanos = 0;
                int lines = 0;
                int accepted = 0;
                List<SourceLine> sources = new ArrayList<>();
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                     NdjsonSource source = new NdjsonSource(reader)) {
                    long t0 = cpu();
                    while (source.hasNext()) {
                        sources.add(source.next());
                    }
                    readNanos = cpu() - t0;
                }
                List<ImportedLine> decoded = new ArrayList<>();
                long t1 = cpu();
                for (SourceLine line : sources) {
                    LineDecoder.Decoded result = decoder.decode(line);
                    lines++;
                    if (result.isAccepted()) {
                        accepted++;
                        decoded.add(result.line());
                    }
                }
                decodeNanos = cpu() - t1;
                System.out.printf("round %d (CPU time): %d lines (%d accepted): read %.1f us/line, decode+validate+normalize %.1f us/line"
                                + "%n", round, lines, accepted, readNanos / 1e3 / lines, decodeNanos / 1e3 / lines);
            }
        }
    }
}
