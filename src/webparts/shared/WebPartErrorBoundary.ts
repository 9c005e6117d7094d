/**
 * Catches rendering errors of a web part's view, so that one broken web part shows a message
 * instead of blanking the page. The view is rendered through `render` so that errors thrown
 * while building the element tree are caught too.
 */
import * as React from 'react';
import { LightMessageBar, MessageBarType } from '../../components/shared/LightMessageBar';

export interface IWebPartErrorBoundaryProps {
  /** Localized text shown instead of the view after an error. */
  message: string;
  render: () => React.ReactElement;
  onError: (error: Error) => void;
}

interface IWebPartErrorBoundaryState {
  error?: Error;
}

export class WebPartErrorBoundary extends React.Component<IWebPartErrorBoundaryProps, IWebPartErrorBoundaryState> {
  public state: IWebPartErrorBoundaryState = {};

  public static getDerivedStateFromError(error: Error): IWebPartErrorBoundaryState {
    return { error };
  }

  public componentDidCatch(error: Error): void {
    this.props.onError(error);
  }

  public render(): React.ReactElement {
    if (this.state.error) {
      return React.createElement(
        LightMessageBar,
        { messageBarType: MessageBarType.error, isMultiline: true },
        this.props.message
      );
    }
    return this.props.render();
  }
}
