package org.carepathway.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pathway report --html FILE [options] PATH...}: the gap report, one self-contained HTML page for a care
 * system's leaders. Validates like {@code validate} (streaming, on every core, in bounded memory) and adds the
 * outcomes up instead of writing them.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Validates pathways like validate and writes the gap report: one self-contained HTML page (no scripts,"
                    + " nothing fetched from anywhere) with the alerts by rule and severity, a heatmap of failed"
                    + " handovers by provider pair, the providers expected to act (safeguarding first), and the"
                    + " pathways behind each number.",
            "The summary, with the time taken and records/s, goes to stderr."},
        exitCodeOnInvalidInput = PathwayCli.EXIT_USAGE,
        exitCodeOnExecutionException = PathwayCli.EXIT_SOFTWARE,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the report is written and every input was validated",
            "2:the report is written; some input was rejected (the report lists the first ones)",
            "64:usage error, or the report file cannot be written"})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    PathwayCli cli;

    @Option(names = "--html", paramLabel = "FILE", required = true, description = "Write the report to this file.")
    Path html;

    @Mixin
    BatchOptions batchOptions;

    @Override
    public Integer call() {
        BatchOptions.Prepared batch;
        try {
            checkWritable(html);
            batch = batchOptions.prepare(cli);
        } catch (UsageException e) {
            return cli.usageError("report", e);
        }
        GapReport report = new GapReport(batch.validator().catalogue(), new Summary(batch.asOf()));
        Throughput throughput = batch.run(report::add);
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            out.write(GapReportHtml.render(report, batchOptions.paths));
        } catch (IOException e) {
            cli.stderr.println("pathway report: cannot write " + html + ": " + e.getMessage());
            return PathwayCli.EXIT_USAGE;
        }
        cli.stderr.println("pathway report: wrote " + html + "; " + report.summary().timedLine(throughput));
        return report.summary().rejected() > 0 ? PathwayCli.EXIT_REJECTED : PathwayCli.EXIT_OK;
    }

    /** Before hours of validation: the report's folder exists and the file can be written there. */
    private static void checkWritable(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new UsageException("--html " + file + " is a directory; give a file name such as gap-report.html");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("cannot write --html " + file + ": no such directory " + parent);
        }
        if (!Files.isWritable(parent) || Files.exists(file) && !Files.isWritable(file)) {
            throw new UsageException("cannot write --html " + file + ": permission denied");
        }
    }
}
