/**
 * Teams chats: `POST /chats` (oneOnOne returns the one existing chat between two people; group chats with
 * a topic), `GET /chats`, `GET /chats/{id}`, and chat messages (`POST`/`GET /chats/{id}/messages`) with text,
 * HTML and Adaptive Card attachments, validated as Graph does. Every message posted is recorded as a delivery.
 */
import { randomUUID } from 'node:crypto';
import type { DirectoryPerson } from '../directory/types';
import { makeDelivery } from './deliveries';
import { badRequest, forbidden, GraphHttpError, parseJsonBody } from './errors';
import { cardToText, firstHref, firstOpenUrl, htmlToText } from './render';
import type { ChatMessageJson, ChatRecord } from './store';
import type { EmulatorContext, GraphCall, GraphHandler } from './types';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Fixed tenant id of the demo region (chat webUrls carry it). */
export const DEMO_TENANT_ID = '5f0c2a7e-9b1d-4c3e-8a6f-2d7b0e4c9a11';

const chatNotFound = (id: string): GraphHttpError => new GraphHttpError(404, 'NotFound', `Chat '${id}' was not found or you do not have access to it.`);

/** Reads the user id or UPN out of `https://graph.microsoft.com/v1.0/users('x')` (or `/users/x`). */
function boundUser(bind: unknown, ctx: EmulatorContext): DirectoryPerson {
  const m = typeof bind === 'string' ? /\/users(?:\('([^']+)'\)|\/([^/?#]+))\s*$/i.exec(bind) : null;
  if (!m) throw badRequest(`Invalid value for 'user@odata.bind': '${String(bind)}'.`);
  return ctx.people.get(decodeURIComponent(m[1] ?? m[2]));
}

/** Refuses Teams delivery to users the control endpoint marked as blocked (fallback-to-mail tests). */
export function assertTeamsReachable(ctx: EmulatorContext, people: DirectoryPerson[]): void {
  for (const p of people) {
    if (ctx.faults.isTeamsBlocked(p.userPrincipalName)) {
      throw forbidden(`Teams is not available for user '${p.id}': the user is not enabled for Microsoft Teams.`);
    }
  }
}

function chatJson(call: GraphCall, chat: ChatRecord, full: boolean): Record<string, unknown> {
  const base: Record<string, unknown> = {
    '@odata.context': `${call.serviceRoot}/$metadata#chats/$entity`,
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: chat.chatType,
  };
  if (!full) return base; // the create response has exactly these keys (chat-create.response.json)
  return {
    ...base,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${DEMO_TENANT_ID}`,
    tenantId: DEMO_TENANT_ID,
    onlineMeetingInfo: null,
    viewpoint: null,
  };
}

function membersJson(chat: ChatRecord, ctx: EmulatorContext): unknown[] {
  return chat.memberIds.map((id) => {
    const p = ctx.people.find(id);
    return {
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      id: Buffer.from(`${chat.id}##${id}`).toString('base64'),
      roles: ['owner'],
      displayName: p?.displayName ?? null,
      userId: id,
      email: p?.mail ?? null,
      tenantId: DEMO_TENANT_ID,
    };
  });
}

export const createChat: GraphHandler = (call, _params, ctx) => {
  const body = parseJsonBody(call);
  const chatType = typeof body.chatType === 'string' ? body.chatType.toLowerCase() : '';
  if (chatType !== 'oneonone' && chatType !== 'group') throw badRequest(`Invalid chatType '${String(body.chatType)}'.`);
  if (!Array.isArray(body.members)) throw badRequest("The 'members' property is required.");
  const members = body.members.map((m: unknown) => {
    const member = (m ?? {}) as Record<string, unknown>;
    if (member['@odata.type'] !== '#microsoft.graph.aadUserConversationMember') {
      throw badRequest("Each member must have '@odata.type': '#microsoft.graph.aadUserConversationMember'.");
    }
    if (!Array.isArray(member.roles)) throw badRequest("Each member must have 'roles'.");
    return boundUser(member['user@odata.bind'], ctx);
  });
  const distinct = [...new Map(members.map((p) => [p.id, p])).values()];
  const topic = typeof body.topic === 'string' ? body.topic : null;
  assertTeamsReachable(ctx, distinct);

  const now = new Date().toISOString();
  if (chatType === 'oneonone') {
    if (distinct.length !== 2 || members.length !== 2) throw badRequest('A oneOnOne chat must have exactly two members.');
    if (topic !== null) throw badRequest('A topic can only be set for a group chat.');
    const ids = distinct.map((p) => p.id.toLowerCase()).sort();
    const id = `19:${ids[0]}_${ids[1]}@unq.gbl.spaces`;
    // "Only one one-on-one chat can exist between two members" (graph-wire §4): return the existing one.
    const existing = ctx.store.findChat(id);
    if (existing) return { status: 201, json: chatJson(call, existing, false) };
    const chat: ChatRecord = { id, chatType: 'oneOnOne', topic: null, createdDateTime: now, lastUpdatedDateTime: now, memberIds: ids };
    ctx.store.addChat(chat);
    return { status: 201, json: chatJson(call, chat, false) };
  }
  if (distinct.length < 2) throw badRequest('A group chat needs at least two members.');
  const chat: ChatRecord = {
    id: `19:${randomUUID().replace(/-/g, '')}@thread.v2`,
    chatType: 'group',
    topic,
    createdDateTime: now,
    lastUpdatedDateTime: now,
    memberIds: distinct.map((p) => p.id),
  };
  ctx.store.addChat(chat);
  return { status: 201, json: chatJson(call, chat, false) };
};

