/**
 * Reminder delivery: the Adaptive Card, Teams deep links, the chat / activity-feed / mail channels, the
 * service's own rate limits, and the directory look-ups planning needs (managers, disabled accounts).
 */
export { createDelivery } from './delivery';
export type { DeliveryOptions } from './delivery';
export { tabDeepLink, subEntityIdOf } from './deepLink';
export type { TabLinkTarget } from './deepLink';
export { reminderCard, ADAPTIVE_CARD_CONTENT_TYPE } from './card';
export type { AdaptiveCardJson, CardElement } from './card';
export { escapeCardMarkdown, escapeHtml } from './escaping';
export { phaseOf, activityTypeOf, offsetOfStage } from './phase';
export type { ReminderPhase, ActivityType } from './phase';
export { activityNotification } from './channels/activity';
export { reminderMail } from './channels/mail';
export { classifyFailure } from './errors';
export type { DeliveryFailure } from './errors';
export { DeliveryLimiter, SlidingWindowLimiter, SpacingLimiter, defaultDeliveryLimits, systemClock } from './rateLimit';
export type { Clock, DeliveryLimits } from './rateLimit';
export { lookupPeople, DirectoryLookupError, BATCH_LIMIT } from './graphDirectory';
export type { DirectoryEntry, LookupOptions } from './graphDirectory';
