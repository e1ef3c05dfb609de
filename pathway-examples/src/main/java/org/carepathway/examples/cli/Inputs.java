package org.carepathway.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns the PATH arguments into documents, one per pathway, in input order: a {@code .json} file is one
 * document, and so is an {@code .xml} file (a FHIR Bundle) named as a PATH; each non-blank line of an {@code .ndjson} file or of stdin ({@code -}) is one; a directory holds every
 * {@code .json} and {@code .ndjson} file below it, in lexicographic order of their relative paths, hidden files
 * and directories left out. A document that cannot be read carries the reason instead of text.
 */
final class Inputs {
    /** The PATH that means standard input. */
    static final String STDIN = "-";

    /**
     * One pathway's worth of input.
     *
     * @param source where it came from, as the results name it ({@code file.ndjson:3}, {@code -:1})
     * @param text the JSON text, or null when it could not be read
     * @param problem why it could not be read, or null
     */
    record Document(String source, String text, String problem) {
        static Document of(String source, String text) {
            return new Document(source, text, null);
        }

        static Document unreadable(String source, String problem) {
            return new Document(source, null, problem);
        }
    }

    /** A PATH argument, checked to exist. */
    private sealed interface Given permits StdinGiven, FileGiven, DirectoryGiven {
    }

    private record StdinGiven() implements Given {
    }

    private record FileGiven(Path path, boolean ndjson) implements Given {
    }

    private record DirectoryGiven(Path path) implements Given {
    }

    /** A file found in a directory, or an entry that could not be visited. */
    private record Found(Path path, String sortKey, IOException failure) {
    }

    private final List<Given> given;
    private final InputStream stdin;
    /** Bytes read so far, for progress; touched only by the thread that calls {@link #forEach}. */
    private volatile long bytesRead;

    private Inputs(List<Given> given, InputStream stdin) {
        this.given = given;
        this.stdin = stdin;
    }

    /**
     * Checks every PATH before anything is read.
     *
     * @throws UsageException when a PATH does not exist, cannot be read or is neither a directory nor a
     *     {@code .json} or {@code .ndjson} file
     */
    static Inputs of(List<String> paths, InputStream stdin) {
        List<Given> given = new ArrayList<>();
        for (String argument : paths) {
            if (argument.equals(STDIN)) {
                given.add(new StdinGiven());
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                throw new UsageException("cannot read PATH '" + argument + "': " + e.getMessage(), e);
            }
            if (!Files.exists(path)) {
                throw new UsageException("cannot read PATH '" + argument + "': no such file or directory");
            }
            if (!Files.isReadable(path)) {
                throw new UsageException("cannot read PATH '" + argument + "': permission denied");
            }
            if (Files.isDirectory(path)) {
                given.add(new DirectoryGiven(path));
            } else if (isJson(path) || isXml(path)) {
                given.add(new FileGiven(path, false));
            } else if (isNdjson(path)) {
                given.add(new FileGiven(path, true));
            } else {
                throw new UsageException("cannot read PATH '" + argument + "': expected a .json file, an .ndjson"
                        + " file, an .xml file (a FHIR Bundle), a directory or - (standard input)");
            }
        }
        return new Inputs(List.copyOf(given), stdin);
    }

    /**
     * The total size in bytes of everything {@link #forEach} will read, or -1 when it cannot be known beforehand
     * (standard input is among the PATHs).
     */
    long totalBytes() {
        long total = 0;
        for (Given g : given) {
            if (g instanceof StdinGiven) {
                return -1;
            } else if (g instanceof FileGiven file) {
                total += sizeOf(file.path());
            } else if (g instanceof DirectoryGiven directory) {
                for (Found found : walk(directory.path())) {
                    total += found.failure() == null ? sizeOf(found.path()) : 0;
                }
            }
        }
        return total;
    }