export const getChat: GraphHandler = (call, [chatId], ctx) => {
  const chat = ctx.store.findChat(chatId);
  if (!chat) throw chatNotFound(chatId);
  const json = chatJson(call, chat, true);
  if (/(^|,)\s*members\s*(,|$)/i.test(call.query.get('expand') ?? '')) json.members = membersJson(chat, ctx);
  return { status: 200, json };
};

/** `GET /chats` (the signed-in user's) and `GET /users/{id}/chats`. */
export const listChats: GraphHandler = (call, [idOrUpn], ctx) => {
  const user = idOrUpn === undefined ? ctx.me(call) : ctx.people.get(idOrUpn);
  const chats = ctx.store.chats().filter((c) => c.memberIds.some((id) => id.toLowerCase() === user.id.toLowerCase()));
  return {
    status: 200,
    json: {
      '@odata.context': `${call.serviceRoot}/$metadata#chats`,
      '@odata.count': chats.length,
      value: chats.map((c) => {
        const { ['@odata.context']: _context, ...rest } = chatJson(call, c, true);
        return rest;
      }),
    },
  };
};

interface Attachment {
  id: string;
  contentType: string;
  contentUrl: string | null;
  content: string | null;
  name: string | null;
  thumbnailUrl: string | null;
}

/**
 * Validates attachments the way Graph does for chat messages: every `<attachment id="…">` in the body must
 * name an attachment and every attachment must be referenced; an Adaptive Card's `content` must be a JSON
 * string (not an object) that parses. Returns the attachments as Graph echoes them plus the parsed cards.
 */
function readAttachments(raw: unknown, html: string): { attachments: Attachment[]; cards: unknown[] } {
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) throw badRequest("'attachments' must be an array.");
  const list = (raw ?? []) as unknown[];
  const referenced = [...html.matchAll(/<attachment\s+id\s*=\s*["']([^"']+)["'][^>]*>/gi)].map((m) => m[1]);
  const attachments: Attachment[] = [];
  const cards: unknown[] = [];
  for (const item of list) {
    const a = (item ?? {}) as Record<string, unknown>;
    if (typeof a.id !== 'string' || a.id === '') throw badRequest('Each attachment must have an id.');
    if (!referenced.includes(a.id)) {
      throw badRequest(`Attachment with id '${a.id}' is not referenced in the message body; add <attachment id="${a.id}"></attachment>.`);
    }
    const contentType = typeof a.contentType === 'string' ? a.contentType : '';
    let content: string | null = null;
    if (contentType.toLowerCase() === ADAPTIVE_CARD_CONTENT_TYPE) {
      if (typeof a.content !== 'string') throw badRequest(`Attachment '${a.id}': content must be the card JSON serialized as a string.`);
      let card: unknown;
      try {
        card = JSON.parse(a.content);
      } catch {
        throw badRequest(`Attachment '${a.id}': content is not valid JSON.`);
      }
      if (card === null || typeof card !== 'object' || (card as { type?: unknown }).type !== 'AdaptiveCard') {
        throw badRequest(`Attachment '${a.id}': content is not an Adaptive Card (type must be 'AdaptiveCard').`);
      }
      cards.push(card);
      content = JSON.stringify(card); // Graph echoes a re-serialized string (graph-wire §4)
    } else if (typeof a.content === 'string') {
      content = a.content;
    }
    attachments.push({
      id: a.id,
      contentType,
      contentUrl: typeof a.contentUrl === 'string' ? a.contentUrl : null,
      content,
      name: typeof a.name === 'string' ? a.name : null,
      thumbnailUrl: typeof a.thumbnailUrl === 'string' ? a.thumbnailUrl : null,
    });
  }
  for (const id of referenced) {
    if (!attachments.some((a) => a.id === id)) throw badRequest(`The message body references attachment '${id}', which is not in 'attachments'.`);
  }
  return { attachments, cards };
}

let lastMessageId = 0;
/** Message ids are epoch milliseconds (id and etag equal, graph-wire §4); kept strictly increasing. */
function nextMessageId(): number {
  lastMessageId = Math.max(Date.now(), lastMessageId + 1);
  return lastMessageId;
}

