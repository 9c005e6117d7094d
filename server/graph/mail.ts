/**
 * `POST /users/{id|upn}/sendMail` and `/me/sendMail`: the JSON form (message + saveToSentItems as a bool or
 * "true"/"false" string) and the MIME form (text/plain, base64). Answers 202 with no body and records the
 * mail as a delivery. Mail is the product's fallback when Teams delivery is impossible.
 */
import type { DirectoryPerson } from '../directory/types';
import { makeDelivery } from './deliveries';
import { badRequest, GraphHttpError, parseJsonBody } from './errors';
import { firstHref, htmlToText } from './render';
import type { EmulatorContext, GraphCall, GraphHandler } from './types';

interface ParsedMail {
  subject: string | null;
  to: string[];
  text: string;
  link: string | null;
  raw: unknown;
}

const noRecipients = (): GraphHttpError =>
  new GraphHttpError(400, 'ErrorInvalidRecipients', "At least one recipient is not valid., A message can't be sent because it contains no recipients.");

function recipientAddresses(list: unknown, field: string): string[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw badRequest(`'${field}' must be an array of recipients.`, 'ErrorInvalidRequest');
  return list.map((r) => {
    const address = (r as { emailAddress?: { address?: unknown } } | null)?.emailAddress?.address;
    if (typeof address !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(address.trim())) {
      throw new GraphHttpError(400, 'ErrorInvalidRecipients', `At least one recipient is not valid., Recipient '${String(address ?? '')}' is not resolved. All recipients must be resolved before a message can be submitted.`);
    }
    return address.trim();
  });
}

function parseJsonMail(call: GraphCall): ParsedMail {
  const body = parseJsonBody(call);
  const message = body.message as Record<string, unknown> | undefined;
  if (!message || typeof message !== 'object') throw badRequest("The 'message' parameter is required.", 'ErrorInvalidRequest');
  const save = body.saveToSentItems;
  // The docs' own example sends "false" as a string (graph-wire §5), so both forms are fine.
  if (save !== undefined && save !== null && typeof save !== 'boolean' && !/^(true|false)$/i.test(String(save))) {
    throw badRequest(`Invalid value for 'saveToSentItems': '${String(save)}'.`, 'ErrorInvalidRequest');
  }
  const to = [
    ...recipientAddresses(message.toRecipients, 'toRecipients'),
    ...recipientAddresses(message.ccRecipients, 'ccRecipients'),
    ...recipientAddresses(message.bccRecipients, 'bccRecipients'),
  ];
  if (to.length === 0) throw noRecipients();
  const mailBody = (message.body ?? {}) as { contentType?: unknown; content?: unknown };
  const content = typeof mailBody.content === 'string' ? mailBody.content : '';
  const html = typeof mailBody.contentType === 'string' && mailBody.contentType.toLowerCase() === 'html';
  return {
    subject: typeof message.subject === 'string' ? message.subject : null,
    to,
    text: html ? htmlToText(content) : content,
    link: html ? firstHref(content) : (/https?:\/\/\S+/.exec(content)?.[0] ?? null),
    raw: body,
  };
}

/** Reads the headers and first text part of a MIME message; enough to record what was sent. */
function parseMime(mime: string): ParsedMail {
  const split = mime.search(/\r?\n\r?\n/);
  const head = split < 0 ? mime : mime.slice(0, split);
  let bodyText = split < 0 ? '' : mime.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const to = ['to', 'cc', 'bcc']
    .flatMap((h) => (headers.get(h) ?? '').split(','))
    .map((a) => (/<([^>]+)>/.exec(a)?.[1] ?? a).trim())
    .filter((a) => a !== '');
  if (to.length === 0) throw noRecipients();
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  if (boundary) {
    const part = bodyText.split(`--${boundary}`).find((p) => /content-type:\s*text\/(plain|html)/i.test(p)) ?? '';
    const inner = part.search(/\r?\n\r?\n/);
    const partHead = inner < 0 ? '' : part.slice(0, inner);
    bodyText = inner < 0 ? '' : part.slice(inner).trim();
    if (/content-transfer-encoding:\s*base64/i.test(partHead)) bodyText = Buffer.from(bodyText, 'base64').toString('utf8');
  } else if (/base64/i.test(headers.get('content-transfer-encoding') ?? '')) {
    bodyText = Buffer.from(bodyText, 'base64').toString('utf8');
  }
  const text = /<[a-z][^>]*>/i.test(bodyText) ? htmlToText(bodyText) : bodyText.trim();
  return { subject: headers.get('subject') ?? null, to, text, link: /https?:\/\/\S+/.exec(text)?.[0] ?? null, raw: mime };
}

function parseMimeMail(call: GraphCall): ParsedMail {
  const encoded = (call.body ?? '').replace(/\s+/g, '');
  // Graph's own error for a bad base64 body has no innerError (sendmail-400-mime.response.json).
  const invalid = new GraphHttpError(400, 'ErrorMimeContentInvalidBase64String', 'Invalid base64 string for MIME content.', { noInnerError: true });
  if (encoded === '' || encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw invalid;
  return parseMime(Buffer.from(encoded, 'base64').toString('utf8'));
}

function send(call: GraphCall, ctx: EmulatorContext, sender: DirectoryPerson): { status: number } {
  const mail = call.contentType === 'text/plain' ? parseMimeMail(call) : parseJsonMail(call);
  const first = mail.to.map((a) => ctx.people.findByMail(a)).find((p) => p !== undefined);
  ctx.store.addDelivery(
    makeDelivery({
      kind: 'mail',
      from: sender.userPrincipalName,
      to: mail.to.map((a) => ctx.people.findByMail(a)?.userPrincipalName ?? a),
      recipientId: first?.id ?? null,
      subject: mail.subject,
      previewText: null,
      text: mail.text,
      card: null,
      link: mail.link,
      activityType: null,
      chatId: null,
      raw: mail.raw,
    }),
  );
  return { status: 202 }; // no body, no Content-Type (graph-wire §1 rule 3)
}

export const sendMail: GraphHandler = (call, [idOrUpn], ctx) => {
  const sender = ctx.people.find(idOrUpn);
  // Exchange answers an unknown mailbox with its own error, not the directory's.
  if (!sender) throw new GraphHttpError(404, 'ErrorInvalidUser', `The requested user '${idOrUpn}' is invalid.`);
  return send(call, ctx, sender);
};
