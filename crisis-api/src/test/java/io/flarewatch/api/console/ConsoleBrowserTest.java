package io.flarewatch.api.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.api.notify.HttpReceiver;
import io.flarewatch.api.testing.ApiKeys;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web console in a real headless Chromium against crisis-api on the embedded Kafka and PostgreSQL: a
 * responder signs in, a storm's alert arrives on the board live, is acknowledged and noted; a hostile post stays
 * text; English replaces Polish; a viewer is offered no action. One browser for the whole class, in order.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final String BRAND = ConsoleScene.KURIEREX;
    static final String ALERT = UUID.randomUUID().toString();
    static final String NOTE = "Odpowiadamy na wpisy, infolinia powiadomiona";
    static ConsoleBrowser browser;
    /** The brand's webhook: it refuses the first delivery, so the alert page shows a failed and a sent attempt. */
    static HttpReceiver webhook;

    static String responderKey;
    static String viewerKey;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/console/")
    URL console;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new ConsoleBrowser();
        webhook = new HttpReceiver(0, 1);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    @Order(1)
    void aResponderSignsInAndANewAlertAppearsOnTheBoardWithoutReload() throws Exception {
        ConsoleScene.setUp(bootstrapServers, webhook.url() + "/kurierex");
        responderKey = ApiKeys.create("Anna (dyżur PR)", "responder");
        viewerKey = ApiKeys.create("Ekran w biurze", "viewer");
        ComplaintStorm storm = new ComplaintStorm(BRAND);
        int sent = storm.sendMentions(bootstrapServers);
        ConsoleScene.awaitStoredMentions(BRAND, sent);

        browser.open(console.toString());
        assertEquals(
                "Logowanie", browser.await(By.cssSelector("#signin h1")).getText(), "Polish, the browser's language");
        signIn(responderKey, "anna");
        browser.await(By.cssSelector(".live.on"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.flarewatchSamePage = true;");

        storm.sendAlert(bootstrapServers, ALERT);
        WebElement card = browser.await(By.cssSelector("li.alert-card[data-alert-id='" + ALERT + "']"));
        assertTrue(card.getText().contains("Kurierex"), card.getText());
        assertEquals(
                ALERT,
                browser.all(By.cssSelector("li.alert-card")).get(0).getAttribute("data-alert-id"),
                "the high alert comes before the medium one");
        assertTrue(card.getText().contains("61 wzmianek w 10 min"), card.getText());
        assertEquals(
                true,
                ((JavascriptExecutor) browser.driver()).executeScript("return window.flarewatchSamePage;"),
                "the board updated without a reload");
        browser.screenshot("board-pl", 1280, 720);
    }

    @Test
    @Order(2)
    void theAlertIsAcknowledgedAndNotedAndTheTimelineShowsBoth() {
        browser.await(By.cssSelector("li.alert-card[data-alert-id='" + ALERT + "'] a"))
                .click();
        browser.awaitText(By.id("alert-reason"), "61 wzmianek");
        browser.await(By.cssSelector("#alert-chart svg.chart"));

        browser.await(By.id("action-acknowledge")).click();
        browser.awaitText(By.cssSelector("#timeline li[data-kind='acknowledged']"), "anna");
        browser.await(By.id("note-input")).sendKeys(NOTE);
        browser.await(By.id("action-note")).click();
        browser.awaitText(By.cssSelector("#timeline li[data-kind='note']"), NOTE);
        assertTrue(
                browser.all(By.id("action-acknowledge")).stream().noneMatch(WebElement::isDisplayed),
                "an acknowledged alert cannot be acknowledged again");
        browser.awaitText(By.id("notification-list"), "próba 2");
        String attempts = browser.await(By.id("notification-list")).getText();
        assertTrue(
                attempts.contains("webhook") && attempts.contains("nieudane") && attempts.contains("wysłane"),
                "a refused and a delivered attempt: " + attempts);
        browser.screenshot("alert-pl", 1280, 1700);
        browser.screenshot("alert-phone-pl", 400, 1600);
    }

    @Test
    @Order(3)
    void aHostilePostIsShownAsTextAndRunsNothing() {
        browser.awaitText(By.id("post-list"), ComplaintStorm.HOSTILE_TEXT);
        assertTrue(browser.all(By.cssSelector("#post-list img")).isEmpty(), "no element made from a post");
        assertNoDialog();
    }

    @Test
    @Order(4)
    void switchingToEnglishChangesTheLabels() {
        assertEquals(
                "Oś czasu", browser.await(By.cssSelector("#alert-timeline h2")).getText());
        new Select(browser.await(By.id("lang"))).selectByValue("en");
        browser.awaitText(By.cssSelector("#alert-timeline h2"), "Timeline");
        assertEquals("Alerts", browser.await(By.id("nav-alerts")).getText());
        browser.awaitText(By.id("alert-reason"), "61 mentions in 10 min");
        browser.awaitText(By.cssSelector("#timeline li[data-kind='acknowledged'] .kind"), "acknowledged");
        browser.screenshot("alert-en", 1280, 1700);
        browser.await(By.id("nav-alerts")).click();
        browser.await(By.cssSelector("li.alert-card[data-alert-id='" + ALERT + "']"));
        browser.screenshot("board-en", 1280, 720);
    }

    @Test
    @Order(5)
    void aViewerIsOfferedNoAction() {
        browser.await(By.id("sign-out")).click();
        browser.await(By.id("signin"));
        assertEquals(
                null,
                ((JavascriptExecutor) browser.driver())
                        .executeScript("return sessionStorage.getItem('flarewatch.apiKey');"),
                "signing out forgets the key");
        signIn(viewerKey, "");
        browser.open(console.toString() + "alerts/" + ALERT);
        browser.awaitText(By.id("alert-reason"), "61 mentions");
        browser.awaitText(By.id("timeline"), "Odpowiadamy na wpisy");
        assertTrue(browser.all(By.id("alert-actions")).isEmpty(), "a viewer sees no actions");
        assertTrue(browser.all(By.cssSelector("button[id^='action-']")).isEmpty(), "a viewer sees no action buttons");
        assertNoDialog();
    }

    @Test
    @Order(6)
    void theFeedPagesThroughNegativeMentionsAndShowsTheHostilePostAsText() {
        browser.await(By.id("sign-out")).click();
        signIn(ApiKeys.ADMIN, "admin");
        browser.await(By.id("nav-mentions")).click();
        // The brand list is filled once /brands answers: wait for the option, not only for the element.
        browser.await(By.cssSelector("#m-brand option[value='" + BRAND + "']"));
        new Select(browser.await(By.id("m-brand"))).selectByValue(BRAND);
        new Select(browser.await(By.id("m-sentiment"))).selectByValue("negative");
        browser.await(By.id("mentions-search")).click();
        browser.awaitText(By.id("mention-list"), ComplaintStorm.HOSTILE_TEXT);
        assertTrue(browser.all(By.cssSelector("#mention-list img")).isEmpty(), "no element made from a mention");
        browser.await(By.id("mentions-more"));
        assertEquals(30, browser.all(By.cssSelector("#mention-list li.mention")).size(), "a first page of 30");
        for (int shown : new int[] {60, 61}) {
            browser.await(By.id("mentions-more")).click();
            browser.until(d ->
                    d.findElements(By.cssSelector("#mention-list li.mention")).size() == shown ? true : null);
        }
        browser.until(d -> d.findElement(By.id("mentions-more")).isDisplayed() ? null : true);
        assertNoDialog();
    }

    @Test
    @Order(7)
    void theBrandEditorTriesTheQueryAsItIsTyped() {
        browser.open(console.toString() + "brands/" + BRAND);
        browser.await(By.id("preview-texts")).sendKeys("Kurierex zgubił paczkę\nPaczkomat InPost działa");
        WebElement query = browser.await(By.id("brand-query"));
        query.clear();
        query.sendKeys("kurierex OR paczkomat");
        browser.awaitText(By.id("preview-result"), "2 of 2 match");
        query.sendKeys(" -inpost");
        browser.awaitText(By.id("preview-result"), "1 of 2 match");
        browser.screenshot("brand-editor-en", 1280, 1100);
        new Select(browser.await(By.id("lang"))).selectByValue("pl");
        browser.await(By.id("preview-texts")).sendKeys("Kurierex zgubił paczkę\nPaczkomat InPost działa");
        browser.await(By.id("brand-query")).clear();
        browser.await(By.id("brand-query")).sendKeys("kurierex OR paczkomat -inpost");
        browser.awaitText(By.id("preview-result"), "pasuje 1 z 2");
        browser.screenshot("brand-editor-pl", 1280, 1100);
    }

    @Test
    @Order(8)
    void nothingTheConsoleRanWasRefusedOrFailed() {
        assertEquals(List.of(), browser.scriptProblems(), "script errors or Content-Security-Policy refusals");
    }

    private void signIn(String key, String name) {
        browser.await(By.id("signin-key")).sendKeys(key);
        browser.await(By.id("signin-name")).sendKeys(name);
        browser.await(By.id("signin-submit")).click();
        browser.await(By.id("nav-alerts"));
    }

    private void assertNoDialog() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a script of a post opened a dialog");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
