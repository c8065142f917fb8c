import { f } from '../fields.ts';
import { z } from 'astro/zod';

export const adviceSchema = z.strictObject({
  number: f.integer({ label: 'Nummer', hint: 'Het nummer van het advies in het rapport "Mét andere ogen" (1 tot en met 7).', min: 1, max: 7 }),
  title: f.string({ label: 'Titel', hint: 'De titel van het advies, zoals in het rapport.' }),
  short: f.string({ label: 'Korte omschrijving', hint: 'Eén zin voor kaarten en het overzicht. Hoogstens 160 tekens.', max: 160 }),
  sources: f.sources(),
  core: f.boolean({ label: 'Kernadvies', hint: 'Zet aan voor de twee adviezen waar het programma mee begint (1 en 4).' }),
  // The self-assessment "Spiegel op de zeven adviezen" (/spiegel/) asks a team these statements.
  statements: f.list(
    f.text({
      label: 'Stelling',
      hint: 'Eén zin over de eigen praktijk van een team, in de wij-vorm. Bijvoorbeeld: "Leraren en jeugdhulp bespreken samen wat een kind nodig heeft." Hoogstens 200 tekens.',
      max: 200,
    }),
    {
      label: 'Stellingen voor de Spiegel',
      hint: 'Drie of vier stellingen. Een team geeft bij elke stelling aan hoe ver het is: nog niet begonnen, verkennen, in uitvoering of geborgd.',
      min: 3,
      max: 4,
    },
  ),
  statementsSource: f.text({
    label: 'Bron van de stellingen',
    hint: 'Waar de stellingen op gebaseerd zijn, bijvoorbeeld de tekst van dit advies en het rapport. Hoogstens 300 tekens.',
    max: 300,
  }),
  statementsApproved: f.boolean({
    label: 'Stellingen goedgekeurd',
    hint: 'Zet aan als het programmabureau de stellingen heeft gelezen en goedgekeurd. Zolang dit uit staat, zegt de Spiegel dat de stellingen een voorstel zijn.',
  }).default(false),
});
export type Advice = z.infer<typeof adviceSchema>;
