/**
 * Decap's Dutch phrases, completed and reworded for these editors (B1). Decap's own Dutch locale
 * misses some phrases its English has (they then show in English); PHRASES fills those in.
 */
export const PHRASES = {
  collection: {
    collectionTop: {
      // Decap's "＋ Praktijkvoorbeeld" uses a full-width plus that not every font has.
      newButton: 'Nieuw %{collectionLabel}',
    },
  },
  editor: {
    editorControlPane: {
      widget: {
        // The message after the colon comes from the model, e.g. "hoogstens 300 tekens".
        regexPattern: '%{fieldLabel}: %{pattern}.',
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
    mediaLibrary: {
      fileTooLarge:
        'Dit bestand is te groot. Een bestand mag hoogstens %{size} kB zijn. Maak de afbeelding kleiner (bijvoorbeeld 1600 pixels breed) en probeer het opnieuw.',
    },
  },
  ui: {
    toast: {
      onFailToPersist: 'Niet opgeslagen. %{details}',
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
