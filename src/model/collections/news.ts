import { f } from '../fields.ts';
import { z } from 'astro/zod';

export const newsSchema = z.strictObject({
  title: f.string({ label: 'Titel', hint: 'Een korte kop die zegt wat er nieuw is. Bijvoorbeeld "Vijf nieuwe regio\'s doen mee".' }),
  summary: f.text({ label: 'Samenvatting', hint: 'Het nieuws in twee of drie zinnen. Hoogstens 300 tekens.', max: 300 }),
  // Optional because some sources give no day: a missing date is shown as "datum niet bekend",
  // never guessed, and such news is kept out of the feeds and the "new since" curation.
  date: f.date({ label: 'Datum', hint: 'De dag waarop het bericht verscheen. Laat leeg als geen bron die dag noemt: de site zegt dan "datum niet bekend".' }).optional(),
  regions: f.refs('regions', { label: 'Regio\'s', hint: 'Over welke inspiratieregio\'s gaat het bericht? Kies ze, als dat past.' }),
  practices: f.refs('practices', { label: 'Praktijkvoorbeelden', hint: 'Gaat het bericht over een praktijkvoorbeeld op de site? Kies dat dan.' }),
  themes: f.refs('themes', { label: 'Thema\'s', hint: 'Over welke thema\'s gaat het bericht? Je kunt er meer kiezen.' }),
  sources: f.sources({ hint: 'Waar komt dit nieuws vandaan? Noem het oorspronkelijke bericht met titel, wie het publiceerde, de datum en (als het online staat) het webadres.' }),
  image: f.image({ label: 'Afbeelding', hint: 'Een foto of tekening bij het bericht (niet verplicht).' }).optional(),
});
export type News = z.infer<typeof newsSchema>;
