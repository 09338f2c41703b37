import type { ReactNode } from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { StatePanel } from './StatePanel';

/** A whole page whose data could not be loaded: its title, the reason, and a retry when one can help. */
export function LoadFailedPage({ title, message, onRetry, navigationAction }: { title: string; message: string; onRetry?: () => void; navigationAction?: ReactNode }) {
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header navigationAction={navigationAction} title={title} />
      <Layouts.Content>
        <StatePanel message={message} onRetry={onRetry} />
      </Layouts.Content>
    </Page.Main>
  );
}
