import type { AdminBookingRequest, AdminPagination, EmbedOptions, PluginSettings } from '@smp-kit/schema';

// Shapes of the plugin's admin API (/smp-kit/admin/...): the shared contract, plus the envelopes.
export type { EmbedOptions, PluginSettings };
export type BookingRequestRecord = AdminBookingRequest;

export interface BookingRequestList {
  data: BookingRequestRecord[];
  meta: { pagination: AdminPagination };
}
