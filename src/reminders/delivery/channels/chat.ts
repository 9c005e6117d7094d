/**
 * Teams chat delivery as the service account (delegated: Graph accepts chat messages only from a signed-in
 * user). Ensures the one-on-one chat between the service account and the recipient (`POST /chats` returns
 * the existing one) and posts the reminder as an Adaptive Card attachment (graph-wire §4). Chat ids are
 * cached per recipient for the lifetime of the channel, which is one run.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { PersonRef } from '../../../model/types';
import { isPublication, OutgoingMessage } from '../../types';
import { ADAPTIVE_CARD_CONTENT_TYPE, publicationCard, reminderCard } from '../card';
import { ReminderChannel } from './types';

/** Members are bound by object id (or UPN); the bind URL names the public Graph host whatever the client's base URL. */
function member(idOrUpn: string): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    roles: ['owner'],
    'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${idOrUpn}')`
  };
}

let attachmentCounter = 0;
/** Any id works as long as the body's `<attachment id>` names it; keep them distinct for readability in logs. */
function attachmentId(): string {
  attachmentCounter += 1;
  return `reminder-${Date.now().toString(16)}-${attachmentCounter}`;
}

export class ChatChannel implements ReminderChannel {
  public readonly name = 'chat' as const;
  private serviceAccountId: Promise<string> | null = null;
  private readonly chats: Map<string, Promise<string>> = new Map();

  public constructor(private readonly client: Client, private readonly serviceAccountUpn: string) {}

  public async send(message: OutgoingMessage): Promise<void> {
    const chatId = await this.chatWith(message.recipient);
    const card = isPublication(message) ? publicationCard(message) : reminderCard(message);
    const id = attachmentId();
    await this.client.api(`/chats/${chatId}/messages`).post({
      body: { contentType: 'html', content: `<attachment id="${id}"></attachment>` },
      attachments: [
        { id, contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: JSON.stringify(card), name: null, thumbnailUrl: null }
      ]
    });
  }

  /** The signed-in account must be the configured service account, or chats would be created for someone else. */
  private ownId(): Promise<string> {
    if (this.serviceAccountId === null) {
      this.serviceAccountId = (this.client.api('/me').select(['id', 'userPrincipalName']).get() as Promise<{ id: string; userPrincipalName: string }>).then((me) => {
        if (me.userPrincipalName.toLowerCase() !== this.serviceAccountUpn.toLowerCase()) {
          throw new Error(`The chat client is signed in as ${me.userPrincipalName}, not the service account ${this.serviceAccountUpn}.`);
        }
        return me.id;
      });
      this.serviceAccountId.catch(() => { this.serviceAccountId = null; });
    }
    return this.serviceAccountId;
  }

  private chatWith(recipient: PersonRef): Promise<string> {
    const idOrUpn = recipient.objectId !== '' ? recipient.objectId : recipient.upn;
    const key = idOrUpn.toLowerCase();
    let chat = this.chats.get(key);
    if (chat === undefined) {
      chat = this.ownId().then(async (ownId) => {
        const created = (await this.client.api('/chats').post({ chatType: 'oneOnOne', members: [member(ownId), member(idOrUpn)] })) as { id: string };
        return created.id;
      });
      this.chats.set(key, chat);
      // A failure is not cached: the next message to this person tries again.
      chat.catch(() => this.chats.delete(key));
    }
    return chat;
  }
}
