import { useState } from 'react';
import { Button, Dialog } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useTranslate } from '../hooks/use-translate';

/** Deleting is permanent (the right to erasure), so it asks first. */
export function DeleteRequestDialog({ reference, onConfirm }: { reference: string; onConfirm(): Promise<void> }) {
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant="danger-light" startIcon={<Trash />}>
          {t('request.delete', 'Delete')}
        </Button>
      </Dialog.Trigger>
      <ConfirmDialog
        title={t('request.delete.title', 'Delete this request?')}
        variant="danger"
        onConfirm={async () => {
          await onConfirm();
          setOpen(false);
        }}
      >
        {t('request.delete.body', 'Request {reference} and the personal data in it will be deleted permanently. This cannot be undone.', { reference })}
      </ConfirmDialog>
    </Dialog.Root>
  );
}
