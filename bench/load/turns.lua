-- wrk script for the Guidebot load benchmark (bench/load/run.sh starts the bot and calls wrk with it).
-- Each request is one message turn with deliveryMode expectReplies, in one of 1,000 conversations taken
-- in rotation, with a fresh activity id (a repeated id would be ignored as a re-delivery). The turn's
-- content is drawn from a mix of pre-built fragments (typed commands and questions, button clicks) that
-- bench/load/mix.mjs read off the running bot's own cards; LOAD_MIX names that file, one fragment a line.
-- A response counts as an error unless it is a 200 whose body carries an Adaptive Card, or the plain-text
-- message that "Kopiér som tekst" answers with.

local conversations = tonumber(os.getenv("LOAD_CONVERSATIONS") or "1000")
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

local fragments = {}
local tid, stride, sent, run = 0, 1, 0, ""
non200, nocard = 0, 0 -- globals: done() reads them from each thread

function init(args)
  tid = tonumber(wrk.thread:get("tid")) or 0
  stride = tonumber(os.getenv("LOAD_THREADS") or "1")
  -- Activity ids must be new across runs too (the warm-up run uses the same conversations).
  run = os.getenv("LOAD_RUN") or tostring(os.time())
  for line in io.lines(os.getenv("LOAD_MIX")) do
    if #line > 0 then fragments[#fragments + 1] = line end
  end
  math.randomseed(1234 + tid)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  sent = sent + 1
  local c = (tid + stride * sent) % conversations
  local body = '{"type":"message","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/",'
    .. '"deliveryMode":"expectReplies","recipient":{"id":"guidebot"},'
    .. '"conversation":{"id":"load-' .. c .. '","conversationType":"personal"},"from":{"id":"user-' .. c .. '"},'
    .. '"id":"' .. run .. '-' .. tid .. '-' .. sent .. '",' .. fragments[math.random(#fragments)] .. '}'
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  elseif not string.find(body, '"AdaptiveCard"', 1, true) and not string.find(body, '"textFormat":"plain"', 1, true) then
    nocard = nocard + 1
  end
end

function done(summary, latency, requests)
  local bad, empty = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + (tonumber(thread:get("non200")) or 0)
    empty = empty + (tonumber(thread:get("nocard")) or 0)
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.0f p50=%.2f p90=%.2f p99=%.2f p999=%.2f max=%.2f non200=%d nocard=%d socket=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000,
    bad, empty, socket))
end
