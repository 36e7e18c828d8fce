package org.edgeauth.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dockerfile read as its instructions (continuation lines joined, comments dropped). */
record Dockerfile(Path path, List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    static Dockerfile read(Path path) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try {
            for (String line : Files.readAllLines(path)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                    continue;
                }
                if (trimmed.endsWith("\\")) {
                    current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                    continue;
                }
                current.append(trimmed);
                String text = current.toString().strip();
                current.setLength(0);
                if (!text.isEmpty()) {
                    String[] parts = text.split("\\s+", 2);
                    instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT),
                            parts.length > 1 ? parts[1] : ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dockerfile(path, instructions);
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** The base image of every stage, with ARG defaults substituted; later stages may name earlier ones. */
    List<String> baseImages() {
        Map<String, String> args = new HashMap<>();
        List<String> stages = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("ARG") && instruction.arguments().contains("=")) {
                String[] nameValue = instruction.arguments().split("=", 2);
                args.putIfAbsent(nameValue[0].strip(), nameValue[1].strip());
            } else if (instruction.keyword().equals("FROM")) {
                String[] words = instruction.arguments().replaceAll("--platform=\\S+\\s+", "").split("\\s+");
                String image = substitute(words[0], args);
                if (!stages.contains(image)) {
                    images.add(image);
                }
                if (words.length == 3 && words[1].equalsIgnoreCase("AS")) {
                    stages.add(words[2]);
                }
            }
        }
        return images;
    }

    private static String substitute(String text, Map<String, String> args) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(args.getOrDefault(matcher.group(1), "")));
        }
        return matcher.appendTail(out).toString();
    }
}
