/**
 * Teams chat delivery as the service account (delegated: Graph accepts chat messages only from a signed-in
 * user). Ensures the one-on-one chat between the service account and the recipient (`POST /chats` returns
 * the existing one) and posts the reminder as an Adaptive Card attachment (graph-wire §4). Chat ids are
 * cached per recipient for the lifetime of the channel, which is one run.
 *
 * The chat can be read back, so this channel can say whether a message already arrived: each card carries the
 * ledger keys of what it is about (card.ts), and `delivered` looks for them among the chat's latest messages.
 * Each Graph call names the delegated permission it needs, so a refusal for lack of one reads as such.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { PersonRef } from '../../../model/types';
import { isProblemDigest, isPublication, OutgoingMessage } from '../../types';
import { ADAPTIVE_CARD_CONTENT_TYPE, ledgerKeysInCard, problemCard, publicationCard, reminderCard } from '../card';
import { graphCall } from '../errors';
import { ReminderChannel } from './types';

/** The delegated permissions of the service account, least privilege first (SECURITY.md). */
export const CHAT_PERMISSIONS = { signIn: 'User.Read', create: 'Chat.Create', send: 'ChatMessage.Send', read: 'ChatMessage.Read' } as const;

/** How far back `delivered` reads a chat: a crashed run's message is among the service's latest to the person. */
const MESSAGES_PER_PAGE = 50;
const PAGES_READ = 4;

interface ChatMessagePage {
  value: Array<{ attachments?: Array<{ contentType?: string; content?: string | null }> }>;
  '@odata.nextLink'?: string;
}

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
    const card = isPublication(message) ? publicationCard(message) : isProblemDigest(message) ? problemCard(message) : reminderCard(message);
    const id = attachmentId();
    await graphCall(CHAT_PERMISSIONS.send, () => this.client.api(`/chats/${chatId}/messages`).post({
      body: { contentType: 'html', content: `<attachment id="${id}"></attachment>` },
      attachments: [
        { id, contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: JSON.stringify(card), name: null, thumbnailUrl: null }
      ]
    }), true);
  }

  /** Which of the ledger keys (lower case) the latest cards in the chat with the person carry. */
  public async delivered(recipient: PersonRef, ledgerKeys: readonly string[]): Promise<Set<string>> {
    const wanted = new Set(ledgerKeys.map((k) => k.toLowerCase()));
    const found = new Set<string>();
    const chatId = await this.chatWith(recipient);
    let skipToken: string | null = null;
    for (let page = 0; page < PAGES_READ && found.size < wanted.size; page++) {
      const query: Record<string, string> = { $top: String(MESSAGES_PER_PAGE), ...(skipToken ? { $skiptoken: skipToken } : {}) };
      const answer = (await graphCall(CHAT_PERMISSIONS.read, () => this.client.api(`/chats/${chatId}/messages`).query(query).get())) as ChatMessagePage;
      for (const message of answer.value) {
        for (const attachment of message.attachments ?? []) {
          if (attachment.contentType !== ADAPTIVE_CARD_CONTENT_TYPE || typeof attachment.content !== 'string') continue;
          for (const key of ledgerKeysInCard(parseCard(attachment.content))) if (wanted.has(key)) found.add(key);
        }
      }
      // The next link is followed by its skip token: the Graph client mangles an absolute http:// link (graph-wire §1).
      skipToken = answer['@odata.nextLink'] ? new URL(answer['@odata.nextLink']).searchParams.get('$skiptoken') : null;
      if (skipToken === null) break;
    }
    return found;
  }

  /** The signed-in account must be the configured service account, or chats would be created for someone else. */
  private ownId(): Promise<string> {
    if (this.serviceAccountId === null) {
      this.serviceAccountId = (graphCall(CHAT_PERMISSIONS.signIn, () => this.client.api('/me').select(['id', 'userPrincipalName']).get()) as Promise<{ id: string; userPrincipalName: string }>).then((me) => {
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
        const created = (await graphCall(CHAT_PERMISSIONS.create, () =>
          this.client.api('/chats').post({ chatType: 'oneOnOne', members: [member(ownId), member(idOrUpn)] }))) as { id: string };
        return created.id;
      });
      this.chats.set(key, chat);
      // A failure is not cached: the next message to this person tries again.
      chat.catch(() => this.chats.delete(key));
    }
    return chat;
  }
}

function parseCard(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return null;
  }
}
