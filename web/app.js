// paperchat chat page: no build step, no dependencies. All text from papers, users and models
// is put into the page with textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { history: [], answers: [], controller: null, followedTo: null };
// A question longer than this is folded to its first characters.
const LONG_QUESTION = 600, FOLDED_QUESTION = 300;
// The conversation is kept for this tab (sessionStorage), so a reload, Back or Forward keeps it;
// closing the tab forgets it, as it does the API key.
const CONVERSATION = "paperchat.conversation";
// The Options the conversation was asked under are kept with it: a reload must not drop the filters a follow-up is read under.
const OPTIONS = "paperchat.options";
const OPTION_FIELDS = ["k", "from", "to", "org", "mode"];
// The last citation lookup is kept too: a reload must not lose the passage pasted into it.
const LOOKUP = "paperchat.lookup";
// The question whose answer is on its way: a reload before it comes gives it back in the box rather than losing it.
const PENDING = "paperchat.pending";
// A question typed and not yet sent: a reload, Back or Forward keeps it, as it does the lookup's passage.
const DRAFT = "paperchat.draft";
let leaving = false;
addEventListener("pagehide", () => { leaving = true; });
addEventListener("pageshow", () => { leaving = false; });
const welcomeTemplate = $("welcome").cloneNode(true);

/** "smooth", unless the reader asked the system for less motion. */
function motion() {
  return matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

// A server started with an API key asks for it on every /api route; the page asks the user in
// its own dialog, again while the key is refused, and keeps it for this tab only
// (sessionStorage), never in the page or its URL.
const KEY = "paperchat.apiKey";

/** @param options fetch's options, and askKey: false for a request no reader made (a lookup restored), which does not ask for the key */
async function api(path, options = {}) {
  const key = sessionStorage.getItem(KEY);
  const headers = { ...(options.headers || {}), ...(key ? { Authorization: "Bearer " + key } : {}) };
  let response;
  try {
    response = await fetch(path, { ...options, headers });
  } catch (e) {
    if (e.name === "AbortError") throw e;
    throw new Error("Cannot reach the paperchat server. Is it running?");
  }
  if (response.status === 401 && options.askKey !== false) {
    // A key entered while this request was on its way has not been tried yet.
    const current = sessionStorage.getItem(KEY);
    if (current && current !== key) return api(path, options);
    const entered = await askForKey(key ? "That API key was refused. Enter this paperchat server's API key:" : "This paperchat server needs its API key.");
    if (entered) {
      sessionStorage.setItem(KEY, entered);
      return api(path, options);
    }
    throw new Error("This paperchat server needs its API key. Ask again to enter it.");
  }
  if (!response.ok) {
    let message = response.status + " " + response.statusText;
    try { const body = await response.json(); message = body.message || message; } catch (_) { /* not JSON */ }
    throw new Error(message);
  }
  return response;
}

// One dialog for all the requests that were refused at once (an answer and a lookup, say).
let keyRequest = null;

/** Asks for the key in the page's own dialog; resolves to the trimmed key, or null on Cancel or Esc. */
function askForKey(message) {
  if (keyRequest) return keyRequest;
  const dialog = $("key-dialog");
  $("key-message").textContent = message;
  $("key-input").value = "";
  keyRequest = new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      keyRequest = null;
      resolve(dialog.returnValue === "ok" ? $("key-input").value.trim() || null : null);
    }, { once: true });
  });
  dialog.returnValue = "";
  dialog.showModal();
  $("key-input").focus();
  return keyRequest;
}

$("key-cancel").addEventListener("click", () => $("key-dialog").close());
$("tooltip").addEventListener("mouseenter", () => clearTimeout(hideTimer));
$("tooltip").addEventListener("mouseleave", hidePreviewSoon);
// The preview follows its marker as the conversation or the page scrolls.
for (const scroller of [$("conversation"), window]) scroller.addEventListener("scroll", () => { if (!$("tooltip").hidden) placePreview(); }, { passive: true });

// Stacked, the question box stays at the screen's bottom: what takes the focus is scrolled clear of it.
new ResizeObserver(() => document.documentElement.style.setProperty("--composer-height", $("ask-form").offsetHeight + "px")).observe($("ask-form"));

/** The organisations the filter takes, offered as the reader starts to type one: fetched once, when first wanted. */
let organisationsLoaded = false;
$("org").addEventListener("focus", async () => {
  if (organisationsLoaded) return;
  organisationsLoaded = true;
  try {
    const stats = await (await api("/api/stats")).json();
    $("organisations").replaceChildren(...Object.entries(stats.organisations || {})
      .map(([name, papers]) => el("option", { value: name, label: `${name} (${papers} ${papers === 1 ? "paper" : "papers"})` })));
  } catch (_) {
    organisationsLoaded = false; // asked again at the next focus
  }
});

async function refreshStatus() {
  try {
    const health = await (await fetch("/api/health")).json();
    $("status").textContent = health.status === "ready" ? `${health.papers} papers · ${llmState(health.llm)}` : `starting: ${health.status}…`;
    // What is wrong with the LLM ("its server lists no model ..."), for the reader who points at the status.
    $("status").title = health.llm.problem || "";
    if (health.status !== "ready") setTimeout(refreshStatus, 1500);
  } catch (_) {
    $("status").textContent = "server unreachable";
    // Asked again until it answers: a server restarted while the page sits idle is seen back.
    setTimeout(refreshStatus, 5000);
  }
}

function llmState(llm) {
  if (!llm.configured) return "extractive answers (no LLM configured)";
  if (!llm.reachable) return "LLM unreachable, extractive answers";
  return llm.problem ? "LLM unusable, extractive answers" : "LLM ready";
}

/**
 * After an answer arrives, a status that still says the server is unreachable is out of date, and
 * so is "LLM ready" when the LLM failed on that answer (until one it writes arrives).
 */
function statusAfter(answer) {
  const status = $("status");
  if (/^(?:server unreachable|connecting)/.test(status.textContent)) refreshStatus();
  // Every way the LLM fails ("failed", "did not finish", "gave an empty reply", "answered with an error") ends the same.
  const failed = (answer.notices || []).some((n) => /^the LLM at \S+ .*; this is the extractive answer instead\.$/.test(n));
  if (failed) status.textContent = status.textContent.replace("LLM ready", "LLM failed on the last answer");
  else if (answer.mode === "llm") status.textContent = status.textContent.replace(/LLM failed on the last answer|LLM (?:unreachable|unusable), extractive answers/, "LLM ready");
}

// ---- conversation ----

function addUserMessage(text) {
  $("welcome")?.remove();
  // Each question a heading, so that a screen reader goes from one turn to the next.
  const msg = el("div", { class: "msg user", role: "heading", "aria-level": "2", text, "data-question": text });
  // A pasted passage would fill the conversation: it shows its start, and all of it on demand.
  if (text.length > LONG_QUESTION) {
    msg.textContent = text.slice(0, FOLDED_QUESTION).trimEnd() + "…";
    const more = el("button", { class: "ghost small unfold", type: "button", text: `Show all ${text.length.toLocaleString()} characters` });
    more.addEventListener("click", () => {
      msg.textContent = text;
      // The button is gone with the folded text: the focus stays on the question it unfolded.
      msg.tabIndex = -1;
      msg.focus();
    });
    msg.append(" ", more);
  }
  $("conversation").append(msg);
  return msg;
}

