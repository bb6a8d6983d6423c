import type { Dictionary } from '../de';

export const dashboardExport: Dictionary['dashboard']['export'] = {
  title: 'Export attendees',
  back: '← Back to the attendees',
  filtered: 'Only the registrations matching the current filters are exported.',
  all: 'All registrations.',
  badFilters: 'The filters in the address are invalid and are ignored.',
  columnsNote: 'The files have German column headings.',
  templates: 'Templates',
  apply: 'Apply "{name}"',
  deleteLabel: 'Delete template "{name}"',
  delete: 'Delete',
  applied: 'Template "{name}" applied.',
  saved: 'Template "{name}" saved.',
  saveFailed: 'The template could not be saved.',
  deleted: 'Template deleted.',
  deleteFailed: 'Deleting failed.',
  columns: 'Columns ({n} of {total})',
  saveAs: 'Save the selection as a template',
  save: 'Save template',
  noColumn: 'Please choose at least one column.',
  csv: 'CSV (Excel)',
};
