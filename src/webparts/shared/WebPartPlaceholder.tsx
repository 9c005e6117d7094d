/**
 * Stand-in view that names the web part and its host, until the real view is wired in.
 */
import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { IHostEnvironment } from './hostEnvironment';

export interface IWebPartPlaceholderProps {
  title: string;
  environment: IHostEnvironment;
}

export function WebPartPlaceholder(props: IWebPartPlaceholderProps): React.ReactElement {
  const { title, environment } = props;
  return (
    <Stack tokens={{ childrenGap: 4, padding: 16 }}>
      <Text as="h2" variant="xLarge">{title}</Text>
      <Text variant="small">{`${environment.host} · ${environment.locale}`}</Text>
    </Stack>
  );
}
