import { f } from '../fields.ts';
import { communityStatuses } from '../enums.ts';
import { z } from 'astro/zod';

export const communitySchema = z.strictObject({
  title: f.string({ label: 'Titel', hint: 'De naam van de Community of Practice.' }),
  summary: f.text({ label: 'Samenvatting', hint: 'Waar werkt deze community aan? Hoogstens 300 tekens.', max: 300 }),
  themes: f.refs('themes', { label: 'Thema\'s', hint: 'Over welke thema\'s gaat de community? Je kunt er meer kiezen.' }),
  advice: f.refs('advice', { label: 'Adviezen', hint: 'Met welke van de zeven adviezen werkt de community?' }),
  regions: f.refs('regions', { label: 'Regio\'s', hint: 'Welke inspiratieregio\'s doen mee?' }),
  organisations: f.refs('organisations', { label: 'Andere leden', hint: 'Andere organisaties die meedoen.' }),
  facilitator: f.object(
    {
      name: f.string({ label: 'Naam', hint: 'De voor- en achternaam van de begeleider.' }),
      email: f.email({
        label: 'E-mail',
        hint: 'Hier kunnen mensen zich melden. Dit adres komt op de site. Gebruik het adres van de begeleider alleen als die het wil delen voor contact. Anders kies je een algemeen adres.',
      }),
    },
    { label: 'Begeleider', hint: 'Wie begeleidt de community? Bij deze persoon kun je je melden. Laat leeg zolang dat niet bekend is; de site zegt dan wie je het kunt vragen.' },
  ).optional(),
  rhythm: f.string({ label: 'Hoe vaak', hint: 'Bijvoorbeeld "eens per twee maanden". Laat leeg zolang dat niet bekend is.' }).optional(),
  status: f.select(communityStatuses, { label: 'Status', hint: 'Kies "In oprichting" als de community nog start, en "Afgerond" als ze gestopt is.' }),
  open: f.boolean({ label: 'Open voor nieuwe leden', hint: 'Zet aan als nieuwe mensen nog mee kunnen doen.' }),
  howToJoin: f.text({ label: 'Zo doe je mee', hint: 'Wat moet iemand doen om mee te doen?' }).optional(),
  sources: f.sources(),
  published: f.date({ label: 'Op deze site sinds', hint: 'De dag waarop de community op deze site kwam. Niet de datum van de bron: die staat bij de bron.' }).optional(),
  practices: f.refs('practices', { label: 'Praktijkvoorbeelden', hint: 'Voorbeelden die de community maakte of bestudeert.' }),
});
export type Community = z.infer<typeof communitySchema>;
