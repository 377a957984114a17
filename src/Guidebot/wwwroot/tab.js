// The Teams tab (personal tab and meeting side panel): the shared chat view, signed in with Teams tab SSO and
// themed like Teams. Each time the tab opens it starts a new conversation, kept only in memory. Outside Teams (a
// plain browser) the page is light and, in Development, talks to the bot through the local chat page's /devchat.

import { createChat, postJson } from './chat.js';
import { devChatTransport } from './devchat-client.js';
import { hostConfig } from './host-config.js';

const themes = { dark: 'dark', contrast: 'contrast' };

/** Teams' theme name (default, dark, contrast) as the page's data-theme; anything else is the light theme. */
function applyTheme(teamsTheme) {
  document.documentElement.dataset.theme = themes[teamsTheme] ?? 'light';
}

/** The Teams context when the page runs inside Teams, otherwise null (initialize fails at once without a host). */
async function connectToTeams() {
  if (!window.microsoftTeams) {
    return null;
  }

  try {
    await microsoftTeams.app.initialize();
    return await microsoftTeams.app.getContext();
  } catch {
    return null;
  }
}

// The bot through /tab: every request carries the Entra ID access token Teams gives the page for this app.
function teamsTransport() {
  let conversationToken = '';

  async function signIn() {
    try {
      return { Authorization: `Bearer ${await microsoftTeams.authentication.getAuthToken()}` };
    } catch (reason) {
      const error = new Error(String(reason?.message ?? reason));
      error.userMessage = `Teams kunne ikke logge dig ind i Guidebot (${error.message}). Luk fanen, og åbn den igen; hjælper det ikke, så kontakt den, der har sat Guidebot op.`;
      throw error;
    }
  }

  return {
    async start() {
      const session = await postJson('/tab/conversations', {}, await signIn());
      conversationToken = session.conversationToken;
      return session.activities;
    },

    async send(body) {
      const replies = await postJson('/tab/activities', body, { ...(await signIn()), 'Guidebot-Conversation': conversationToken });
      return replies.activities;
    },
  };
}

// Outside Teams the local chat page's endpoints exist only in Development; elsewhere say where the tab belongs.
function browserTransport() {
  const devChat = devChatTransport({ keepConversation: false });
  return {
    ...devChat,
    async start() {
      try {
        return await devChat.start();
      } catch (error) {
        if (error.status === 404) {
          error.userMessage = 'Guidebot-fanen virker kun i Microsoft Teams. Åbn Guidebot i Teams.';
        }

        throw error;
      }
    },
  };
}

const context = await connectToTeams();
applyTheme(context?.app?.theme);
if (context) {
  microsoftTeams.app.registerOnThemeChangeHandler(applyTheme);
}

const chat = createChat({
  transport: context ? teamsTransport() : browserTransport(),
  hostConfig: hostConfig({ compact: window.matchMedia('(max-width: 480px)').matches }),
});

const buttons = [document.getElementById('show-menu'), document.getElementById('new-conversation')];
if (chat) {
  buttons[0].addEventListener('click', () => chat.say('menu'));
  buttons[1].addEventListener('click', () => chat.start());
  chat.start();
} else {
  buttons.forEach(button => { button.disabled = true; });
}
