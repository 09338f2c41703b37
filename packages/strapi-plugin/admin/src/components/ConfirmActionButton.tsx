import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Dialog } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';

/**
 * A button for an action that cannot be undone (deleting a request, cancelling a consultation):
 * it asks first, in a dialog that says what will happen.
 */
export function ConfirmActionButton({ label, icon, size, title, children, onConfirm }: { label: string; icon: ReactElement; size?: 'S' | 'M'; title: string; children: ReactNode; onConfirm(): Promise<void> }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant="danger-light" size={size} startIcon={icon}>
          {label}
        </Button>
      </Dialog.Trigger>
      <ConfirmDialog
        title={title}
        variant="danger"
        onConfirm={async () => {
          await onConfirm();
          setOpen(false);
        }}
      >
        {children}
      </ConfirmDialog>
    </Dialog.Root>
  );
}
