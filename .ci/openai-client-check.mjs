// Drives a running paperchat server with the official openai npm client, plain and streaming,
// and fails unless both answers come back with citations.
import OpenAI from "openai";

const baseURL = process.argv[2] ?? "http://127.0.0.1:7070/v1";
const client = new OpenAI({ baseURL, apiKey: process.env.PAPERCHAT_API_KEY ?? "not-needed" });
const question = "Which methods avoid entropy collapse?";

function fail(message) {
  console.error("openai client check failed: " + message);
  process.exit(1);
}

const models = await client.models.list();
if (!models.data.some((m) => m.id === "paperchat")) fail("model paperchat not listed");

const model = await client.models.retrieve("paperchat");
if (model.id !== "paperchat") fail("models.retrieve gave " + JSON.stringify(model));
try {
  await client.chat.completions.create({ model: "paperchat", messages: [] });
  fail("an empty message list was accepted");
} catch (e) {
  if (!(e instanceof OpenAI.APIError) || e.status !== 400 || !/messages/.test(e.message)) fail("unreadable error: " + e);
  console.log("error: " + e.message);
}

const plain = await client.chat.completions.create({ model: "paperchat", messages: [{ role: "user", content: question }] });
const text = plain.choices[0].message.content;
if (!/\[\d+\]/.test(text)) fail("plain answer has no [n] marker: " + text);
if (!Array.isArray(plain.citations) || plain.citations.length === 0) fail("plain answer has no citations field");
console.log("plain: " + plain.citations.length + " citations; " + text.split("\n")[0]);

const stream = await client.chat.completions.create({ model: "paperchat", stream: true, messages: [{ role: "user", content: question }] });
let streamed = "";
let citations = null;
let chunks = 0;
for await (const chunk of stream) {
  chunks++;
  streamed += chunk.choices[0]?.delta?.content ?? "";
  if (chunk.citations) citations = chunk.citations;
}
if (!/\[\d+\]/.test(streamed)) fail("streamed answer has no [n] marker");
if (!citations || citations.length === 0) fail("stream ended without citations");
console.log("stream: " + chunks + " chunks, " + citations.length + " citations");
console.log("openai client check passed");
