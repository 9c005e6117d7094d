/**
 * Why something failed, in words a person can act on: SharePoint's refusals (no permission, gone, changed by
 * someone else, busy) by their status, never as the request's raw text (PnPjs puts SharePoint's JSON in its
 * message). The product's own errors that are written for people (validation) pass through, cut short.
 */
import { ConcurrencyError, DuplicateKeyError, isDuplicateValue, isThresholdExceeded } from '../../data/errors';
import { Locale } from '../../model/statusLegend';

export type FailureKind = 'accessDenied' | 'notFound' | 'conflict' | 'duplicate' | 'busy' | 'tooLarge' | 'offline' | 'other';

const TEXT: Record<Locale, Record<Exclude<FailureKind, 'other'>, string> & { other: string }> = {
  'sv-SE': {
    accessDenied: 'Du har inte behörighet att göra det här. Be en samordnare om hjälp om du behöver det.',
    notFound: 'Det du arbetade med finns inte längre, eller så får du inte se det. Läs in sidan igen.',
    conflict: 'Någon annan har ändrat samma sak under tiden. Läs in sidan igen och gör ändringen på nytt.',
    duplicate: 'Det finns redan en post med samma nyckel.',
    busy: 'SharePoint är hårt belastat just nu. Vänta en stund och försök igen; inget har gått förlorat.',
    tooLarge: 'Listan är för stor för den här sökningen. Välj en plan eller uppföljning först.',
    offline: 'Det gick inte att nå SharePoint. Kontrollera nätverket och försök igen.',
    other: 'Ett oväntat fel inträffade. Försök igen; om felet kvarstår, kontakta samordnaren.'
  },
  'en-US': {
    accessDenied: 'You do not have permission to do this. Ask a coordinator if you need to.',
    notFound: 'What you were working on no longer exists, or you may not see it. Reload the page.',
    conflict: 'Someone else changed the same thing in the meantime. Reload the page and make the change again.',
    duplicate: 'An item with the same key already exists.',
    busy: 'SharePoint is busy right now. Wait a moment and try again; nothing has been lost.',
    tooLarge: 'The list is too large for this query. Choose a plan or follow-up first.',
    offline: 'SharePoint could not be reached. Check the network and try again.',
    other: 'An unexpected error occurred. Try again; if it persists, contact the coordinator.'
  }
};

/** The kind of a failure, from its HTTP status or its type. */
export function failureKind(error: unknown): FailureKind {
  if (error instanceof ConcurrencyError) return 'conflict';
  if (error instanceof DuplicateKeyError || isDuplicateValue(error)) return 'duplicate';
  if (isThresholdExceeded(error)) return 'tooLarge';
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  if (typeof status === 'number') {
    if (status === 401 || status === 403) return 'accessDenied';
    if (status === 404) return 'notFound';
    if (status === 409 || status === 412) return 'conflict';
    if (status === 429 || status === 503 || status === 504) return 'busy';
    return 'other';
  }
  // fetch's own failure (no answer at all) is a TypeError.
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return 'offline';
  return 'other';
}

/** Longest own message shown as it is; SharePoint's answers are never shown, whatever their length. */
const MAX_OWN_MESSAGE = 300;

/**
 * The sentence to show. A failure with an HTTP status (PnPjs's HttpRequestError) or a known type gets its
 * kind's sentence; the product's own errors keep their message (written for people), cut at the first
 * sign of a raw response and at 300 characters.
 */
export function failureText(error: unknown, locale: Locale = 'sv-SE'): string {
  const kind = failureKind(error);
  const texts = TEXT[locale];
  if (kind !== 'other') return texts[kind];
  const hasStatus = typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
  const own = !hasStatus && error instanceof Error ? error.message.split('::>')[0].trim() : '';
  if (own === '' || /HttpClient|queryable|odata\.error|<html/i.test(own)) return texts.other;
  return own.length > MAX_OWN_MESSAGE ? `${own.slice(0, MAX_OWN_MESSAGE - 1)}…` : own;
}
