package org.carepathway.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.examples.cli.CliRun.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.carepathway.examples.ExamplePathways;
import org.carepathway.model.PathwayJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Issue 5: the gap report, read back as the well-formed page it is. */
class GapReportTest {
    private static final String AS_OF = SyntheticPathways.AS_OF.toString();

    @TempDir
    Path dir;

    /** The page parsed as XML: it fails here if anything from the input were not escaped. */
    static Document parse(Path html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(html))));
    }

    static List<Element> select(Document page, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The gap report of generated pathways, parsed. */
    private Document reportOf(long seed, int count) throws Exception {
        Path input = BatchTest.generated(dir.resolve("year.ndjson"), seed, count, 0);
        Path html = dir.resolve("gap-report.html");
        pathway("report", "--html", html.toString(), "--as-of", AS_OF, input.toString());
        return parse(html);
    }

    private static long number(String text) {
        return Long.parseLong(text.strip().replace(",", ""));
    }

    @Test
    void should_write_one_self_contained_page_with_three_charts_and_nothing_to_fetch_or_run() throws Exception {
        // given
        Path input = BatchTest.generated(dir.resolve("year.ndjson"), 21, 400, 50);
        Path html = dir.resolve("gap-report.html");

        // when
        CliRun run = pathway("report", "--html", html.toString(), "--as-of", AS_OF, input.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("pathway report: wrote " + html + "; 400 read, 392 validated, 8 rejected")
                .contains("records/s");
        Document page = parse(html);
        assertThat(select(page, "//*[local-name()='svg']")).extracting(svg -> svg.getAttribute("id"))
                .containsExactly("alerts-by-rule-chart", "heatmap-chart", "providers-chart");
        assertThat(select(page, "//script | //link | //img | //iframe | //object | //embed")).isEmpty();
        assertThat(select(page, "//*[@src]")).isEmpty();
        String text = Files.readString(html);
        assertThat(text).doesNotContain("url(").doesNotContain("@import").doesNotContain("http:")
                .doesNotContain("https:").doesNotContain("javascript:");
        Set<String> ids = new HashSet<>();
        select(page, "//*[@id]").forEach(e -> ids.add(e.getAttribute("id")));
        List<Element> links = select(page, "//*[@href]");
        assertThat(links).hasSizeGreaterThan(20);
        for (Element link : links) {
            String href = link.getAttribute("href");
            assertThat(href).as("links stay within the page").startsWith("#");
            assertThat(ids).as("the target of " + href).contains(href.substring(1));
        }
    }

    @Test
    void should_show_the_as_of_date_plain_English_titles_and_the_counts_validate_finds() throws Exception {
        // given
        Path input = BatchTest.generated(dir.resolve("year.ndjson"), 8, 300, 0);
        Path html = dir.resolve("gap-report.html");
        Map<String, Long> expected = new TreeMap<>();
        long transfers = 0;
        for (JsonNode result : pathway("validate", "--format", "ndjson", "--as-of", AS_OF, input.toString()).lines()) {
            result.get("alerts").forEach(a -> expected.merge(a.get("ruleId").asText(), 1L, Long::sum));
        }
        for (String line : Files.readAllLines(input)) {
            transfers += CliRun.JSON.readTree(line).get("transfers").size();
        }

        // when
        pathway("report", "--html", html.toString(), "--as-of", AS_OF, input.toString());

        // then
        Document page = parse(html);
        String text = page.getDocumentElement().getTextContent();
        assertThat(text).contains("as of 31 March 2026, 12:00 UTC").contains("The transfers checked are dated")
                .contains("Red bag incomplete: care home resident sent to hospital without their essentials")
                .contains("NHS England Hospital Transfer Pathway");
        Map<String, Long> shown = new TreeMap<>();
        for (Element row : select(page, "//tr[starts-with(@id, 'rule-')]")) {
            String id = select(page, "//tr[@id='" + row.getAttribute("id") + "']/td[1]/span[@class='id']").get(0)
                    .getTextContent();
            shown.put(id, number(select(page, "//tr[@id='" + row.getAttribute("id") + "']/td[3]").get(0)
                    .getTextContent()));
        }
        assertThat(shown).isEqualTo(expected);
        assertThat(expected).hasSizeGreaterThan(15);
        assertThat(select(page, "//div[@class='figure'][2]/span[@class='number']").get(0).getTextContent())
                .isEqualTo(Numbers.grouped(transfers));
    }

    @Test
    void should_list_the_first_pathways_behind_each_number_and_say_how_many_more() throws Exception {
        // given 300 pathways; when
        Document page = reportOf(4, 300);

        // then: the most frequent rule has more pathways than are listed
        Element first = select(page, "//tr[@id='rule-0']").get(0);
        long pathways = number(select(page, "//tr[@id='rule-0']/td[4]").get(0).getTextContent());
        assertThat(pathways).isGreaterThan(GapReport.SAMPLES);
        assertThat(select(page, "//tr[@id='rule-0']/td[5]/details/code")).hasSize(GapReport.SAMPLES)
                .allSatisfy(code -> assertThat(code.getTextContent()).startsWith("SYN-4-"));
        assertThat(first.getTextContent())
                .contains("the first " + GapReport.SAMPLES + " of " + Numbers.grouped(pathways) + " pathways")
                .contains("and " + Numbers.grouped(pathways - GapReport.SAMPLES) + " more")
                .contains(dir.resolve("year.ndjson") + ":");
        assertThat(select(page, "//tr[starts-with(@id, 'pair-')]")).isNotEmpty();
        assertThat(select(page, "//tr[starts-with(@id, 'provider-')]")).isNotEmpty();
    }

    @Test
    void should_put_providers_with_safeguarding_alerts_first() throws Exception {
        // given 300 pathways; when
        Document page = reportOf(6, 300);

        // then
        List<Long> safeguarding = new ArrayList<>();
        for (Element cell : select(page, "//tr[starts-with(@id, 'provider-')]/td[2]")) {
            safeguarding.add(number(cell.getTextContent()));
        }
        assertThat(safeguarding.get(0)).isPositive();
        assertThat(safeguarding).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void should_escape_everything_that_comes_from_the_input() throws Exception {
        // given: a pathway id, a provider name and a file name with markup in them
        String hostile = PathwayJson.write(ExamplePathways.load(ExamplePathways.RED_BAG))
                .replace("\"PWY-2026-0417\"", "\"<script>alert('id')</script>\"")
                .replace("Meadowbank Care Home", "Meadowbank & <b onclick=\\\"x()\\\">Sons</b>");
        Path input = dir.resolve("a&b <i>.ndjson");
        Files.writeString(input, hostile + "\n{\"id\": \"<img src=x>\"\n", StandardCharsets.UTF_8);
        Path html = dir.resolve("gap-report.html");

        // when
        CliRun run = pathway("report", "--html", html.toString(), "--as-of", ExamplePathways.AS_OF.toString(),
                input.toString());

        // then
        assertThat(run.status()).isEqualTo(PathwayCli.EXIT_REJECTED);
        Document page = parse(html);
        assertThat(select(page, "//script | //img | //b[@onclick] | //i")).isEmpty();
        String text = page.getDocumentElement().getTextContent();
        assertThat(text).contains("<script>alert('id')</script>").contains("Meadowbank & <b onclick=\"x()\">Sons</b>")
                .contains("a&b <i>.ndjson");
        assertThat(Files.readString(html)).contains("&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;");
    }

    @Test
    void should_say_so_when_there_is_no_alert() throws Exception {
        // given
        Path input = dir.resolve("complete.json");
        Files.writeString(input, PathwayJson.write(ExamplePathways.load(ExamplePathways.COMPLETE_HANDOVER)));
        Path html = dir.resolve("gap-report.html");

        // when
        CliRun run = pathway("report", "--html", html.toString(), "--as-of", ExamplePathways.AS_OF.toString(),
                input.toString());

        // then
        assertThat(run.status()).isZero();
        String text = parse(html).getDocumentElement().getTextContent();
        assertThat(text).contains("No alerts: every pathway checked met every rule.")
                .contains("No transfers had an alert.").contains("No alert named a provider.");
    }

    @Test
    void should_exit_64_before_validating_when_the_report_cannot_be_written() throws IOException {
        // given
        Path input = BatchTest.generated(dir.resolve("year.ndjson"), 1, 1, 0);

        // when
        CliRun noFolder = pathway("report", "--html", dir.resolve("no/such/folder/r.html").toString(),
                input.toString());
        CliRun folder = pathway("report", "--html", dir.toString(), input.toString());
        CliRun noHtml = pathway("report", input.toString());

        // then
        assertThat(noFolder.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(noFolder.err()).contains("cannot write --html").contains("no such directory");
        assertThat(folder.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(folder.err()).contains("is a directory");
        assertThat(noHtml.status()).isEqualTo(PathwayCli.EXIT_USAGE);
        assertThat(noHtml.err()).contains("--html");
    }

    @Test
    void should_keep_the_first_samples_and_count_the_rest() {
        // given
        GapReport.Samples samples = new GapReport.Samples();

        // when
        for (int i = 0; i < 25; i++) {
            samples.add(new GapReport.Sample("P" + i, "in.ndjson:" + (i + 1)));
        }

        // then
        assertThat(samples.first()).hasSize(GapReport.SAMPLES).first().isEqualTo(new GapReport.Sample("P0", "in.ndjson:1"));
        assertThat(samples.total()).isEqualTo(25);
        assertThat(samples.more()).isEqualTo(15);
    }
}
