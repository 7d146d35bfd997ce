package dev.paperchat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.app.Config;
import dev.paperchat.app.PaperChat;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.corpus.Source;
import dev.paperchat.index.IngestListener;
import dev.paperchat.server.TestServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page in real headless Chromium (Debian's chromium and chromium-driver) against the
 * real server over an on-disk index of sample papers plus a hostile one.
 */
class ChatPageIT {
    /** As a page's source escapes it: ingest leaves an element out, and reads the escaped one as the text it is. */
    /** A tag no markup of papers is, written escaped: stored as text, which the page must show as text ("<img onerror>" is removed at ingest). */
    static final String XSS_TITLE = "<marquee id=\"xss\"> Hostile Reasoning Paper";
    private static final String XSS_TITLE_ESCAPED = "&lt;marquee id=&quot;xss&quot;&gt; Hostile Reasoning Paper";
    private static final Path SHOTS = Path.of("target", "screenshots");
    @TempDir
    static Path dir;
    private static PaperChat app;
    private static TestServer server;
    @TempDir
    Path browserTemp;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startServer() throws IOException {
        app = new PaperChat(Config.defaults(dir));
        List<Paper> papers = new ArrayList<>();
        List<Paper> sample = SampleCorpus.read(app.reader()).papers();
        // Enough papers for realistic term statistics: the weak-evidence signal weighs rare words.
        sample.stream().filter(p -> p.abstractText().contains("entropy") && p.abstractText().contains("collapse")).forEach(papers::add);
        sample.stream().filter(p -> p.abstractText().contains("entropy") && !papers.contains(p)).limit(6).forEach(papers::add);
        sample.stream().filter(p -> p.title().startsWith("Quiet-STaR")).forEach(papers::add);
        sample.stream().filter(p -> !papers.contains(p)).limit(50).forEach(papers::add);
        papers.add(Paper.of(XSS_TITLE_ESCAPED, "We study reasoning with **hostile **markup and [1] references. <script>window.pwned=2</script> "
                + "Our abstract contains entropy regularisation to test escaping of every field.", List.of(), 3, "2025-01-02",
                "<b>Evil Org</b>", null, new Source("xss.jsonl", 1)));
        app.ingester().ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
        server = new TestServer(Map.of(), app);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopServer() {
        server.close();
        app.close();
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1360,900", "--lang=en-US");
        // Chromium leaves a singleton-socket directory in TMPDIR when the driver ends it; keep those in a directory JUnit removes.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .withEnvironment(Map.of("TMPDIR", browserTemp.toString())).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(server.url("/"));
        wait.until(d -> d.findElement(By.id("status")).getText().contains("papers"));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void screenshot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private WebElement askAndWait(String question) {
        WebElement box = browser.findElement(By.id("question"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.assistant .badges")));
    }

    @Test
    void should_stream_an_answer_with_markers_and_highlight_the_cited_sentence() throws IOException {
        askAndWait("which methods avoid entropy collapse?");
        List<WebElement> markers = browser.findElements(By.cssSelector(".msg.assistant .cite"));
        assertFalse(markers.isEmpty(), "citation markers are buttons");
        assertTrue(browser.findElement(By.cssSelector(".badge.mode")).getText().contains("extractive"));
        screenshot("answer");
        // A listing's day and month without a year ("3 Oct") says so, beside dates that have one.
        List<?> metas = (List<?>) browser.executeScript("return [...document.querySelectorAll('.source .meta')].map(m => m.textContent);");
        List<String> dayAndMonth = metas.stream().map(Object::toString).filter(meta -> meta.matches("\\d{1,2} \\p{Lu}\\p{Ll}{2}\\b.*")).toList();
        assertFalse(dayAndMonth.isEmpty(), metas.toString());
        assertTrue(dayAndMonth.stream().allMatch(meta -> meta.contains("(no year given)")), dayAndMonth.toString());
        assertTrue(metas.stream().map(Object::toString).filter(meta -> meta.matches("\\d{4}-.*")).noneMatch(meta -> meta.contains("no year")), metas.toString());

        WebElement marker = markers.get(markers.size() - 1);
        String n = marker.getAttribute("data-marker");
        marker.click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-source='" + n + "'] mark")));
        assertTrue(mark.isDisplayed());
        Object cited = browser.executeScript("return state.answers[0].citations.map(c => c.sentence);");
        assertTrue(((List<?>) cited).contains(mark.getText()), "the highlighted sentence is a cited one: " + mark.getText());
        assertTrue(browser.findElement(By.cssSelector(".msg.assistant .answer-text")).getText().contains(mark.getText()),
                "and the answer quotes it");
        assertTrue(browser.findElements(By.cssSelector(".badge.weak")).isEmpty(), "the collection covers this question");
        wait.until(ExpectedConditions.attributeContains(mark, "class", "flash"));
        screenshot("sources");
        // Whose sentence it is stays in view: the source's title is pinned at the top of its panel while its abstract scrolls.
        browser.manage().window().setSize(new Dimension(1280, 600));
        marker.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-source='" + n + "'] mark.flash")));
        String titleShown = "const side = document.querySelector('.side').getBoundingClientRect();"
                + " const title = document.querySelector(\"[data-source='\" + arguments[0] + \"'] .title\").getBoundingClientRect();"
                + " return title.top >= side.top - 1 && title.bottom <= side.bottom;";
        screenshot("sources-short-window");
        // The scroll is smooth: the title is in view once it ends.
        wait.until(d -> (Boolean) browser.executeScript(titleShown, n));
        browser.manage().window().setSize(new Dimension(1360, 900));
    }

    @Test
    void should_ask_for_the_api_key_in_the_page_until_it_is_accepted_and_keep_it_for_the_tab() throws IOException {
        try (TestServer keyed = new TestServer(Map.of("api.key", "s3cret"), app)) {
            browser.get(keyed.url("/"));
            wait.until(d -> d.findElement(By.id("status")).getText().contains("papers"));
            WebElement box = browser.findElement(By.id("question"));
            box.sendKeys("which methods avoid entropy collapse?");
            box.sendKeys(Keys.ENTER);
            enterKey("needs its API key", "wrong");
            screenshot("api-key");
            enterKey("was refused", "s3cret");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.assistant .badges")));
            assertFalse(browser.findElements(By.cssSelector(".msg.assistant .cite")).isEmpty(), "answered with the key");

            browser.findElement(By.id("cite-query")).sendKeys("quiet star");
            browser.findElement(By.cssSelector("#cite-form button")).click();
            WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-result .title")));
            assertTrue(result.getText().startsWith("Quiet-STaR"), "the key is kept: no second question");
            assertFalse(browser.findElement(By.id("key-dialog")).isDisplayed());
            assertEquals("s3cret", browser.executeScript("return sessionStorage.getItem('paperchat.apiKey');"));
        }
    }

    @Test
    void should_show_the_refusal_when_the_api_key_dialog_is_cancelled() {
        try (TestServer keyed = new TestServer(Map.of("api.key", "s3cret"), app)) {
            browser.get(keyed.url("/"));
            wait.until(d -> d.findElement(By.id("status")).getText().contains("papers"));
            browser.findElement(By.id("cite-query")).sendKeys("quiet star");
            browser.findElement(By.cssSelector("#cite-form button")).click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-dialog")));
            browser.findElement(By.id("key-cancel")).click();
            wait.until(ExpectedConditions.invisibilityOf(dialog));
            WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cite-results .error-msg")));
            assertEquals("This paperchat server needs its API key. Ask again to enter it.", error.getText());
            assertNull(browser.executeScript("return sessionStorage.getItem('paperchat.apiKey');"));
        }
    }

    /** Looks the text up with the lookup's choice as it stands, and waits for results other than those shown: their text. */
    private String lookUpAgain(String text) {
        String before = browser.findElement(By.id("cite-results")).getText();
        browser.findElement(By.id("cite-query")).clear();
        browser.findElement(By.id("cite-query")).sendKeys(text);
        browser.findElement(By.cssSelector("#cite-form button")).click();
        wait.until(d -> !d.findElement(By.id("cite-results")).getText().equals(before) && d.findElement(By.id("cite-results")).getText().startsWith("Looked up as a"));
        return browser.findElement(By.id("cite-results")).getText();
    }

    private void enterKey(String expectedMessage, String key) {
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("key-message"), expectedMessage));
        WebElement input = browser.findElement(By.id("key-input"));
        assertEquals(input, browser.switchTo().activeElement(), "the key field has the focus");
        input.sendKeys(key);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> !dialog.isDisplayed() || !d.findElement(By.id("key-message")).getText().contains(expectedMessage));
    }

    @Test
    void should_look_up_a_title_and_copy_its_bibtex() throws IOException, InterruptedException {
        browser.findElement(By.id("cite-query")).sendKeys("quiet star");
        browser.findElement(By.cssSelector("#cite-form button")).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-result .title")));
        assertTrue(result.getText().startsWith("Quiet-STaR"));
        browser.findElement(By.cssSelector(".cite-result .copy")).click();
        WebElement bib = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-result pre.bibtex")));
        assertTrue(bib.getText().startsWith("% Incomplete: no author names") && bib.getText().contains("\n@misc{"), bib.getText());
        assertTrue(bib.getText().contains("Quiet-STaR"));
        // A screen reader hears what the button did, whose own label only names the paper.
        wait.until(d -> !d.findElement(By.id("announcer")).getDomProperty("textContent").isEmpty());
        assertTrue(Set.of("BibTeX copied", "Select and copy below").contains(browser.findElement(By.id("announcer")).getDomProperty("textContent")),
                browser.findElement(By.id("announcer")).getDomProperty("textContent"));
        screenshot("lookup");

        // A claim finds the closest sentences, which the reader is asked to read: closeness is not support.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cite-by"))).selectByValue("claim");
        browser.findElement(By.id("cite-query")).clear();
        browser.findElement(By.id("cite-query")).sendKeys("RL always makes reasoning models worse");
        browser.findElement(By.cssSelector("#cite-form button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#cite-results p.muted"), "The closest sentences: read each before citing it for the claim."));
        assertTrue(browser.findElement(By.cssSelector(".cite-result blockquote")).isDisplayed(), "with the sentences themselves");
        // The verdict comes first: whether the paper shown first states the claim as written.
        assertTrue(browser.findElement(By.cssSelector("#cite-results p.verdict")).getText().matches("(?:Stated by “.+”, in the sentence quoted first"
                + "|Not stated as written by any paper found.*)\\."), browser.findElement(By.cssSelector("#cite-results p.verdict")).getText());
        String verdicts = (String) browser.executeScript("const stated = verdict({supported: true, results: [{title: 'Fruit Studies'}]}).textContent;"
                + " const not = verdict({supported: false, results: [{title: 'Fruit Studies', unstated: ['18', 'ten apples']}]}).textContent;"
                + " return stated + ' | ' + not;");
        assertEquals("Stated by “Fruit Studies”, in the sentence quoted first. | Not stated as written by any paper found: “Fruit Studies”"
                + " does not state 18, \u201cten apples\u201d.", verdicts);
        // A tweet typed without its full stop that no title has is looked up as a claim; a topic is not.
        assertEquals(Boolean.TRUE, browser.executeScript("return readsAsClaim(\"RL doesn't teach models new reasoning strategies, it just sharpens what's there\")"));
        assertEquals(Boolean.FALSE, browser.executeScript("return readsAsClaim('reasoning tokens in multimodal models')"));
        assertEquals(Boolean.FALSE, browser.executeScript("return readsAsClaim('Large Language Models are Zero-Shot Reasoners')"),
                "a title in title case, which the collection may not hold");
        assertTrue(browser.findElement(By.cssSelector(".cite-result .row")).getText().contains("closeness"),
                "a claim's figure is its closeness, not a confidence that it is stated");
        // A paper flagged as not stating the claim is on its subject, not at half its likeness.
        String flagged = (String) browser.executeScript("const box = document.createElement('div'); showLookup(box, {found: true, notices: [],"
                + " results: [{id: 'p1', title: 'Fruit Studies', sentence: 'We study 17 fruits.', confidence: 0.5, unstated: ['18']}]}, 'claim');"
                + " return box.querySelector('.row').textContent;");
        assertTrue(flagged.contains("on its subject, not its source") && !flagged.contains("50%"), flagged);
        // Each sentence can be read in its abstract, highlighted there, before it is cited.
        String quoted = browser.findElement(By.cssSelector(".cite-result blockquote")).getText();
        browser.findElement(By.cssSelector(".cite-result details.context summary")).click();
        WebElement inContext = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-result details.context .abstract mark")));
        assertEquals(quoted, inContext.getText());
        assertTrue(browser.findElement(By.cssSelector(".cite-result details.context .abstract")).getText().length() > quoted.length() + 100,
                "the whole abstract around it");
        screenshot("lookup-context");

        // A claim its closest sentence denies says so under that sentence.
        browser.findElement(By.id("cite-query")).clear();
        browser.findElement(By.id("cite-query")).sendKeys("Quiet-STaR does not improve zero-shot accuracy on GSM8K");
        browser.findElement(By.cssSelector("#cite-form button")).click();
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-result .unbacked-note")));
        assertEquals("The cited sentence says it does (\"improve\").", note.getText());
        // A reload keeps the lookup, its text and its results.
        browser.navigate().refresh();
        note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-result .unbacked-note")));
        assertEquals("The cited sentence says it does (\"improve\").", note.getText());
        assertEquals("Quiet-STaR does not improve zero-shot accuracy on GSM8K", browser.findElement(By.id("cite-query")).getAttribute("value"));
        assertEquals("claim", browser.findElement(By.id("cite-by")).getAttribute("value"));

        // A pasted passage: each claim with its own closest sentences.
        browser.findElement(By.id("cite-query")).clear();
        browser.findElement(By.id("cite-query")).sendKeys(dev.paperchat.app.SampleIndex.PASSAGE);
        browser.findElement(By.cssSelector("#cite-form button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#cite-results .cite-claim")).size() == 3);
        List<WebElement> claims = browser.findElements(By.cssSelector("#cite-results .cite-claim"));
        assertEquals("Claim 3: \u201cLow-probability tokens sustain exploration in RL.\u201d", claims.get(2).findElement(By.cssSelector(".claim-text")).getText());
        assertTrue(claims.get(2).findElement(By.cssSelector(".cite-result .title")).getText().startsWith("Low-probability Tokens"));
        assertEquals("The passage holds 3 claims; each sentence is looked up on its own.", browser.findElement(By.cssSelector("#cite-results > p")).getText());
        assertTrue(browser.findElement(By.cssSelector("#cite-results > p.verdict")).getText().matches("\\d of 3 claims are stated by a paper as written.*"),
                "which claims a paper states, at a glance");
        screenshot("passage");
        // A question asked now shows its sources in view, not below the passage's results.
        askAndWait("What is Lp-Reg?");
        wait.until(d -> !d.findElements(By.cssSelector("#sources .source")).isEmpty());
        Number sourcesTop = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#sources .source').getBoundingClientRect().top;");
        assertTrue(sourcesTop.doubleValue() >= 0 && sourcesTop.doubleValue() < 800, "its first source starts at " + sourcesTop + " of 900");

        // Pasted from a PDF with its line break, and looked up with Enter: "en-" and "tropy" are one word to the server.
        browser.findElement(By.id("cite-query")).clear();
        browser.findElement(By.id("cite-query")).sendKeys("The policy en-", Keys.chord(Keys.SHIFT, Keys.ENTER), "tropy collapses in the early training stage");
        assertEquals("The policy en-\ntropy collapses in the early training stage", browser.findElement(By.id("cite-query")).getAttribute("value"));
        browser.findElement(By.id("cite-query")).sendKeys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#cite-results .cite-claim")).isEmpty()
                && !d.findElements(By.cssSelector("#cite-results .cite-result .title")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#cite-results .cite-result .title")).getText().startsWith("The Entropy Mechanism"),
                browser.findElement(By.id("cite-results")).getText());

        // "auto", the default, looks a claim up as a claim, so its wrong figure is caught; a title as a title.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cite-by"))).selectByValue("auto");
        browser.findElement(By.id("cite-query")).clear();
        browser.findElement(By.id("cite-query")).sendKeys("EMPO raises Qwen 2.5 from 30.7% to 58.1%");
        browser.findElement(By.cssSelector("#cite-form button")).click();
        WebElement wrongFigure = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-result .unbacked-note")));
        assertTrue(wrongFigure.getText().contains("58.1"), wrongFigure.getText());
        assertTrue(browser.findElement(By.id("cite-results")).getText().startsWith("Looked up as a claim"), browser.findElement(By.id("cite-results")).getText());
        // A title copied from a reference list ends with a full stop, as a claim does: found nearly whole, it is that title.
        assertTrue(lookUpAgain("The Entropy Mechanism of Reinforcement Learning for Reasoning Language Models.").startsWith("Looked up as a title"),
                browser.findElement(By.id("cite-results")).getText());
        assertTrue(browser.findElement(By.cssSelector("#cite-results .cite-result .title")).getText().startsWith("The Entropy Mechanism"),
                browser.findElement(By.id("cite-results")).getText());
        // A claim typed without its full stop is no title: found as none, it is looked up as the claim it reads as.
        assertTrue(lookUpAgain("entropy minimization improves reasoning without any labels").startsWith("Looked up as a claim"),
                browser.findElement(By.id("cite-results")).getText());
        assertTrue(browser.findElement(By.cssSelector("#cite-results .cite-result .title")).getText().startsWith("Right Question is Already Half"),
                browser.findElement(By.id("cite-results")).getText());
        // One that names its paper finds it as a title too: its figure is still checked, as a claim's.
        assertTrue(lookUpAgain("EMPO raises Qwen 2.5 from 30.7 to 58.1 points").startsWith("Looked up as a claim"),
                browser.findElement(By.id("cite-results")).getText());
        assertTrue(browser.findElement(By.cssSelector(".cite-result .unbacked-note")).getText().contains("58.1"), browser.findElement(By.id("cite-results")).getText());
        // A lookup answered after a newer one is dropped, not shown under the newer query.
        browser.executeScript("const slow = window.fetch; window.fetch = (url, init) => init && String(init.body).includes('quiet star')"
                + " ? new Promise((done) => setTimeout(() => done(slow(url, init)), 1500)) : slow(url, init);");
        for (String query : List.of("quiet star", "The Entropy Mechanism of Reinforcement Learning")) {
            browser.findElement(By.id("cite-query")).clear();
            browser.findElement(By.id("cite-query")).sendKeys(query);
            browser.findElement(By.cssSelector("#cite-form button")).click();
        }
        wait.until(d -> d.findElement(By.id("cite-results")).getText().startsWith("Looked up as a title"));
        Thread.sleep(2_500);
        assertTrue(browser.findElement(By.cssSelector("#cite-results .cite-result .title")).getText().startsWith("The Entropy Mechanism"),
                browser.findElement(By.id("cite-results")).getText());
        // A passage of 9,000 characters goes in a request body: in a URL it was refused past about 6,500.
        String longPassage = (dev.paperchat.app.SampleIndex.PASSAGE + " ").repeat(80).substring(0, 9_000);
        browser.findElement(By.id("cite-query")).clear();
        browser.executeScript("document.getElementById('cite-query').value = arguments[0];", longPassage);
        browser.findElement(By.cssSelector("#cite-form button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#cite-results .cite-claim")).isEmpty() || !d.findElements(By.cssSelector("#cite-results .error-msg")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#cite-results .error-msg")).isEmpty(), browser.findElement(By.id("cite-results")).getText());
    }

    @Test
    void should_show_hostile_markup_as_text_and_run_no_script() throws IOException {
        askAndWait("hostile markup reasoning paper with entropy regularisation");
        browser.findElements(By.cssSelector(".msg.assistant .cite")).forEach(m -> {
            if (browser.findElements(By.xpath("//*[contains(text(), 'Hostile Reasoning Paper')]")).isEmpty()) m.click();
        });
        browser.findElement(By.id("cite-query")).sendKeys("Hostile Reasoning Paper");
        browser.findElement(By.cssSelector("#cite-form button")).click();
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-result .title")));
        assertEquals(XSS_TITLE, title.getText());
        assertTrue(browser.findElements(By.id("xss")).isEmpty(), "no marquee element was created");
        assertNull(browser.executeScript("return window.pwned === undefined ? null : window.pwned;"));
        screenshot("xss");
        String markdown = (String) browser.executeScript("return conversationMarkdown();");
        assertTrue(markdown.contains("&lt;marquee id=") && !markdown.contains("<marquee"), "the export keeps markup as text: " + markdown);
        WebElement answer = browser.findElement(By.cssSelector(".msg.assistant .answer-text"));
        // Stars ingest keeps (no Markdown emphasis, which it reads as its words), which the page's bold would take.
        assertTrue(answer.getText().contains("with **hostile **markup and [1] references."), "a quoted sentence stays as written: " + answer.getText());
        assertTrue(answer.findElements(By.cssSelector("strong")).isEmpty(), "its ** is no bold");
    }

    @Test
    void should_preview_and_show_the_sentence_each_marker_of_one_paper_ends() {
        askAndWait("What does Quiet-STaR do?");
        List<WebElement> markers = browser.findElements(By.cssSelector(".msg.assistant .cite[data-marker='1']"));
        assertTrue(markers.size() >= 2, "an answer about one paper quotes several of its sentences");
        Set<String> previews = new HashSet<>();
        for (WebElement marker : markers) {
            browser.executeScript("arguments[0].focus();", marker);
            previews.add(browser.findElement(By.id("tooltip")).getText());
        }
        assertEquals(markers.size(), previews.size(), "each marker previews its own sentence: " + previews);
        WebElement last = markers.get(markers.size() - 1);
        last.click();
        WebElement flashed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-source='1'] mark.flash")));
        String answer = browser.findElement(By.cssSelector(".msg.assistant .answer-text")).getText();
        String beforeLast = answer.substring(0, answer.lastIndexOf("[1]")).strip();
        assertTrue(beforeLast.endsWith(flashed.getText().strip()), "the last marker shows the sentence it ends: " + flashed.getText());
        assertEquals(1, browser.findElements(By.cssSelector("[data-source='1'] mark.flash")).size(), "and only it");
    }

    @Test
    void should_show_an_error_in_the_conversation_when_the_server_is_gone() throws IOException {
        TestServer doomed = new TestServer(Map.of(), app);
        String port = doomed.url("").replaceFirst(".*:", "");
        browser.get(doomed.url("/"));
        wait.until(d -> d.findElement(By.id("status")).getText().contains("papers"));
        doomed.close();
        WebElement box = browser.findElement(By.id("question"));
        box.sendKeys("entropy collapse");
        box.sendKeys(Keys.ENTER);
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".msg.assistant .error-msg")));
        assertTrue(error.getText().contains("Cannot reach"), error.getText());
        assertTrue(browser.findElement(By.id("send")).isEnabled(), "no frozen spinner: the form is usable again");
        assertEquals("entropy collapse", browser.findElement(By.id("question")).getAttribute("value"), "the question is given back to ask again");
        browser.executeScript("return new Promise((done) => setTimeout(done, 200));");
        assertNotEquals("Searching the collection…", browser.findElement(By.id("announcer")).getText(), "not said after the error");
        screenshot("server-down");
        // The header said so, and sees the server back without another question.
        assertEquals("server unreachable", browser.findElement(By.id("status")).getText());
        try (TestServer back = new TestServer(Map.of("port", port), app)) {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("status")).getText().contains("papers"));
        }
    }

    /**
     * A slow stream is laid out as it comes, as the finished answer will be: a list as a list, not its
     * dashes as text that reflows at the end. A stream cut short gives its question back.
     */
    @Test
    void should_lay_out_a_slow_stream_as_it_comes_and_give_back_the_question_of_a_cut_one() {
        browser.executeScript("""
                const original = window.fetch;
                window.fetch = (path, options) => {
                  if (!String(path).startsWith('/api/ask')) return original(path, options);
                  const events = ['Papers that address this:\\n', '- Clip-Cov: clips steps. [1]\\n', '- Lp-Reg: keeps tokens. [2]'];
                  const encoder = new TextEncoder();
                  let sent = 0;
                  const body = new ReadableStream({ pull(controller) {
                    return new Promise((done) => setTimeout(() => {
                      if (sent < events.length) controller.enqueue(encoder.encode('event: delta\\ndata: ' + JSON.stringify({ text: events[sent++] }) + '\\n\\n'));
                      else controller.error(new TypeError('network error'));
                      done();
                    }, sent < events.length ? 150 : 1500));
                  } });
                  return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
                };""");
        WebElement box = browser.findElement(By.id("question"));
        box.sendKeys("entropy collapse, slowly");
        box.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".msg.assistant .answer-text.typing ul li")).size() == 2);
        WebElement text = browser.findElement(By.cssSelector(".msg.assistant .answer-text"));
        assertFalse(text.getText().contains("- Clip-Cov"), "no dash left as text: " + text.getText());
        assertEquals("Papers that address this:", browser.findElement(By.cssSelector(".msg.assistant .answer-text > p")).getText());
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".msg.assistant .error-msg")));
        assertTrue(error.getText().startsWith("The answer stopped here"), error.getText());
        assertEquals(2, browser.findElements(By.cssSelector(".msg.assistant .answer-text ul li")).size(), "what came stays laid out");
        assertEquals("entropy collapse, slowly", browser.findElement(By.id("question")).getAttribute("value"));
    }

    /** A stopped answer is no part of the conversation, and says so; a question typed and not sent survives a reload. */
    @Test
    void should_give_back_a_stopped_answer_s_question_and_keep_a_draft_through_a_reload() {
        browser.executeScript("""
                const original = window.fetch;
                window.fetch = (path, options) => {
                  if (!String(path).startsWith('/api/ask')) return original(path, options);
                  const encoder = new TextEncoder();
                  const body = new ReadableStream({ start(controller) {
                    controller.enqueue(encoder.encode('event: delta\\ndata: ' + JSON.stringify({ text: 'Papers that address this:\\n' }) + '\\n\\n'));
                    options.signal.addEventListener('abort', () => controller.error(new DOMException('stopped', 'AbortError')));
                  } });
                  return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
                };""");
        WebElement box = browser.findElement(By.id("question"));
        box.sendKeys("entropy collapse, stopped");
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.assistant .answer-text p")));
        browser.findElement(By.id("stop")).click();
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".msg.assistant.stopped .notice")));
        assertTrue(notice.getText().startsWith("Stopped: this answer is not kept in the conversation, and its question is back in the box."), notice.getText());
        assertEquals("entropy collapse, stopped", box.getAttribute("value"));
        assertEquals(0L, browser.executeScript("return state.history.length;"), "follow-ups do not read it");
        browser.findElement(By.cssSelector(".msg.assistant.stopped .ask-again")).click();
        wait.until(d -> d.findElements(By.cssSelector(".msg.user")).size() == 2);
        assertEquals("", box.getAttribute("value"), "asked again, the question leaves the box");
        browser.findElement(By.id("stop")).click();
        wait.until(d -> d.findElements(By.cssSelector(".msg.assistant.stopped")).size() == 2);

        box.clear();
        box.sendKeys("a question typed and not sent");
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("papers"));
        assertEquals("a question typed and not sent", browser.findElement(By.id("question")).getAttribute("value"));
    }

    /** On a touch screen a marker's tap target is 44 px each way, as other controls are, while its box stays a line's height. */
    @Test
    void should_give_a_marker_a_finger_s_target_on_a_touch_screen() {
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("papers"));
        assertEquals(Boolean.TRUE, browser.executeScript("return matchMedia('(pointer: coarse)').matches;"), "a touch screen's pointer");
        askAndWait("which methods avoid entropy collapse?");
        WebElement marker = browser.findElements(By.cssSelector(".msg.assistant .cite")).get(1);
        List<?> reached = (List<?>) browser.executeScript("const m = arguments[0]; m.scrollIntoView({block: 'center'});"
                + " const b = m.getBoundingClientRect(), x = b.left + b.width / 2, y = b.top + b.height / 2;"
                + " return [b.height < 40, ...[[0, -21], [0, 21], [-21, 0], [21, 0]].map(([dx, dy]) => document.elementFromPoint(x + dx, y + dy) === m)];", marker);
        assertEquals(List.of(true, true, true, true, true), reached, "its box a line's height, its target reaching 21 px from its middle each way");
    }

    @Test
    void should_fit_a_narrow_window_and_follow_a_dark_system_theme() throws IOException {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        askAndWait("What is Quiet-STaR?");
        screenshot("dark");
        browser.manage().window().setSize(new Dimension(375, 812));
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertEquals(Boolean.FALSE, overflow, "no horizontal scrolling at a phone's width");
        screenshot("narrow");
        WebElement marker = browser.findElement(By.cssSelector(".msg.assistant .cite"));
        marker.click();
        WebElement back = browser.findElement(By.id("back-to-answer"));
        wait.until(d -> back.isDisplayed());
        // A keyboard is taken to the source with the view, and the way back is its next stop.
        WebElement source = browser.findElement(By.cssSelector("#sources [data-source='" + marker.getAttribute("data-marker") + "'] .title"));
        assertEquals(source, browser.switchTo().activeElement());
        source.sendKeys(Keys.TAB);
        assertEquals(back, browser.switchTo().activeElement());
        back.click();
        wait.until(d -> (Boolean) browser.executeScript("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", marker));
        assertEquals(marker, browser.switchTo().activeElement(), "back at the marker that was clicked");
        assertFalse(back.isDisplayed(), "and the way back is put away");
        // Scrolled back to the answer by hand, the way back goes too: it would cover what it leads to.
        marker.click();
        wait.until(d -> back.isDisplayed() && (Boolean) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.bottom < 0 || r.top > innerHeight;", marker));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", marker);
        wait.until(d -> !back.isDisplayed());
        // Where the question box is pinned over the screen's foot (the page scrolled up, as heading navigation does), the way back
        // stands above it; and it goes once the focus leaves the sources.
        marker.click();
        wait.until(d -> back.isDisplayed());
        browser.executeScript("window.scrollTo(0, 0);");
        String apart = "const b = arguments[0].getBoundingClientRect(), f = document.getElementById('ask-form').getBoundingClientRect();"
                + " return b.bottom <= f.top || b.top >= f.bottom;";
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(apart, back)));
        browser.findElement(By.id("question")).click();
        wait.until(d -> !back.isDisplayed());
        // The way back, moved beside the source, survives the next answer's sources replacing them.
        askAndWait("What is Lp-Reg?");
        assertEquals(1, browser.findElements(By.id("back-to-answer")).size());
        assertTrue(browser.findElements(By.cssSelector(".msg.assistant .error-msg")).isEmpty(), "the second answer came whole");
        String background = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
        assertEquals("rgb(21, 21, 24)", background);
    }

    /** A long answer is read from its start: its question stays in view; on a phone the page scrolls, not a box within it. */
    @Test
    void should_keep_a_long_answer_s_question_in_view_and_scroll_the_page_on_a_phone() {
        String inView = "const r = arguments[0].getBoundingClientRect(), c = arguments[1].getBoundingClientRect();"
                + " return r.top >= Math.max(0, c.top) - 1 && r.top < Math.min(innerHeight, c.bottom);";
        askAndWait("What is Quiet-STaR?");
        askAndWait("which methods avoid entropy collapse?");
        List<WebElement> questions = browser.findElements(By.cssSelector(".msg.user"));
        WebElement conversation = browser.findElement(By.id("conversation"));
        assertEquals(Boolean.TRUE, browser.executeScript(inView, questions.get(1), conversation), "the second question, not the answer's last line");
        assertEquals("2", questions.get(1).getDomAttribute("aria-level"), "each question a heading to go from turn to turn");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertEquals("visible", browser.executeScript("return getComputedStyle(arguments[0]).overflowY;", conversation), "no scrolling box in the page");
        askAndWait("Which papers study test-time scaling?");
        WebElement third = browser.findElements(By.cssSelector(".msg.user")).get(2);
        assertEquals(Boolean.TRUE, browser.executeScript("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom < innerHeight - 100;", third),
                "the page brings the question into view, the start of its answer below it");
    }

    @Test
    void should_answer_thanks_without_a_weak_evidence_badge_and_resolve_the_second_one_of_a_list() {
        askAndWait("which methods avoid entropy collapse?");
        WebElement box = browser.findElement(By.id("question"));
        box.sendKeys("tell me more about the second one", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".msg.assistant .badges")).size() == 2);
        // A list answer cites one sentence a line, in order: its second citation is its second item.
        List<?> ids = (List<?>) browser.executeScript(
                "return [state.answers[0].citations[1].paperId, state.answers[1].citations[0].paperId];");
        assertEquals(ids.get(0), ids.get(1), "the follow-up answers from the list's second paper");
        box.sendKeys("thanks!", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".msg.assistant .badges")).size() == 3);
        List<WebElement> answers = browser.findElements(By.cssSelector(".msg.assistant"));
        assertTrue(answers.get(2).findElements(By.cssSelector(".badge.weak")).isEmpty(), "no evidence was weighed for a courtesy");
        answers.get(2).click();
        assertEquals("This answer cites no source.", browser.findElement(By.cssSelector("#sources p.muted")).getText());
        assertEquals("", browser.findElement(By.id("sources-for")).getText(), "and counts none of none");
    }

    /** The papers retrieved but not cited can be read too, folded below the cited ones. */
    @Test
    void should_fold_the_sources_retrieved_but_not_cited_below_the_cited_ones() {
        askAndWait("What is Lp-Reg?");
        Number cited = (Number) browser.executeScript("return new Set(state.answers[0].citations.map(c => c.marker)).size;");
        Number retrieved = (Number) browser.executeScript("return state.answers[0].sources.length;");
        assertTrue(retrieved.intValue() > cited.intValue(), retrieved + " retrieved, " + cited + " cited");
        WebElement more = browser.findElement(By.cssSelector("#sources details.uncited"));
        assertEquals((retrieved.intValue() - cited.intValue()) + " more retrieved, not cited", more.findElement(By.tagName("summary")).getText());
        assertFalse(more.findElement(By.cssSelector(".source .title")).isDisplayed(), "folded away");
        more.findElement(By.tagName("summary")).click();
        assertTrue(more.findElement(By.cssSelector(".source .title")).isDisplayed());
        assertEquals(retrieved.intValue(), browser.findElements(By.cssSelector("#sources .source")).size());
    }

    /** A BibTeX entry asked for in the chat is a block as written, its marker on the line that names it. */
    @Test
    void should_show_a_bibtex_entry_asked_for_as_a_block() {
        askAndWait("How do I cite Coconut?");
        WebElement block = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".msg.assistant pre.code")));
        assertTrue(block.getText().contains("\n@misc{") && block.getText().contains("  title = {{Training Large Language Models"), block.getText());
        assertFalse(block.getText().contains("```"), "the fence is no part of the entry");
        assertEquals(1, browser.findElements(By.cssSelector(".msg.assistant .cite")).size());
    }

    @Test
    void should_keep_a_question_typed_while_an_answer_streams() {
        // The answer is held back two seconds, as an LLM's would be.
        browser.executeScript("const f = window.fetch; window.fetch = (u, o) => new Promise(r => setTimeout(() => r(f(u, o)), u === '/api/ask' ? 2000 : 0));");
        WebElement box = browser.findElement(By.id("question"));
        box.sendKeys("which methods avoid entropy collapse?", Keys.ENTER);
        box.sendKeys("and what is Quiet-STaR?", Keys.ENTER);
        assertEquals("and what is Quiet-STaR?", box.getAttribute("value"), "the second question is not thrown away");
        assertEquals("An answer is on its way: ask this once it has come, or stop it first (Esc).",
                browser.findElement(By.id("form-problem")).getText(), "and the reader is told why Enter did nothing");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.assistant .badges")));
        assertEquals(1, browser.findElements(By.cssSelector(".msg.user")).size());
        assertFalse(browser.findElement(By.id("form-problem")).isDisplayed(), "which holds no longer once the answer has come");
    }

    @Test
    void should_ask_with_the_sources_field_brought_within_its_range() {
        browser.executeScript("document.getElementById('k').value = '25';");
        askAndWait("which methods avoid entropy collapse?");
        assertEquals("20", browser.findElement(By.id("k")).getAttribute("value"));
        assertTrue(((Number) browser.executeScript("return state.answers[0].sources.length;")).intValue() <= 20);
    }

    @Test
    void should_wrap_a_source_s_bibtex_within_the_panel() throws IOException {
        askAndWait("which methods avoid entropy collapse?");
        browser.findElement(By.cssSelector(".msg.assistant .cite")).click();
        browser.findElement(By.cssSelector(".source .copy")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".source pre.bibtex")));
        Object wide = browser.executeScript("const s = document.querySelector('.side'); return s.scrollWidth > s.clientWidth + 1;");
        assertEquals(Boolean.FALSE, wide, "the entry wraps instead of widening the panel");
        String title = browser.findElement(By.cssSelector(".source .title")).getText();
        assertTrue(title.matches("\\[\\d+] \\S.*"), "a space after the number: " + title);
        screenshot("source-bibtex");
    }

    @Test
    void should_say_in_the_header_that_the_llm_failed_on_the_last_answer_until_it_answers_again() {
        browser.executeScript("document.getElementById('status').textContent = '57 papers · LLM ready';"
                + "finishAnswer(addAssistantMessage(), {answer: 'Clip-Cov clips [1].', mode: 'extractive', covered: true, citations: [], sources: [],"
                + " notices: ['the LLM at http://127.0.0.1:8080/v1 failed: HTTP 500: model crashed; this is the extractive answer instead.'], unsupported: []});");
        assertEquals("57 papers · LLM failed on the last answer", browser.findElement(By.id("status")).getText());
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'Clip-Cov clips [1].', mode: 'llm', model: 'scripted', covered: true,"
                + " citations: [], sources: [], notices: [], unsupported: []});");
        assertEquals("57 papers · LLM ready", browser.findElement(By.id("status")).getText());
        // Any way of failing says so, and an LLM answer tells a header that found the LLM unreachable that it is back.
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'Clip-Cov clips [1].', mode: 'extractive', covered: true, citations: [], sources: [],"
                + " notices: ['the LLM at http://127.0.0.1:8080/v1 gave an empty reply; this is the extractive answer instead.'], unsupported: []});");
        assertEquals("57 papers · LLM failed on the last answer", browser.findElement(By.id("status")).getText());
        browser.executeScript("document.getElementById('status').textContent = '57 papers · LLM unreachable, extractive answers';"
                + "finishAnswer(addAssistantMessage(), {answer: 'Clip-Cov clips [1].', mode: 'llm', model: 'scripted', covered: true,"
                + " citations: [], sources: [], notices: [], unsupported: []});");
        assertEquals("57 papers · LLM ready", browser.findElement(By.id("status")).getText());
    }

    @Test
    void should_give_placeholders_a_readable_contrast() {
        // WCAG's contrast of the placeholder's colour on its field's background (or the page's, when the field has none of its own).
        Object ratio = browser.executeScript("""
                const luminance = (css) => {
                  const [r, g, b] = css.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => v / 255)
                    .map((v) => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                };
                const field = document.getElementById('question');
                let back = getComputedStyle(field).backgroundColor;
                for (let n = field; /rgba\\(0, 0, 0, 0\\)|transparent/.test(back) && n.parentElement; n = n.parentElement) back = getComputedStyle(n.parentElement).backgroundColor;
                const [a, b] = [luminance(getComputedStyle(field, '::placeholder').color), luminance(back)];
                return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);""");
        assertTrue(((Number) ratio).doubleValue() >= 4.5, "placeholder contrast " + ratio);
    }

    @Test
    void should_list_the_papers_found_while_a_slow_model_writes() {
        browser.executeScript("showRetrieved([{number: 1, title: 'Clip-Cov Paper'}, {number: 2, title: 'Lp-Reg Paper'}]);");
        assertEquals("· 2 retrieved; the answer is being written", browser.findElement(By.id("sources-for")).getText());
        assertEquals(List.of("[1] Clip-Cov Paper", "[2] Lp-Reg Paper"),
                browser.findElements(By.cssSelector("#sources .source .title")).stream().map(WebElement::getText).toList());
    }

    @Test
    void should_keep_a_full_stop_after_a_marker_on_the_marker_s_line() {
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'Clip-Cov clips the steps [1]. Lp-Reg, too [1], helps', mode: 'llm',"
                + " model: 'scripted', covered: true, citations: [], sources: [{number: 1, paperId: 'p1', title: 'Clip', abstractText: 'x', links: []}],"
                + " notices: [], unsupported: []});");
        List<WebElement> held = browser.findElements(By.cssSelector(".msg.assistant .answer-text .nowrap"));
        assertEquals(List.of("[1].", "[1],"), held.stream().map(h -> h.getAttribute("textContent")).toList());
        assertEquals("Clip-Cov clips the steps [1]. Lp-Reg, too [1], helps",
                browser.findElement(By.cssSelector(".msg.assistant .answer-text")).getAttribute("textContent"), "the text as written");
    }

    /** A message of several claims is answered together; its notice offers to check each one in Find a citation. */
    @Test
    void should_check_each_claim_of_a_pasted_passage_from_its_notice() {
        String passage = "Entropy minimization alone can improve reasoning without labels. Shorter thinking chains can be more accurate than long ones.";
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'Two claims [1].', mode: 'extractive', model: null, covered: true,"
                + " question: 'Can you check these? ' + arguments[0], citations: [], sources: [], unsupported: [],"
                + " notices: ['The message states several claims, answered here together: Find a citation checks each one on its own"
                + " (POST /api/cite with the passage as \"claim\"; MCP find_by_claim).']});", passage);
        assertEquals("The message states several claims, answered here together: Find a citation checks each one on its own. Check each claim",
                browser.findElement(By.cssSelector(".msg.assistant:last-of-type .notice")).getText(), "the API's names are for a developer");
        browser.findElement(By.cssSelector(".msg.assistant:last-of-type .notice .check-claims")).click();
        wait.until(d -> d.findElements(By.cssSelector("#cite-results .cite-claim")).size() == 2);
        assertEquals(passage, browser.findElement(By.id("cite-query")).getDomProperty("value"));
        assertEquals("claim", browser.findElement(By.id("cite-by")).getDomProperty("value"));
    }

    @Test
    void should_show_what_a_follow_up_was_searched_as() {
        browser.executeScript("addUserMessage('which methods avoid entropy collapse?');"
                + "finishAnswer(addAssistantMessage(), {answer: 'Clip-Cov clips [1].', mode: 'extractive', covered: true, citations: [], sources: [],"
                + " notices: [], unsupported: [], question: 'which methods avoid entropy collapse?'});"
                + "state.history.push({role: 'user', content: 'which methods avoid entropy collapse?'}, {role: 'assistant', content: 'Clip-Cov clips [1].'});"
                + "addUserMessage('tell me more about the first one');"
                + "finishAnswer(addAssistantMessage(), {answer: 'Clip-Cov clips tokens [1].', mode: 'extractive', covered: true, citations: [],"
                + " sources: [], notices: [], unsupported: [], question: 'What does Clip-Cov propose?'});");
        List<WebElement> searched = browser.findElements(By.cssSelector(".msg.assistant .searched"));
        assertEquals(List.of("Searched as: What does Clip-Cov propose?"), searched.stream().map(WebElement::getText).toList(),
                "the follow-up only: a first question searched as written says nothing");
    }

    @Test
    void should_list_the_sentences_an_llm_answer_s_sources_do_not_back() {
        // An LLM answer as the server sends it (no LLM runs here): the page shows which sentences failed the check.
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'Clip-Cov avoids collapse [1]. Bananas are yellow [1].', mode: 'llm',"
                + " model: 'scripted', covered: true, citations: [], sources: [], notices: [],"
                + " unsupported: [{sentence: 'Bananas are yellow.', reason: 'cited sources do not state this', support: 0.2}]});");
        WebElement details = browser.findElement(By.cssSelector(".msg.assistant details.unsupported"));
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: '## Methods\\n1. **Clip-Cov** clips [1]\\n\\n2. KL-Cov <b>penalises</b> [1]', mode: 'llm',"
                + " model: 'scripted', covered: true, citations: [], sources: [], notices: [], unsupported: []});");
        List<WebElement> items = browser.findElements(By.cssSelector(".msg.assistant ol li"));
        assertEquals(2, items.size(), "one numbered list, though a blank line parts its items");
        assertEquals("Clip-Cov", items.get(0).findElement(By.tagName("strong")).getText());
        assertTrue(items.get(1).getText().contains("<b>penalises</b>"), "markup stays text: " + items.get(1).getText());
        assertEquals("Methods", browser.findElement(By.cssSelector(".msg.assistant .heading")).getText());
        assertNotNull(details.getAttribute("open"), "open at once: a skimming reader sees which sentences are not backed");
        assertTrue(details.getText().contains("Bananas are yellow.") && details.getText().contains("cited sources do not state this"), details.getText());
        assertEquals("1 unsupported sentence(s)", browser.findElement(By.cssSelector(".msg.assistant .badge.weak")).getText());

        // A citation the paper does not back shows its closest sentence, marked as no evidence.
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'Bananas are yellow [1].', mode: 'llm', model: 'scripted', covered: true,"
                + " citations: [{marker: 1, paperId: 'p1', title: 'Fruit Studies', sentence: 'We study fruit.', start: 0, end: 15, score: 0.3, supported: false}],"
                + " sources: [{number: 1, paperId: 'p1', title: 'Fruit Studies', abstractText: 'We study fruit. It keeps well.', links: []}], notices: [],"
                + " unsupported: [{sentence: 'Bananas are yellow.', reason: 'cited sources do not state this', support: 0.3}]});");
        List<WebElement> unbacked = browser.findElements(By.cssSelector(".source mark.unbacked"));
        assertEquals(1, unbacked.size());
        assertEquals("We study fruit.", unbacked.get(0).getAttribute("textContent"));
        assertTrue(unbacked.get(0).getAttribute("title").contains("does not state"), unbacked.get(0).getAttribute("title"));
        // One source backs one sentence and not another: each marker's preview is that of its own sentence.
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'Fruit keeps well [1]. Bananas are blue [1].', mode: 'llm', model: 'scripted',"
                + " covered: true, citations: [{marker: 1, paperId: 'p1', title: 'Fruit Studies', sentence: 'It keeps well.', start: 16, end: 30, score: 0.9, supported: true},"
                + " {marker: 1, paperId: 'p1', title: 'Fruit Studies', sentence: 'We study fruit.', start: 0, end: 15, score: 0.4, supported: false}],"
                + " sources: [{number: 1, paperId: 'p1', title: 'Fruit Studies', abstractText: 'We study fruit. It keeps well.', links: []}], notices: [],"
                + " unsupported: [{sentence: 'Bananas are blue.', reason: 'cited sources do not state this', support: 0.4}]});");
        List<WebElement> markers = browser.findElements(By.cssSelector(".msg.assistant:last-of-type .cite"));
        String backed = preview(markers.get(markers.size() - 2));
        assertTrue(backed.contains("It keeps well.") && !backed.contains("does not state"), backed);
        String notBacked = preview(markers.get(markers.size() - 1));
        assertTrue(notBacked.contains("We study fruit.") && notBacked.contains("does not state"), notBacked);
        double contrast = ((Number) browser.executeScript("""
                const luminance = (css) => css.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => v / 255)
                    .map((v) => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)).reduce((s, v, i) => s + [0.2126, 0.7152, 0.0722][i] * v, 0);
                const note = document.querySelector('#tooltip .unbacked-note');
                const [a, b] = [luminance(getComputedStyle(note).color), luminance(getComputedStyle(document.getElementById('tooltip')).backgroundColor)];
                return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);""")).doubleValue();
        assertTrue(contrast >= 4.5, "the note reads on the preview: " + contrast);
        // The marker itself is underlined as its sentence is, and says so to a screen reader; the backed one is not.
        assertFalse(markers.get(markers.size() - 2).getAttribute("class").contains("unbacked"));
        assertTrue(markers.get(markers.size() - 1).getAttribute("class").contains("unbacked"));
        assertTrue(markers.get(markers.size() - 1).getAttribute("aria-label").endsWith(", which does not state this"),
                markers.get(markers.size() - 1).getAttribute("aria-label"));
        // "Possibly related" papers of a question the collection does not cover back nothing and fail to back nothing either.
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'The collection does not seem to cover this question. Possibly related:\\n"
                + "- Fruit Studies [1]', mode: 'extractive', covered: false, citations: [{marker: 1, paperId: 'p1', title: 'Fruit Studies',"
                + " sentence: 'We study fruit.', start: 0, end: 15, score: 0.3, supported: false}],"
                + " sources: [{number: 1, paperId: 'p1', title: 'Fruit Studies', abstractText: 'We study fruit. It keeps well.', links: []}], notices: [],"
                + " unsupported: []});");
        WebElement related = browser.findElements(By.cssSelector(".msg.assistant .cite")).getLast();
        assertFalse(related.getAttribute("class").contains("unbacked"), related.getAttribute("class"));
        String relatedPreview = preview(related);
        assertTrue(relatedPreview.contains("We study fruit.") && relatedPreview.contains("closest to the question") && !relatedPreview.contains("does not state"),
                relatedPreview);
        assertTrue(browser.findElements(By.cssSelector(".source mark.unbacked")).isEmpty());
        assertEquals(1, browser.findElements(By.cssSelector(".source mark.related")).size());
        // An answer that cites none of the papers it read ("does not mention RL") still shows them, folded.
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'It does not mention \"RL\" in its title or abstract.', mode: 'extractive',"
                + " covered: true, citations: [], sources: [{number: 1, paperId: 'p1', title: 'Fruit Studies', abstractText: 'We study fruit.', links: []}],"
                + " notices: [], unsupported: []});");
        browser.executeScript("arguments[0].click();", browser.findElements(By.cssSelector(".msg.assistant")).getLast());
        assertEquals("1 retrieved, not cited", browser.findElement(By.cssSelector("#sources details.uncited summary")).getText());
        // An LLM's paraphrase quotes nothing: each marker shows the quote found for its own claim, as the citation's claims say.
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'Fruit is studied here [1]. It is stored for long [1].', mode: 'llm', model: 'scripted',"
                + " covered: true, citations: [{marker: 1, paperId: 'p1', title: 'Fruit Studies', sentence: 'We study fruit.', start: 0, end: 15, score: 0.8,"
                + " supported: true, claims: ['Fruit is studied here.']}, {marker: 1, paperId: 'p1', title: 'Fruit Studies', sentence: 'It keeps well.',"
                + " start: 16, end: 30, score: 0.8, supported: true, claims: ['It is stored for long.']}],"
                + " sources: [{number: 1, paperId: 'p1', title: 'Fruit Studies', abstractText: 'We study fruit. It keeps well.', links: []}], notices: [],"
                + " unsupported: []});");
        List<WebElement> paraphrased = browser.findElements(By.cssSelector(".msg.assistant:last-of-type .cite"));
        String second = preview(paraphrased.get(paraphrased.size() - 1));
        assertTrue(second.contains("It keeps well.") && !second.contains("does not state"), second);
        assertFalse(paraphrased.get(paraphrased.size() - 1).getAttribute("class").contains("unbacked"));
        // A lead-in's marker cites what follows it: two lead-ins alike are told apart by their claims.
        browser.executeScript("finishAnswer(addAssistantMessage(), {answer: 'According to [1], fruit is studied here. According to [1], it is stored for long.',"
                + " mode: 'llm', model: 'scripted', covered: true, citations: [{marker: 1, paperId: 'p1', title: 'Fruit Studies', sentence: 'We study fruit.',"
                + " start: 0, end: 15, score: 0.8, supported: true, claims: ['According to, fruit is studied here.']}, {marker: 1, paperId: 'p1',"
                + " title: 'Fruit Studies', sentence: 'It keeps well.', start: 16, end: 30, score: 0.8, supported: true,"
                + " claims: ['According to, it is stored for long.']}], sources: [{number: 1, paperId: 'p1', title: 'Fruit Studies',"
                + " abstractText: 'We study fruit. It keeps well.', links: []}], notices: [], unsupported: []});");
        List<WebElement> leadIns = browser.findElements(By.cssSelector(".msg.assistant:last-of-type .cite"));
        assertTrue(preview(leadIns.get(leadIns.size() - 2)).contains("We study fruit."));
        assertTrue(preview(leadIns.get(leadIns.size() - 1)).contains("It keeps well."));
        // The export says so too, and lists the sentences the citations do not back.
        String markdown = (String) browser.executeScript("sessionStorage.setItem(CONVERSATION, JSON.stringify([{question: 'Are bananas yellow?',"
                + " answer: {answer: 'Bananas are yellow [1].', notices: [], citations: [{marker: 1, sentence: 'We study fruit.', supported: false}],"
                + " sources: [{number: 1, paperId: 'p1', title: 'Fruit Studies', links: []}],"
                + " unsupported: [{sentence: 'Bananas are yellow.', reason: 'cited sources do not state this'}]}}]));"
                + " return conversationMarkdown();");
        assertTrue(markdown.contains("> Not backed by its citations (cited sources do not state this): Bananas are yellow."), markdown);
        assertTrue(markdown.contains("  - “We study fruit.” (closest sentence; not evidence for the answer)"), markdown);
        browser.executeScript("sessionStorage.removeItem(CONVERSATION);");
    }

    /** The text of the preview a marker shows under the pointer. */
    private String preview(WebElement marker) {
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(marker).perform();
        return browser.findElement(By.id("tooltip")).getText();
    }

    /** The browser counts what a source's pinned title covers as in view: the page scrolls it out from under the title. */
    @Test
    void should_keep_what_takes_the_focus_in_a_source_clear_of_its_pinned_title() {
        askAndWait("which methods avoid entropy collapse?");
        WebElement copy = browser.findElements(By.cssSelector("#sources .source .copy")).get(1);
        String uncovered = "const t = arguments[0].closest('.source').querySelector('.title').getBoundingClientRect();"
                + " return arguments[0].getBoundingClientRect().top - t.bottom;";
        // Scrolled so that the button sits at the top of the panel, where its source's title is pinned over it.
        browser.executeScript("const side = arguments[0].closest('.side');"
                + " side.scrollTop += arguments[0].getBoundingClientRect().top - side.getBoundingClientRect().top;", copy);
        assertTrue(((Number) browser.executeScript(uncovered, copy)).doubleValue() < 0, "covered before it takes the focus");
        browser.executeScript("arguments[0].focus();", copy);
        assertTrue(((Number) browser.executeScript(uncovered, copy)).doubleValue() >= 0, "clear of the title once focused");
    }

    @Test
    void should_keep_the_focus_in_the_question_box_when_an_example_is_asked() {
        WebElement example = browser.findElement(By.cssSelector("#conversation .example"));
        example.sendKeys(Keys.ENTER);
        assertEquals(browser.findElement(By.id("question")), browser.switchTo().activeElement(), "not lost to the page with the example");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.assistant .badges")));
    }

    @Test
    void should_say_when_a_pasted_question_is_cut_at_its_limit() {
        WebElement hint = browser.findElement(By.id("question-limit"));
        assertFalse(hint.isDisplayed());
        browser.executeScript("const q = document.getElementById('question'); q.focus();"
                + " document.execCommand('insertText', false, 'x'.repeat(4100));");
        assertEquals(4000, ((String) browser.findElement(By.id("question")).getAttribute("value")).length());
        assertTrue(hint.isDisplayed(), "the cut is shown");
        wait.until(d -> hint.getText().equals(d.findElement(By.id("announcer")).getText()));
        assertTrue(browser.findElement(By.id("question")).getDomAttribute("aria-describedby").contains("question-limit"), "and said to a screen reader");
        // Asked, a passage that long shows its start in the conversation, and all of it on demand.
        browser.executeScript("addUserMessage(arguments[0]);", "Entropy collapse. ".repeat(60));
        WebElement asked = browser.findElement(By.cssSelector(".msg.user"));
        assertTrue(asked.getText().length() < 400 && asked.getText().contains("Show all 1,080 characters"), asked.getText());
        asked.findElement(By.cssSelector("button.unfold")).click();
        assertEquals("Entropy collapse. ".repeat(60).strip(), asked.getText().strip());
    }

    @Test
    void should_keep_the_conversation_through_a_reload_and_export_it_with_its_sources() throws IOException {
        askAndWait("which methods avoid entropy collapse?");
        String answer = browser.findElement(By.cssSelector(".msg.assistant .answer-text")).getText();
        WebElement marker = browser.findElement(By.cssSelector(".msg.assistant .cite"));
        String title = (String) browser.executeScript("return state.answers[0].sources.find(s => s.number === Number(arguments[0])).title;",
                marker.getAttribute("data-marker"));
        assertEquals("source " + marker.getAttribute("data-marker") + ": " + title, marker.getAttribute("aria-label"), "a marker names its paper");
        browser.executeScript("const org = document.getElementById('org'); org.value = 'tencent'; org.dispatchEvent(new Event('input'));");

        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("papers"));
        // The filters a follow-up is asked under come back with the conversation.
        assertEquals("tencent", browser.findElement(By.id("org")).getAttribute("value"));
        assertEquals("Options · only papers from organisation tencent", browser.findElement(By.cssSelector(".filters summary")).getText());
        browser.executeScript("const org = document.getElementById('org'); org.value = ''; org.dispatchEvent(new Event('input'));");
        assertEquals(answer, browser.findElement(By.cssSelector(".msg.assistant .answer-text")).getText(), "the answer is back after a reload");
        assertEquals("which methods avoid entropy collapse?", browser.findElement(By.cssSelector(".msg.user")).getText());
        assertEquals(2L, browser.executeScript("return state.history.length;"), "and a follow-up has its history");
        String markdown = (String) browser.executeScript("return conversationMarkdown();");
        assertTrue(markdown.startsWith("# paperchat conversation\n\n## which methods avoid entropy collapse?\n"), markdown);
        assertTrue(markdown.contains("\nSources:\n\n- [") && markdown.contains("] " + title),
                "the export lists the cited papers, apart from the answer's own list: " + markdown);
        assertTrue(markdown.contains("\n  - “"), "each with its quoted sentences nested under it: " + markdown);
        screenshot("restored");

        // A reload before an answer comes gives its question back in the box.
        browser.executeScript("window.fetch = () => new Promise(() => {});");
        browser.findElement(By.id("question")).sendKeys("which of those use Qwen?");
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.assistant .pending")));
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("papers"));
        assertEquals("which of those use Qwen?", browser.findElement(By.id("question")).getAttribute("value"));
        assertEquals(1, browser.findElements(By.cssSelector(".msg.user")).size(), "the conversation holds the answered question only");
        browser.findElement(By.id("question")).clear();

        browser.findElement(By.id("new-chat")).click();
        assertTrue(browser.findElement(By.cssSelector(".welcome .example")).isDisplayed(), "a new chat starts from the welcome");
        // A click too many costs nothing: the cleared conversation comes back with its answer and history.
        assertTrue(browser.findElement(By.id("undo-clear")).getText().startsWith("Cleared a conversation of 1 question."));
        assertEquals("Undo", browser.findElement(By.cssSelector("#undo-clear button")).getText());
        browser.findElement(By.cssSelector("#undo-clear button")).click();
        assertEquals(answer, browser.findElement(By.cssSelector(".msg.assistant .answer-text")).getText(), "the answer is back after Undo");
        assertEquals(2L, browser.executeScript("return state.history.length;"));
        assertTrue(browser.findElements(By.id("undo-clear")).isEmpty());
        browser.findElement(By.id("new-chat")).click();
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("papers"));
        assertTrue(browser.findElements(By.cssSelector(".msg")).isEmpty(), "and stays new after a reload");
        browser.findElement(By.cssSelector(".welcome .example")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.assistant .badges")));
    }

    /** What a screen reader hears: each marker's quote, each title once, a lookup's gist; and less motion when asked for. */
    @Test
    void should_describe_markers_by_their_quote_and_announce_a_lookup_without_reading_it_all() {
        askAndWait("which methods avoid entropy collapse?");
        List<WebElement> markers = browser.findElements(By.cssSelector(".msg.assistant .cite"));
        WebElement first = markers.get(0);
        browser.executeScript("arguments[0].focus();", first);
        String quote = browser.findElement(By.id("tooltip")).getText();
        assertTrue(quote.endsWith(first.getDomAttribute("aria-description")), "a marker is described by its own sentence, as its preview quotes it: " + quote);
        assertTrue(first.getDomAttribute("aria-description").startsWith("\u201c"), first.getDomAttribute("aria-description"));
        Set<String> named = new HashSet<>();
        for (WebElement marker : markers) {
            String label = marker.getDomAttribute("aria-label").replace(", which does not state this", "");
            String number = marker.getDomAttribute("data-marker");
            assertEquals(named.add(number) ? label : "source " + number, label, "a title is said at its paper's first marker only");
        }
        assertTrue(browser.findElement(By.cssSelector(".panel.sources h2")).getDomAttribute("aria-label")
                .startsWith("Sources of \u201cwhich methods avoid entropy collapse?\u201d \u00b7 "), "the sources name their question");
        assertEquals(1, browser.findElements(By.tagName("h1")).size(), "the page keeps its one top heading after the welcome goes");

        assertNull(browser.findElement(By.id("cite-results")).getDomAttribute("aria-live"), "results are read on demand, not all at once");
        browser.findElement(By.id("cite-query")).sendKeys("quiet star", Keys.ENTER);
        wait.until(d -> d.findElement(By.id("announcer")).getDomProperty("textContent").contains("the first: Quiet-STaR"));

        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        assertEquals("auto", browser.executeScript("return motion();"), "no smooth scrolling");
        assertEquals("0s", browser.executeScript("return getComputedStyle(document.querySelector('.source mark')).transitionDuration;"));
    }

    @Test
    void should_give_the_focus_back_to_the_box_and_hide_a_marker_s_preview_on_escape() {
        WebElement box = browser.findElement(By.id("question"));
        box.sendKeys("which methods avoid entropy collapse?");
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.assistant .badges")));
        assertEquals("question", browser.switchTo().activeElement().getAttribute("id"), "the disabled Ask button does not keep the focus");
        WebElement marker = browser.findElement(By.cssSelector(".msg.assistant .cite"));
        browser.executeScript("arguments[0].focus();", marker);
        assertTrue(browser.findElement(By.id("tooltip")).isDisplayed());
        marker.sendKeys(Keys.ESCAPE);
        assertFalse(browser.findElement(By.id("tooltip")).isDisplayed(), "Escape dismisses the preview");
        // The preview follows its marker as the conversation scrolls, and goes when the marker scrolls out of view.
        browser.executeScript("const c = document.getElementById('conversation'); c.append(Object.assign(document.createElement('div'),"
                + " {style: 'flex: none; height: 3000px'})); arguments[0].blur(); arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();"
                + " c.scrollTop += 30; c.dispatchEvent(new Event('scroll'));", marker);
        List<?> gaps = (List<?>) browser.executeScript("const tip = document.getElementById('tooltip').getBoundingClientRect(),"
                + " box = arguments[0].getBoundingClientRect(); return [tip.top - box.bottom, box.top - tip.bottom];", marker);
        double below = ((Number) gaps.get(0)).doubleValue(), above = ((Number) gaps.get(1)).doubleValue();
        assertTrue(browser.findElement(By.id("tooltip")).isDisplayed(), "the marker is still in view");
        assertTrue(Math.abs(below - 6) < 1 || Math.abs(above - 6) < 1, "beside its marker, below or above it: " + gaps);
        browser.executeScript("const c = document.getElementById('conversation'); c.scrollTop += 2500; c.dispatchEvent(new Event('scroll'));");
        assertFalse(browser.findElement(By.id("tooltip")).isDisplayed(), "its marker is out of view");
    }

    /** Clicking in the answer whose sources show (to select its text) leaves the source opened where it is. */
    @Test
    void should_keep_the_opened_source_when_the_selected_answer_is_clicked() {
        askAndWait("which methods avoid entropy collapse?");
        List<WebElement> markers = browser.findElements(By.cssSelector(".msg.assistant .cite"));
        markers.get(markers.size() - 1).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".source mark.flash")));
        browser.executeScript("document.querySelectorAll('.source').forEach((s) => s.dataset.kept = 'yes');");
        browser.findElement(By.cssSelector(".msg.assistant .answer-text li")).click();
        assertFalse(browser.findElements(By.cssSelector(".source[data-kept='yes']")).isEmpty(), "the sources were not drawn again");
    }

    @Test
    void should_show_filters_set_in_a_closed_panel_and_catch_a_reversed_date_range() throws IOException {
        browser.findElement(By.cssSelector(".filters summary")).click();
        browser.findElement(By.id("org")).click();
        // The organisations the filter takes are offered, with their papers, once the field is wanted.
        wait.until(d -> !d.findElements(By.cssSelector("#organisations option")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#organisations option")).stream()
                .anyMatch(o -> "Tencent".equals(o.getAttribute("value")) && o.getAttribute("label").matches("Tencent \\(\\d+ papers?\\)")),
                "offered as the records write it");
        browser.findElement(By.id("org")).sendKeys("Tencent");
        browser.findElement(By.cssSelector(".filters summary")).click();
        assertEquals("Options · only papers from organisation Tencent", browser.findElement(By.cssSelector(".filters summary")).getText());
        askAndWait("What functional correctness does VeriReason reach?");
        assertTrue(browser.findElement(By.cssSelector(".msg.assistant")).getText()
                .contains("Only papers matching the filters (organisation Tencent) were searched."));

        browser.executeScript("document.getElementById('from').value = '2025-06-01'; document.getElementById('to').value = '2025-01-01';");
        WebElement box = browser.findElement(By.id("question"));
        box.sendKeys("entropy collapse", Keys.ENTER);
        browser.executeScript("showActiveFilters();");
        // Dates as the date fields show them, in the browser's locale (en-US here: 06/01/2025).
        assertEquals("Options · only papers from 06/01/2025 to 01/01/2025, from organisation Tencent",
                browser.findElement(By.cssSelector(".filters summary")).getText());
        WebElement problem = browser.findElement(By.id("form-problem"));
        assertEquals("The \"From\" date (06/01/2025) is after the \"To\" date (01/01/2025).", problem.getText());
        assertEquals(1, browser.findElements(By.cssSelector(".msg.user")).size(), "nothing was sent");
        assertEquals("entropy collapse", box.getAttribute("value"), "and the question is kept");
        assertEquals("true", browser.findElement(By.id("from")).getDomAttribute("aria-invalid"), "the fields are marked wrong");
        assertEquals("true", browser.findElement(By.id("to")).getDomAttribute("aria-invalid"));
        screenshot("filters");
    }
}
