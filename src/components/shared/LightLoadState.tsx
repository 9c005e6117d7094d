/**
 * LoadState for the Teams tab: the same spinner, message and retry button, drawn with the lighter message
 * bar and button that keep Fluent UI's menus and callouts out of the tab's bundle.
 */
import { LightMessageBar } from './LightMessageBar';
import { LightPrimaryButton } from './LightPrimaryButton';
import { loadStateWith } from './loadStateWith';

export const LightLoadState = loadStateWith({ MessageBar: LightMessageBar, PrimaryButton: LightPrimaryButton });
