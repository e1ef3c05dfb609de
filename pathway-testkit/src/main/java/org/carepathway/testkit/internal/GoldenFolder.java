package org.carepathway.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carepathway.model.Pathway;
import org.carepathway.model.PathwayJson;
import org.carepathway.model.ReadResult;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Finds the golden cases of a folder ({@code NAME.json} with {@code NAME.expected.json}) and makes one dynamic
 * test per case. A case that cannot be checked (no expected file, an expected file without its pathway, a malformed
 * file, a rejected pathway) becomes a failing test naming the file, never a skipped one. Not API.
 */
public final class GoldenFolder {
    /** Checks one case; throws an {@link AssertionError} when the outcome differs. */
    @FunctionalInterface
    public interface Check {
        /** Checks the pathway against the expected outcome. */
        void check(String name, Pathway pathway, ExpectedOutcome expected);
    }

    static final String EXPECTED_SUFFIX = ".expected.json";
    private static final String JSON_SUFFIX = ".json";

    private GoldenFolder() {
    }

    /**
     * One test per case in the folder (not its subfolders), named after the case, in name order.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds no case
     */
    public static Stream<DynamicTest> tests(Path folder, Check check) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("golden cases folder " + folder.toAbsolutePath() + " does not exist");
        }
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(JSON_SUFFIX) && !n.startsWith("."))
                    .map(n -> n.endsWith(EXPECTED_SUFFIX) ? n.substring(0, n.length() - EXPECTED_SUFFIX.length())
                            : n.substring(0, n.length() - JSON_SUFFIX.length()))
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list golden cases folder " + folder, e);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("golden cases folder " + folder.toAbsolutePath()
                    + " holds no NAME.json / NAME.expected.json pair");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : names) {
            Path pathwayFile = folder.resolve(name + JSON_SUFFIX);
            Path expectedFile = folder.resolve(name + EXPECTED_SUFFIX);
            tests.add(DynamicTest.dynamicTest(name, pathwayFile.toUri(),
                    () -> check.check(name, readPathway(pathwayFile, expectedFile), readExpected(pathwayFile, expectedFile))));
        }
        return tests.stream();
    }

    private static Pathway readPathway(Path pathwayFile, Path expectedFile) {
        if (!Files.isRegularFile(pathwayFile)) {
            throw new AssertionFailedError(expectedFile + " has no pathway " + pathwayFile.getFileName()
                    + " beside it; add the pathway or remove the expected file");
        }
        ReadResult read;
        try (InputStream in = Files.newInputStream(pathwayFile)) {
            read = PathwayJson.read(in);
        } catch (IOException e) {
            throw new AssertionFailedError("cannot read " + pathwayFile + ": " + e.getMessage(), e);
        }
        if (read instanceof ReadResult.Accepted accepted) {
            return accepted.pathway();
        }
        throw new AssertionFailedError(pathwayFile + " is not a valid pathway:\n" + read.errors().stream()
                .map(e -> "  " + e.pointer() + ": " + e.message()).collect(Collectors.joining("\n")));
    }

    private static ExpectedOutcome readExpected(Path pathwayFile, Path expectedFile) {
        if (!Files.isRegularFile(expectedFile)) {
            throw new AssertionFailedError(pathwayFile + " has no expected file " + expectedFile.getFileName()
                    + " beside it; write one: {\"asOf\": \"2026-11-21T09:00:00Z\", \"alerts\": [{\"ruleId\": \"HO-001\", "
                    + "\"transferId\": \"t1\"}]}");
        }
        try {
            return ExpectedOutcome.read(expectedFile);
        } catch (IllegalArgumentException e) {
            throw new AssertionFailedError(e.getMessage(), e);
        }
    }
}
