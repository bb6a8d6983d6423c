/** The export page: column choice, templates, downloads. The files themselves stay German (documents for organizers). */
export const dashboardExport = {
  title: 'Teilnehmende exportieren',
  back: '← Zurück zu den Teilnehmenden',
  filtered: 'Es werden nur die Anmeldungen exportiert, die den aktuellen Filtern entsprechen.',
  all: 'Alle Anmeldungen.',
  badFilters: 'Die Filter in der Adresse sind ungültig und werden ignoriert.',
  // Shown only on pages in other languages.
  columnsNote: 'Die Dateien haben deutsche Spaltenüberschriften.',
  templates: 'Vorlagen',
  apply: '„{name}“ anwenden',
  deleteLabel: 'Vorlage „{name}“ löschen',
  delete: 'Löschen',
  applied: 'Vorlage „{name}“ angewendet.',
  saved: 'Vorlage „{name}“ gespeichert.',
  saveFailed: 'Die Vorlage konnte nicht gespeichert werden.',
  deleted: 'Vorlage gelöscht.',
  deleteFailed: 'Löschen fehlgeschlagen.',
  columns: 'Spalten ({n} von {total})',
  saveAs: 'Auswahl als Vorlage speichern',
  save: 'Vorlage speichern',
  noColumn: 'Bitte wählen Sie mindestens eine Spalte.',
  csv: 'CSV (Excel)',
};
