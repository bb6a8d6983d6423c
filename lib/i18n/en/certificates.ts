import type { Dictionary } from '../de';
import { certificateDelivery } from './certificate-delivery';
import { certificateDocument } from './certificate-document';
import { certificateSettings } from './certificate-settings';

export const certificates: Dictionary['certificates'] = {
  settings: certificateSettings,
  document: certificateDocument,
  delivery: certificateDelivery,
};
