// The local chat page's way to the bot (/devchat, Development only). The server issues the user and conversation
// ids inside signed tokens: the user token is kept in localStorage; the conversation token in sessionStorage (so a
// reload continues this tab's conversation) or, for a page that starts afresh each time, only in memory.

import { postJson } from './chat.js';

const userKey = 'guidebot.devchat.user';
const conversationKey = 'guidebot.devchat.conversation';

function memoryStorage() {
  const values = new Map();
  return {
    getItem: key => values.get(key) ?? null,
    setItem: (key, value) => values.set(key, value),
    removeItem: key => values.delete(key),
  };
}

export function devChatTransport({ keepConversation }) {
  const conversations = keepConversation ? sessionStorage : memoryStorage();
  return {
    hasConversation: () => conversations.getItem(conversationKey) !== null,

    async start() {
      conversations.removeItem(conversationKey);
      const session = await postJson('/devchat/conversations', { userToken: localStorage.getItem(userKey) });
      localStorage.setItem(userKey, session.userToken);
      conversations.setItem(conversationKey, session.conversationToken);
      return session.activities;
    },

    // Only text and value go to the server; it sets the channel, the sender and the conversation itself.
    async send(body) {
      const token = conversations.getItem(conversationKey);
      const replies = await postJson('/devchat/activities', body, token ? { Authorization: `Bearer ${token}` } : {});
      return replies.activities;
    },
  };
}
