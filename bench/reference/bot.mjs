// The Bot Builder JavaScript reference bot for the load benchmark: the official SDK's CloudAdapter behind
// restify, as Microsoft's samples wire it, keeping a turn counter in conversation state (MemoryStorage) and
// answering every message with one small Adaptive Card, so it does the same kind of work per turn as
// Guidebot (read state, build a card, save state) on the same wire protocol (deliveryMode expectReplies).
//   PORT=3979 node bench/reference/bot.mjs      (no app id: anonymous, as the benchmark runs Guidebot)
import restify from 'restify';
import {
  ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage,
} from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const conversationState = new ConversationState(new MemoryStorage());
const turns = conversationState.createProperty('turns');

class ReferenceBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const count = (await turns.get(context, 0)) + 1;
      await turns.set(context, count);
      await context.sendActivity({
        attachments: [CardFactory.adaptiveCard({
          type: 'AdaptiveCard', version: '1.5',
          body: [
            { type: 'TextBlock', text: 'Reference bot', weight: 'Bolder', wrap: true },
            { type: 'TextBlock', text: `Turn ${count}: ${context.activity.text ?? 'click'}`, wrap: true },
          ],
          actions: [{ type: 'Action.Submit', title: 'Menu', data: { verb: 'menu' } }],
        })],
      });
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await conversationState.saveChanges(context, false);
  }
}

const bot = new ReferenceBot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => adapter.process(req, res, (context) => bot.run(context)));
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1', () => console.log(`reference bot listening on ${server.url}`));
