import type { Core } from '@strapi/strapi';
import { validateBookingSettingsOnSave } from './content-types/booking-settings/validate-on-save';
import { requireAltText } from './content-types/transformation/require-alt-text';
import { guardResultConsent } from './consent/result-consent';
import { guardLocationSettings } from './content-types/booking-location/check-location';
import { bookingIntake } from './middlewares/booking-intake';
import { registerContentMigrations } from './migrations';
import { clearResponseCacheOnWrite } from './services/clear-cache-on-write';
import { stripUploadedImageMetadata } from './uploads/strip-image-metadata';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerContentMigrations(strapi);
  clearResponseCacheOnWrite(strapi);
  requireAltText(strapi);
  guardResultConsent(strapi);
  guardLocationSettings(strapi);
  stripUploadedImageMetadata(strapi);
  validateBookingSettingsOnSave(strapi);
  // Registered before the app's middlewares are: it must see booking bodies before strapi::body does.
  strapi.server.use(bookingIntake(strapi));
};
