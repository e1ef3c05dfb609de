package org.carepathway.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the process's standard error is a terminal, the question {@code --progress auto} asks. */
final class Terminal {
    private Terminal() {
    }

    /**
     * Java 17 has no {@code isatty} for one stream, and {@code System.console()} is null as soon as standard input
     * or output is redirected, which is exactly when a batch runs ({@code pathway validate - < in > out}). On
     * Linux, {@code /proc/self/fd/2} names the device standard error is open on; elsewhere the console is the best
     * guess there is.
     */
    static boolean stderrIsTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(stderr)) {
            try {
                String device = Files.readSymbolicLink(stderr).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
