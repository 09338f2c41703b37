import { useEffect, useState } from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { AdminBookingPhoto } from '@smp-kit/schema';
import { useTranslate } from '../hooks/use-translate';

type Loaded = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'error' };

/**
 * One attached photo. It is fetched with the admin's session (the route checks the permission to
 * read requests) and shown from memory: there is no address a browser could open without it.
 */
function Photo({ requestUrl, photo, label }: { requestUrl: string; photo: AdminBookingPhoto; label: string }) {
  const t = useTranslate();
  const { get } = useFetchClient();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let url: string | undefined;
    let cancelled = false;
    get<Blob>(`${requestUrl}/photos/${encodeURIComponent(photo.id)}`, { responseType: 'blob' })
      .then(({ data }) => {
        url = URL.createObjectURL(data);
        if (cancelled) URL.revokeObjectURL(url);
        else setLoaded({ status: 'ready', url });
      })
      .catch(() => !cancelled && setLoaded({ status: 'error' }));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [requestUrl, photo.id]);

  return (
    <Box tag="figure" margin={0} width="16rem">
      {loaded.status === 'ready' ? (
        <a href={loaded.url} target="_blank" rel="noreferrer" aria-label={t('request.photos.open', '{label}, open full size', { label })}>
          <img src={loaded.url} alt={label} width={photo.width} height={photo.height} style={{ width: '100%', height: 'auto', borderRadius: 4 }} />
        </a>
      ) : (
        <Flex justifyContent="center" alignItems="center" background="neutral100" hasRadius height="10rem">
          {loaded.status === 'loading' ? <Loader small>{t('request.photos.loading', 'Loading the photo…')}</Loader> : <Typography textColor="danger600">{t('request.photos.error', 'This photo could not be loaded.')}</Typography>}
        </Flex>
      )}
      <Typography tag="figcaption" variant="pi" textColor="neutral600">
        {label} · {photo.width} × {photo.height} px · {Math.max(1, Math.round(photo.size / 1024))} KB
      </Typography>
    </Box>
  );
}

/** The scalp photos the patient attached; nothing when there are none. */
export function RequestPhotos({ requestUrl, photos }: { requestUrl: string; photos: AdminBookingPhoto[] | undefined }) {
  const t = useTranslate();
  if (!photos?.length) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">
        {t('request.photos', 'Scalp photos ({count})', { count: photos.length })}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('request.photos.hint', 'Health data: shown only to admins who may read requests, never emailed or exported, and deleted with the request.')}
      </Typography>
      <Flex gap={4} wrap="wrap" alignItems="flex-start">
        {photos.map((photo, index) => (
          <Photo key={photo.id} requestUrl={requestUrl} photo={photo} label={t('request.photos.label', 'Photo {number}', { number: index + 1 })} />
        ))}
      </Flex>
    </Flex>
  );
}
