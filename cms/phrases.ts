/**
 * Decap's Dutch phrases, completed and reworded for these editors (B1). Decap's own Dutch locale
 * misses some phrases its English has (they then show in English); PHRASES fills those in.
 */
export const PHRASES = {
  collection: {
    collectionTop: {
      // Decap's "＋ Praktijkvoorbeeld" uses a full-width plus that not every font has.
      newButton: 'Nieuw %{collectionLabel}',
      viewAsList: 'Toon als lijst',
      viewAsGrid: 'Toon als raster',
    },
    entries: { unpublishedHeader: 'Nog niet gepubliceerd' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'veld %{widgetLabel}' } },
    editorControlPane: {
      widget: {
        // The message after the colon comes from the model, e.g. "hoogstens 300 tekens".
        regexPattern: '%{fieldLabel}: %{pattern}.',
        invalidPath: "'%{path}' is geen geldig pad",
        pathExists: "Het pad '%{path}' bestaat al",
      },
      i18n: {
        copyFromLocale: 'Vul in vanuit een andere taal',
        copyFromLocaleConfirm: 'Wil je de gegevens uit de taal %{locale} overnemen?\nAlles wat er nu staat, wordt overschreven.',
      },
    },
    editorInterface: { toggleNotes: 'Notities tonen of verbergen' },
    editorNotesPane: {
      title: 'Notities',
      emptyState: 'Nog geen notities. Schrijf hieronder de eerste notitie.',
      addNote: 'Notitie toevoegen',
      addPlaceholder: 'Schrijf een notitie…',
      editPlaceholder: 'Pas je notitie aan…',
      save: 'Opslaan',
      cancel: 'Annuleren',
      edit: 'Aanpassen',
      delete: 'Verwijderen',
      resolve: 'Afhandelen',
      unresolve: 'Weer openen',
      confirmDelete: 'Weet je zeker dat je deze notitie wilt verwijderen?',
      shortcut: 'Tip: druk op Ctrl+Enter om snel een notitie toe te voegen',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Dit is een concept. Wil je het laten nakijken? Zet de status dan op "Wordt beoordeeld".',
      statusInfoTooltipInReview: 'Dit wordt nagekeken. Je hoeft niets te doen, maar je kunt nog wel dingen aanpassen.',
    },
    // Missing in Decap's Dutch phrases (they showed in English, e.g. "Add items" in a newsletter block).
    editorWidgets: {
      markdown: {
        strikethrough: 'Doorhalen',
        toggleMode: { rich: 'Schakel naar opgemaakte tekst', markdown: 'Schakel naar Markdown' },
      },
      image: { chooseMultiple: 'Kies afbeeldingen', addMore: 'Voeg afbeeldingen toe', removeAll: 'Verwijder alle afbeeldingen' },
      file: { chooseMultiple: 'Kies bestanden', addMore: 'Voeg bestanden toe', removeAll: 'Verwijder alle bestanden' },
      datetime: { setToNow: 'Zet %{fieldLabel} op nu' },
      list: { addType: 'Voeg een item toe' },
      object: { expand: 'Uitklappen', collapse: 'Inklappen' },
    },
  },
  mediaLibrary: {
    mediaLibraryModal: { close: 'Sluiten' },
    mediaLibrary: {
      fileTooLarge:
        'Dit bestand is te groot. Een bestand mag hoogstens %{size} kB zijn. Maak de afbeelding kleiner (bijvoorbeeld 1600 pixels breed) en probeer het opnieuw.',
    },
  },
  ui: {
    settingsDropdown: { account: 'Accountmenu' },
    toast: {
      onFailToPersist: 'Niet opgeslagen. %{details}',
      noteAdded: 'Notitie toegevoegd',
      onFailToAddNote: 'Notitie niet toegevoegd: %{details}',
      noteUpdated: 'Notitie aangepast',
      onFailToUpdateNote: 'Notitie niet aangepast: %{details}',
      noteDeleted: 'Notitie verwijderd',
      onFailToDeleteNote: 'Notitie niet verwijderd: %{details}',
      noteResolved: 'Notitie afgehandeld',
      noteReopened: 'Notitie weer geopend',
      onFailToToggleNote: 'De status van de notitie is niet veranderd: %{details}',
    },
  },
};

export function merge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value)
        ? merge((base[key] as Record<string, unknown>) ?? {}, value as Record<string, unknown>)
        : value;
  }
  return out;
}


/** Decap's Dutch phrases with PHRASES on top. */
export function dutchPhrases(decapDutch: Record<string, unknown>): Record<string, unknown> {
  return merge(decapDutch, PHRASES);
}
