/**
 * "Wie doet wat?": a short Dutch page for editors (regions) and reviewers (the programme bureau) at
 * /admin/rollen.html, linked from every screen of the admin (adminHtml in cms/bundle.ts). It names
 * the statuses with the words the board uses (FLOW_WORDS), says how to send an entry back, and
 * states the bureau's promise of how long review takes: CMS_REVIEW_PROMISE (e.g. "binnen vijf
 * werkdagen"), set where the site is built; unset, the page says the bureau agrees on it with the
 * regions, and no time is made up here.
 */
import type { CmsEnv } from './backend.ts';
import { FLOW_WORDS } from './phrases.ts';

export const ROLES_PATH = '/admin/rollen.html';
export const ROLES_LINK_TEXT = 'Wie doet wat? Rollen en statussen';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rolesHtml(env: CmsEnv = {}): string {
  const promise = env.CMS_REVIEW_PROMISE?.trim();
  const [concept, review, ready, published] = FLOW_WORDS;
  const when = promise
    ? `Het programmabureau belooft: je krijgt ${escape(promise)} antwoord op een item dat ter beoordeling staat. Dat is gepubliceerd, teruggestuurd met een opmerking, of een bericht dat het langer duurt.`
    : 'Het programmabureau spreekt met de regio\'s af hoe snel het een item beoordeelt. Hoor je niets? Vraag het dan aan het programmabureau.';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Wie doet wat? – Beheer Met Andere Ogen</title>
<style>
body { font: 1.05rem/1.55 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1d2433; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
dt { font-weight: 700; margin-top: .75rem; } dd { margin-left: 0; }
</style>
</head>
<body>
<main>
<h1>Wie doet wat?</h1>
<p>Niets komt op de site zonder dat iemand het heeft nagelezen. Regio's schrijven, het programmabureau leest na en publiceert.</p>

<h2>Regio's (redacteuren)</h2>
<ul>
<li>Je maakt een nieuw item of verbetert een bestaand item. Klik op <strong>Opslaan</strong>: het is dan een <strong>${concept}</strong>. Alleen het beheer ziet het, de site niet.</li>
<li>Klaar met schrijven? Zet de status op <strong>${review}</strong>. Het beheer controleert eerst of alle velden kloppen. Klopt er iets niet, dan zie je welk veld en wat er mis is.</li>
<li>Komt je item terug als ${concept}? Open het: rechts, onder <strong>Opmerkingen</strong>, staat wat er moet veranderen. Pas het aan en zet het weer op ${review}.</li>
</ul>

<h2>Programmabureau (beoordelaars)</h2>
<ul>
<li>Kijk onder <strong>Beoordeling</strong>. Daar staan alle items per status. Open een item: rechts staan de opmerkingen. Met de knop met het oog zie je hoe het op de site komt.</li>
<li>Moet er iets veranderen? Schrijf rechts onder <strong>Opmerkingen</strong> wat er moet gebeuren en klik op <strong>Opmerking plaatsen</strong>. Zet daarna de status terug op <strong>${concept}</strong>. (Op Forgejo en Gitea heeft het beheer geen opmerkingen: schrijf het dan bij de pull request, of mail de regio.)</li>
<li>Is het goed? Zet de status op <strong>${ready}</strong> en klik op <strong>Publiceer</strong> en dan <strong>Publiceer nu</strong>.</li>
</ul>

<h2>Wat betekent elke status?</h2>
<dl>
<dt>${concept}</dt><dd>Wordt nog geschreven. Staat niet op de site.</dd>
<dt>${review}</dt><dd>De regio is klaar. Het programmabureau leest het na. Staat niet op de site.</dd>
<dt>${ready}</dt><dd>Het programmabureau heeft het goedgekeurd. Het kan gepubliceerd worden.</dd>
<dt>${published}</dt><dd>Staat op de site (na de volgende publicatie van de site; op deze computer meteen).</dd>
</dl>

<h2>Hoe lang duurt het?</h2>
<p>${when}</p>

<h2>Iets van de site halen</h2>
<p>Een gepubliceerd item verwijder je niet in het beheer: dat zou zonder beoordeling gebeuren. Een praktijkvoorbeeld haal je van de site met <strong>Verborgen op de site</strong>: zet het aan, sla op en stuur het ter beoordeling. Voor andere items: vraag het programmabureau.</p>
</main>
</body>
</html>
`;
}
