/**
 * Reminder delivery: the Adaptive Card, Teams deep links, the chat / activity-feed / mail channels, the
 * service's own rate limits, the Graph client with the product's retry, and the directory look-ups planning
 * needs (managers, disabled accounts).
 */
export { createDelivery } from './delivery';
export type { DeliveryOptions } from './delivery';
export { tabDeepLink, subEntityIdOf } from './deepLink';
export type { TabLinkTarget } from './deepLink';
export { reminderCard, problemCard, ledgerKeysInCard, ledgerMark, ADAPTIVE_CARD_CONTENT_TYPE } from './card';
export type { AdaptiveCardJson, CardElement } from './card';
export { escapeCardMarkdown, escapeHtml } from './escaping';
export { phaseOf, activityTypeOf, offsetOfStage } from './phase';
export type { ReminderPhase, ActivityType } from './phase';
export { activityNotification } from './channels/activity';
export { reminderMail, problemMail, MAIL_PERMISSION } from './channels/mail';
export { ACTIVITY_PERMISSION } from './channels/activity';
export { CHAT_PERMISSIONS } from './channels/chat';
export { classifyFailure, graphCall, GraphCallError, isMissingPermission, permissionNamed } from './errors';
export type { DeliveryFailure } from './errors';
export { DeliveryLimiter, SlidingWindowLimiter, SpacingLimiter, defaultDeliveryLimits, systemClock } from './rateLimit';
export type { Clock, DeliveryLimits } from './rateLimit';
export { lookupPeople, DirectoryLookupError, MissingDirectoryPermission, DIRECTORY_PERMISSION, BATCH_LIMIT } from './graphDirectory';
export { createGraphClient, GraphThrottleRetry, onlyReads } from './graphClient';
export type { GraphClientOptions } from './graphClient';
export type { DirectoryEntry, LookupOptions } from './graphDirectory';
