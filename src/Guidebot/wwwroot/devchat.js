// The local chat page (Development only): the shared chat view over /devchat, with the conversation kept for a reload.

import { createChat } from './chat.js';
import { devChatTransport } from './devchat-client.js';
import { hostConfig } from './host-config.js';

const input = document.getElementById('message');
const newConversation = document.getElementById('new-conversation');
const transport = devChatTransport({ keepConversation: true });
const chat = createChat({ transport, hostConfig: hostConfig() });

if (chat) {
  newConversation.addEventListener('click', () => {
    chat.start();
    input.focus();
  });

  if (transport.hasConversation()) {
    chat.notice('Samtalen fortsætter fra før siden blev genindlæst. Skriv ”menu” for at se menuen.');
  } else {
    chat.start();
  }

  input.focus();
} else {
  newConversation.disabled = true;
}
