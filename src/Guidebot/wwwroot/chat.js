// The chat view shared by the local chat page and the Teams tab: it renders the bot's cards with the official
// Adaptive Cards renderer and sends what the user types or clicks through a transport — the page's way of reaching
// the bot ({ start() → replies, send({ text } | { value }) → replies }, errors carrying the HTTP status).
// Nothing the user types is stored by the page.

const cardContentType = 'application/vnd.microsoft.card.adaptive';

/** POSTs JSON and returns the JSON answer; a refusal throws an Error with the HTTP status and the problem's detail. */
export async function postJson(path, body, headers = {}) {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
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

/**
 * Wires the page's #messages, #typing and #composer to the transport. Returns { start, send, notice }, or null
 * when the renderer's libraries are missing (then #renderer-missing is shown and the composer disabled).
 */
export function createChat({ transport, hostConfig }) {
  const messages = document.getElementById('messages');
  const typing = document.getElementById('typing');
  const composer = document.getElementById('composer');
  const input = document.getElementById('message');

  if (!window.AdaptiveCards || !window.markdownit || !window.DOMPurify) {
    document.getElementById('renderer-missing').hidden = false;
    for (const control of composer.elements) {
      control.disabled = true;
    }
    return null;
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
  const config = new AdaptiveCards.HostConfig(hostConfig);

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

  function start() {
    messages.replaceChildren();
    enqueue(async () => showActivities(await transport.start()));
  }

  function send(body) {
    enqueue(async () => {
      try {
        showActivities(await transport.send(body));
      } catch (error) {
        if (error.status !== 401) {
          throw error;
        }

        showActivities(await transport.start());
        showNotice('Botten kendte ikke samtalen (fx efter en genstart), så en ny er startet. Send beskeden igen.');
      }
    });
  }

  function executeAction(action) {
    if (action instanceof AdaptiveCards.SubmitAction) {
      // The renderer has merged the card's input values into the button's data.
      const data = action.data;
      send(typeof data === 'string' ? { text: data } : { value: data ?? {} });
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
    card.hostConfig = config;
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
    item.append(noteElement(error.userMessage ?? `Fejl fra botten: ${error.message}`));
  }

  composer.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) {
      return;
    }

    input.value = '';
    showUserText(text);
    send({ text });
  });

  return {
    start,
    notice: showNotice,
    /** Sends a command as if the user had typed it, e.g. "menu". */
    say(text) {
      showUserText(text);
      send({ text });
    },
  };
}
