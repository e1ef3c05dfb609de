package org.carepathway.examples.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carepathway.rules.Severity;

/**
 * The gap report as one HTML page for a care system's leaders: self-contained (inline CSS and SVG, no script, no
 * font, image or style fetched from anywhere, so it works as an email attachment), written for a reader who does
 * not know the rules, and well-formed XML too, so that tests can parse it. Every text from the input is escaped.
 */
final class GapReportHtml {
    /** Rows and columns of the heatmap: the providers with the most failed handovers out and in. */
    static final int HEATMAP_SIZE = 10;
    /** Providers in the chart of providers to act. */
    static final int PROVIDERS_CHARTED = 15;
    /** Rows of the drill-down tables of pairs and providers. */
    static final int TABLE_ROWS = 30;

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);
    private static final Map<Severity, String> SEVERITY_COLOURS = Map.of(Severity.CRITICAL, "#7f0000",
            Severity.HIGH, "#c2410c", Severity.MEDIUM, "#d99a00", Severity.LOW, "#5b7fb0");
    private static final String SAFEGUARDING_COLOUR = "#6a1b9a";
    private static final String OTHER_COLOUR = "#9aa5b1";
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial,"
            + " sans-serif";

    private final GapReport report;
    private final List<String> paths;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private GapReportHtml(GapReport report, List<String> paths) {
        this.report = report;
        this.paths = paths;
    }

    /**
     * The page.
     *
     * @param report the figures
     * @param paths the PATH arguments the figures come from, as given
     */
    static String render(GapReport report, List<String> paths) {
        return new GapReportHtml(report, paths).page();
    }

    private String page() {
        Summary summary = report.summary();
        String asOf = DATE_TIME.format(summary.asOf());
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>Handover gap report, as of ").append(esc(asOf)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        header(summary, asOf);
        keyFigures(summary);
        List<GapReport.RuleTally> rules = report.rulesWithAlerts();
        List<GapReport.PairTally> tablePairs = new ArrayList<>();
        List<GapReport.ProviderTally> providers = report.providers();
        alertsByRule(rules);
        heatmap(tablePairs);
        providersToAct(providers);
        details(rules, tablePairs, providers);
        rejected(summary);
        html.append("<footer><p>Made by carepathway's <code>pathway report</code>. Each pathway is checked on its"
                + " own against the rule catalogue as of ").append(esc(asOf))
                .append("; a time limit counts as missed only once it has passed by then. Counts are of alerts"
                        + " unless a heading says pathways or transfers.</p></footer>\n");
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void header(Summary summary, String asOf) {
        html.append("<header>\n<h1>Where handovers between care providers are failing</h1>\n<p class=\"lede\">")
                .append("A check of ").append(Numbers.grouped(summary.read())).append(" patient pathways")
                .append(" against the handover rules, as of <time datetime=\"").append(summary.asOf()).append("\">")
                .append(esc(asOf)).append("</time>.");
        if (report.firstTransfer() != null) {
            html.append(" The transfers checked are dated ").append(esc(DATE.format(report.firstTransfer())))
                    .append(" to ").append(esc(DATE.format(report.lastTransfer()))).append('.');
        }
        html.append("</p>\n<p class=\"sources\">Records read from: ")
                .append(paths.stream().map(p -> "<code>" + esc(p.equals(Inputs.STDIN) ? "standard input" : p)
                        + "</code>").collect(Collectors.joining(", ")))
                .append("</p>\n<nav><a href=\"#alerts-by-rule\">Gaps by rule</a> · <a href=\"#heatmap\">Handovers"
                        + " by provider pair</a> · <a href=\"#providers\">Providers to act</a> · <a href=\"#details\">"
                        + "The pathways behind each number</a>")
                .append(summary.rejected() > 0 ? " · <a href=\"#rejected\">Records that could not be checked</a>"
                        : "")
                .append("</nav>\n</header>\n");
    }

    private void keyFigures(Summary summary) {
        html.append("<section id=\"overview\">\n<h2>At a glance</h2>\n<div class=\"figures\">\n");
        figure(Numbers.grouped(summary.validated()), "pathways checked",
                summary.rejected() == 0 ? "every record could be read"
                        : Numbers.grouped(summary.rejected()) + " more could not be read (see the end)");
        figure(Numbers.grouped(report.transfers()), "transfers between providers", "admissions, discharges and moves");
        figure(Numbers.percent(report.transfersWithAlert(), report.transfers()), "of transfers had a gap",
                Numbers.grouped(report.transfersWithAlert()) + " transfers with at least one alert");
        long total = summary.alerts().values().stream().mapToLong(Long::longValue).sum();
        figure(Numbers.grouped(total), "alerts", summary.alerts().entrySet().stream()
                .map(e -> Numbers.grouped(e.getValue()) + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
        html.append("</div>\n<p class=\"note\">Severity: <b>critical</b> needs action today (a patient may be"
                + " unsafe now); <b>high</b> is a missed legal or contractual duty; <b>medium</b> is a handover that"
                + " fell short; <b>low</b> is a record to put right.</p>\n</section>\n");
    }

    private void figure(String number, String label, String detail) {
        html.append("<div class=\"figure\"><span class=\"number\">").append(esc(number))
                .append("</span><span class=\"label\">").append(esc(label)).append("</span><span class=\"detail\">")
                .append(esc(detail)).append("</span></div>\n");
    }

    /** Chart 1: a bar per rule, coloured by severity, each bar a link to its row of the table. */
    private void alertsByRule(List<GapReport.RuleTally> rules) {
        if (!section("alerts-by-rule", "1. Which gaps are found most", "Each bar is one check and its length the"
                + " number of alerts it raised; the colour is how urgent it is. Select a bar for the pathways behind"
                + " it.", rules.isEmpty(), "No alerts: every pathway checked met every rule.")) {
            return;
        }
        int row = 28;
        int labelWidth = 520;
        int barWidth = 330;
        int height = rules.size() * row + 40;
        long max = rules.stream().mapToLong(r -> r.alerts).max().orElse(1);
        svgStart("alerts-by-rule-chart", 960, height, "Number of alerts by rule, coloured by severity");
        for (int i = 0; i < rules.size(); i++) {
            GapReport.RuleTally rule = rules.get(i);
            int y = i * row;
            long width = Math.max(2, Math.round((double) rule.alerts / max * barWidth));
            html.append("<a href=\"#rule-").append(i).append("\"><g>")
                    .append("<title>").append(esc(rule.rule.id() + ": " + rule.rule.title() + " — "
                            + Numbers.grouped(rule.alerts) + " alerts")).append("</title>")
                    .append(text(labelWidth - 8, y + 18, "end", 13, "#1f2933",
                            shorten(rule.rule.title(), 58) + " (" + rule.rule.id() + ")"))
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 5).append("\" width=\"")
                    .append(width).append("\" height=\"").append(row - 10).append("\" fill=\"")
                    .append(SEVERITY_COLOURS.get(rule.rule.severity())).append("\"/>")
                    .append(text(labelWidth + width + 6, y + 18, "start", 13, "#1f2933",
                            Numbers.grouped(rule.alerts)))
                    .append("</g></a>\n");
        }
        int legendY = rules.size() * row + 20;
        int x = labelWidth;
        for (Severity severity : Severity.values()) {
            swatch(x, legendY, SEVERITY_COLOURS.get(severity), severity.name().toLowerCase(Locale.ROOT));
            x += 90;
        }
        html.append(text(labelWidth - 8, legendY, "end", 12, "#52606d", "Number of alerts →"));
        html.append("</svg>\n</section>\n");
    }

    /** Chart 2: from-provider rows, to-provider columns, the share of transfers with an alert in each cell. */
    private void heatmap(List<GapReport.PairTally> tablePairs) {
        List<GapReport.PairTally> pairs = report.pairs();
        List<String> rows = topProviders(pairs, p -> p.from);
        List<String> columns = topProviders(pairs, p -> p.to);
        Map<String, GapReport.PairTally> byKey = pairs.stream()
                .collect(Collectors.toMap(p -> p.from + "\u0000" + p.to, p -> p));
        Set<GapReport.PairTally> listed = new LinkedHashSet<>(
                pairs.stream().filter(p -> p.withAlert > 0).sorted(GapReport.MOST_FAILED_FIRST).limit(TABLE_ROWS)
                        .toList());
        for (String from : rows) {
            for (String to : columns) {
                GapReport.PairTally pair = byKey.get(from + "\u0000" + to);
                if (pair != null && pair.withAlert > 0) {
                    listed.add(pair);
                }
            }
        }
        tablePairs.addAll(listed.stream().sorted(GapReport.MOST_FAILED_FIRST).toList());
        if (!section("heatmap", "2. Where handovers between providers fail", "Each row is the provider a patient"
                + " left, each column the one they went to. A cell shows the share of those transfers that had at"
                + " least one alert, and how many transfers that is; the darker the red, the more often that handover"
                + " fails. Grey cells had no transfers. The rows and columns are the " + HEATMAP_SIZE + " providers"
                + " with the most failed handovers out and in; select a cell for the pathways behind it.",
                rows.isEmpty(), "No transfers had an alert.")) {
            return;
        }
        int labelWidth = 250;
        int top = 170;
        int cellWidth = 68;
        int cellHeight = 40;
        int width = labelWidth + columns.size() * cellWidth + 150; // room for the last column's slanted name
        int height = top + rows.size() * cellHeight + 60;
        svgStart("heatmap-chart", width, height,
                "Share of transfers with an alert, by the provider left (rows) and the provider joined (columns)");
        html.append(text(labelWidth - 8, top - 8, "end", 12, "#52606d", "From ↓   To →"));
        for (int c = 0; c < columns.size(); c++) {
            int x = labelWidth + c * cellWidth + cellWidth / 2;
            html.append("<text x=\"").append(x).append("\" y=\"").append(top - 8)
                    .append("\" font-size=\"12\" fill=\"#1f2933\" transform=\"rotate(-40 ").append(x).append(' ')
                    .append(top - 8).append(")\">").append(esc(shorten(report.nameOf(columns.get(c)), 26)))
                    .append("</text>\n");
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = top + r * cellHeight;
            html.append(text(labelWidth - 8, y + cellHeight / 2 + 4, "end", 12, "#1f2933",
                    shorten(report.nameOf(rows.get(r)), 34)));
            for (int c = 0; c < columns.size(); c++) {
                int x = labelWidth + c * cellWidth;
                GapReport.PairTally pair = byKey.get(rows.get(r) + "\u0000" + columns.get(c));
                if (pair == null) {
                    html.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                            .append(cellWidth - 2).append("\" height=\"").append(cellHeight - 2)
                            .append("\" fill=\"#eceff1\"/>\n");
                    continue;
                }
                String share = Numbers.percent(pair.withAlert, pair.transfers);
                String ink = pair.share() > 0.5 ? "#ffffff" : "#1f2933";
                String cell = "<title>" + esc(report.nameOf(pair.from) + " → " + report.nameOf(pair.to) + ": "
                        + share + " of " + Numbers.grouped(pair.transfers) + " transfers had an alert") + "</title>"
                        + "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + (cellWidth - 2) + "\" height=\""
                        + (cellHeight - 2) + "\" fill=\"" + heat(pair.share()) + "\"/>"
                        + text(x + cellWidth / 2 - 1, y + 17, "middle", 13, ink, share)
                        + text(x + cellWidth / 2 - 1, y + 32, "middle", 10, ink,
                                Numbers.grouped(pair.withAlert) + " of " + Numbers.grouped(pair.transfers));
                int index = tablePairs.indexOf(pair);
                if (index >= 0) {
                    html.append("<a href=\"#pair-").append(index).append("\"><g>").append(cell).append("</g></a>\n");
                } else {
                    html.append("<g>").append(cell).append("</g>\n");
                }
            }
        }
        int legendY = top + rows.size() * cellHeight + 30;
        html.append(text(labelWidth - 8, legendY, "end", 12, "#52606d", "Share of transfers with an alert:"));
        for (int i = 0; i <= 4; i++) {
            int x = labelWidth + i * 60;
            html.append("<rect x=\"").append(x).append("\" y=\"").append(legendY - 12).append("\" width=\"56\"")
                    .append(" height=\"16\" fill=\"").append(heat(i / 4.0)).append("\"/>")
                    .append(text(x + 28, legendY + 18, "middle", 11, "#52606d", (i * 25) + "%"));
        }
        html.append("</svg>\n");
        note(report.transfersOfUntrackedPairs(), " transfers between pairs beyond the first "
                + Numbers.grouped(GapReport.MAX_PAIRS) + " pairs are counted in the totals but not in this chart.");
        html.append("</section>\n");
    }

    /** The providers with the most transfers with an alert on one side of the pair. */
    private static List<String> topProviders(List<GapReport.PairTally> pairs,
            Function<GapReport.PairTally, String> side) {
        Map<String, Long> failed = pairs.stream().filter(p -> p.withAlert > 0)
                .collect(Collectors.groupingBy(side, Collectors.summingLong(p -> p.withAlert)));
        return failed.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(HEATMAP_SIZE).map(Map.Entry::getKey).toList();
    }

    /** Chart 3: the providers alerts expect to act, safeguarding alerts first. */
    private void providersToAct(List<GapReport.ProviderTally> providers) {
        List<GapReport.ProviderTally> charted = providers.stream().limit(PROVIDERS_CHARTED).toList();
        if (!section("providers", "3. Which providers are expected to act", "Every alert names the provider"
                + " expected to put it right (for a transfer, usually the one that sent the patient). Providers with"
                + " safeguarding alerts come first, as those are about people who may be at risk of abuse or neglect;"
                + " then the most alerts. Purple is safeguarding, grey every other alert.", charted.isEmpty(),
                "No alert named a provider.")) {
            return;
        }
        int row = 28;
        int labelWidth = 330;
        int barWidth = 420;
        long max = charted.stream().mapToLong(p -> p.alerts).max().orElse(1);
        svgStart("providers-chart", 960, charted.size() * row + 40,
                "Alerts by the provider expected to act, safeguarding alerts first");
        for (int i = 0; i < charted.size(); i++) {
            GapReport.ProviderTally provider = charted.get(i);
            int y = i * row;
            long safeguarding = Math.round((double) provider.safeguarding / max * barWidth);
            long other = Math.round((double) (provider.alerts - provider.safeguarding) / max * barWidth);
            html.append("<a href=\"#provider-").append(i).append("\"><g>")
                    .append("<title>").append(esc(report.nameOf(provider.id) + " (" + provider.id + "): "
                            + Numbers.grouped(provider.safeguarding) + " safeguarding alerts, "
                            + Numbers.grouped(provider.alerts) + " alerts in all")).append("</title>")
                    .append(text(labelWidth - 8, y + 18, "end", 13, "#1f2933",
                            shorten(report.nameOf(provider.id), 34) + " (" + provider.id + ")"))
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 5).append("\" width=\"")
                    .append(safeguarding).append("\" height=\"").append(row - 10).append("\" fill=\"")
                    .append(SAFEGUARDING_COLOUR).append("\"/>")
                    .append("<rect x=\"").append(labelWidth + safeguarding).append("\" y=\"").append(y + 5)
                    .append("\" width=\"").append(other).append("\" height=\"").append(row - 10)
                    .append("\" fill=\"").append(OTHER_COLOUR).append("\"/>")
                    .append(text(labelWidth + safeguarding + other + 6, y + 18, "start", 13, "#1f2933",
                            Numbers.grouped(provider.alerts) + " alerts" + (provider.safeguarding > 0
                                    ? " (" + Numbers.grouped(provider.safeguarding) + " safeguarding)" : "")))
                    .append("</g></a>\n");
        }
        int legendY = charted.size() * row + 20;
        swatch(labelWidth, legendY, SAFEGUARDING_COLOUR, "safeguarding alerts");
        swatch(labelWidth + 160, legendY, OTHER_COLOUR, "other alerts");
        html.append("</svg>\n");
        note(report.alertsOfUntrackedProviders(), " alerts for providers beyond the first "
                + Numbers.grouped(GapReport.MAX_PROVIDERS) + " are counted in the totals but not here.");
        html.append("</section>\n");
    }

    /** The tables the charts link to: each number with the first pathways behind it. */
    private void details(List<GapReport.RuleTally> rules, List<GapReport.PairTally> pairs,
            List<GapReport.ProviderTally> providers) {
        html.append("<section id=\"details\">\n<h2>4. The pathways behind each number</h2>\n<p>For each number"
                + " above, the first ").append(GapReport.SAMPLES).append(" pathways behind it (open a list to see"
                + " them), by pathway id and where the record was read (file and line), and how many more there"
                + " are. Give these to the teams who hold the records.</p>\n");
        html.append("<h3 id=\"by-rule\">By rule</h3>\n<table>\n<thead><tr><th>Rule</th><th>Severity</th>"
                + "<th class=\"n\">Alerts</th><th class=\"n\">Pathways</th><th>Pathways (first ")
                .append(GapReport.SAMPLES).append(")</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < rules.size(); i++) {
            GapReport.RuleTally rule = rules.get(i);
            html.append("<tr id=\"rule-").append(i).append("\"><td><b>").append(esc(rule.rule.title()))
                    .append("</b> <span class=\"id\">").append(esc(rule.rule.id())).append("</span><br/><span")
                    .append(" class=\"guidance\">").append(esc(rule.rule.guidance())).append("</span></td><td>")
                    .append("<span class=\"sev\" style=\"background:").append(SEVERITY_COLOURS.get(rule.rule.severity()))
                    .append("\">").append(rule.rule.severity().name().toLowerCase(Locale.ROOT)).append("</span></td>")
                    .append("<td class=\"n\">").append(Numbers.grouped(rule.alerts)).append("</td><td class=\"n\">")
                    .append(Numbers.grouped(rule.pathways.total())).append("</td><td>");
            samples(rule.pathways);
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        html.append("<h3 id=\"by-pair\">By provider pair</h3>\n<table>\n<thead><tr><th>From</th><th>To</th>"
                + "<th class=\"n\">Transfers</th><th class=\"n\">With an alert</th><th class=\"n\">Share</th>"
                + "<th>Pathways (first ").append(GapReport.SAMPLES).append(")</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < pairs.size(); i++) {
            GapReport.PairTally pair = pairs.get(i);
            html.append("<tr id=\"pair-").append(i).append("\"><td>").append(provider(pair.from)).append("</td><td>")
                    .append(provider(pair.to)).append("</td><td class=\"n\">").append(Numbers.grouped(pair.transfers))
                    .append("</td><td class=\"n\">").append(Numbers.grouped(pair.withAlert))
                    .append("</td><td class=\"n\">").append(Numbers.percent(pair.withAlert, pair.transfers))
                    .append("</td><td>");
            samples(pair.pathways);
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        long pairsWithAlerts = report.pairs().stream().filter(p -> p.withAlert > 0).count();
        note(pairsWithAlerts - pairs.size(), " more provider pairs had a transfer with an alert.");
        List<GapReport.ProviderTally> listed = providers.stream().limit(TABLE_ROWS).toList();
        html.append("<h3 id=\"by-provider\">By provider expected to act</h3>\n<table>\n<thead><tr><th>Provider</th>"
                + "<th class=\"n\">Safeguarding alerts</th><th class=\"n\">Alerts</th><th class=\"n\">Pathways</th>"
                + "<th>Pathways (first ").append(GapReport.SAMPLES).append(")</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < listed.size(); i++) {
            GapReport.ProviderTally provider = listed.get(i);
            html.append("<tr id=\"provider-").append(i).append("\"><td>").append(provider(provider.id))
                    .append("</td><td class=\"n\">").append(Numbers.grouped(provider.safeguarding))
                    .append("</td><td class=\"n\">").append(Numbers.grouped(provider.alerts))
                    .append("</td><td class=\"n\">").append(Numbers.grouped(provider.pathways.total()))
                    .append("</td><td>");
            samples(provider.pathways);
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        note(providers.size() - listed.size(), " more providers were named by an alert.");
        html.append("</section>\n");
    }

    private void rejected(Summary summary) {
        if (summary.rejected() == 0) {
            return;
        }
        html.append("<section id=\"rejected\">\n<h2>Records that could not be checked</h2>\n<p>")
                .append(Numbers.grouped(summary.rejected()))
                .append(" records were not valid pathways and are in none of the figures above. The first ")
                .append(report.rejectedShown().size()).append(" with their first problem (run <code>pathway validate"
                        + "</code> on them for every problem):</p>\n<ul class=\"rejected\">\n");
        for (String line : report.rejectedShown()) {
            html.append("<li><code>").append(esc(line)).append("</code></li>\n");
        }
        html.append("</ul>\n");
        note(summary.rejected() - report.rejectedShown().size(), " more records could not be checked.");
        html.append("</section>\n");
    }

    /**
     * Opens a chart's section with its heading and what the chart means; when there is nothing to chart, says so
     * and closes it.
     *
     * @return whether the chart follows
     */
    private boolean section(String id, String heading, String explanation, boolean empty, String emptyMessage) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n<p>")
                .append(esc(explanation)).append("</p>\n");
        if (empty) {
            html.append("<p class=\"empty\">").append(esc(emptyMessage)).append("</p>\n</section>\n");
        }
        return !empty;
    }

    /** A note under a chart or table, like "12 more providers ...", when the count is above zero. */
    private void note(long count, String rest) {
        if (count > 0) {
            html.append("<p class=\"note\">").append(Numbers.grouped(count)).append(esc(rest)).append("</p>\n");
        }
    }

    /** A legend entry: a coloured square and what it stands for. */
    private void swatch(int x, int y, String colour, String label) {
        html.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\"")
                .append(" fill=\"").append(colour).append("\"/>")
                .append(text(x + 16, y, "start", 12, "#52606d", label));
    }

    /**
     * The first pathways behind a number, folded in a {@code details} element (HTML's own, no script) so that
     * the tables stay short enough to read and a reader opens the list they need.
     */
    private void samples(GapReport.Samples samples) {
        html.append("<details><summary>").append(samples.more() > 0
                ? "the first " + samples.first().size() + " of " + Numbers.grouped(samples.total()) + " pathways"
                : samples.total() == 1 ? "the pathway" : "the " + samples.total() + " pathways")
                .append("</summary>");
        List<String> items = new ArrayList<>();
        for (GapReport.Sample sample : samples.first()) {
            items.add("<code>" + esc(sample.pathwayId() == null ? "(no id)" : sample.pathwayId())
                    + "</code> <span class=\"src\">(" + esc(sample.source()) + ")</span>");
        }
        html.append(String.join("; ", items));
        if (samples.more() > 0) {
            html.append("; <span class=\"more\">and ").append(Numbers.grouped(samples.more()))
                    .append(" more</span>");
        }
        html.append("</details>");
    }

    private String provider(String id) {
        return esc(report.nameOf(id)) + " <span class=\"id\">" + esc(id) + "</span>";
    }

    private void svgStart(String id, int width, int height, String label) {
        html.append("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"").append(esc(FONT)).append("\" aria-label=\"").append(esc(label))
                .append("\">\n<title>").append(esc(label)).append("</title>\n");
    }

    private static String text(long x, long y, String anchor, int size, String fill, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" fill=\"" + fill + "\">" + esc(content) + "</text>";
    }

    /** From a pale cream at 0% to a dark red at 100%. */
    private static String heat(double share) {
        double s = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(255 + (153 - 255) * s);
        int g = (int) Math.round(247 + (0 - 247) * s);
        int b = (int) Math.round(236 + (13 - 236) * s);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    /** Escapes text for HTML content and attribute values alike. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters are not allowed in HTML (nor XML) text
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final String STYLE = """

            :root { color-scheme: light; }
            body { margin: 0; background: #f5f7fa; color: #1f2933; font: 15px/1.5 %s; }
            main { max-width: 1000px; margin: 0 auto; padding: 24px 24px 48px; background: #ffffff; }
            h1 { font-size: 28px; margin: 0 0 8px; }
            h2 { font-size: 21px; margin: 36px 0 8px; border-top: 2px solid #e4e7eb; padding-top: 18px; }
            h3 { font-size: 17px; margin: 24px 0 8px; }
            .lede { font-size: 17px; margin: 0 0 6px; }
            .sources, .note, footer { color: #52606d; font-size: 13px; }
            nav { margin-top: 10px; font-size: 14px; }
            a { color: #0b5cad; }
            .figures { display: flex; flex-wrap: wrap; gap: 12px; }
            .figure { flex: 1 1 200px; border: 1px solid #e4e7eb; border-radius: 6px; padding: 12px 14px; }
            .figure .number { display: block; font-size: 30px; font-weight: 700; }
            .figure .label { display: block; font-weight: 600; }
            .figure .detail { display: block; color: #52606d; font-size: 13px; }
            svg.chart { display: block; max-width: 100%%; height: auto; margin: 12px 0; }
            svg.chart a:hover rect { opacity: 0.8; }
            table { border-collapse: collapse; width: 100%%; font-size: 13px; margin: 8px 0 16px; }
            th, td { border-bottom: 1px solid #e4e7eb; padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #f0f4f8; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            tr:target { background: #fff4c2; }
            .id { color: #52606d; font-size: 12px; }
            .guidance { color: #52606d; font-size: 12px; }
            .src { color: #52606d; font-size: 12px; }
            .more { font-style: italic; color: #52606d; }
            summary { cursor: pointer; color: #0b5cad; }
            details[open] { font-size: 12px; }
            .sev { color: #ffffff; border-radius: 3px; padding: 1px 6px; font-size: 12px; }
            .empty { font-style: italic; }
            ul.rejected { font-size: 13px; }
            @media print { body { background: #ffffff; } main { padding: 0; } }
            """.formatted(FONT);
}
