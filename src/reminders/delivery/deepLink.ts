/**
 * Teams deep links into the "Mina uppföljningar" tab: a reminder's link opens the SPFx tab on one measure.
 * The tab reads the measure key back from `app.getContext()` → `page.subPageId` (DESIGN.md, "Delivery into Teams").
 */

export interface TabLinkTarget {
  /** The tab app's manifest `id` (teams/my-follow-ups/manifest.json). */
  appId: string;
  /** The static tab's `entityId`. */
  entityId: string;
  /** The measure to open; Teams hands it to the tab as `subEntityId`. */
  measureKey: string;
}

const ENTITY_LINK_BASE = 'https://teams.microsoft.com/l/entity/';

/** `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context=<URI-encoded {"subEntityId":"<measureKey>"}>`. */
export function tabDeepLink(target: TabLinkTarget): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: target.measureKey }));
  return `${ENTITY_LINK_BASE}${encodeURIComponent(target.appId)}/${encodeURIComponent(target.entityId)}?context=${context}`;
}

/** The `subEntityId` a deep link carries (the measure key), or null when the link has none. */
export function subEntityIdOf(url: string): string | null {
  let context: string | null;
  try {
    context = new URL(url).searchParams.get('context');
  } catch {
    return null;
  }
  if (context === null) return null;
  try {
    const parsed: unknown = JSON.parse(context);
    const value = typeof parsed === 'object' && parsed !== null ? (parsed as { subEntityId?: unknown }).subEntityId : undefined;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