function addAssistantMessage() {
  const text = el("div", { class: "answer-text typing" });
  // Busy while it streams, so a screen reader reads the answer once, when it is complete.
  const msg = el("div", { class: "msg assistant", "aria-live": "polite", "aria-busy": "true" }, text);
  $("conversation").append(msg);
  return msg;
}

function scrollDown() {
  const c = $("conversation");
  c.scrollTop = c.scrollHeight;
}

/**
 * Follows an answer as it grows until its question reaches the top of the view, and no further:
 * the reader starts at the start of the answer, not at its last line. On a narrow screen the
 * page scrolls, not the conversation.
 */
function followAnswer(question) {
  const c = $("conversation");
  if (stacked()) {
    // A reader who scrolled away (to the sources) while the answer streams is left there.
    if (state.followedTo != null && Math.abs(window.scrollY - state.followedTo) > 2) return;
    const top = question.getBoundingClientRect().top + window.scrollY - 8;
    // The question box stays at the screen's bottom: the answer's last line is shown above it.
    const end = question.parentElement.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + $("ask-form").offsetHeight;
    window.scrollTo({ top: Math.max(0, Math.min(top, end)) });
    state.followedTo = window.scrollY;
    return;
  }
  const top = question.getBoundingClientRect().top - c.getBoundingClientRect().top + c.scrollTop - 8;
  c.scrollTop = Math.min(top, c.scrollHeight - c.clientHeight);
}

/**
 * Renders answer text with the little markdown LLMs write: "- ", "* " and "1. " lines become
 * lists, "#" headings and **bold** become bold; [n] markers become buttons. Text only, never HTML.
 */
