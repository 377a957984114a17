// The local chat page. It talks to the bot through /devchat — the same CloudAdapter, state and dialogs as
// Teams, with the replies in the response (expectReplies) — and renders the bot's cards with the official
// Adaptive Cards renderer. The server issues the user and conversation ids inside signed tokens: the user
// token is kept in localStorage, this tab's conversation token in sessionStorage.
'use strict';

(() => {
  const userKey = 'guidebot.devchat.user';
  const conversationKey = 'guidebot.devchat.conversation';
  const cardContentType = 'application/vnd.microsoft.card.adaptive';

  const messages = document.getElementById('messages');
  const typing = document.getElementById('typing');
  const composer = document.getElementById('composer');
  const input = document.getElementById('message');
  const newConversation = document.getElementById('new-conversation');

  if (!window.AdaptiveCards || !window.markdownit || !window.DOMPurify) {
    document.getElementById('renderer-missing').hidden = false;
    for (const control of composer.elements) {
      control.disabled = true;
    }
    newConversation.disabled = true;
    return;
  }

  // Markdown in TextBlocks and bot text: no raw HTML, no autolinks, and the result sanitized.
  const markdown = window.markdownit({ html: false, linkify: false, typographer: false });
  DOMPurify.addHook('afterSanitizeAttributes', node => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  const markdownToHtml = text => DOMPurify.sanitize(markdown.render(text));

  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdownToHtml(text);
    result.didProcess = true;
  };
  const hostConfig = new AdaptiveCards.HostConfig(window.guidebotHostConfig);

  // Turns run one after the other, in the order the user sent them; the indicator shows while any is under way.
  let pending = 0;
  let queue = Promise.resolve();

  function enqueue(work) {
    pending += 1;
    typing.hidden = false;
    queue = queue
      .then(work)
      .catch(showError)
      .finally(() => {
        pending -= 1;
        typing.hidden = pending === 0;
      });
  }

  async function post(path, body, conversationToken) {
    const headers = { 'Content-Type': 'application/json' };
    if (conversationToken) {
      headers.Authorization = `Bearer ${conversationToken}`;
    }

    const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!response.ok) {
      throw await requestError(response);
    }

    return response.json();
  }

  async function requestError(response) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      // Not a problem+json body: the status text says enough.
    }

    const error = new Error(`HTTP ${response.status}: ${detail}`);
    error.status = response.status;
    return error;
  }

  async function startConversation() {
    sessionStorage.removeItem(conversationKey);
    const session = await post('/devchat/conversations', { userToken: localStorage.getItem(userKey) });
    localStorage.setItem(userKey, session.userToken);
    sessionStorage.setItem(conversationKey, session.conversationToken);
    showActivities(session.activities);
  }

  // Only text and value go to the server; it sets the channel, the sender and the conversation itself.
  function sendToBot(body) {
    enqueue(async () => {
      try {
        const replies = await post('/devchat/activities', body, sessionStorage.getItem(conversationKey));
        showActivities(replies.activities);
      } catch (error) {
        if (error.status !== 401) {
          throw error;
        }

        await startConversation();
        showNotice('Botten kendte ikke samtalen (fx efter en genstart), så en ny er startet. Send beskeden igen.');
      }
    });
  }

  function executeAction(action) {
    if (action instanceof AdaptiveCards.SubmitAction) {
      // The renderer has merged the card's input values into the button's data.
      const data = action.data;
      sendToBot(typeof data === 'string' ? { text: data } : { value: data ?? {} });
    } else if (action instanceof AdaptiveCards.OpenUrlAction) {
      openInNewTab(action.url);
    }
    // Action.ShowCard and Action.ToggleVisibility are carried out by the renderer, in place.
  }

  function openInNewTab(url) {
    try {
      if (['http:', 'https:', 'mailto:'].includes(new URL(url).protocol)) {
        window.open(url, '_blank', 'noopener,noreferrer');
      }
    } catch {
      showNotice('Knappen har en ugyldig adresse.');
    }
  }

  function addMessage(from, label) {
    const item = document.createElement('div');
    item.className = `message from-${from}`;
    const speaker = document.createElement('span');
    speaker.className = 'visually-hidden';
    speaker.textContent = `${label}: `;
    item.append(speaker);
    messages.append(item);
    return item;
  }

  function showUserText(text) {
    const bubble = document.createElement('p');
    bubble.className = 'bubble';
    bubble.textContent = text;
    addMessage('user', 'Du').append(bubble);
  }

  function showActivities(activities) {
    let first = null;
    for (const activity of activities ?? []) {
      if (activity.type !== 'message') {
        continue;
      }

      const item = addMessage('bot', 'Guidebot');
      first ??= item;
      if (activity.text) {
        const bubble = document.createElement('div');
        bubble.className = 'bubble';
        bubble.innerHTML = markdownToHtml(activity.text);
        item.append(bubble);
      }

      for (const attachment of activity.attachments ?? []) {
        item.append(attachment.contentType === cardContentType
          ? renderCard(attachment.content)
          : noteElement(`(Vedhæftning af typen ${attachment.contentType} kan ikke vises her.)`));
      }
    }

    first?.scrollIntoView({ block: 'start' });
  }

  function renderCard(content) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = executeAction;
    card.parse(content);
    const element = card.render();
    if (!element) {
      return noteElement(content?.fallbackText ?? '(Kortet kunne ikke vises.)');
    }

    // The card's speak text (what Teams reads aloud) names the card for screen readers.
    const frame = document.createElement('div');
    frame.className = 'card';
    const name = content?.speak ?? content?.fallbackText;
    if (name) {
      frame.setAttribute('role', 'group');
      frame.setAttribute('aria-label', name);
    }

    frame.append(element);
    return frame;
  }

  function noteElement(text) {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = text;
    return note;
  }

  function showNotice(text) {
    addMessage('system', 'Besked').append(noteElement(text));
  }

  function showError(error) {
    const item = addMessage('error', 'Fejl');
    item.setAttribute('role', 'alert');
    item.append(noteElement(`Fejl fra botten: ${error.message}`));
  }

  composer.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) {
      return;
    }

    input.value = '';
    showUserText(text);
    sendToBot({ text });
  });

  newConversation.addEventListener('click', () => {
    messages.replaceChildren();
    enqueue(startConversation);
    input.focus();
  });

  if (sessionStorage.getItem(conversationKey)) {
    showNotice('Samtalen fortsætter fra før siden blev genindlæst. Skriv ”menu” for at se menuen.');
  } else {
    enqueue(startConversation);
  }

  input.focus();
})();
