/**
 * The loading spinner and the error message with a retry button that every view shows while its data
 * is on the way or failed to come, with Fluent UI's message bar and button.
 */
import { MessageBar, PrimaryButton } from '@fluentui/react';
import { loadStateWith } from './loadStateWith';

export const LoadState = loadStateWith({ MessageBar, PrimaryButton });
