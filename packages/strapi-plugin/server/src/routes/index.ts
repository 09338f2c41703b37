import admin from './admin';
import adminApi from './admin-api';
import contentApi from './content-api';

export default {
  'content-api': contentApi,
  admin,
  'admin-api': adminApi,
};