export const postChatMessage: GraphHandler = (call, [chatId], ctx) => {
  const chat = ctx.store.findChat(chatId);
  if (!chat) throw chatNotFound(chatId);
  const sender = ctx.me(call);
  if (!chat.memberIds.some((id) => id.toLowerCase() === sender.id.toLowerCase())) {
    throw forbidden(`User '${sender.id}' is not a member of chat '${chat.id}'.`);
  }
  const recipients = chat.memberIds.filter((id) => id.toLowerCase() !== sender.id.toLowerCase()).map((id) => ctx.people.get(id));
  assertTeamsReachable(ctx, recipients);

  const body = parseJsonBody(call);
  const msgBody = (body.body ?? null) as Record<string, unknown> | null;
  if (msgBody === null || typeof msgBody !== 'object' || typeof msgBody.content !== 'string') {
    throw badRequest("The message 'body.content' is required.");
  }
  const contentType = typeof msgBody.contentType === 'string' ? msgBody.contentType.toLowerCase() : 'text';
  if (contentType !== 'text' && contentType !== 'html') throw badRequest(`Invalid body.contentType '${String(msgBody.contentType)}'.`);
  const content = msgBody.content;
  const { attachments, cards } = readAttachments(body.attachments, contentType === 'html' ? content : '');
  if (attachments.length > 0 && contentType !== 'html') {
    throw badRequest('Messages with attachments need body.contentType "html" and an <attachment id="…"> tag per attachment.');
  }

  const idNumber = nextMessageId();
  const created = new Date(idNumber).toISOString();
  const id = String(idNumber);
  const message: ChatMessageJson = {
    id,
    replyToId: null,
    etag: id,
    messageType: 'message',
    createdDateTime: created,
    lastModifiedDateTime: created,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: typeof body.subject === 'string' ? body.subject : null,
    summary: typeof body.summary === 'string' ? body.summary : null,
    chatId: chat.id,
    importance: typeof body.importance === 'string' ? body.importance : 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      conversation: null,
      user: { id: sender.id, displayName: sender.displayName, userIdentityType: 'aadUser' },
    },
    body: { contentType, content },
    attachments,
    mentions: Array.isArray(body.mentions) ? body.mentions : [],
    reactions: [],
  };

  const plain = contentType === 'html' ? htmlToText(content) : content.trim();
  const text = [plain, ...cards.map(cardToText)].filter((t) => t !== '').join('\n');
  const link = cards.map(firstOpenUrl).find((u) => u !== null) ?? (contentType === 'html' ? firstHref(content) : null);
  const delivery = makeDelivery({
    kind: 'chatMessage',
    from: sender.userPrincipalName,
    to: recipients.map((p) => p.userPrincipalName),
    recipientId: recipients[0]?.id ?? null,
    subject: message.subject as string | null,
    previewText: null,
    text,
    card: cards[0] ?? null,
    link,
    activityType: null,
    chatId: chat.id,
    raw: body,
  });
  ctx.store.addMessage(chat, message, delivery);
  return {
    status: 201,
    json: { '@odata.context': `${call.serviceRoot}/$metadata#chats('${encodeURIComponent(chat.id)}')/messages/$entity`, ...message },
  };
};

export const listChatMessages: GraphHandler = (call, [chatId], ctx) => {
  const chat = ctx.store.findChat(chatId);
  if (!chat) throw chatNotFound(chatId);
  const top = Math.min(Math.max(Number(call.query.get('top') ?? 20) || 20, 1), 50);
  const offset = Number(call.query.get('skiptoken') ?? 0) || 0;
  // Newest first, as Teams lists chat messages.
  const all = [...ctx.store.messages(chat.id)].reverse();
  const json: Record<string, unknown> = {
    '@odata.context': `${call.serviceRoot}/$metadata#chats('${encodeURIComponent(chat.id)}')/messages`,
    '@odata.count': Math.min(top, all.length - offset),
  };
  if (offset + top < all.length) {
    json['@odata.nextLink'] = `${call.serviceRoot}/chats/${encodeURIComponent(chat.id)}/messages?$top=${top}&$skiptoken=${offset + top}`;
  }
  json.value = all.slice(offset, offset + top);
  return { status: 200, json };
};

export const getChatMessage: GraphHandler = (call, [chatId, messageId], ctx) => {
  const chat = ctx.store.findChat(chatId);
  if (!chat) throw chatNotFound(chatId);
  const message = ctx.store.messages(chat.id).find((m) => m.id === messageId);
  if (!message) throw new GraphHttpError(404, 'NotFound', `Message '${messageId}' was not found in chat '${chat.id}'.`);
  return {
    status: 200,
    json: { '@odata.context': `${call.serviceRoot}/$metadata#chats('${encodeURIComponent(chat.id)}')/messages/$entity`, ...message },
  };
};
