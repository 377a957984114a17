-- wrk script: expectReplies turns spread over many conversations (CONVERSATIONS, default 1000):
-- the menu, an area, help and "tilbage", as a consultant browsing the guide would send them.
local conversations = tonumber(os.getenv("CONVERSATIONS") or "1000")
local counter = 0
local thread_id = 0

local bodies = {
  '"text":"menu"',
  '"value":{"verb":"area","area":"raaderum","page":0}',
  '"text":"hjælp"',
  '"text":"tilbage"',
}

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  math.randomseed(os.time() + thread_id)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local conversation = math.random(1, conversations)
  local body = string.format(
    '{"type":"message","id":"soak-%d-%d","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/",' ..
    '"from":{"id":"29:user-%d"},"recipient":{"id":"28:guidebot"},"conversation":{"id":"soak-%d"},' ..
    '"deliveryMode":"expectReplies",%s}',
    thread_id, counter, conversation, conversation, bodies[(counter % #bodies) + 1])
  return wrk.format(nil, "/api/messages", nil, body)
end
