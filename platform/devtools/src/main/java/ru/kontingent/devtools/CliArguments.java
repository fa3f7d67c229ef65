package ru.kontingent.devtools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --name value} (or {@code --name=value}) options of one subcommand, and its operands:
 * the plain arguments it names (such as the FILE of {@code import}), each required.
 */
final class CliArguments {

    private final Map<String, String> values;
    private final Map<String, String> operands;

    private CliArguments(Map<String, String> values, Map<String, String> operands) {
        this.values = values;
        this.operands = operands;
    }

    static CliArguments parse(List<String> args, Set<String> allowedNames) {
        return parse(args, allowedNames, List.of());
    }

    static CliArguments parse(List<String> args, Set<String> allowedNames, List<String> operandNames) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> operands = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") && operands.size() < operandNames.size()) {
                operands.put(operandNames.get(operands.size()), arg);
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(2, equals);
                value = arg.substring(equals + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (!allowedNames.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (values.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        if (operands.size() < operandNames.size()) {
            throw new UsageException("missing " + operandNames.get(operands.size()));
        }
        return new CliArguments(values, operands);
    }

    /** A named operand; parse() has made sure every one is there. */
    String operand(String name) {
        String value = operands.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no operand named " + name);
        }
        return value;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    String valueOr(String name, String fallback) {
        return value(name).orElse(fallback);
    }

    long longValue(String name, long fallback) {
        Optional<String> text = value(name);
        try {
            return text.isEmpty() ? fallback : Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + text.get() + "'");
        }
    }

    int intValue(String name, int fallback, int min, int max) {
        Optional<String> text = value(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(text.get());
            if (number < min || number > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + text.get() + "'");
        }
    }
}
