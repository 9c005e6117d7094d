/**
 * `POST /users/{id|upn}/teamwork/sendActivityNotification`: validates the body as Graph does (topic,
 * activityType, previewText, templateParameters), refuses recipients without the sending Teams app
 * installed (403), answers 204 with no body, and records the notification as a delivery. A notification
 * with the `chainId` of an earlier one from the same app to the same person overrides it (D-act: "use the
 * same chainId in subsequent requests to override the previous notification"): the feed, and the recorded
 * deliveries, keep one.
 */
import { makeDelivery } from './deliveries';
import { assertTeamsReachable } from './chats';
import { badRequest, forbidden, parseJsonBody } from './errors';
import { findCatalogApp, installedAppIds } from './installedApps';
import type { GraphHandler } from './types';

function isAbsoluteUrl(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export const sendActivityNotification: GraphHandler = (call, [idOrUpn], ctx) => {
  const recipient = ctx.people.get(idOrUpn);
  const body = parseJsonBody(call);

  const topic = body.topic as Record<string, unknown> | undefined;
  if (!topic || typeof topic !== 'object') throw badRequest("The 'topic' property is required.");
  const source = typeof topic.source === 'string' ? topic.source.toLowerCase() : '';
  if (source !== 'entityurl' && source !== 'text') throw badRequest(`Invalid topic.source '${String(topic.source)}': use 'entityUrl' or 'text'.`);
  if (typeof topic.value !== 'string' || topic.value.trim() === '') throw badRequest("The 'topic.value' property is required.");
  if (source === 'entityurl' && !isAbsoluteUrl(topic.value)) throw badRequest('topic.value must be a Graph URL when topic.source is entityUrl.');
  if (source === 'text' && !isAbsoluteUrl(topic.webUrl)) throw badRequest("'topic.webUrl' is required when topic.source is 'text'.");
  if (typeof body.activityType !== 'string' || body.activityType.trim() === '') throw badRequest("The 'activityType' property is required.");
  const preview = body.previewText as Record<string, unknown> | undefined;
  if (!preview || typeof preview !== 'object' || typeof preview.content !== 'string') throw badRequest("The 'previewText.content' property is required.");
  const params = body.templateParameters;
  if (params !== undefined && params !== null) {
    const ok = Array.isArray(params) && params.every((p) => p && typeof p === 'object' && typeof (p as { name?: unknown }).name === 'string' && typeof (p as { value?: unknown }).value === 'string');
    if (!ok) throw badRequest("'templateParameters' must be an array of { name, value } strings.");
  }
  if (body.chainId !== undefined && body.chainId !== null && !Number.isInteger(Number(body.chainId))) throw badRequest("'chainId' must be an Int64.");

  assertTeamsReachable(ctx, [recipient]);
  // App-only: the sender is the app (the token's app in real Graph). `teamsAppId` disambiguates; else the notifier.
  const senderApp = typeof body.teamsAppId === 'string' ? findCatalogApp(ctx, body.teamsAppId) : ctx.catalog.get(ctx.notifier.id);
  const appId = senderApp?.id ?? String(body.teamsAppId);
  if (!installedAppIds(ctx, recipient.id).includes(appId)) {
    throw forbidden(`The Teams app '${appId}' is not installed for the recipient '${recipient.id}'. Install the app for the user before sending activity notifications.`);
  }

  const link = source === 'text' ? (topic.webUrl as string) : topic.value;
  const chainId = body.chainId === undefined || body.chainId === null ? null : String(body.chainId);
  const from = `app:${appId}`;
  ctx.store.replaceDelivery(
    makeDelivery({
      kind: 'activityNotification',
      from,
      to: [recipient.userPrincipalName],
      recipientId: recipient.id,
      subject: null,
      previewText: preview.content,
      text: preview.content,
      card: null,
      link,
      activityType: body.activityType,
      chatId: null,
      raw: body,
    }),
    (earlier) => chainId !== null && earlier.kind === 'activityNotification' && earlier.from === from && earlier.recipientId === recipient.id
      && String((earlier.raw as { chainId?: unknown } | null)?.chainId ?? '') === chainId,
  );
  return { status: 204 };
};
