package dev.paperchat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperchat.app.Config;
import dev.paperchat.app.PaperChat;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.retrieve.CitationLookup;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String messagePart) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        JsonNode body = json(response);
        assertEquals(List.of("error", "message", "status"), fieldNames(body), "in the README's order: " + body);
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("message").asText().contains(messagePart), body.toString());
        assertFalse(response.body().contains("at dev.paperchat"), "no stack trace");
    }

    @Test
    void should_report_health_with_counts() throws Exception {
        JsonNode health = json(server.get("/api/health"));
        assertEquals("ready", health.get("status").asText());
        assertEquals(300, health.get("papers").asInt());
        assertFalse(health.at("/llm/configured").asBoolean());
        assertEquals(List.of("configured", "reachable"), fieldNames(health.get("llm")), "the same order in every run: " + health);
    }

    private static HttpResponse<String> form(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void should_serve_the_page_bundled_in_the_jar_when_there_is_no_web_folder(@TempDir Path dir) throws Exception {
        try (TestServer copied = new TestServer(Map.of("web.dir", dir.resolve("no-web").toString()))) {
            HttpResponse<String> page = copied.get("/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("app.js"), page.body());
            assertEquals(200, copied.get("/app.js").statusCode());
        }
    }

    @Test
    void should_search_with_results_and_sentences() throws Exception {
        JsonNode body = json(server.get("/api/search?q=entropy%20collapse&k=3"));
        assertEquals(3, body.get("results").size());
        JsonNode first = body.get("results").get(0);
        for (String field : List.of("id", "title", "score", "sentence")) assertTrue(first.has(field), field);
        // Pages: the next k after the first offset, as a notebook pages /api/papers; both forms, up to the 50 a search ranks.
        JsonNode page = json(server.get("/api/search?q=entropy%20collapse&k=2&offset=1"));
        assertEquals(1, page.get("offset").asInt());
        assertEquals(List.of(body.at("/results/1/id").asText(), body.at("/results/2/id").asText()),
                List.of(page.at("/results/0/id").asText(), page.at("/results/1/id").asText()), page.toString());
        assertEquals(page.get("results"), json(server.post("/api/search", "{\"q\": \"entropy collapse\", \"k\": 2, \"offset\": 1}")).get("results"));
        assertEquals(0, body.get("offset").asInt());
        // The last of the 50 a search ranks is a short page, as a paging loop expects, not an error.
        JsonNode all = json(server.get("/api/search?q=entropy&k=50"));
        JsonNode last = json(server.post("/api/search", "{\"q\": \"entropy\", \"k\": 20, \"offset\": 40}"));
        assertEquals(all.get("results").size() - 40, last.get("results").size(), last.toString());
        assertEquals(all.at("/results/40/id"), last.at("/results/0/id"));
        assertEquals(40, last.get("offset").asInt());
        assertError(server.get("/api/search?q=entropy&k=10&offset=50"), 400, "query parameter \"offset\" must be between 0 and 49, was 50");
        assertError(server.get("/api/search?q=entropy&offset=-1"), 400, "query parameter \"offset\" must be between 0 and 49, was -1");
        // A mended word is said in the notices too, as answers say it: a client that shows notices alone learns of it.
        JsonNode misspelt = json(server.get("/api/search?q=vison%20reasoning&k=3"));
        assertEquals("vision", misspelt.at("/respelled/vison").asText(), misspelt.toString());
        assertEquals("Searched \"vison\" as \"vision\": no paper in the collection uses the word as written.", misspelt.at("/notices/0").asText());
        // A question's first word mistyped is read before the question is: "waht is X?" asks what X is, as "what is X?" does.
        JsonNode mended = json(server.post("/api/ask", "{\"question\": \"waht is speculative reasoning?\"}"));
        assertTrue(mended.get("covered").asBoolean(), mended.toString());
        assertEquals("what is speculative reasoning?", mended.get("question").asText());
        assertEquals("Read \"waht\" as \"what\".", mended.at("/notices/0").asText());
        assertTrue(mended.at("/citations/0/title").asText().startsWith("SpecReason"), mended.toString());
        // What was searched reads back with its misspelt words as searched, as the notices say.
        JsonNode respelt = json(server.post("/api/ask", "{\"question\": \"which papers improve reasonning efficency?\"}"));
        assertEquals("which papers improve reasoning efficiency?", respelt.get("question").asText(), respelt.toString());
        // Provenance lists the papers retrieved as objects a notebook reads without parsing: {"id", "score"}.
        assertEquals(respelt.at("/sources/0/paperId").asText(), respelt.at("/provenance/retrieved/0/id").asText(), respelt.at("/provenance").toString());
        assertTrue(respelt.at("/provenance/retrieved/0/score").isNumber(), respelt.at("/provenance").toString());
    }

    /** A passage of 9,000 characters is longer than a request line may be: the same search takes a JSON body. */
    @Test
    void should_search_a_passage_too_long_for_a_url_with_a_json_body() throws Exception {
        String passage = ("Entropy collapse makes the policy too confident early in reinforcement learning for reasoning. ").repeat(95);
        assertTrue(passage.length() > 9_000 && passage.length() <= 10_000);
        var tooLong = server.get("/api/search?q=" + URLEncoder.encode(passage, StandardCharsets.UTF_8));
        assertEquals(414, tooLong.statusCode(), "the URL form cannot carry it");
        assertTrue(json(tooLong).get("message").asText().contains("POST /api/search"), "and says which form can: " + tooLong.body());
        JsonNode body = json(server.post("/api/search", "{\"q\": \"" + passage + "\", \"k\": 3, \"from\": \"2025\", \"org\": null}"));
        assertEquals(3, body.get("results").size(), body.toString());
        assertTrue(body.at("/results/0/sentence").asText().contains("ntropy"), body.toString());
        assertEquals(json(server.get("/api/search?q=entropy%20collapse&k=3")).get("results").get(0).get("id"),
                json(server.post("/api/search", "{\"q\": \"entropy collapse\", \"k\": 3}")).get("results").get(0).get("id"), "one search, two forms");
        assertError(server.post("/api/search", "{}"), 400, "field \"q\" is required");
        assertError(server.post("/api/search", "{\"q\": \" \"}"), 400, "field \"q\" must not be empty");
        assertError(server.post("/api/search", "{\"q\": \"x\", \"k\": 0}"), 400, "field \"k\" must be between 1 and 50, was 0");
        assertError(server.post("/api/search", "{\"q\": \"x\", \"query\": \"y\"}"), 400, "unknown field \"query\"");
        assertError(server.post("/api/search", "{\"q\": \"" + "x".repeat(10_001) + "\"}"), 400, "field \"q\" must be at most 10000 characters");
        assertError(server.get("/api/search?q=%20%20"), 400, "query parameter \"q\" must not be empty");
        // The filters as /api/ask takes them, nested: one helper builds both bodies.
        JsonNode nested = json(server.post("/api/search", "{\"q\": \"reasoning\", \"k\": 3, \"filters\": {\"org\": \"tencent\"}}"));
        assertFalse(nested.get("results").isEmpty(), nested.toString());
        for (JsonNode result : nested.get("results")) assertEquals("Tencent", result.get("organization").asText());
        assertError(server.post("/api/search", "{\"q\": \"x\", \"org\": \"a\", \"filters\": {\"org\": \"b\"}}"), 400, "not both");
    }

    @Test
    void should_read_an_organisation_the_collection_names_otherwise_and_list_every_organisation() throws Exception {
        JsonNode stats = json(server.get("/api/stats"));
        assertEquals(300, stats.get("papers").asInt());
        assertEquals(4, stats.at("/organisations/Tencent").asInt(), "papers, not their chunks: " + stats);
        assertEquals("Tencent", stats.get("organisations").fieldNames().next(), "most papers first, as the records write it");

        JsonNode longer = json(server.get("/api/search?q=reasoning&org=Google%20DeepMind"));
        assertEquals(1, longer.get("notices").size(), longer.toString());
        assertEquals("Organisation \"Google DeepMind\" was read as \"Deepmind\", the collection's name for it.", longer.at("/notices/0").asText());
        assertFalse(longer.get("results").isEmpty(), longer.toString());
        for (JsonNode result : longer.get("results")) assertEquals("Deepmind", result.get("organization").asText());

        JsonNode typo = json(server.get("/api/search?q=reasoning&org=Tencnet"));
        assertEquals(0, typo.get("results").size());
        assertTrue(typo.at("/notices/0").asText().contains("named \"Tencnet\"; names near it: tencent."), typo.toString());
        assertEquals(0, json(server.get("/api/search?q=reasoning&org=Tencent")).get("notices").size(), "a name as stored needs no notice");
    }

    @Test
    void should_list_the_collection_a_page_at_a_time_in_id_order() throws Exception {
        JsonNode first = json(server.get("/api/papers?limit=2"));
        assertEquals(300, first.get("total").asInt());
        assertEquals(2, first.get("papers").size());
        String a = first.at("/papers/0/id").asText(), b = first.at("/papers/1/id").asText();
        assertTrue(a.compareTo(b) < 0, a + " before " + b);
        assertEquals(b, json(server.get("/api/papers?offset=1&limit=1")).at("/papers/0/id").asText(), "the next page starts where it ends");
        assertEquals(1, json(server.get("/api/papers?offset=299")).get("papers").size());
        assertEquals(0, json(server.get("/api/papers?offset=5000")).get("papers").size());
        assertEquals(0, json(server.get("/api/papers?offset=2147483647&limit=500")).get("papers").size(), "no overflow");
        assertFalse(first.at("/papers/0").has("abstractText"), "titles only, unless asked");
        JsonNode withAbstracts = json(server.get("/api/papers?limit=500&abstracts=true"));
        assertEquals(300, withAbstracts.get("papers").size());
        for (JsonNode paper : withAbstracts.get("papers")) assertFalse(paper.path("abstractText").asText().isBlank(), paper.toString());
        assertEquals(json(server.get("/api/papers/" + a)).get("abstractText"), withAbstracts.at("/papers/0/abstractText"));
        assertError(server.get("/api/papers?abstracts=yes"), 400, "query parameter \"abstracts\" must be true or false, was yes");
        assertEquals(200, server.get("/api/papers?abstracts=").statusCode(), "empty, as an empty limit, is the default");
        JsonNode tencent = json(server.get("/api/papers?org=tencent&from=2025"));
        assertTrue(tencent.get("total").asInt() >= 1 && tencent.get("total").asInt() <= 4, tencent.toString());
        for (JsonNode p : tencent.get("papers")) assertEquals("Tencent", p.get("organization").asText());
        int tencentPapers = json(server.get("/api/papers?org=tencent")).get("total").asInt();
        assertEquals("A date range leaves out papers without a year: " + (tencentPapers - tencent.get("total").asInt()) + " of the " + tencentPapers
                + " papers the other filters match " + (tencentPapers - tencent.get("total").asInt() == 1 ? "has" : "have")
                + " none (a listing without a date range shows them).", tencent.at("/notices/0").asText(), "how many, so a short list is not taken for all");
        assertEquals(0, json(server.get("/api/papers?org=tencent")).get("notices").size(), "no date range, nothing left out");
        JsonNode deepMind = json(server.get("/api/papers?org=deep%20mind"));
        assertEquals(1, deepMind.get("total").asInt(), deepMind.toString());
        assertEquals("Organisation \"deep mind\" was read as \"Deepmind\", the collection's name for it.", deepMind.at("/notices/0").asText());
        assertTrue(json(server.get("/api/papers?org=Tencnet")).at("/notices/0").asText().contains("names near it: tencent"));
        assertError(server.get("/api/papers?limit=501"), 400, "query parameter \"limit\" must be between 1 and 500, was 501");
        assertError(server.get("/api/papers?offset=-1"), 400, "query parameter \"offset\" must be 0 or more, was -1");
        assertError(server.get("/api/papers?page=2"), 400, "unknown query parameter");
    }

    @Test
    void should_answer_as_json_like_ask_json() throws Exception {
        JsonNode answer = json(server.post("/api/ask", "{\"question\": \"which methods avoid entropy collapse?\", \"k\": 4}"));
        assertEquals("extractive", answer.get("mode").asText());
        assertTrue(answer.get("covered").asBoolean());
        assertTrue(answer.get("citations").size() > 0);
        for (String field : List.of("marker", "paperId", "title", "sentence", "start", "end", "score")) {
            assertTrue(answer.get("citations").get(0).has(field), field);
        }
        assertTrue(answer.get("answer").asText().contains("[1]"));
        // Every answer times the same steps, in one order: a count of mentions generates nothing, and says 0.
        for (String question : List.of("which methods avoid entropy collapse?", "How many papers mention Qwen?")) {
            JsonNode timings = json(server.post("/api/ask", "{\"question\": \"" + question + "\"}")).get("timings");
            List<String> steps = new ArrayList<>();
            timings.fieldNames().forEachRemaining(steps::add);
            assertEquals(List.of("retrieveMs", "generateMs", "totalMs"), steps, question);
        }
    }

    @Test
    void should_stream_sse_deltas_then_the_answer() throws Exception {
        HttpResponse<String> response = server.post("/api/ask", "{\"question\": \"which methods avoid entropy collapse?\", \"stream\": true}");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String[]> events = events(response.body());
        assertTrue(events.size() >= 3);
        StringBuilder text = new StringBuilder();
        for (String[] e : events.subList(0, events.size() - 1)) {
            assertEquals("delta", e[0]);
            text.append(JSON.readTree(e[1]).get("text").asText());
        }
        String[] last = events.get(events.size() - 1);
        assertEquals("answer", last[0]);
        JsonNode answer = JSON.readTree(last[1]);
        assertEquals(answer.get("answer").asText(), text.toString(), "the deltas join to the answer exactly");
        HttpResponse<String> plain = server.post("/api/ask", "{\"question\": \"what is Quiet-STaR?\", \"stream\": false}",
                "Accept", "text/event-stream");
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "\"stream\": false wins over Accept");
    }

    static List<String[]> events(String body) {
        List<String[]> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = null, data = null;
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) name = line.substring(7);
                if (line.startsWith("data: ")) data = line.substring(6);
            }
            if (data != null) events.add(new String[] {name, data});
        }
        return events;
    }

    @Test
    void should_return_a_paper_and_a_bibtex_entry() throws Exception {
        String id = json(server.get("/api/search?q=Quiet-STaR&k=1")).at("/results/0/id").asText();
        JsonNode paper = json(server.get("/api/papers/" + id));
        assertTrue(paper.get("title").asText().startsWith("Quiet-STaR"));
        // What a table reads beside the record: its year, DOI and arXiv id, as the list gives them.
        assertEquals(2024, paper.get("year").intValue(), paper.toString());
        JsonNode listed = json(server.get("/api/papers?limit=500"));
        for (JsonNode entry : listed.get("papers")) {
            if (!entry.get("id").asText().equals(id)) continue;
            assertEquals(entry.get("doi"), paper.get("doi"));
            assertEquals(entry.get("arxivId"), paper.get("arxivId"));
            assertEquals(entry.get("year"), paper.get("year"));
        }
        HttpResponse<String> bib = server.get("/api/papers/" + id + "/bibtex");
        assertEquals(200, bib.statusCode());
        assertTrue(bib.headers().firstValue("Content-Type").orElse("").startsWith("text/x-bibtex"));
        // The sample lists no author names: the entry says so before it, in a comment BibTeX skips.
        assertTrue(bib.body().startsWith("% Incomplete: no author names (6 authors); add them before citing.\n@misc{anon2024quiet_"), bib.body());
        assertTrue(bib.body().contains("title = {{Quiet-STaR: Language Models"));
        assertEquals(count(bib.body(), '{'), count(bib.body(), '}'));
    }

    private static long count(String text, char c) {
        return text.replace("\\{", "").replace("\\}", "").chars().filter(ch -> ch == c).count();
    }

    @Test
    void should_look_up_citations_by_title_and_by_claim() throws Exception {
        assertError(server.get("/api/cite?id=quiet-star"), 400, "GET /api/papers/{id}");
        assertError(server.get("/api/cite?q=x"), 400, "known: claim, k, title");
        JsonNode byTitle = json(server.get("/api/cite?title=quiet%20stat"));
        assertTrue(byTitle.get("found").asBoolean());
        assertTrue(byTitle.at("/results/0/title").asText().startsWith("Quiet-STaR"));
        assertTrue(byTitle.at("/results/0/confidence").asDouble() >= 0.9);
        // A title remembered with the field's short forms, or with them written out.
        for (String shortened : List.of("the entropy mechanism of RL for reasoning LMs", "training LLMs to reason in continuous latent space",
                "Rethinking Thinking Tokens: Large Language Models as Improvement Operators")) {
            JsonNode found = json(server.get("/api/cite?title=" + URLEncoder.encode(shortened, "UTF-8")));
            assertTrue(found.get("found").asBoolean(), found.toString());
        }

        JsonNode byClaim = json(server.post("/api/cite", "{\"claim\": \"VeriReason reaches 83.1% functional correctness on VerilogEval Machine\"}"));
        assertTrue(byClaim.get("found").asBoolean());
        assertTrue(byClaim.at("/results/0/sentence").asText().contains("83.1%"));
        // Pasted from a PDF: words broken across lines with a hyphen.
        JsonNode misspelt = json(server.get("/api/cite?claim=entropy%20colapse%20happens%20early%20in%20RL%20training"));
        assertEquals("collapse", misspelt.at("/respelled/colapse").asText(), misspelt.toString());
        JsonNode pasted = json(server.post("/api/cite", "{\"claim\": \"The policy en-\\ntropy collapses in the early training stage, and the ex-\\nploration ability diminishes\"}"));
        assertTrue(pasted.get("found").asBoolean(), pasted.toString());
        assertTrue(pasted.at("/results/0/title").asText().startsWith("The Entropy Mechanism"), pasted.toString());

        // A pasted passage: each claim gets its own sources, which the passage as one search blurs.
        JsonNode passage = json(server.post("/api/cite", "{\"claim\": \"" + dev.paperchat.app.SampleIndex.PASSAGE + "\", \"k\": 2}"));
        assertEquals(3, passage.get("claims").size(), passage.toString());
        assertEquals("The passage holds 3 claims; each sentence is looked up on its own.", passage.at("/notices/0").asText());
        assertEquals("Entropy minimization alone can improve reasoning without labels.", passage.at("/claims/0/query").asText());
        assertTrue(passage.at("/claims/1/results/0/title").asText().startsWith("Don't Overthink it"), passage.toString());
        assertTrue(passage.at("/claims/2/results/0/title").asText().startsWith("Low-probability Tokens Sustain Exploration"), passage.toString());
        assertTrue(passage.at("/claims/2/found").asBoolean() && passage.at("/claims/2/results").size() == 2, passage.toString());
        assertEquals(0, byClaim.get("claims").size(), "one claim is the passage itself");
        // "It" of the paper the sentence before names is read as that paper: its denial is found, not another paper's topic.
        JsonNode referring = json(server.post("/api/cite", "{\"claim\": \"Quiet-STaR teaches LMs to generate rationales at each token."
                + " It requires fine-tuning on each downstream task. Entropy collapse is common.\"}"));
        assertEquals("It requires fine-tuning on each downstream task.", referring.at("/claims/1/query").asText(), "the claim as given");
        assertEquals("Read as \"Quiet-STaR requires fine-tuning on each downstream task.\", of the paper the sentence before names.",
                referring.at("/claims/1/notices/0").asText(), referring.toString());
        assertTrue(referring.at("/claims/1/results/0/title").asText().startsWith("Quiet-STaR"), referring.toString());
        assertEquals("the cited sentence says this is not so", referring.at("/claims/1/results/0/opposes").asText().replaceFirst(" \\(.*", ""), referring.toString());
        assertEquals(0, referring.at("/claims/2/notices").size(), "a sentence that names its own subject is read as written: " + referring);
        // "However, it" after a sentence that names nothing but was found in Masked Thought, as the one before it was: that paper.
        JsonNode chained = json(server.post("/api/cite", "{\"claim\": \"Masked Thought is complementary to existing methods. Combined with data"
                + " augmentation it improves GSM8K accuracy by 3% and MATH by 1%. However, it requires extensive additional human labeling.\"}"));
        assertEquals("Read as \"However, Masked Thought requires extensive additional human labeling.\", of the paper the sentence before was found in.",
                chained.at("/claims/2/notices/0").asText(), chained.toString());
        assertTrue(chained.at("/claims/2/results/0/title").asText().startsWith("Masked Thought"), chained.toString());
        // A draft's citation is no figure of the claim: "2025" is not asked of the abstract.
        JsonNode cited = json(server.get("/api/cite?claim=" + URLEncoder.encode("Shorter thinking chains are more accurate (Hassid et al., 2025).", "UTF-8")));
        assertTrue(cited.at("/results/0/title").asText().startsWith("Don't Overthink it"), cited.toString());
        assertEquals(0, cited.at("/results/0/unstated").size(), cited.toString());
        assertEquals("Shorter thinking chains are more accurate (Hassid et al., 2025).", cited.get("query").asText(), "the claim as given");
        String many = "Shorter thinking chains can be more accurate than long ones. ".repeat(CitationLookup.MAX_CLAIMS + 2);
        JsonNode tooMany = json(server.post("/api/cite", "{\"claim\": \"" + many + "\", \"k\": 1}"));
        assertEquals(CitationLookup.MAX_CLAIMS, tooMany.get("claims").size());
        assertEquals("Only its first 10 sentences were looked up: look up the others in a passage of their own.", tooMany.at("/notices/1").asText());
        // The passage's results are each claim's first source, not those of one search of the whole, which blurs them.
        assertEquals(IntStream.range(0, 3).mapToObj(i -> passage.at("/claims/" + i + "/results/0/id").asText()).toList(),
                StreamSupport.stream(passage.get("results").spliterator(), false).map(r -> r.get("id").asText()).toList());
        // Pasted where a title goes, a passage is no title: three titles found at 100% were its words' doing.
        JsonNode asTitle = json(server.get("/api/cite?title=" + URLEncoder.encode(dev.paperchat.app.SampleIndex.PASSAGE, "UTF-8")));
        assertEquals("claim", asTitle.get("by").asText());
        assertEquals(3, asTitle.get("claims").size());
        assertEquals("This reads as a passage of 3 sentences, not a title: each is looked up as a claim.", asTitle.at("/notices/0").asText());
        // A reference's full stops part its authors, title and venue: it is a title, wherever it was pasted.
        String reference = "Zelikman et al. 2024. Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking. COLM 2024.";
        // A BibTeX entry too: its citation key and arXiv id are no figures a claim asks the paper to state.
        String bibtex = "@article{zelikman2024quiet, title={{Quiet-STaR}: Language Models Can Teach Themselves to Think Before Speaking}, "
                + "journal={arXiv preprint arXiv:2403.09629}, year={2024}}";
        for (String field : List.of("title", "claim")) for (String given : List.of(reference, bibtex)) {
            JsonNode byReference = json(server.get("/api/cite?" + field + "=" + URLEncoder.encode(given, "UTF-8")));
            assertEquals("title", byReference.get("by").asText(), byReference.toString());
            assertEquals(0, byReference.get("claims").size());
            assertTrue(byReference.at("/results/0/title").asText().startsWith("Quiet-STaR"), byReference.toString());
            assertEquals(1.0, byReference.at("/results/0/confidence").asDouble());
        }
        // A claim in French finds no English sentence by its words: the reader is told why.
        JsonNode french = json(server.get("/api/cite?claim=" + URLEncoder.encode("Les modèles de raisonnement sont plus précis avec des chaînes courtes.", "UTF-8")));
        assertFalse(french.get("found").asBoolean(), french.toString());
        assertEquals(dev.paperchat.answer.ForeignQuestion.LOOKUP_NOTICE, french.at("/notices/0").asText());
        // An id no paper has is near no title: nothing is listed, and a notice says which id it was.
        for (String id : List.of("arXiv:2599.99999", "https://doi.org/10.1234/ABCD")) {
            JsonNode unknownId = json(server.get("/api/cite?title=" + URLEncoder.encode(id, "UTF-8")));
            assertFalse(unknownId.get("found").asBoolean(), unknownId.toString());
            assertEquals(0, unknownId.get("results").size(), unknownId.toString());
            assertTrue(unknownId.at("/notices/0").asText().matches("No paper in the collection has the (arXiv id 2599\\.99999|DOI 10\\.1234/abcd)\\."),
                    unknownId.toString());
        }
        // Two of them: no words are left to search, which had made a 400 of "query must not be empty".
        JsonNode twoIds = json(server.post("/api/cite", "{\"title\": \"2599.99999 https://arxiv.org/abs/2599.99998\"}"));
        assertEquals(0, twoIds.get("results").size(), twoIds.toString());
        assertEquals("No paper in the collection has these ids; look up one id at a time.", twoIds.at("/notices/0").asText());
        JsonNode shortOnes = json(server.post("/api/cite", "{\"claim\": \"DPO is simple. Indeed. Coconut reasons latently.\"}"));
        assertEquals(2, shortOnes.get("claims").size(), "three words make a claim: " + shortOnes);
        assertEquals("Too short to look up as claims: Indeed.", shortOnes.at("/notices/1").asText());

        JsonNode nothing = json(server.get("/api/cite?claim=" + URLEncoder.encode("proteins fold into helices in the ribosome", "UTF-8")));
        assertFalse(nothing.get("found").asBoolean());
        // The closest papers are listed, as for a title the collection lacks, each well below found.
        assertTrue(nothing.get("results").size() > 0, nothing.toString());
        for (JsonNode r : nothing.get("results")) assertTrue(r.get("confidence").asDouble() <= 0.5 && r.get("opposes").isNull(), r.toString());
        // Sample papers use "GPT-4" and "pass@1", but none is about bar exams.
        JsonNode sharedWords = json(server.get("/api/cite?claim=" + URLEncoder.encode("GPT-4 passes the bar exam", "UTF-8")));
        assertFalse(sharedWords.get("found").asBoolean(), sharedWords.toString());
        // The right paper with a wrong number: on the subject, not the claim's source.
        JsonNode stated = json(server.get("/api/cite?claim=" + URLEncoder.encode("VeriReason reaches 83.1% functional correctness on VerilogEval Machine", "UTF-8")));
        JsonNode changed = json(server.get("/api/cite?claim=" + URLEncoder.encode("VeriReason reaches 97.5% functional correctness on VerilogEval Machine", "UTF-8")));
        assertEquals(stated.at("/results/0/id"), changed.at("/results/0/id"));
        assertEquals(0, stated.at("/results/0/unstated").size(), stated.toString());
        assertEquals("[\"97.5\"]", changed.at("/results/0/unstated").toString(), changed.toString());
        assertTrue(changed.at("/results/0/confidence").asDouble() <= 0.5 && stated.at("/results/0/confidence").asDouble() > 0.5, changed.toString());
        // A claim of figures and names is far from its abstract as a whole, and nearly one of its sentences; "Llama 3.1" is its "Llama3.1".
        for (String figures : List.of("Llama3.1-8B reaches a 68 percent relative improvement on AIME 2024.",
                "Llama 3.1 8B achieves a 68% relative improvement on AIME 2024",
                // Close to one sentence, with two figures the paper states: its source, though far from the abstract as a whole.
                "ETTRL raises Llama 3.1 by 68 percent on AIME 2024 with 60 percent of the rollout tokens")) {
            JsonNode found = json(server.get("/api/cite?claim=" + URLEncoder.encode(figures, "UTF-8")));
            assertTrue(found.get("found").asBoolean() && found.at("/results/0/title").asText().startsWith("ETTRL"), found.toString());
            assertEquals(0, found.at("/results/0/unstated").size(), found.toString());
        }
    }

    @Test
    void should_answer_each_error_with_json_and_the_right_status() throws Exception {
        assertError(server.get("/api/search"), 400, "\"q\"");
        assertError(server.get("/api/search?q=x&k=500"), 400, "query parameter \"k\" must be between 1 and 50, was 500");
        assertError(server.get("/api/search?q=x&k=5.5"), 400, "query parameter \"k\" must be a whole number from 1 to 50, was 5.5");
        assertEquals(200, server.get("/api/search?q=x&k=5.0").statusCode(), "a float's whole number, as a JSON body's 5.0 is");
        assertError(server.post("/api/search", "{\"q\": \"x\", \"offset\": -3, \"k\": 5}"), 400, "field \"offset\" must be between 0 and 49, was -3");
        assertError(server.get("/api/search?q=x&k=ten"), 400, "query parameter \"k\" must be a whole number, was ten");
        assertError(server.get("/api/search?q=a&q=b"), 400, "query parameter \"q\" is given 2 times");
        assertError(server.get("/api/search?q=x&from=yesterday"), 400, "query parameter \"from\" must be a date");
        assertError(server.get("/api/search?q=x&from=2025-13"), 400, "query parameter \"from\" must be a date like 2025-01-31, 2025-01 or 2025");
        assertError(server.post("/api/search", "{\"q\": \"x\", \"to\": \"2025-13\"}"), 400, "field \"to\" must be a date like");
        assertError(server.post("/api/search", "{\"q\": \"x\", \"filters\": {\"to\": \"2025-13\"}}"), 400, "field \"filters.to\" must be a date like");
        assertEquals(200, server.get("/api/search?q=x&from=2025&to=2025-06").statusCode(), "a year, a month");
        // pandas' Timestamp.isoformat(): the day is read, its time left aside.
        JsonNode timed = json(server.get("/api/search?q=entropy&from=2025-01-01T00:00:00&to=2025-06-30T23:59:59.5%2B02:00"));
        assertTrue(timed.get("results").size() > 0, timed.toString());
        for (JsonNode hit : timed.get("results")) assertTrue(hit.get("date").asText().compareTo("2025-07") < 0, hit.toString());
        // Each result's year, a number a table sorts by; none for a listing's "26 May", as for no date.
        for (JsonNode hit : timed.get("results")) assertEquals(Integer.parseInt(hit.get("date").asText().substring(0, 4)), hit.get("year").intValue());
        JsonNode all = json(server.get("/api/papers?limit=500"));
        for (JsonNode paper : all.get("papers")) {
            boolean dated = paper.get("date").asText().matches("\\d{4}.*");
            assertEquals(dated, paper.get("year").isInt(), paper.toString());
            assertTrue(dated || paper.get("year").isNull(), paper.toString());
        }
        // A date range leaves out the papers its records give no year: the search says so, as an answer does.
        assertEquals(dev.paperchat.index.Filters.UNDATED_LEFT_OUT,
                json(server.get("/api/search?q=entropy&from=2025")).at("/notices/0").asText());
        assertEquals(0, json(server.get("/api/search?q=entropy&org=tencent")).get("notices").size(), "an organisation leaves out no undated paper");
        assertError(server.post("/api/ask", "{\"question\": 5}"), 400, "\"question\"");
        assertError(server.post("/api/ask", "{}"), 400, "field \"question\" is required");
        assertError(server.post("/api/ask", "{\"question\": \"  \"}"), 400, "field \"question\" must not be empty");
        // Spaces of other kinds and invisible characters are nothing to ask either: they had been answered with papers close to nothing.
        for (String invisible : List.of("\\u00a0\\u00a0", "\\u200b", "\\u0000", "\\ufeff\\u3000", "\\u2800", "\\u3164", "\\u0301")) {
            assertError(server.post("/api/ask", "{\"question\": \"" + invisible + "\"}"), 400, "field \"question\" must not be empty");
            assertError(server.post("/api/search", "{\"q\": \"" + invisible + "\"}"), 400, "field \"q\" must not be empty");
            assertError(server.post("/api/cite", "{\"claim\": \"" + invisible + "\"}"), 400, "field \"claim\" must not be empty");
        }
        // Punctuation or symbols alone are nothing to search for either: they had found papers close to nothing, with no word why.
        for (String symbols : List.of("?!... ;;; ---", "\uD83E\uDD14\uD83E\uDD14")) {
            assertError(server.post("/api/search", "{\"q\": \"" + symbols + "\"}"), 400, "field \"q\" holds no letters or digits to search for");
            assertError(server.get("/api/search?q=" + URLEncoder.encode(symbols, "UTF-8")), 400, "query parameter \"q\" holds no letters or digits to search for");
            assertError(server.post("/api/cite", "{\"claim\": \"" + symbols + "\"}"), 400, "field \"claim\" holds no letters or digits to search for");
            assertError(server.get("/api/cite?title=" + URLEncoder.encode(symbols, "UTF-8")), 400, "query parameter \"title\" holds no letters or digits");
            JsonNode asked = json(server.post("/api/ask", "{\"question\": \"" + symbols + "\"}"));
            assertTrue(asked.get("answer").asText().startsWith("Ask a question about the papers in the collection"), asked.toString());
        }
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"k\": \"many\"}"), 400, "\"k\"");
        assertError(server.post("/api/ask", "{\"questoin\": \"x\"}"), 400, "unknown field \"questoin\"; known: ");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"limit\": 3}"), 400,
                "unknown field \"limit\"; known: filters, from, history, k, mode, org, question, stream, to");
        // Filters flat, as a search takes them, or in "filters": either, not both.
        JsonNode flat = json(server.post("/api/ask", "{\"question\": \"Which papers study reasoning?\", \"org\": \"Tencent\"}"));
        assertTrue(flat.get("sources").size() > 0, flat.toString());
        flat.get("sources").forEach(source -> assertEquals("Tencent", source.get("organization").asText(), source.toString()));
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"from\": \"soon\"}"), 400, "field \"from\" must be a date");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"org\": \"Tencent\", \"filters\": {\"from\": \"2025\"}}"), 400,
                "give filters either in \"filters\" or as \"from\", \"to\" and \"org\", not both");
        assertError(server.post("/api/ask", "{not json"), 400, "malformed JSON");
        assertError(server.post("/api/ask", "{\"question\": \"x\"} trailing"), 400, "malformed JSON");
        assertError(server.post("/api/ask", "{\"question\": \"x\"} {\"question\": \"y\"}"), 400, "malformed JSON: more follows the request's JSON object");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"question\": \"y\"}"), 400, "Duplicate field 'question'");
        assertError(server.post("/api/ask", "[]"), 400, "request body must be a JSON object");
        // A byte order mark before the JSON (Windows tools write one) is read past; curl -d's JSON sent as a form is read as
        // JSON, and a body that is a form is refused for what it is.
        assertEquals(200, server.post("/api/search", "\uFEFF{\"q\": \"entropy collapse\", \"k\": 1}").statusCode());
        assertEquals(200, form("/api/search", "{\"q\": \"entropy collapse\", \"k\": 1}").statusCode());
        assertError(form("/api/search", "q=entropy+collapse"), 415, "(Content-Type: application/json), not a form");
        assertError(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}]} {}"), 400, "more follows");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"k\": 1000000000000}"), 400, "field \"k\" is out of range");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"history\": [null]}"), 400, "history[0]");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"history\": [{\"role\": \"bot\", \"content\": \"y\"}]}"), 400, "role");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"mode\": \"psychic\"}"), 400, "field \"mode\" must be auto, llm or extractive");
        assertError(server.post("/api/ask", "{\"question\": \"" + "x".repeat(5000) + "\"}"), 400, "at most 4000 characters");
        // Characters as a reader counts them: 2,500 emoji are 2,500, though Java holds them in 5,000 chars; 4,001 are too many.
        assertEquals(200, server.post("/api/ask", "{\"question\": \"" + "\uD83E\uDD16".repeat(2500) + "\"}").statusCode());
        assertError(server.post("/api/ask", "{\"question\": \"" + "\uD83E\uDD16".repeat(4001) + "\"}"), 400, "at most 4000 characters, was 4001");
        assertError(server.get("/api/papers/no-such-paper"), 404, "no paper with id");
        // An id is looked up in the index, never as a path: a hostile one is only not found.
        assertError(server.get("/api/papers/..%2F..%2Fetc%2Fpasswd"), 404, "no paper with id ../../etc/passwd");
        assertEquals(400, server.get("/api/papers/a%00b").statusCode(), "a control character, which Jetty refuses first");
        assertError(server.get("/api/nothing-here"), 404, "not found");
        HttpResponse<String> getAsk = server.get("/api/ask");
        assertError(getAsk, 405, "GET is not allowed on /api/ask");
        assertEquals(Optional.of("POST"), getAsk.headers().firstValue("Allow"), "a 405 names the methods the route takes");
        assertEquals(Optional.of("GET, HEAD"), server.post("/api/health", "{}").headers().firstValue("Allow"));
        assertEquals(Optional.of("GET, HEAD, DELETE"), server.post("/api/papers/10.1000/xyz", "{}").headers().firstValue("Allow"),
                "an id with slashes, as a DOI has");
        assertEquals(Optional.of("GET, HEAD"), server.post("/v1/models/paperchat", "{}").headers().firstValue("Allow"));
        assertError(server.get("/api/search?q=" + "a".repeat(20_000)), 414, "the URL is over 8 KB");
        assertError(server.get("/api/cite?title=a&claim=b"), 400, "exactly one");
        assertError(server.post("/api/cite", "{\"claim\": \"  \"}"), 400, "field \"claim\" must not be empty");
        assertError(server.get("/api/cite?title="), 400, "query parameter \"title\" must not be empty");
        assertError(server.post("/api/cite", "{\"claim\": \"" + "x".repeat(10_001) + "\"}"), 400, "field \"claim\" must be at most 10000 characters, was 10001");
        assertError(server.get("/api/cite?id=2401.00001"), 400, "GET /api/papers/{id}/bibtex");
        assertError(server.get("/api/search?q=reasoning&limit=3"), 400, "unknown query parameter \"limit\"; known: from, k, offset, org, q, to");
        assertError(server.get("/api/cite?title=quiet%20star&max=3"), 400, "unknown query parameter \"max\"");
        assertError(server.post("/api/ingest", "{\"papers\": []}"), 403, "API key");
        assertError(server.post("/api/ask", "{\"question\": \"" + "x".repeat(3_000_000) + "\"}"), 413, "");
        // A HEAD is answered as its GET, without the body: a link checker learns a paper is missing.
        HttpResponse<String> missing = server.head("/api/papers/no-such-paper");
        assertEquals(404, missing.statusCode());
        assertEquals("", missing.body());
        assertEquals(400, server.head("/api/search?q=x&foo=1").statusCode(), "an unknown parameter, as GET says");
        HttpResponse<String> found = server.head("/api/search?q=entropy");
        assertEquals(200, found.statusCode());
        assertEquals("", found.body());
        assertEquals(Optional.of("application/json"), found.headers().firstValue("Content-Type"));
    }

    @Test
    void should_serve_an_openapi_document_that_covers_every_route() throws Exception {
        JsonNode spec = json(server.get("/openapi.json"));
        assertEquals("3.0.3", spec.get("openapi").asText());
        assertEquals(server.url(""), spec.at("/servers/0/url").asText(), "the server it came from, on its port");
        Set<String> documented = new TreeSet<>(), operationIds = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
            // Clients generated from the document (OpenAI GPT actions, openapi-generator, LangChain toolkits) name their calls by these.
            path.getValue().forEach(operation -> operationIds.add(operation.path("operationId").asText()));
        }
        assertEquals(documented.size(), operationIds.size(), "one operationId for each operation, none twice: " + operationIds);
        assertFalse(operationIds.contains(""), "every operation has an operationId");
        // OpenAPI writes every path parameter {id}; the server's <id> also takes slashes (DOIs).
        assertEquals(new TreeSet<>(server.server().routes().stream().map(r -> r.replaceAll("<(\\w+)>", "{$1}")).toList()), documented);
        // Every field an ingested paper is read for, "arxivId" among them, which a generated client would otherwise leave out.
        for (String field : dev.paperchat.corpus.JsonlParser.FIELDS) {
            assertTrue(spec.at("/components/schemas/IngestPaper/properties").has(field), field);
        }
    }

    @Test
    void should_document_every_field_that_the_responses_carry() throws Exception {
        JsonNode spec = json(server.get("/openapi.json"));
        String id = json(server.get("/api/search?q=Quiet-STaR&k=1")).at("/results/0/id").asText();
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("SearchResults", server.get("/api/search?q=entropy%20collapse&k=3"));
        responses.put("Answer", server.post("/api/ask", "{\"question\": \"Which methods avoid entropy collapse?\"}"));
        responses.put("Paper", server.get("/api/papers/" + id));
        responses.put("CiteResults", server.post("/api/cite", "{\"claim\": \"" + dev.paperchat.app.SampleIndex.PASSAGE + "\"}"));
        responses.put("Health", server.get("/api/health"));
        responses.put("Stats", server.get("/api/stats"));
        responses.put("PaperList", server.get("/api/papers?limit=3"));
        // Papers without a date or an organisation, a title lookup and an answer that finds nothing carry the nulls.
        responses.put("SearchResults#undated", server.get("/api/search?q=reasoning&k=50"));
        responses.put("PaperList#all", server.get("/api/papers?limit=500"));
        responses.put("CiteResults#title", server.get("/api/cite?title=quiet%20star"));
        responses.put("Answer#uncovered", server.post("/api/ask", "{\"question\": \"How do proteins fold?\"}"));
        responses.put("ChatCompletion", server.post("/v1/chat/completions",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"What is Quiet-STaR?\"}]}"));
        Set<String> undocumented = new TreeSet<>();
        responses.forEach((schema, response) -> {
            try {
                undocumented(json(response), spec.at("/components/schemas/" + schema.split("#")[0]), spec, schema, undocumented);
            } catch (Exception e) {
                throw new AssertionError(schema, e);
            }
        });
        assertEquals(Set.of(), undocumented);
    }

    /**
     * Collects the fields of {@code value} that its schema does not name, those it requires and
     * {@code value} lacks, and nulls where it allows none, following $ref, items and properties.
     */
    private static void undocumented(JsonNode value, JsonNode schema, JsonNode spec, String path, Set<String> out) {
        if (schema.has("$ref")) schema = spec.at(schema.get("$ref").asText().substring(1));
        if (value.isArray() && schema.has("items")) {
            for (JsonNode item : value) undocumented(item, schema.get("items"), spec, path + "[]", out);
        } else if (value.isObject() && schema.has("properties")) {
            // A field the schema requires is in every response, null or not.
            for (JsonNode required : schema.path("required")) if (!value.has(required.asText())) out.add("missing " + path + "." + required.asText());
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode property = schema.get("properties").get(name);
                if (property == null) {
                    out.add(path + "." + name);
                } else if (value.get(name).isNull() && !property.path("nullable").asBoolean()) {
                    out.add("null, not nullable: " + path + "." + name);
                } else {
                    undocumented(value.get(name), property, spec, path + "." + name, out);
                }
            }
        }
    }

    @Test
    void should_speak_the_openai_protocol_plain_and_streaming() throws Exception {
        JsonNode models = json(server.get("/v1/models"));
        assertEquals("paperchat", models.at("/data/0/id").asText());
        JsonNode completion = json(server.post("/v1/chat/completions",
                "{\"model\": \"paperchat\", \"messages\": [{\"role\": \"system\", \"content\": \"be brief\"}, {\"role\": \"user\", \"content\": \"What is Quiet-STaR?\"}]}"));
        assertEquals("chat.completion", completion.get("object").asText());
        assertTrue(completion.at("/choices/0/message/content").asText().contains("[1]"));
        assertTrue(completion.get("citations").size() > 0);
        assertEquals("What is Quiet-STaR?", completion.at("/paperchat/question").asText());
        JsonNode followUp = json(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"What is Quiet-STaR?\"},"
                + " {\"role\": \"assistant\", \"content\": " + JSON.writeValueAsString(completion.at("/choices/0/message/content").asText()) + "},"
                + " {\"role\": \"user\", \"content\": \"who wrote it?\"}]}"));
        assertTrue(followUp.at("/paperchat/question").asText().contains("Quiet-STaR"), "what the follow-up was searched as: " + followUp.at("/paperchat"));

        HttpResponse<String> stream = server.post("/v1/chat/completions",
                "{\"model\": \"paperchat\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"What is Quiet-STaR?\"}]}");
        List<String[]> events = events(stream.body());
        assertEquals("[DONE]", events.get(events.size() - 1)[1]);
        JsonNode last = JSON.readTree(events.get(events.size() - 2)[1]);
        assertEquals("stop", last.at("/choices/0/finish_reason").asText());
        assertTrue(last.get("citations").size() > 0);
        JsonNode parts = json(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": "
                + "[{\"type\": \"text\", \"text\": \"What is\"}, {\"type\": \"text\", \"text\": \"Quiet-STaR?\"}]}]}"));
        assertEquals(completion.at("/choices/0/message/content"), parts.at("/choices/0/message/content"), "text parts are words apart");
        JsonNode filtered = json(server.post("/v1/chat/completions",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"Which papers from Tencent study reasoning?\"}]}"));
        assertTrue(filtered.at("/choices/0/message/content").asText().endsWith(
                "\n\n(Note: \"Tencent\" in the question was read as a filter: only papers from that organisation were searched.)"),
                "an OpenAI client shows the content only: " + filtered.at("/choices/0/message/content").asText());
        // Its notes point to what an OpenAI client has, never the chat page's controls.
        String counted = json(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"How many papers mention GSM8K?\"}]}"))
                .at("/choices/0/message/content").asText();
        assertTrue(counted.contains("ask for more with k (a field of the request, extra_body in OpenAI's clients, at most 20)")
                && !counted.contains("chat page"), counted);
        // paperchat's filters, as /api/ask takes them (the official clients send them in extra_body).
        JsonNode tencent = json(server.post("/v1/chat/completions",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"Which papers study reasoning?\"}], \"filters\": {\"org\": \"Tencent\"}}"));
        assertTrue(tencent.get("sources").size() > 0, tencent.toString());
        tencent.get("sources").forEach(source -> assertEquals("Tencent", source.get("organization").asText(), source.toString()));
        assertError(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"filters\": {\"from\": \"soon\"}}"),
                400, "field \"filters.from\" must be a date");
        assertError(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], \"filters\": {\"organisation\": \"Tencent\"}}"),
                400, "unknown field \"filters.organisation\"; known: from, org, to");
        // paperchat's own fields, and OpenAI's stream, have their types: no silent "3" for 3 or 2 for 2.5, and no Jackson in the message.
        String ask = "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"}], ";
        assertError(server.post("/v1/chat/completions", ask + "\"k\": \"3\"}"), 400, "field \"k\" must be a whole number");
        assertError(server.post("/v1/chat/completions", ask + "\"k\": 2.5}"), 400, "field \"k\" must be a whole number");
        assertError(server.post("/v1/chat/completions", ask + "\"stream\": \"true\"}"), 400, "field \"stream\" must be true or false");
        // 3.0 is a whole number: pandas and JavaScript clients send floats.
        assertEquals(200, server.post("/v1/chat/completions", ask + "\"k\": 3.0}").statusCode());
        assertEquals(200, server.post("/api/ask", "{\"question\": \"What is Quiet-STaR?\", \"k\": 3.0}").statusCode());
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"k\": 2.5}"), 400, "field \"k\" must be a whole number");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"k\": 0}"), 400, "field \"k\" must be between 1 and 20, was 0");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"history\": [{\"role\": \"user\", \"text\": \"hi\"}]}"), 400,
                "unknown field \"history[0].text\"; known: content, role");
        assertError(server.post("/api/ask", "{\"question\": \"x\", \"history\": [{\"role\": \"user\"}]}"), 400,
                "field \"history[0]\": history content must not be null");
        // A question asked before is asked again when no answer follows it: it has a question's limit, named where it is.
        String longTurn = "{\"role\": \"user\", \"content\": \"" + "ab ".repeat(3_500) + "\"}";
        assertError(server.post("/api/ask", "{\"question\": \"tell me more about the third one\", \"history\": [" + longTurn + "]}"), 400,
                "field \"history[0]\": a user turn must be at most 10000 characters, was 10500");
        // A chat client sends its whole chat: a long paste from before is kept as its start, not refused.
        assertEquals(200, server.post("/v1/chat/completions", "{\"messages\": [" + longTurn + ", {\"role\": \"user\", \"content\": \"x\"}]}").statusCode());
        // Combining marks are cut before the length is counted: 12,010 characters of "Zalgo" are 14.
        String zalgo = "{\"role\": \"user\", \"content\": \"" + "ab\u0301".repeat(1) + "\u0301".repeat(12_000) + " what about it\"}";
        assertEquals(200, server.post("/api/ask", "{\"question\": \"x y z\", \"history\": [" + zalgo + "]}").statusCode());
        assertError(server.post("/v1/chat/completions", ask + "\"mode\": 5}"), 400, "field \"mode\"");
        for (String filters : List.of("\"x\"", "[1]")) {
            HttpResponse<String> shape = server.post("/v1/chat/completions", ask + "\"filters\": " + filters + "}");
            assertError(shape, 400, "field \"filters\" must be a JSON object");
            assertFalse(shape.body().contains("dev.paperchat") || shape.body().contains("Cannot"), shape.body());
        }
        assertError(server.post("/v1/chat/completions", ask + "\"filters\": {\"org\": 5}}"), 400, "field \"filters.org\" must be a string");
        assertError(server.post("/v1/chat/completions", "{\"messages\": []}"), 400, "messages");
        assertError(server.post("/v1/chat/completions", "{\"messages\": [null, {\"role\": \"user\", \"content\": \"x\"}]}"), 400, "messages[0]");
        assertError(server.post("/v1/chat/completions", "{\"messages\": [\"What is EMPO?\"]}"), 400,
                "messages[0] must be an object with role and content, was a string");
        assertError(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"bot\", \"content\": \"x\"}]}"), 400,
                "must be system, developer, user, assistant or tool");
        assertError(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"" + "x".repeat(4_001) + "\"}]}"), 400,
                "messages[0].content, the question, must be at most 4000 characters, was 4001");
        assertError(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"  \"}]}"), 400,
                "messages[0].content, the question, is empty");
        assertError(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"image_url\", "
                + "\"image_url\": {\"url\": \"http://x/y.png\"}}]}]}"), 400, "messages[0].content holds no text part; the question must be text");
        assertError(server.post("/v1/chat/completions", "{\"messages\": [{\"content\": \"What is EMPO?\"}]}"), 400,
                "messages[0].role is missing: system, developer, user or assistant");
        JsonNode refused = json(server.post("/v1/chat/completions", "{\"messages\": []}"));
        assertTrue(refused.at("/error/message").asText().contains("messages"), "OpenAI's error object: " + refused);
        assertEquals("invalid_request_error", refused.at("/error/type").asText(), "OpenAI's kind of error");
        assertEquals("bad_request", refused.at("/error/code").asText(), "paperchat's code");
        // OpenAI's param names the field at fault, for a client to branch on.
        JsonNode badK = json(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"What is EMPO?\"}], \"k\": 100}"));
        assertEquals("k", badK.at("/error/param").asText(), badK.toString());
        JsonNode badRole = json(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"robot\", \"content\": \"x\"}]}"));
        assertEquals("messages[0].role", badRole.at("/error/param").asText(), badRole.toString());

        // What a client relies on and paperchat cannot give is refused; what changes nothing it reads is accepted.
        String question = "\"messages\": [{\"role\": \"user\", \"content\": \"What is Quiet-STaR?\"}]";
        assertError(server.post("/v1/chat/completions", "{" + question + ", \"n\": 2}"), 400, "field \"n\" must be 1");
        assertError(server.post("/v1/chat/completions", "{" + question + ", \"logprobs\": true, \"top_logprobs\": 3}"), 400,
                "field \"logprobs\" must be false: paperchat gives no token probabilities");
        assertEquals(200, server.post("/v1/chat/completions", "{" + question + ", \"logprobs\": false}").statusCode());
        assertError(server.post("/v1/chat/completions", "{" + question + ", \"tool_choice\": \"required\", \"tools\": []}"), 400,
                "field \"tool_choice\" must be \"auto\" or \"none\": paperchat calls no tools");
        assertError(server.post("/v1/chat/completions", "{" + question + ", \"tool_choice\": {\"type\": \"function\", \"function\": {\"name\": \"f\"}}}"),
                400, "tool_choice");
        assertError(server.post("/v1/chat/completions", "{" + question + ", \"response_format\": {\"type\": \"json_object\"}}"), 400,
                "paperchat answers in cited text");
        // Filters at the top, as /api/search takes them, would be ignored by a chat: they are refused, pointing to "filters".
        assertError(server.post("/v1/chat/completions", "{" + question + ", \"org\": \"tencent\"}"), 400,
                "field \"org\" is read inside \"filters\": {\"filters\": {\"org\": \"tencent\"}}");
        assertError(server.post("/v1/chat/completions", "{" + question + ", \"from\": \"2025\"}"), 400, "field \"from\" is read inside \"filters\"");
        assertError(server.post("/v1/chat/completions", "{" + question + ", \"organization\": \"tencent\"}"), 400,
                "field \"organization\" is read inside \"filters\": {\"filters\": {\"org\": \"tencent\"}}");
        assertError(server.post("/v1/chat/completions", "{" + question + ", \"filter\": {\"org\": \"tencent\"}}"), 400,
                "unknown field \"filter\"; paperchat's is \"filters\"");
        for (String accepted : List.of("\"n\": 1", "\"tool_choice\": \"auto\"", "\"tool_choice\": null", "\"response_format\": {\"type\": \"text\"}",
                "\"temperature\": 0.2, \"max_tokens\": 5")) {
            assertEquals(200, server.post("/v1/chat/completions", "{" + question + ", " + accepted + "}").statusCode(), accepted);
        }
        // An agent's loop sends its calls of tools and their results back: they are no turns of the conversation read.
        String withTools = "{\"messages\": [{\"role\": \"user\", \"content\": \"What is EMPO?\"}, {\"role\": \"assistant\", \"content\": null,"
                + " \"tool_calls\": [{\"id\": \"1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{}\"}}]},"
                + " {\"role\": \"tool\", \"tool_call_id\": \"1\", \"content\": \"r\"}, {\"role\": \"user\", \"content\": \"who wrote it?\"}]}";
        JsonNode afterTools = json(server.post("/v1/chat/completions", withTools));
        assertTrue(afterTools.at("/choices/0/message/content").asText().contains("Entropy Minimized Policy Optimization"),
                "\"it\" is the paper of the user's turn before: " + afterTools);
        assertError(server.post("/v1/chat/completions", "{\"messages\": [{\"role\": \"robot\", \"content\": \"x\"}]}"), 400,
                "messages[0].role must be system, developer, user, assistant or tool, was \"robot\"");

        assertEquals("paperchat", json(server.get("/v1/models/paperchat")).get("id").asText());
        assertError(server.get("/v1/models/gpt-4"), 404, "paperchat");
        List<String[]> withUsage = events(server.post("/v1/chat/completions", "{\"stream\": true, \"stream_options\": {\"include_usage\": true},"
                + " \"messages\": [{\"role\": \"user\", \"content\": \"What is Quiet-STaR?\"}]}").body());
        JsonNode usage = JSON.readTree(withUsage.get(withUsage.size() - 2)[1]);
        assertEquals(0, usage.get("choices").size(), "the usage chunk comes last, with no choices");
        assertTrue(usage.has("usage"), usage.toString());
        for (String[] event : withUsage.subList(0, withUsage.size() - 2)) {
            assertTrue(JSON.readTree(event[1]).get("usage").isNull(), "\"usage\": null before the last, as OpenAI sends it: " + event[1]);
        }
    }

    @Test
    void should_refuse_to_bind_beyond_loopback_without_an_api_key() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ApiServer(Config.of(Map.of("host", "0.0.0.0", "port", "0"))));
        assertTrue(e.getMessage().contains("API key"));
    }

    private static JsonNode upload(TestServer server, String name, String content) throws Exception {
        HttpResponse<String> response = multipart(server, "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** @param parts each part's headers, a blank line and its content */
    private static HttpResponse<String> multipart(TestServer server, String... parts) throws Exception {
        String boundary = "b0undary";
        StringBuilder body = new StringBuilder();
        for (String part : parts) body.append("--").append(boundary).append("\r\n").append(part).append("\r\n");
        body.append("--").append(boundary).append("--\r\n");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url("/api/ingest"))).header("Authorization", "Bearer k")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> delete(TestServer server, String path, String auth) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", auth).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Bytes a notebook uploads with requests come as a part named after its field, "file", and a browser's Blob as "blob":
     * no file's name, so each distinct upload is a source of its own; as one source, each had removed what the last stored.
     */
    @Test
    void should_keep_uploads_of_no_file_name_apart(@TempDir Path dir) throws Exception {
        try (PaperChat empty = new PaperChat(Config.defaults(dir)); TestServer server = new TestServer(Map.of("api.key", "k"), empty)) {
            String okapi = "@article{okapi, title = {Okapi Foraging}, abstract = {Okapis browse leaves in the forest.}}\n";
            String tapir = "{\"title\": \"Tapir Seed Dispersal\", \"abstract\": \"Tapirs carry seeds far through the forest.\"}\n";
            assertEquals(1, upload(server, "file", okapi).get("new").asInt());
            JsonNode second = upload(server, "blob", tapir);
            assertEquals(List.of(1, 0, 2), List.of(second.get("new").asInt(), second.get("removed").asInt(), second.get("papers").asInt()), second.toString());
            JsonNode again = upload(server, "File", okapi);
            assertEquals(List.of(0, 0, 1, 2), List.of(again.get("new").asInt(), again.get("removed").asInt(), again.get("unchanged").asInt(),
                    again.get("papers").asInt()), "the same bytes again are the same source, read again: " + again);
        }
    }

    /** An uploaded file is a source by its name: uploading it again replaces what it stored, as ingesting a file again does. */
    @Test
    void should_replace_what_an_uploaded_file_stored_when_it_is_uploaded_again(@TempDir Path dir) throws Exception {
        try (PaperChat empty = new PaperChat(Config.defaults(dir)); TestServer server = new TestServer(Map.of("api.key", "k"), empty)) {
            String okapi = "@article{okapi, title = {Okapi Foraging}, abstract = {Okapis browse leaves in the forest.}}\n";
            String tapir = "@article{tapir, title = {Tapir Seed Dispersal}, abstract = {Tapirs carry seeds far through the forest.}}\n";
            assertEquals(2, upload(server, "mine.bib", okapi + tapir).get("new").asInt());
            JsonNode again = upload(server, "mine.bib", tapir);
            assertEquals(List.of(0, 1, 1), List.of(again.get("new").asInt(), again.get("removed").asInt(), again.get("papers").asInt()),
                    "the tapir paper is updated, as its line moved: " + again);
            assertEquals(404, server.get("/api/papers/" + dev.paperchat.corpus.Titles.id("Okapi Foraging"), "Authorization", "Bearer k").statusCode());
            assertEquals(404, server.get("/api/papers/" + dev.paperchat.corpus.Titles.id("Okapi Foraging"), "Authorization", "bearer k").statusCode(),
                    "the scheme's name in any case");

            // A part or a query parameter the route does not know is refused, and nothing is done.
            String file = "Content-Disposition: form-data; name=\"file\"; filename=\"more.bib\"\r\n\r\n" + okapi;
            assertError(multipart(server, file, "Content-Disposition: form-data; name=\"colour\"\r\n\r\nblue"), 400,
                    "unknown field \"colour\"; known: file, format");
            assertError(multipart(server, "Content-Disposition: form-data; name=\"file\"\r\n\r\n" + okapi), 400, "part \"file\" has no file name");
            String tapirPath = "/api/papers/" + dev.paperchat.corpus.Titles.id("Tapir Seed Dispersal");
            assertError(delete(server, tapirPath + "?force=1", "Bearer k"), 400, "unknown query parameter \"force\"; this route takes none");
            assertError(server.get(tapirPath + "/bibtex?x=1", "Authorization", "Bearer k"), 400, "unknown query parameter \"x\"");
            assertError(server.get("/api/stats?verbose=1", "Authorization", "Bearer k"), 400, "unknown query parameter \"verbose\"");
            assertEquals(1, json(server.get("/api/stats", "Authorization", "Bearer k")).get("papers").asInt());

            // A paper can also be removed by hand, with the key.
            assertEquals(401, delete(server, tapirPath, "Bearer wrong").statusCode());
            HttpResponse<String> removed = delete(server, tapirPath, "Bearer k");
            assertEquals(200, removed.statusCode(), removed.body());
            assertEquals("Tapir Seed Dispersal", JSON.readTree(removed.body()).at("/removed/title").asText());
            assertEquals(404, delete(server, tapirPath, "Bearer k").statusCode());
            assertEquals(0, json(server.get("/api/stats", "Authorization", "Bearer k")).get("papers").asInt());
        }
    }

    @Test
    void should_require_the_key_when_one_is_set_and_ingest_with_it(@TempDir Path dir) throws Exception {
        String key = "Bearer s3cret";
        try (PaperChat empty = new PaperChat(Config.defaults(dir));
             TestServer secured = new TestServer(Map.of("api.key", "s3cret"), empty)) {
            assertError(secured.get("/api/search?q=x"), 401, "API key");
            assertError(secured.get("/api/search?q=x", "Authorization", "Bearer wrong"), 401, "API key");
            assertEquals(200, secured.get("/api/search?q=x", "Authorization", key).statusCode());
            assertEquals(200, secured.get("/api/health").statusCode());
            String papers = JSON.writeValueAsString(Map.of("papers", List.of(
                    Map.of("title", "A Tiny Paper", "abstract", "We test ingest over HTTP. It works on the first try."),
                    Map.of("title", "No abstract"))));
            JsonNode first = json(secured.post("/api/ingest", papers, "Authorization", key));
            assertEquals(1, first.get("new").asInt(), first.toString());
            assertEquals(1, first.get("rejected").asInt());
            assertEquals("papers[1]", first.at("/errors/0/file").asText(), "the entry as the client sent it: " + first);
            assertTrue(first.at("/errors/0/message").asText().contains("missing field \"abstract\""), first.toString());
            JsonNode again = json(secured.post("/api/ingest", papers, "Authorization", key));
            assertEquals(1, again.get("unchanged").asInt(), again.toString());
            assertEquals(1, again.get("papers").asInt());
            String twice = JSON.writeValueAsString(Map.of("papers", List.of(Map.of("title", "Twice Told", "abstract", "Version one."),
                    Map.of("title", "Twice Told", "abstract", "Version two, longer."))));
            JsonNode merged = json(secured.post("/api/ingest", twice, "Authorization", key));
            assertEquals("papers[1]", merged.at("/errors/0/file").asText(), merged.toString());
            assertTrue(merged.at("/errors/0/message").asText().startsWith("repeats the work of papers[0] (the same title"), merged.toString());
            JsonNode notObject = json(secured.post("/api/ingest", "{\"papers\": [\"A title alone\"]}", "Authorization", key));
            assertEquals("expected a JSON object, found a string; each entry of \"papers\" is one paper, a JSON object",
                    notObject.at("/errors/0/message").asText(), "in the request's terms, not a file's lines: " + notObject);
            assertError(secured.post("/api/ingest", "{\"papers\": 3}", "Authorization", key), 400, "\"papers\"");
            assertError(secured.post("/api/ingest", "{\"paper\": []}", "Authorization", key), 400, "unknown field \"paper\"; known: papers");
            HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(secured.url("/api/ingest"))).header("Authorization", key).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("title,abstract\nA,B\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertError(csv, 415, "multipart/form-data");
            // A later request with the same paper and fewer fields merges with the first: its DOI stays.
            String withDoi = JSON.writeValueAsString(Map.of("papers", List.of(Map.of("title", "Wombat Cube Geometry",
                    "abstract", "We model cubes. CubeNet explains the corners.", "doi", "10.4242/wombat"))));
            String without = JSON.writeValueAsString(Map.of("papers", List.of(Map.of("title", "Wombat Cube Geometry",
                    "abstract", "We model cubes. CubeNet explains the corners."))));
            assertEquals(1, json(secured.post("/api/ingest", withDoi, "Authorization", key)).get("new").asInt());
            json(secured.post("/api/ingest", without, "Authorization", key));
            HttpResponse<String> byDoi = secured.get("/api/papers/10.4242/wombat", "Authorization", key);
            assertEquals(200, byDoi.statusCode(), byDoi.body());
            // A later request with the id of a paper only requests gave corrects it: its shorter abstract and later date replace the old.
            String posted = JSON.writeValueAsString(Map.of("papers", List.of(Map.of("id", "w1", "title", "Wombat Burrow Depth",
                    "abstract", "Burrows reach 93.4% of their depth in a week, we find.", "date", "2023-11-20", "authors", List.of("A. Beaver"),
                    "doi", "10.4242/burrow"))));
            String corrected = JSON.writeValueAsString(Map.of("papers", List.of(Map.of("id", "w1", "title", "Wombat Burrow Depth",
                    "abstract", "Burrows reach 91.0% of their depth.", "date", "2024-01-05"))));
            assertEquals(1, json(secured.post("/api/ingest", posted, "Authorization", key)).get("new").asInt());
            JsonNode correction = json(secured.post("/api/ingest", corrected, "Authorization", key));
            assertEquals(1, correction.get("updated").asInt(), correction.toString());
            assertEquals(0, correction.get("errors").size(), "a correction is no second work taken for the first: " + correction);
            JsonNode w1 = json(secured.get("/api/papers/w1", "Authorization", key));
            assertEquals("Burrows reach 91.0% of their depth.", w1.get("abstractText").asText(), w1.toString());
            assertEquals("2024-01-05", w1.get("date").asText());
            assertEquals("A. Beaver", w1.at("/authors/0").asText(), "what the correction leaves out stays: " + w1);
            assertEquals(200, secured.get("/api/papers/10.4242/burrow", "Authorization", key).statusCode());
        }
    }

    @Test
    void should_find_a_paper_by_its_doi_or_arxiv_id_in_any_form(@TempDir Path dir) throws Exception {
        String key = "Bearer s3cret";
        try (PaperChat empty = new PaperChat(Config.defaults(dir));
             TestServer secured = new TestServer(Map.of("api.key", "s3cret"), empty)) {
            String papers = JSON.writeValueAsString(Map.of("papers", List.of(Map.of("title", "A Paper With Identifiers",
                    "abstract", "We are found by DOI. And by arXiv id.", "doi", "10.1000/ABC(5)2",
                    "url", "https://arxiv.org/abs/2401.00001v3"))));
            assertEquals(1, json(secured.post("/api/ingest", papers, "Authorization", key)).get("new").asInt());
            for (String id : List.of("10.1000/abc(5)2", "10.1000/ABC(5)2", "doi:10.1000/abc(5)2",
                    "2401.00001", "arXiv:2401.00001v2", "arxiv:2401.00001")) {
                HttpResponse<String> paper = secured.get("/api/papers/" + id, "Authorization", key);
                assertEquals(200, paper.statusCode(), id + ": " + paper.body());
                assertEquals("A Paper With Identifiers", json(paper).get("title").asText(), id);
            }
            HttpResponse<String> bib = secured.get("/api/papers/10.1000/abc(5)2/bibtex", "Authorization", key);
            assertEquals(200, bib.statusCode(), bib.body());
            assertTrue(bib.body().contains("doi = {10.1000/abc(5)2}"), bib.body());
            String chapter = JSON.writeValueAsString(Map.of("papers", List.of(Map.of("title", "A Book Chapter",
                    "abstract", "Its DOI has an underscore and a hash.", "doi", "10.5555/cafe_2023#1"))));
            assertEquals(1, json(secured.post("/api/ingest", chapter, "Authorization", key)).get("new").asInt());
            assertEquals("A Book Chapter", json(secured.get("/api/papers/10.5555/cafe_2023%231", "Authorization", key)).get("title").asText());
            String chapterBib = secured.get("/api/papers/10.5555/cafe_2023%231/bibtex", "Authorization", key).body();
            assertTrue(chapterBib.contains("doi = {10.5555/cafe_2023#1}"), "a DOI is written verbatim, as biblatex reads it: " + chapterBib);
            assertError(secured.get("/api/papers/10.1000/none", "Authorization", key), 404, "no paper with id 10.1000/none");
            assertError(secured.get("/api/papers/%20", "Authorization", key), 400, "id must be a paper id, a DOI or an arXiv id");
            // Any id ingest stores is one the API finds.
            String odd = JSON.writeValueAsString(Map.of("papers", List.of(Map.of("id", "\u0438\u0434-\uD83D\uDE00 a b", "title", "An Oddly Named Paper",
                    "abstract", "Its id has Cyrillic letters, an emoji and spaces."))));
            assertEquals(1, json(secured.post("/api/ingest", odd, "Authorization", key)).get("new").asInt());
            assertEquals("An Oddly Named Paper", json(secured.get("/api/papers/" + URLEncoder.encode("\u0438\u0434-\uD83D\uDE00 a b",
                    StandardCharsets.UTF_8).replace("+", "%20"), "Authorization", key)).get("title").asText());
        }
    }

    @Test
    void should_answer_503_until_the_index_is_ready_and_200_after() throws Exception {
        try (ApiServer starting = new ApiServer(Config.of(Map.of("port", "0"))).start()) {
            starting.state("ingesting the bundled sample corpus");
            var http = HttpClient.newHttpClient();
            var health = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + starting.port() + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, health.statusCode());
            assertEquals("ingesting the bundled sample corpus", json(health).get("status").asText());
            var search = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + starting.port() + "/api/search?q=x")).build(), HttpResponse.BodyHandlers.ofString());
            assertError(search, 503, "not ready");
            assertEquals("5", search.headers().firstValue("Retry-After").orElseThrow());
            assertEquals("5", health.headers().firstValue("Retry-After").orElseThrow());
            starting.ready(dev.paperchat.app.SampleIndex.get());
            health = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + starting.port() + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
        }
    }

    @Test
    void should_rate_limit_a_client() throws Exception {
        try (TestServer limited = new TestServer(Map.of("limits.requests-per-minute", "3"))) {
            // Each answer says how many requests the minute has left, so a notebook's loop can pace itself.
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> counted = limited.get("/v1/models");
                assertEquals(200, counted.statusCode());
                assertEquals("3", counted.headers().firstValue("RateLimit-Limit").orElseThrow());
                assertEquals(Integer.toString(2 - i), counted.headers().firstValue("RateLimit-Remaining").orElseThrow());
            }
            HttpResponse<String> refused = limited.get("/v1/models");
            assertEquals("0", refused.headers().firstValue("RateLimit-Remaining").orElseThrow());
            assertError(refused, 429, "too many requests");
            // Three a minute: the next request may come in about 20 s.
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        }
    }
}