function renderAnswer(container, text, answerIndex) {
  container.replaceChildren();
  let list = null;
  let code = null; // the lines of a fenced block (a BibTeX entry, an LLM's code), shown as written
  for (const line of text.split("\n")) {
    if (/^\s*```/.test(line)) {
      if (code) {
        (list ? list.lastElementChild || container : container).append(el("pre", { class: "code", text: code.join("\n") }));
        code = null;
      } else {
        code = [];
      }
      continue;
    }
    if (code) {
      code.push(line);
      continue;
    }
    if (!line.trim()) continue; // LLMs often leave a blank line between the items of one list
    const item = line.match(/^\s*(?:([-*])|(\d+)[.)])\s+(.*)$/);
    const heading = line.match(/^#{1,6}\s+(.*)$/);
    const target = item ? el("li") : el("p", heading ? { class: "heading" } : {});
    appendFormatted(target, item ? item[3] : heading ? heading[1] : line, answerIndex);
    if (item) {
      const kind = item[2] ? "ol" : "ul";
      if (!list || list.tagName.toLowerCase() !== kind) {
        list = el(kind, item[2] && item[2] !== "1" ? { start: item[2] } : {});
        container.append(list);
      }
      list.append(target);
    } else {
      list = null;
      container.append(target);
    }
  }
  // A block the text never closed (a stream cut short) is still shown.
  if (code) container.append(el("pre", { class: "code", text: code.join("\n") }));
}

/**
 * "**bold**" as bold, the rest as text with its markers; a sentence quoted from an abstract stays
 * as written: its "**" or "[12]" are the paper's, not formatting or markers.
 */
function appendFormatted(node, text, answerIndex) {
  const quotes = [...new Set((state.answers[answerIndex]?.citations || []).map((c) => c.sentence))]
    .filter((q) => q && /\*\*|\[\d+\]/.test(q) && text.includes(q));
  const escaped = quotes.sort((a, b) => b.length - a.length).map((q) => q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Split at the quotes, kept as the odd parts.
  const parts = quotes.length ? text.split(new RegExp("(" + escaped.join("|") + ")")) : [text];
  parts.forEach((part, i) => {
    if (i % 2 === 1) node.append(document.createTextNode(part));
    else if (part) appendBoldAndMarkers(node, part, answerIndex);
  });
}

function appendBoldAndMarkers(node, text, answerIndex) {
  text.split(/\*\*(.+?)\*\*/).forEach((part, i) => {
    if (i % 2 === 1) {
      const strong = el("strong");
      appendWithMarkers(strong, part, answerIndex);
      node.append(strong);
    } else {
      appendWithMarkers(node, part, answerIndex);
    }
  });
}

function appendWithMarkers(node, text, answerIndex) {
  const parts = text.split(/(\[\d+\])/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const m = part.match(/^\[(\d+)\]$/);
    if (m && answerIndex != null) {
      const n = Number(m[1]);
      const source = state.answers[answerIndex]?.sources.find((s) => s.number === n);
      // A full stop or comma right after a marker ("steps [2].") stays on its line.
      const stop = (parts[i + 1] || "").match(/^[.,;:!?)]+/);
      const holder = stop ? el("span", { class: "nowrap" }) : node;
      if (stop) {
        node.append(holder);
        parts[i + 1] = parts[i + 1].slice(stop[0].length);
      }
      holder.append(el("button", {
        class: "cite", type: "button", "data-marker": String(n), text: `[${n}]`,
        "aria-label": source ? `source ${n}: ${source.title}` : `source ${n}`,
        onclick: (e) => { e.stopPropagation(); hidePreview(); showSources(answerIndex, n, e.currentTarget); },
        onmouseenter: (e) => preview(e.currentTarget, answerIndex, n),
        onmouseleave: hidePreviewSoon, onfocus: (e) => preview(e.currentTarget, answerIndex, n), onblur: hidePreview,
      }));
      if (stop) holder.append(document.createTextNode(stop[0]));
    } else if (part) {
      node.append(document.createTextNode(part));
    }
  }
}

/**
 * A screen reader hears a paper's title at its first marker, the markers after it their number;
 * each is described by the sentence it cites, as its preview shows it.
 */
function nameEachSourceOnce(text, answer) {
  const named = new Set();
  for (const marker of text.querySelectorAll(".cite")) {
    if (named.has(marker.dataset.marker)) marker.setAttribute("aria-label", `source ${marker.dataset.marker}`);
    named.add(marker.dataset.marker);
    const { citation } = markerCitation(marker, answer, Number(marker.dataset.marker));
    if (citation) marker.setAttribute("aria-description", `“${citation.sentence}”`);
  }
}

/** A marker whose paper does not back the sentence it ends is underlined as that sentence is in the sources, and says so. */
function markUnbacked(text, answer) {
  // "Possibly related" papers are listed, not cited for a claim: none of them fails to back one.
  if (answer.covered === false) return;
  for (const marker of text.querySelectorAll(".cite")) {
    if (!markerCitation(marker, answer, Number(marker.dataset.marker)).unbacked) continue;
    marker.classList.add("unbacked");
    marker.setAttribute("aria-label", `${marker.getAttribute("aria-label")}, which does not state this`);
  }
}

function finishAnswer(msg, answer) {
  msg.setAttribute("aria-busy", "false");
  // The answer's live region reads it now; "Searching the collection…" would be left for a virtual cursor to meet.
  unannounce();
  const index = state.answers.push(answer) - 1;
  statusAfter(answer);
  msg.dataset.answer = String(index);
  const text = msg.querySelector(".answer-text");
  text.classList.remove("typing");
  renderAnswer(text, answer.answer, index);
  nameEachSourceOnce(text, answer);
  markUnbacked(text, answer);
  const badges = el("div", { class: "badges" },
    el("span", { class: "badge mode", text: answer.mode === "llm" ? `LLM · ${answer.model}` : "extractive · no LLM" }));
  // A courtesy ("thanks!") is not covered either, but no evidence was weighed.
  if (!answer.covered && answer.sources.length) badges.append(el("span", { class: "badge weak", text: "weak evidence" }));
  if (answer.unsupported && answer.unsupported.length) {
    badges.append(el("span", { class: "badge weak", text: `${answer.unsupported.length} unsupported sentence(s)` }));
  }
  msg.append(badges);
  searchedAs(msg, answer);
  if (answer.unsupported && answer.unsupported.length) {
    // Which sentences the check could not back, and why: the point of checking them.
    const list = el("ul");
    for (const u of answer.unsupported) list.append(el("li", {}, el("q", { text: u.sentence }), " — " + u.reason));
    // Open: a reader who skims the answer must not take these sentences for backed ones.
    msg.append(el("details", { class: "notice unsupported", open: "" }, el("summary", { text: "Sentences the cited sources do not back" }), list));
  }
  for (const notice of answer.notices || []) msg.append(passageNotice(notice, answer) || el("div", { class: "notice", text: notice }));
  // A click selects the answer; inside the answer already selected (selecting its text to copy it), the sources opened stay.
  msg.addEventListener("click", () => { if (!msg.classList.contains("selected")) showSources(index); });
  showSources(index);
}

/**
 * A follow-up is searched as a question of its own ("tell me more about the third one" as "What
 * does Clip-Cov propose?"): the answer says which, since it answers that question.
 */
function searchedAs(msg, answer) {
  const user = msg.previousElementSibling;
  if (!state.history.length || !user || !user.classList.contains("user")) return;
  const asked = (user.dataset.question || user.textContent).replace(/\s+/g, " ").trim();
  const searched = (answer.question || "").replace(/\s+/g, " ").trim();
  if (searched && searched !== asked) msg.append(el("div", { class: "searched", text: "Searched as: " + searched }));
}

/** A dropped connection reads as one ("network error", "Failed to fetch" are the browser's words). */
function connectionMessage(e) {
  const dropped = e instanceof TypeError && /network|fetch|load|stream/i.test(e.message);
  return dropped ? "the connection to the paperchat server was lost. Is it still running?" : e.message;
}

function failAnswer(msg, message) {
  msg.replaceChildren(el("div", { class: "error-msg", text: message }));
}

// ---- asking and streaming ----

function setBusy(busy) {
  $("send").disabled = busy;
  $("stop").hidden = !busy;
  // "An answer is on its way" holds no longer once it has come.
  if (!busy && $("form-problem").textContent.startsWith("An answer is on its way")) showFormProblem(null);
}

/** The Sources field, within 1 to 20 and whole, shown as used: the field may sit in a closed panel. */
function sourcesWanted() {
  const field = $("k");
  const typed = Math.round(Number(field.value));
  const k = field.value.trim() && Number.isFinite(typed) ? Math.min(20, Math.max(1, typed)) : 8;
  field.value = String(k);
  return k;
}

async function ask(question) {
  if (!question.trim() || state.controller) return;
  state.followedTo = null;
  const asked = addUserMessage(question);
  const msg = addAssistantMessage();
  // Said until the first words arrive: a slow server is at work, not stuck.
  msg.querySelector(".answer-text").replaceChildren(el("span", { class: "pending", text: "Searching the collection…" }));
  // The answer is busy, and so silent, until it is complete: what the server is doing is said apart.
  announce("Searching the collection…");
  followAnswer(asked);
  const body = {
    question, history: state.history.slice(-10), k: sourcesWanted(), mode: $("mode").value, stream: true,
    filters: { from: $("from").value || null, to: $("to").value || null, org: $("org").value.trim() || null },
  };
  state.controller = new AbortController();
  sessionStorage.setItem(PENDING, question);
  setBusy(true);
  // The Ask button just disabled would drop the focus to the page: Stop is what the reader may want next.
  if (document.activeElement === $("send")) $("stop").focus();
  let streamed = "";
  // The text so far is laid out as the answer will be (its list, its paragraphs) once a frame, not
  // shown raw and then reflowed at the end; its markers link once the sources have come.
  let frame = 0;
  const showStreamed = () => {
    frame = 0;
    renderAnswer(msg.querySelector(".answer-text"), streamed, null);
    followAnswer(asked);
  };
  try {
    const response = await api("/api/ask", {
      method: "POST", headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify(body), signal: state.controller.signal,
    });
    let answer = null;
    await readEvents(response, (event, data) => {
      if (event === "delta") {
        streamed += data.text;
        if (!frame) frame = requestAnimationFrame(showStreamed);
      } else if (event === "sources") {
        // A slow model: the reader sees what it reads, and that it is at work.
        showRetrieved(data.sources);
        if (!streamed) {
          msg.querySelector(".answer-text").textContent = `Found ${data.sources.length} papers; the model is writing the answer…`;
          announce(msg.querySelector(".answer-text").textContent);
        }
      } else if (event === "answer") {
        answer = data;
      } else if (event === "error") {
        throw new Error(data.message);
      }
    });
    if (!answer) throw new Error("The answer stream ended early.");
    cancelAnimationFrame(frame);
    finishAnswer(msg, answer);
    state.history.push({ role: "user", content: question }, { role: "assistant", content: answer.answer });
    saveConversation(question, answer);
  } catch (e) {
    // What already arrived stays readable, formatted as a finished answer (its markers cannot
    // point to sources that never came); the reader is told it is cut short and why.
    cancelAnimationFrame(frame);
    msg.setAttribute("aria-busy", "false");
    unannounce();
    const partial = msg.querySelector(".answer-text");
    if (partial) {
      partial.classList.remove("typing");
      if (streamed) renderAnswer(partial, streamed, null);
      else partial.replaceChildren();
    }
    if (e.name === "AbortError") {
      // A stopped answer is no part of the conversation (follow-ups do not read it, nor does an export):
      // it says so, dimmed, and its question is back in the box, to ask again with Enter or the button.
      msg.classList.add("stopped");
      // While another answer comes, this one waits: asked now, it would be dropped, and the button with it.
      const again = el("button", { type: "button", class: "ask-again ghost", text: "Ask again", onclick: () => {
        if (state.controller) return announce("Another answer is coming: ask again when it is done, or stop it.");
        again.disabled = true;
        if ($("question").value === question) {
          $("question").value = "";
          keepDraft();
        }
        ask(question);
      } });
      const boxFree = !$("question").value;
      msg.append(el("div", { class: "notice", text: "Stopped: this answer is not kept in the conversation"
        + (boxFree ? ", and its question is back in the box. " : ". ") }, again));
      if (boxFree) $("question").value = question;
      keepDraft();
    } else if (streamed) {
      msg.append(el("div", { class: "error-msg", text: "The answer stopped here: " + connectionMessage(e) }));
      refreshStatus();
      // A cut answer is not kept with the conversation: its question is given back to ask again.
      if (!$("question").value) $("question").value = question;
      keepDraft();
    } else {
      failAnswer(msg, connectionMessage(e));
      refreshStatus();
      // The question is given back to ask again, unless a new one is being typed.
      if (!$("question").value) $("question").value = question;
      keepDraft();
    }
  } finally {
    // A reload cancels the request too: then the question must stay for the page that comes.
    if (!leaving) sessionStorage.removeItem(PENDING);
    state.controller = null;
    setBusy(false);
    if (asked.isConnected) followAnswer(asked);
    // The Ask or Stop button that had the focus is disabled or hidden now: the box takes it.
    if (!document.activeElement || document.activeElement === document.body || document.activeElement.disabled
        || document.activeElement.hidden) $("question").focus({ preventScroll: true });
  }
}

// ---- keeping and exporting the conversation ----

function saveConversation(question, answer) {
  const turns = loadTurns();
  turns.push({ question, answer });
  // A tab's storage holds a few megabytes: the oldest answers give way first.
  while (turns.length) {
    try {
      sessionStorage.setItem(CONVERSATION, JSON.stringify(turns));
      return;
    } catch (_) {
      turns.shift();
    }
  }
}

function loadTurns() {
  try {
    const turns = JSON.parse(sessionStorage.getItem(CONVERSATION) || "[]");
    return Array.isArray(turns) ? turns.filter((t) => t && typeof t.question === "string" && t.answer && typeof t.answer.answer === "string") : [];
  } catch (_) {
    return [];
  }
}

function restoreConversation() {
  for (const { question, answer } of loadTurns()) {
    addUserMessage(question);
    const msg = addAssistantMessage();
    finishAnswer(msg, answer);
    state.history.push({ role: "user", content: question }, { role: "assistant", content: answer.answer });
  }
  const pending = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  if (pending && !$("question").value) {
    $("question").value = pending;
    announce("The page was reloaded before the answer came: the question is back in the box.");
  }
  const draft = sessionStorage.getItem(DRAFT);
  if (draft && !$("question").value) $("question").value = draft;
  scrollDown();
}

/** The conversation as Markdown: each question, its answer, and the papers and sentences it cites. */
function conversationMarkdown() {
  const out = ["# paperchat conversation", ""];
  for (const { question, answer } of loadTurns()) {
    const asked = question.replace(/\s+/g, " ").trim();
    out.push("## " + inert(asked), "");
    // A follow-up ("tell me more about the third one") is kept with the question it was searched as.
    const searched = (answer.question || "").replace(/\s+/g, " ").trim();
    if (searched && searched !== asked) out.push(`_Searched as: ${inert(searched)}_`, "");
    out.push(inert(answer.answer), "");
    for (const notice of answer.notices || []) out.push("> " + inert(notice), "");
    for (const u of answer.unsupported || []) out.push(`> Not backed by its citations (${inert(u.reason)}): ${inert(u.sentence)}`, "");
    const cited = [...new Set(answer.citations.map((c) => c.marker))].sort((a, b) => a - b);
    // A paragraph between the answer's list and the sources': Markdown would join two lists into one.
    if (cited.length) out.push("Sources:", "");
    for (const n of cited) {
      const source = answer.sources.find((s) => s.number === n);
      if (!source) continue;
      const when = inert([datedAs(source), source.organization].filter(Boolean).join(", "));
      const links = (source.links || []).map((url) => ` <${url}>`).join("");
      // A list item each, its quoted sentences nested: a renderer keeps them apart.
      out.push(`- [${n}] ${inert(source.title)}${when ? " (" + when + ")" : ""}, paperchat id ${source.paperId}${links}`);
      for (const c of citationsOf(answer, n)) out.push(`  - “${inert(c.sentence)}”${c.supported === false ? " (closest sentence; not evidence for the answer)" : ""}`);
    }
    out.push("");
  }
  return out.join("\n");
}

/** Text as Markdown shows it, not as HTML a previewer would render or run: "<img onerror=...>" in a title stays text. */
function inert(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function exportConversation() {
  const link = el("a", { href: URL.createObjectURL(new Blob([conversationMarkdown()], { type: "text/markdown" })), download: "paperchat-conversation.md" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let event = "message", data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) event = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
      }
      if (data) onEvent(event, JSON.parse(data));
    }
  }
}

// ---- sources panel ----

function citationsOf(answer, number) {
  return answer.citations.filter((c) => c.marker === number);
}

/** @param from the marker clicked, which "Back to the answer" returns to when the panel lies below the chat */
function showSources(answerIndex, focusMarker, from) {
  const answer = state.answers[answerIndex];
  if (!answer) return;
  backTo = from || null;
  backButton.hidden = !backTo;
  placeBackButton();
  watchBackTo();
  document.querySelectorAll(".msg.assistant").forEach((m) => m.classList.toggle("selected", m.dataset.answer === String(answerIndex)));
  const cited = new Set(answer.citations.map((c) => c.marker));
  const shown = answer.sources.filter((s) => cited.has(s.number));
  // An answer that read no paper ("thanks!", a pointer to nothing) has no count to give.
  $("sources-for").textContent = answer.sources.length ? `· ${shown.length} cited of ${answer.sources.length} retrieved` : "";
  const question = document.querySelector(`.msg.assistant[data-answer="${answerIndex}"]`)?.previousElementSibling?.dataset.question;
  document.querySelector(".panel.sources h2").setAttribute("aria-label",
    `Sources${question ? ` of “${question.slice(0, 120)}”` : ""} ${$("sources-for").textContent}`.trim());
  const list = $("sources");
  fillSources();
  // A new answer's sources come into view, below a lookup's results if there are any; on a narrow screen the side column
  // does not scroll on its own, and the page stays where the reader is.
  if (focusMarker == null) scrollSideTo(document.querySelector(".panel.sources"));
  if (!shown.length) list.append(el("p", { class: "muted", text: "This answer cites no source." }));
  for (const source of shown) list.append(renderSource(answerIndex, source, citationsOf(answer, source.number), answer.covered === false));
  // Retrieved but not cited (more Sources asked for than the answer used, or read for an answer that cites none:
  // "does not mention reinforcement learning"): there to read, folded away.
  const uncited = answer.sources.filter((s) => !cited.has(s.number));
  if (uncited.length) {
    const more = el("details", { class: "uncited" }, el("summary", { text: `${uncited.length}${shown.length ? " more" : ""} retrieved, not cited` }));
    for (const source of uncited) more.append(renderSource(answerIndex, source, [], false));
    list.append(more);
  }
  if (focusMarker != null) {
    // The sentence this marker ends, when the answer quotes it: "[1]" after each of three sentences of one paper is each its own.
    const own = from && citationFor(from, answer, focusMarker);
    const marks = list.querySelectorAll(`[data-source="${focusMarker}"] mark`);
    const mark = own && list.querySelector(`[data-source="${focusMarker}"] mark[data-start="${own.start}"]`);
    const target = mark || marks[0] || list.querySelector(`[data-source="${focusMarker}"]`);
    if (target) {
      target.scrollIntoView({ behavior: motion(), block: "center" });
      (mark ? [mark] : marks).forEach(flash);
    }
    const source = list.querySelector(`[data-source="${focusMarker}"]`);
    if (source) announce(`Shown in Sources: source ${focusMarker}, ${answer.sources.find((s) => s.number === focusMarker).title}`);
    // Stacked, the sources lie far below the marker: the focus goes with the view, the way back next to it.
    if (source && from && stacked()) {
      const title = source.querySelector(".title");
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
      title.after(backButton);
    }
  }
}

/** The notice of a message of several claims, with a button that checks each one in Find a citation; null for any other. */
function passageNotice(notice, answer) {
  if (!notice.startsWith("The message states several claims")) return null;
  const check = el("button", { type: "button", class: "ghost check-claims", text: "Check each claim" });
  check.addEventListener("click", (e) => {
    e.stopPropagation();
    // The sentences that ask ("Can you check these claims?") are no claims to look up.
    $("cite-query").value = answer.question.split(/(?<=[.!?])\s+/).filter((s) => !s.trim().endsWith("?")).join(" ");
    $("cite-by").value = "claim";
    $("cite-form").requestSubmit();
  });
  // The API's and MCP's names for the lookup are for a client's developer; the reader has the button.
  return el("div", { class: "notice" }, notice.replace(/\s*\(POST \/api\/cite[^)]*\)/, "") + " ", check);
}

/** Whether the sources lie below the chat (a narrow screen) rather than beside it. */
function stacked() {
  return getComputedStyle($("conversation")).overflowY === "visible";
}

/** The side column from its top, or from the panel when a lookup's results push the panel below the column's middle. */
function scrollSideTo(panel) {
  const side = document.querySelector(".side");
  side.scrollTop = 0;
  const below = panel.getBoundingClientRect().top - side.getBoundingClientRect().top;
  if (below > side.clientHeight / 2) side.scrollTop = below;
}

/** The papers an answer is being written from, before it arrives: their titles, none cited yet. */
function showRetrieved(sources) {
  $("sources-for").textContent = `· ${sources.length} retrieved; the answer is being written`;
  fillSources(...sources.map((s) => el("div", { class: "source" }, el("div", { class: "title", text: `[${s.number}] ${s.title}` }))));
}

let backTo = null;
let backToWatch = null;
// Held by reference: showSources moves it into the list, which is replaced when the next sources come.
const backButton = $("back-to-answer");

/** The sources panel's list, emptied and refilled, the way back kept out of what it replaces. */
function fillSources(...children) {
  $("sources").before(backButton);
  $("sources").replaceChildren(...children);
}

/** The way back is put away once the reader scrolls back to the marker: it would cover the answer it leads to. */
function watchBackTo() {
  if (backToWatch) backToWatch.disconnect();
  if (!backTo || typeof IntersectionObserver !== "function") return;
  let left = false;
  backToWatch = new IntersectionObserver((entries) => {
    const visible = entries.some((e) => e.isIntersecting);
    // Only once the marker has left the view, as the sources scroll in: the first report may still see it.
    if (!visible) left = true;
    else if (left) {
      backButton.hidden = true;
      backToWatch.disconnect();
    }
  });
  backToWatch.observe(backTo);
}

/** What takes the focus in a source is scrolled out from under its pinned title (which the browser counts as in view). */
function clearOfPinnedTitle(e) {
  const source = e.target.closest(".source");
  const title = source && source.querySelector(".title");
  if (!title || title.contains(e.target)) return;
  const side = e.target.closest(".side");
  const scroller = side && getComputedStyle(side).overflowY === "auto" ? side : window;
  // Near its source's end the title is pushed up with it: scrolled back, it is pinned whole again.
  const pinned = title.getBoundingClientRect();
  const top = scroller === window ? 0 : side.getBoundingClientRect().top;
  const covered = Math.max(pinned.bottom, top + pinned.height) - e.target.getBoundingClientRect().top;
  if (covered > 0 && pinned.top <= top + 1) scroller.scrollBy({ top: -(covered + 8), behavior: "instant" });
}

/** The way back stands at the screen's foot, or above the question box where that is pinned over the foot. */
function placeBackButton() {
  if (backButton.hidden) return;
  const form = $("ask-form").getBoundingClientRect();
  const foot = innerHeight - 14 - backButton.offsetHeight;
  backButton.style.bottom = form.top < innerHeight && form.bottom > foot ? `${innerHeight - form.top + 14}px` : "";
}

/** On a narrow screen the sources lie far below the answer: this returns to the marker that was clicked. */
function backToAnswer() {
  backButton.hidden = true;
  if (!backTo || !backTo.isConnected) return;
  backTo.scrollIntoView({ behavior: motion(), block: "center" });
  backTo.focus({ preventScroll: true });
}

function flash(mark) {
  mark.classList.remove("flash");
  void mark.offsetWidth; // restart the transition
  mark.classList.add("flash");
  setTimeout(() => mark.classList.remove("flash"), 1600);
}

const UNBACKED = "Its abstract does not state what the answer cites it for here; the quote is its closest sentence.";
/** What a quote of a "Possibly related" paper is: the answer claims nothing of it, so nothing is unbacked. */
const RELATED = "Its sentence closest to the question, which the collection does not seem to answer.";

/** @param related whether the answer found the question not covered: its papers are possibly related, their quotes no evidence */
/** A paper's date as a reader takes it: "28 May (no year given)" where the record gives a day and month alone, not this year's. */
function datedAs(paper) {
  return paper.date && paper.year === null ? `${paper.date} (no year given)` : paper.date;
}

function renderSource(answerIndex, source, citations, related) {
  const meta = el("div", { class: "meta" });
  const parts = [datedAs(source), source.organization].filter(Boolean);
  if (parts.length) meta.append(parts.join(" · "));
  for (const link of source.links || []) {
    if (/^https?:\/\//.test(link)) {
      if (meta.childNodes.length) meta.append(" · ");
      meta.append(el("a", { href: link, target: "_blank", rel: "noopener noreferrer", text: link.replace(/^https?:\/\//, "") }));
    }
  }
  const abstract = el("div", { class: "abstract" });
  const spans = citations.map((c) => [c.start, c.end, c.supported !== false]).sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end, supported] of spans) {
    if (start < at) continue;
    abstract.append(source.abstractText.slice(at, start));
    // A citation the paper does not back still shows its closest sentence, marked as no evidence.
    const attrs = supported ? { "data-start": String(start) }
      : related ? { "data-start": String(start), class: "related", title: RELATED }
      : { "data-start": String(start), class: "unbacked", title: UNBACKED };
    abstract.append(el("mark", { ...attrs, text: source.abstractText.slice(start, end) }));
    at = end;
  }
  abstract.append(source.abstractText.slice(at));
  const bib = copyButton(source.paperId, source.title);
  return el("div", { class: "source", "data-source": String(source.number) },
    el("div", { class: "title", dir: "auto" }, el("span", { class: "num", text: `[${source.number}]` }), " ", el("bdi", { text: source.title })),
    meta, abstract, el("div", { class: "row" }, bib));
}

/** The sentence a marker ends, as the answer shows it: the text since the sentence before it, markers left out. */
function claimBefore(target) {
  let text = "";
  // A marker held on its line with the full stop after it stands in a span of its own.
  const start = target.parentElement && target.parentElement.classList.contains("nowrap") ? target.parentElement : target;
  for (let node = start.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === 1 && (node.classList.contains("cite") || node.classList.contains("nowrap"))) {
      if (text.trim()) break;
      continue;
    }
    text = node.textContent + text;
  }
  const sentences = text.replace(/\s+$/, "").split(/(?<=[.!?])\s+/);
  return sentences[sentences.length - 1] || "";
}

/**
 * The citation a marker gives: the one found for the LLM's claim the marker ends, or whose
 * sentence an extractive answer quotes before it; else the paper's first.
 */
function citationFor(target, answer, n) {
  const cited = citationsOf(answer, n);
  const claim = squeezed(claimBefore(target));
  if (claim.length === 0) return cited[0];
  // "According to [2], X.": the claim a lead-in's marker cites goes on after it.
  const around = claim + squeezed(claimAfter(target));
  return cited.find((c) => (c.claims || []).some((own) => squeezed(own) === around))
    || cited.find((c) => (c.claims || []).some((own) => squeezed(own).includes(claim)))
    || cited.find((c) => squeezed(c.sentence).includes(claim)) || cited[0];
}

/** The text after a marker up to the next marker or the end of its sentence: what a lead-in ("According to [2],") cites. */
function claimAfter(target) {
  let text = "";
  const start = target.parentElement && target.parentElement.classList.contains("nowrap") ? target.parentElement : target;
  for (let node = start.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node.classList.contains("cite") || node.classList.contains("nowrap"))) break;
    text += node.textContent;
    if (/[.!?](\s|$)/.test(text)) break;
  }
  return text.split(/(?<=[.!?])\s/)[0];
}

/**
 * The citation a marker shows, and whether its paper does not back the sentence the marker ends:
 * the claim may be one its sources do not back, and then its quote is the one given for it.
 */
function markerCitation(target, answer, n) {
  const claim = squeezed(claimBefore(target));
  const claimUnbacked = claim.length > 0 && (answer.unsupported || []).some((u) => squeezed(u.sentence) === claim);
  const citation = (claimUnbacked && citationsOf(answer, n).find((c) => c.supported === false)) || citationFor(target, answer, n);
  return { citation, unbacked: claimUnbacked || (citation != null && citation.supported === false) };
}

function squeezed(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function preview(target, answerIndex, n) {
  const answer = state.answers[answerIndex];
  const source = answer && answer.sources.find((s) => s.number === n);
  if (!source) return;
  // The claim this marker ends may be one its sources do not back: its preview shows the quote given for it, marked so.
  const { citation, unbacked } = markerCitation(target, answer, n);
  const tip = $("tooltip");
  tip.replaceChildren(el("strong", { text: source.title }), el("div", { text: citation ? `“${citation.sentence}”` : "" }));
  if (unbacked) tip.append(answer.covered === false ? el("div", { class: "related-note", text: RELATED }) : el("div", { class: "unbacked-note", text: UNBACKED }));
  clearTimeout(hideTimer);
  tip.hidden = false;
  previewed = target;
  placePreview();
}

/** The preview beside its marker: below it, unless the screen (or the question box kept at its bottom) would cut it, then above. */
function placePreview() {
  const tip = $("tooltip");
  const box = previewed.getBoundingClientRect();
  const bottom = window.innerHeight - (stacked() ? $("ask-form").offsetHeight : 0);
  // A marker scrolled out of view (of the page, or of the conversation's own scrolling box) takes its preview with it.
  const shown = $("conversation").getBoundingClientRect();
  if (box.bottom < Math.max(0, shown.top) || box.top > Math.min(bottom, shown.bottom)) return hidePreview();
  tip.style.left = Math.max(8, Math.min(box.left, window.innerWidth - tip.offsetWidth - 8)) + "px";
  const above = box.bottom + 6 + tip.offsetHeight > bottom && box.top - 6 - tip.offsetHeight >= 0;
  tip.style.top = (above ? box.top - 6 - tip.offsetHeight : box.bottom + 6) + "px";
}

let hideTimer = null;
/** The marker whose preview shows. */
let previewed = null;

function hidePreview() {
  clearTimeout(hideTimer);
  $("tooltip").hidden = true;
}

/** A moment's grace: a pointer moving from the marker onto its preview (to read it magnified) keeps it. */
function hidePreviewSoon() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hidePreview, 300);
}

// ---- citation lookup ----

/**
 * What "auto" looks a text up as first: a claim when it reads as a sentence (it ends as one, states a
 * percentage or runs long), else a title. A claim looked up as a title would find its paper at full
 * confidence, its wrong figures unchecked: {@link lookup} looks up as a claim too a text that {@link readsAsClaim}.
 */
function lookupMode(query, chosen) {
  if (chosen !== "auto") return chosen;
  const words = query.split(/\s+/).length;
  return /[.!]["”’)]*$/.test(query) || /\d\s*%/.test(query) || words > 16 ? "claim" : "title";
}

/**
 * Whether a text no title has says something, by a verb, a negation or a word of degree, of five words or more: a claim
 * ("RL doesn't teach models new reasoning strategies, it just sharpens what's there", a tweet typed without its full
 * stop); "reasoning tokens in multimodal models" names a topic.
 */
function readsAsClaim(text) {
  // "Large Language Models are Zero-Shot Reasoners": a title in title case, of a paper the collection may not hold.
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length && capitalised >= 0.6 * words.length) return false;
  return text.split(/\s+/).length >= 5 && (/\b\w+n['’]t\b/i.test(text)
    || /\b(?:is|are|was|were|has|have|had|does|do|did|can|cannot|could|will|would|should|may|might|must|tends?|needs?|makes?|helps?|hurts?|improves?|outperforms?|reduces?|increases?|achieves?|shows?|requires?|leads?|causes?|works?|beats?|beat|fails?|teach(?:es)?|taught|sharpens?|learns?|boosts?|cuts?|lowers?|raises?|matches|surpass(?:es)?|generalizes?|collapses?|matters?|never|always|rarely|only|just)\b/i.test(text));
}

/** A lookup by "title" or "claim"; in a body, not the URL: a passage of 10,000 characters is longer than a server takes a URL. */
async function citeBy(by, query, askKey = true) {
  const response = await api("/api/cite", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ [by]: query, k: 3 }), askKey,
  });
  return response.json();
}

/**
 * Whether the text is the title nearly word for word: a title copied with its full stop, not a claim that names its
 * paper, nor one that denies its title ("Reasoning models can not be effective without thinking").
 */
function isMostlyTitle(text, title) {
  const words = (t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  const titleWords = new Set(words(title || ""));
  const asked = words(text);
  const extra = asked.filter((w) => !titleWords.has(w));
  return asked.length > 0 && extra.length <= 0.1 * asked.length && !extra.some((w) => /^(?:not|no|never|cannot|nor|don|doesn|isn|aren|won)$/.test(w));
}

/** The lookup asked last: an answer to one asked before it, come late, is dropped, not shown under the newer query. */
let lookupsAsked = 0;

/** @param restored a lookup kept through a reload, which no reader asked for now: it neither moves the page nor asks for the key */
async function lookup(query, chosen, restored = false) {
  const results = $("cite-results");
  const asked = ++lookupsAsked;
  const superseded = () => asked !== lookupsAsked;
  let by = lookupMode(query, chosen);
  results.replaceChildren(el("p", { class: "muted", text: "Searching…" }));
  try {
    let body = null;
    // "Don't Overthink it. Preferring Shorter Thinking Chains..." from a reference list ends as a sentence does:
    // a title found nearly word for word is that title.
    if (chosen === "auto" && by === "claim" && query.split(/\s+/).length <= 30) {
      // A failed try as a title leaves the claim to look up.
      const asTitle = await citeBy("title", query, !restored).catch(() => ({}));
      const first = (asTitle.results || [])[0];
      if (asTitle.found && first && first.confidence >= 0.9 && isMostlyTitle(query, first.title)) [body, by] = [asTitle, "title"];
    }
    body = body || await citeBy(by, query, !restored);
    // "reasoning models tend to overthink on simple problems", typed without its full stop: no title has it, a sentence may
    // state it. "MEM1 reduces memory usage by 3.5x" names its paper, whose title is found: its figure is still to be checked.
    const first = (body.results || [])[0];
    if (chosen === "auto" && by === "title" && readsAsClaim(query) && !(body.found && first && isMostlyTitle(query, first.title))) {
      const asClaim = await citeBy("claim", query, !restored).catch(() => ({}));
      if (asClaim.found || (body.found && asClaim.results)) [body, by] = [asClaim, "claim"];
    }
    if (superseded()) return;
    results.replaceChildren();
    if (chosen === "auto") results.append(el("p", { class: "muted small", text: `Looked up as a ${body.by || by}; choose title or claim to look it up otherwise.` }));
    for (const notice of body.notices || []) results.append(el("p", { class: "muted small", text: notice }));
    announce(lookupSummary(body, body.by || by));
    if (!body.claims || !body.claims.length) return showLookup(results, body, body.by);
    // A passage: which of its claims a paper states, at a glance, before each claim's sentences.
    const unstated = body.claims.map((claim, i) => (claim.supported ? null : i + 1)).filter(Boolean);
    results.append(el("p", { class: `verdict ${unstated.length ? "unstated" : "stated"}`,
      text: `${body.claims.length - unstated.length} of ${body.claims.length} claims are stated by a paper as written`
        + (unstated.length ? `; not claim ${unstated.join(", ")}.` : ".") }));
    // A pasted passage: each of its claims with the sentences closest to it.
    body.claims.forEach((claim, i) => {
      const section = el("section", { class: "cite-claim" }, el("div", { class: "claim-text", text: `Claim ${i + 1}: “${claim.query}”` }));
      showLookup(section, claim, claim.by);
      results.append(section);
    });
  } catch (e) {
    if (!superseded()) results.replaceChildren(el("div", { class: "error-msg", text: e.message }));
  } finally {
    // On a phone the results open below the fold: they are brought into view, or the button seems to do nothing.
    if (!restored && !superseded()) results.scrollIntoView({ block: "nearest", behavior: motion() });
  }
}

/** What a screen reader hears of a lookup: its results are read on demand, not all at once. */
function lookupSummary(body, by) {
  if (body.claims && body.claims.length) return `${body.claims.length} claims looked up, each with its closest sentences.`;
  const first = (body.results || [])[0];
  if (!body.found || !first) return (body.notices || [])[0] || (by === "title" ? "No paper has this title." : "Nothing states this clearly.");
  return `${body.results.length} ${body.results.length === 1 ? "result" : "results"}; the first: ${first.title}.`;
}

/** The claim's verdict, first: whether the paper shown first states it as written, and if not, what it does not state. */
function verdict(body) {
  const first = (body.results || [])[0];
  if (body.supported && first) return el("p", { class: "verdict stated", text: `Stated by “${first.title}”, in the sentence quoted first.` });
  const listed = (items) => items.map((item) => (item.includes(" ") ? `“${item}”` : item)).join(", ");
  const why = !first ? "" : first.unstated && first.unstated.length ? `: “${first.title}” does not state ${listed(first.unstated)}`
    : first.opposes ? `: “${first.title}”: ${first.opposes}` : "";
  return el("p", { class: "verdict unstated", text: `Not stated as written by any paper found${why}.` });
}

function showLookup(container, body, by) {
  const notFound = by === "title" ? "No paper in the collection clearly has this title or name." : "Nothing in the collection states this clearly.";
  // As CiteView.saysNotFound: a notice, when there is one, says why nothing was found ("No paper in the collection has the arXiv id ...").
  if (!body.found && (!(body.notices || []).length || body.results.length)) container.append(el("p", { class: "muted", text: notFound + (body.results.length ? " Closest:" : "") }));
  // Closeness is not support: a false claim on a covered subject finds its closest sentence as readily as a true one.
  else if (by === "claim" && body.found) {
    container.append(verdict(body));
    container.append(el("p", { class: "muted small", text: "The closest sentences: read each before citing it for the claim." }));
  }
  for (const r of body.results) {
    const item = el("div", { class: "cite-result" },
      el("div", { class: "title", text: r.title }),
      r.sentence ? el("blockquote", { text: r.sentence }) : null);
    if (r.unstated && r.unstated.length) item.append(el("div", { class: "unbacked-note", text: `The paper does not state ${r.unstated.map((item) => (item.includes(" ") ? `"${item}"` : item)).join(", ")}.` }));
    if (r.opposes) item.append(el("div", { class: "unbacked-note", text: r.opposes.charAt(0).toUpperCase() + r.opposes.slice(1) + "." }));
    const copy = copyButton(r.id, r.title);
    // Of a claim, the figure says how close the sentence is, not that it states the claim: it is named so.
    const percent = `${Math.round(r.confidence * 100)}%`;
    // A paper flagged as not stating the claim is on its subject at most: its figure is no half-likeness.
    const flagged = (r.unstated && r.unstated.length) || r.opposes;
    const figure = by === "claim"
      ? el("span", flagged ? { text: "on its subject, not its source", title: `Closeness capped at ${percent}: the paper does not state the claim as written` }
        : { text: `closeness ${percent}`, title: "How close the sentence is to the claim in words and meaning, not whether it states it" })
      : el("span", { text: `confidence ${percent}` });
    item.append(el("div", { class: "row" }, copy, figure));
    if (r.sentence) item.append(inContext(r));
    container.append(item);
  }
}

/**
 * The result's abstract, fetched when first opened, with its quoted sentence highlighted and the
 * paper's date and organisation: the sentence is read in its context before it is cited.
 */
function inContext(result) {
  const meta = [datedAs(result), result.organization].filter(Boolean).join(" · ");
  const details = el("details", { class: "context" }, el("summary", { text: "Read it in its abstract" }));
  details.addEventListener("toggle", async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = "1";
    details.querySelector(".error-msg")?.remove();
    try {
      const paper = await (await api(`/api/papers/${encodeURIComponent(result.id)}`)).json();
      const text = paper.abstractText || "";
      const abstract = el("div", { class: "abstract" }, text.slice(0, result.start),
        el("mark", { text: text.slice(result.start, result.end) }), text.slice(result.end));
      if (meta) details.append(el("div", { class: "meta", text: meta }));
      details.append(abstract);
    } catch (e) {
      delete details.dataset.loaded;
      details.append(el("div", { class: "error-msg small", text: e.message }));
    }
  });
  return details;
}

async function copyBibtex(paperId, button) {
  const row = button.parentElement;
  row.querySelector(".error-msg")?.remove();
  try {
    const text = await (await api(`/api/papers/${encodeURIComponent(paperId)}/bibtex`)).text();
    let copied = true;
    try { await navigator.clipboard.writeText(text); } catch (_) { copied = false; }
    row.parentElement.querySelector("pre.bibtex")?.remove();
    row.after(el("pre", { class: "bibtex", text }));
    button.textContent = copied ? "Copied ✓" : "Select and copy below";
  } catch (e) {
    row.append(el("span", { class: "error-msg small", text: e.message }));
    button.textContent = "Copy failed";
  }
  // The button's label names the paper, so its new text is not read out: the announcer says what happened.
  announce(button.textContent === "Copied ✓" ? "BibTeX copied" : button.textContent);
  // The button is ready for the next copy, after a moment to read what happened.
  setTimeout(() => { button.textContent = "Copy BibTeX"; }, 2500);
}

let announcing = null;

/** Says a short message to screen readers, once; a message still waiting to be said gives way to it. */
function announce(text) {
  const announcer = $("announcer");
  clearTimeout(announcing);
  announcer.textContent = "";
  // A change of text is what a live region reads: emptied first, the same message is read again.
  announcing = setTimeout(() => { announcer.textContent = text; }, 50);
}

/** Takes back a message not yet said: "Searching the collection…" is no news once the answer has failed. */
function unannounce() {
  clearTimeout(announcing);
  $("announcer").textContent = "";
}

function copyButton(paperId, title) {
  const button = el("button", { class: "ghost copy", type: "button", text: "Copy BibTeX", "aria-label": `Copy BibTeX of ${title}` });
  button.addEventListener("click", () => copyBibtex(paperId, button));
  return button;
}

// ---- options ----

/** A date field's value ("2025-06-01") as the field shows it to the reader, in the browser's locale ("06/01/2025"). */
function shownDate(value) {
  return new Date(value + "T00:00:00Z").toLocaleDateString(undefined, { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" });
}

function saveOptions() {
  try {
    sessionStorage.setItem(OPTIONS, JSON.stringify(Object.fromEntries(OPTION_FIELDS.map((id) => [id, $(id).value]))));
  } catch (_) {
    // A full tab storage keeps the conversation first; the fields still hold their values.
  }
}

function saveLookup(query, by) {
  try {
    sessionStorage.setItem(LOOKUP, JSON.stringify({ query, by }));
  } catch (_) {
    // A full tab storage keeps the conversation first.
  }
}

/** The lookup kept through a reload is looked up again, where it was, without moving the page to it. */
function restoreLookup() {
  try {
    const { query, by } = JSON.parse(sessionStorage.getItem(LOOKUP) || "{}");
    if (typeof query !== "string" || !query || !["auto", "title", "claim"].includes(by)) return;
    $("cite-query").value = query;
    $("cite-by").value = by;
    lookup(query, by, true);
  } catch (_) {
    // Nothing kept, or not ours.
  }
}

function restoreOptions() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(OPTIONS) || "{}");
    for (const id of OPTION_FIELDS) if (typeof saved[id] === "string") $(id).value = saved[id];
  } catch (_) {
    // Nothing kept, or not ours: the fields keep their defaults.
  }
}

/** The Options panel may be closed: its summary says which filters apply to the next question. */
function showActiveFilters() {
  const dates = [$("from").value && "from " + shownDate($("from").value), $("to").value && "to " + shownDate($("to").value)]
    .filter(Boolean).join(" ");
  const active = [dates, $("org").value.trim() && "from organisation " + $("org").value.trim()].filter(Boolean);
  const summary = document.querySelector(".filters summary");
  summary.textContent = active.length ? "Options · only papers " + active.join(", ") : "Options";
  summary.classList.toggle("active", active.length > 0);
}

/** A line under the question box saying why Ask did nothing; none hides it. */
function showFormProblem(problem) {
  $("form-problem").textContent = problem || "";
  $("form-problem").hidden = !problem;
}

/** A date range that ends before it starts is caught here, with the fields named. */
function dateRangeProblem() {
  const from = $("from").value, to = $("to").value;
  return from && to && from > to ? `The "From" date (${shownDate(from)}) is after the "To" date (${shownDate(to)}).` : null;
}

// ---- wiring ----

$("ask-form").addEventListener("submit", (e) => {
  e.preventDefault();
  // While an answer streams, the next question stays in the box until it can be sent, and the reader is told why.
  if (state.controller) {
    if ($("question").value.trim()) showFormProblem("An answer is on its way: ask this once it has come, or stop it first (Esc).");
    return;
  }
  const problem = dateRangeProblem();
  showFormProblem(problem);
  for (const id of ["from", "to"]) {
    if (problem) $(id).setAttribute("aria-invalid", "true");
    else $(id).removeAttribute("aria-invalid");
  }
  if (problem) {
    document.querySelector(".filters").open = true;
    $("from").focus();
    return;
  }
  const question = $("question").value;
  $("question").value = "";
  keepDraft();
  $("question-limit").hidden = true;
  ask(question);
});

function keepDraft() {
  try {
    if ($("question").value) sessionStorage.setItem(DRAFT, $("question").value);
    else sessionStorage.removeItem(DRAFT);
  } catch (_) {
    // A full storage keeps the conversation first: the draft is the box's to lose.
  }
}
// The box stops at its maxlength in silence: a long paste is cut, and the user should know.
$("question").addEventListener("input", (e) => {
  keepDraft();
  const cut = e.target.value.length >= e.target.maxLength;
  if (cut && $("question-limit").hidden) announce($("question-limit").textContent);
  $("question-limit").hidden = !cut;
});
$("question").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    $("ask-form").requestSubmit();
  }
});
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  if (!$("tooltip").hidden) hidePreview();
  // Escape in the citation box is no word to the answer streaming beside it.
  else if (state.controller && !(e.target instanceof Element && e.target.closest(".side, dialog"))) state.controller.abort();
});
$("stop").addEventListener("click", () => state.controller && state.controller.abort());
$("back-to-answer").addEventListener("click", backToAnswer);
$("sources").addEventListener("focusin", clearOfPinnedTitle);
addEventListener("scroll", placeBackButton, { passive: true });
addEventListener("resize", placeBackButton);
// The way back is for the reader in the sources: once the focus is elsewhere it would only cover what is there.
document.addEventListener("focusin", (e) => {
  if (!backButton.hidden && !(e.target instanceof Element && e.target.closest("#sources, #back-to-answer"))) backButton.hidden = true;
});
$("new-chat").addEventListener("click", () => {
  if (state.controller) state.controller.abort();
  const cleared = loadTurns();
  clearConversation();
  // A click too many should not cost a long conversation: it can be had back until the next question.
  if (cleared.length) offerUndo(cleared);
  $("question").focus({ preventScroll: true });
});

function clearConversation() {
  state.history = [];
  state.answers = [];
  sessionStorage.removeItem(CONVERSATION);
  sessionStorage.removeItem(PENDING);
  $("conversation").replaceChildren(welcomeTemplate.cloneNode(true));
  fillSources(el("p", { class: "muted", text: "Sources of the selected answer appear here." }));
  $("sources-for").textContent = "";
}

function offerUndo(turns) {
  const asked = turns.length === 1 ? "1 question" : `${turns.length} questions`;
  const undo = el("button", { class: "ghost small", type: "button", text: "Undo" });
  const bar = el("p", { class: "undo-clear", id: "undo-clear" }, `Cleared a conversation of ${asked}. `, undo);
  undo.addEventListener("click", () => {
    clearConversation();
    sessionStorage.setItem(CONVERSATION, JSON.stringify(turns));
    restoreConversation();
    announce(`The conversation of ${asked} is back.`);
    $("question").focus({ preventScroll: true });
  });
  $("welcome").prepend(bar);
  announce(`Cleared a conversation of ${asked}. Undo is above the examples.`);
}
$("conversation").addEventListener("click", (e) => {
  if (!e.target.classList.contains("example")) return;
  // The example goes with the welcome it stands in: a keyboard's focus waits in the question box, not on the page.
  // A tap (detail 1) leaves it, so that a phone's keyboard does not open over the answer.
  if (e.detail === 0) $("question").focus({ preventScroll: true });
  ask(e.target.textContent);
});
$("export").addEventListener("click", exportConversation);
["from", "to", "org"].forEach((id) => $(id).addEventListener("input", showActiveFilters));
OPTION_FIELDS.forEach((id) => ["input", "change"].forEach((event) => $(id).addEventListener(event, saveOptions)));
$("cite-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const query = $("cite-query").value.trim();
  if (!query) return;
  saveLookup(query, $("cite-by").value);
  lookup(query, $("cite-by").value);
});
// As in the question box: Enter looks up, Shift+Enter starts a new line.
$("cite-query").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    $("cite-form").requestSubmit();
  }
});
// A touch screen has no Shift or Escape key to be told of: the hint would only take a second line of the box.
if (matchMedia("(pointer: coarse)").matches) $("question").placeholder = "Ask about the papers…";
refreshStatus();
restoreConversation();
restoreOptions();
restoreLookup();
showActiveFilters();
$("question").focus({ preventScroll: true });
