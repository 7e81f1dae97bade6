package dev.ccp.listing.partner.api;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docs/partner-quick-start.md works as written: every fenced bash block, in order, in one shell, with curl and jq
 * against this application, as a brand with a fresh key and a listing to report would run them.
 */
@QuarkusTest
class PartnerQuickStartTest {
    private static final Path GUIDE = Path.of("../docs/partner-quick-start.md");

    @Test
    void everyCommandOfTheQuickStartRunsAndEndsWithAReportTheBrandCanFollow() throws Exception {
        List<String> blocks = bashBlocks(Files.readAllLines(GUIDE));
        long curls = blocks.stream().flatMap(b -> b.lines()).filter(l -> l.contains("curl ")).count();
        assertThat(curls).as("the guide's curl lines").isGreaterThanOrEqualTo(7);

        TestBrands.Registered brand = TestBrands.registerFresh();
        String reported = submitted(listing(SellerEvents.verifiedSeller(), "Walnut desk organiser", "home", "29.00", 1));
        Path workDir = Files.createTempDirectory("partner-quick-start");
        ProcessBuilder shell = new ProcessBuilder("bash", "-euo", "pipefail", "-c", String.join("\n", blocks))
                .directory(workDir.toFile()).redirectErrorStream(true);
        shell.environment().put("CCP", "http://127.0.0.1:" + RestAssured.port);
        shell.environment().put("CCP_API_KEY", brand.apiKey());
        shell.environment().put("LISTING_ID", reported);
        Process run = shell.start();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the guide finishes").isTrue();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("\"brandId\": \"" + brand.id() + "\"")
                .contains(reported + " QUEUED UNRELATED") // a desk organiser shows nothing of the brand
                .contains("http://127.0.0.1:9999/ccp-hooks ACTIVE")
                .contains("signature valid").contains("refused: signature invalid");
        assertThat(Files.readString(workDir.resolve("listing-service-partner.yaml")))
                .contains("/partner/v1/violation-reports").doesNotContain("/api/v1/");
    }

    @Test
    void theGuideHasNoCommandOutsideTheBlocksTheTestRuns() throws IOException {
        boolean inBash = false;
        boolean inOther = false;
        for (String line : Files.readAllLines(GUIDE)) {
            if (line.startsWith("```")) {
                if (inBash || inOther) {
                    inBash = false;
                    inOther = false;
                } else {
                    inBash = line.equals("```bash");
                    inOther = !inBash;
                }
                continue;
            }
            assertThat(inOther && line.contains("curl")).as("a curl line outside a bash block: %s", line).isFalse();
        }
    }

    private static List<String> bashBlocks(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines) {
            if (block == null && line.equals("```bash")) {
                block = new StringBuilder();
            } else if (block != null && line.startsWith("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
