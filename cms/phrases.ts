/**
 * Decap's Dutch phrases, completed and reworded for these editors (B1). Decap's own Dutch locale
 * misses some phrases its English has (they then show in English); PHRASES fills those in.
 */
export const PHRASES = {
  app: {
    header: { workflow: 'Beoordeling' },
  },
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
    editor: {
      // The flow's words (concept → ter beoordeling → klaar → gepubliceerd), also in Decap's dialogs.
      onPublishingNotReady: 'Zet de status op "Klaar" voordat je publiceert.',
      onUpdatingWithUnsavedChanges: 'Er zijn wijzigingen die nog niet zijn opgeslagen. Sla ze eerst op en verander dan de status.',
      onPublishing: 'Weet je zeker dat je dit item wilt publiceren? Het staat daarna op de site.',
      onDeleteUnpublishedChanges: 'Dit concept en alles wat erin is veranderd wordt verwijderd. De site verandert niet. Doorgaan?',
    },
    // Missing in Decap's Dutch phrases: the notes pane, where the bureau says why it sends an entry back.
    editorInterface: { toggleNotes: 'Opmerkingen tonen of verbergen' },
    editorNotesPane: {
      title: 'Opmerkingen',
      emptyState: 'Nog geen opmerkingen. Schrijf hieronder wat er moet veranderen.',
      addNote: 'Opmerking plaatsen',
      addPlaceholder: 'Schrijf een opmerking…',
      editPlaceholder: 'Verander je opmerking…',
      save: 'Opslaan',
      cancel: 'Annuleren',
      edit: 'Wijzigen',
      delete: 'Verwijderen',
      resolve: 'Afgehandeld',
      unresolve: 'Weer openen',
      confirmDelete: 'Weet je zeker dat je deze opmerking wilt verwijderen?',
      shortcut: 'Tip: met Ctrl+Enter plaats je de opmerking meteen.',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Dit is een concept. Klaar met schrijven? Zet de status op "Ter beoordeling".',
      statusInfoTooltipInReview: 'Het programmabureau leest dit na. Je kunt het intussen nog verbeteren.',
      draft: 'Concept',
      inReview: 'Ter beoordeling',
      ready: 'Klaar',
      published: 'Gepubliceerd',
      publishNow: 'Publiceer nu',
      deleteUnpublishedEntry: 'Verwijder dit concept',
      deleteUnpublishedChanges: 'Verwijder de wijzigingen van dit concept',
    },
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
      onFailToUpdateStatus: 'Status niet veranderd. %{details}',
      onFailToPublishEntry: 'Niet gepubliceerd. %{details}',
      onFailToDelete: 'Niet verwijderd. %{details}',
      entryPublished: 'Gepubliceerd: het item staat nu op de site',
      noteAdded: 'Opmerking geplaatst',
      onFailToAddNote: 'Opmerking niet geplaatst. %{details}',
      noteUpdated: 'Opmerking gewijzigd',
      onFailToUpdateNote: 'Opmerking niet gewijzigd. %{details}',
      noteDeleted: 'Opmerking verwijderd',
      onFailToDeleteNote: 'Opmerking niet verwijderd. %{details}',
      noteResolved: 'Opmerking afgehandeld',
      noteReopened: 'Opmerking weer geopend',
      onFailToToggleNote: 'Opmerking niet veranderd. %{details}',
    },
  },
  workflow: {
    workflow: {
      loading: 'De items van concept tot publicatie laden',
      workflowHeading: 'Van concept tot publicatie',
      description:
        '%{smart_count} item wacht op beoordeling, %{readyCount} klaar om te publiceren. |||| %{smart_count} items wachten op beoordeling, %{readyCount} klaar om te publiceren.',
      // Decap formats the cards' dates with dayjs in English ("December 4"): numbers only.
      dateFormat: 'D-M-YYYY',
    },
    workflowCard: {
      deleteChanges: 'Verwijder wijzigingen',
      deleteNewEntry: 'Verwijder concept',
      publishChanges: 'Publiceer wijzigingen',
      publishNewEntry: 'Publiceer',
    },
    workflowList: {
      onDeleteEntry: 'Weet je zeker dat je dit concept wilt verwijderen? De site verandert niet.',
      onPublishingNotReadyEntry: 'Alleen items in de kolom "Klaar" kunnen gepubliceerd worden. Sleep de kaart eerst naar "Klaar".',
      onPublishEntry: 'Weet je zeker dat je dit item wilt publiceren? Het staat daarna op de site.',
      draftHeader: 'Concept',
      inReviewHeader: 'Ter beoordeling',
      readyHeader: 'Klaar',
    },
  },
};

/** The statuses of the flow, as editors read them everywhere (board, toolbar, roles page). */
export const FLOW_WORDS = ['Concept', 'Ter beoordeling', 'Klaar', 'Gepubliceerd'] as const;

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
