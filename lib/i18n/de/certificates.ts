// Certificates of attendance. Each part has its own file, so settings, document and delivery grow apart.
import { certificateDelivery } from './certificate-delivery';
import { certificateDocument } from './certificate-document';
import { certificateSettings } from './certificate-settings';

export const certificates = {
  settings: certificateSettings,
  document: certificateDocument,
  delivery: certificateDelivery,
};