    /** Bytes read so far by {@link #forEach}, whole files and NDJSON in blocks: how far through the input it is. */
    long bytesRead() {
        return bytesRead;
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0; // reported as that file's result when it is read
        }
    }

    /** Reads the documents in input order, handing each to {@code sink} as soon as it is read. */
    void forEach(Consumer<Document> sink) {
        for (Given g : given) {
            if (g instanceof StdinGiven) {
                readLines(stdin, STDIN, sink);
            } else if (g instanceof FileGiven file) {
                readFile(file.path(), file.ndjson(), sink);
            } else if (g instanceof DirectoryGiven directory) {
                for (Found found : walk(directory.path())) {
                    if (found.failure() != null) {
                        sink.accept(Document.unreadable(found.path().toString(),
                                "cannot read " + found.path() + ": " + describe(found.failure())));
                    } else {
                        readFile(found.path(), isNdjson(found.path()), sink);
                    }
                }
            }
        }
    }

    private void readFile(Path path, boolean ndjson, Consumer<Document> sink) {
        String source = path.toString();
        if (ndjson) {
            try (InputStream in = Files.newInputStream(path)) {
                readLines(in, source, sink);
            } catch (IOException e) {
                // opening failed; failures while reading are reported line by line
                sink.accept(Document.unreadable(source, "cannot read " + source + ": " + describe(e)));
            }
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
            bytesRead += bytes.length;
        } catch (IOException e) {
            sink.accept(Document.unreadable(source, "cannot read " + source + ": " + describe(e)));
            return;
        }
        try {
            sink.accept(Document.of(source, decode(bytes, bytes.length)));
        } catch (CharacterCodingException e) {
            sink.accept(Document.unreadable(source, source + " is not UTF-8 text; save it as UTF-8"));
        }
    }

    /**
     * NDJSON: one document per line, {@code \n} or {@code \r\n} ending; lines that are blank are skipped but
     * counted, so that {@code source:LINE} is the line a text editor shows.
     */
    private void readLines(InputStream raw, String source, Consumer<Document> sink) {
        InputStream in = new BufferedInputStream(new Counting(raw), 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 0;
        boolean more = true;
        while (more) {
            line.reset();
            number++;
            try {
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    line.write(b);
                }
                more = b != -1;
            } catch (IOException e) {
                sink.accept(Document.unreadable(source + ":" + number, "cannot read " + source + " at line "
                        + number + ": " + describe(e)));
                return;
            }
            if (!more && line.size() == 0) {
                return; // the end of the last line, or an empty input
            }
            byte[] bytes = line.toByteArray();
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            String lineSource = source + ":" + number;
            String text;
            try {
                text = decode(bytes, length);
            } catch (CharacterCodingException e) {
                sink.accept(Document.unreadable(lineSource, "line " + number + " is not UTF-8 text"));
                continue;
            }
            if (!text.isBlank()) {
                sink.accept(Document.of(lineSource, text));
            }
        }
    }

    /** Counts the bytes the buffer above it takes from the stream. */
    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }
    }

    /** Strict UTF-8, without a leading byte order mark. */
    private static String decode(byte[] bytes, int length) throws CharacterCodingException {
        int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, length - start))
                .toString();
    }

    /** Every .json and .ndjson file below the directory, in lexicographic order of the relative path. */
    private static List<Found> walk(Path root) {
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // a broken link is visited with the link's own attributes; reading it reports why
                            if (!attrs.isDirectory() && !isHidden(file) && (isJson(file) || isNdjson(file))) {
                                found.add(new Found(file, sortKey(root, file), null));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!(e instanceof FileSystemLoopException) && !isHidden(file)
                                    && (Files.isDirectory(file) || isJson(file) || isNdjson(file))) {
                                found.add(new Found(file, sortKey(root, file), e));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                found.add(new Found(dir, sortKey(root, dir), e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(new Found(root, "", e));
        }
        found.sort(Comparator.comparing(Found::sortKey));
        return found;
    }

    /** The path relative to the root, '/'-separated whatever the platform, so the order is the same everywhere. */
    private static String sortKey(Path root, Path file) {
        Path relative = root.relativize(file);
        StringBuilder key = new StringBuilder();
        for (Path part : relative) {
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(part);
        }
        return key.toString();
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path); // the hidden attribute on Windows
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isJson(Path path) {
        return hasExtension(path, ".json");
    }

    /** A FHIR XML Bundle; read when named as a PATH, not picked up from directories (their .xml may be anything). */
    static boolean isXml(Path path) {
        return hasExtension(path, ".xml");
    }

    static boolean isNdjson(Path path) {
        return hasExtension(path, ".ndjson");
    }

    private static boolean hasExtension(Path path, String extension) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (a broken link, or removed while reading)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
