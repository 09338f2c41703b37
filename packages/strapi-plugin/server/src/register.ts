import type { Core } from '@strapi/strapi';
import { clearResponseCacheOnWrite } from './services/clear-cache-on-write';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  clearResponseCacheOnWrite(strapi);
};
