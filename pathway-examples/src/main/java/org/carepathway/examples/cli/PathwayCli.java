package org.carepathway.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code pathway} command line (SPEC section 4): {@code pathway validate [options] PATH...} and
 * {@code pathway rules [options]}; and, from issue 5, {@code pathway report --html FILE [options] PATH...} (the gap
 * report) and {@code pathway generate --count N} (synthetic pathways).
 *
 * <p>Exit status: {@value #EXIT_USAGE} for a usage error (bad option or value, unreadable PATH, custom rules that
 * do not compile); else {@value #EXIT_REJECTED} when some input was rejected; else {@value #EXIT_ALERTS} when
 * some alert is at or above {@code --fail-on}; else {@value #EXIT_OK}. A custom rule that throws on a pathway
 * makes that pathway's result an error (counted as rejected); only a bug of ours exits with
 * {@value #EXIT_SOFTWARE}.
 *
 * <p>Results go to standard output, UTF-8 whatever the platform's default; messages and logs go to standard
 * error. For tests and embedding, {@link #run(String[], InputStream, PrintStream, PrintStream)} runs one command
 * line against the given streams without exiting.
 */
@Command(name = "pathway",
        mixinStandardHelpOptions = true,
        versionProvider = PathwayCli.Version.class,
        description = "Checks patients' journeys between health and social care providers and reports the alerts"
                + " where the handover fails them.",
        subcommands = {ValidateCommand.class, ReportCommand.class, GenerateCommand.class, RulesCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = PathwayCli.EXIT_USAGE,
        exitCodeOnExecutionException = PathwayCli.EXIT_SOFTWARE,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no input rejected and no alert at or above --fail-on",
            "1:some alert at or above --fail-on",
            "2:some input rejected (its errors are in the results)",
            "64:usage error: bad option or value, unreadable PATH, custom rules that do not compile",
            "70:internal error"})
public final class PathwayCli implements Callable<Integer> {
    /** Every input validated, and no alert at or above {@code --fail-on}. */
    public static final int EXIT_OK = 0;
    /** Some alert is at or above {@code --fail-on}. */
    public static final int EXIT_ALERTS = 1;
    /** Some input was rejected; its errors are in the results. */
    public static final int EXIT_REJECTED = 2;
    /** Usage error (EX_USAGE of sysexits.h). */
    public static final int EXIT_USAGE = 64;
    /** Internal error (EX_SOFTWARE of sysexits.h). */
    public static final int EXIT_SOFTWARE = 70;

    final InputStream stdin;
    final PrintStream stdout;
    final PrintStream stderr;
    final Clock clock;
    /** Whether stderr is a terminal, for {@code --progress auto}: only the real process's stderr can be. */
    final boolean stderrIsTerminal;

    @Spec
    CommandSpec spec;

    /** A command line on the process's standard streams and the system clock. */
    public PathwayCli() {
        this(System.in, System.out, System.err, Clock.systemUTC());
    }

    /**
     * A command line on the given streams.
     *
     * @param stdin read for the PATH {@code -}
     * @param stdout receives the results (written as UTF-8)
     * @param stderr receives messages, and the summary of {@code --format ndjson}
     * @param clock gives "now", the default {@code --as-of}
     */
    public PathwayCli(InputStream stdin, PrintStream stdout, PrintStream stderr, Clock clock) {
        this(stdin, stdout, stderr, clock, false);
    }

    private PathwayCli(InputStream stdin, PrintStream stdout, PrintStream stderr, Clock clock,
            boolean stderrIsTerminal) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.stdout = Objects.requireNonNull(stdout, "stdout");
        this.stderr = Objects.requireNonNull(stderr, "stderr");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stderrIsTerminal = stderrIsTerminal;
    }

    /** Says what is wrong with the command line on stderr, after the command's name; returns the usage status. */
    int usageError(String command, UsageException e) {
        stderr.println("pathway " + command + ": " + e.getMessage());
        return EXIT_USAGE;
    }

    /** {@code pathway} without a subcommand: prints the usage and fails as a usage error. */
    @Override
    public Integer call() {
        stderr.println("pathway: a command is needed: validate, report, generate or rules");
        spec.commandLine().usage(stderr);
        return EXIT_USAGE;
    }

    /**
     * Runs one command line against the given streams, without exiting; returns the exit status.
     *
     * @param args the arguments after {@code pathway}, such as {@code validate --format json file.json}
     * @param stdin read for the PATH {@code -}
     * @param stdout receives the results (written as UTF-8)
     * @param stderr receives messages, and the summary of {@code --format ndjson}
     * @return the exit status
     */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        return commandLine(new PathwayCli(stdin, stdout, stderr, Clock.systemUTC())).execute(args);
    }

    /** The picocli command line for this command, with help and usage messages going to its streams. */
    public static CommandLine commandLine(PathwayCli cli) {
        CommandLine commandLine = new CommandLine(cli);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(cli.stdout, StandardCharsets.UTF_8), true));
        // the same encoding as the messages the commands print on stderr themselves
        commandLine.setErr(new PrintWriter(cli.stderr, true));
        // a bad option: the problem and where to look, not the whole usage text
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine;
    }

    /**
     * The {@code pathway} executable: logs WARN and above to standard error only, keeps standard output for
     * results (UTF-8), and exits with the command's status.
     */
    public static void main(String[] args) {
        // before any logger exists: slf4j-simple reads these when it initialises
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // whatever a library prints to System.out lands on stderr: stdout carries results only
        System.setOut(System.err);
        int status;
        try {
            PathwayCli cli = new PathwayCli(System.in, stdout, System.err, Clock.systemUTC(),
                    Terminal.stderrIsTerminal());
            status = commandLine(cli).execute(args);
        } finally {
            stdout.flush();
        }
        System.exit(status);
    }

    /** The version from the Maven descriptor in the jar, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = PathwayCli.class.getResourceAsStream(
                    "/META-INF/maven/org.carepathway/pathway-examples/pom.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                // fall through to "unknown"
            }
            return new String[] {"pathway " + properties.getProperty("version", "(version unknown)")};
        }
    }
}
