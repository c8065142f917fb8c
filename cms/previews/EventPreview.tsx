/** Preview of an event: the same facts in the same order as /agenda/<id>/ (src/pages/agenda/[id].astro). */
import { eventKinds, labelOf } from '../../src/model/enums.ts';
import { formatEventWhen } from '../../src/lib/dates.ts';
import { dataOf, Fact, list, PageIntro, Preview, titleOf, type PreviewProps } from './shared.tsx';

function when(start: unknown, end: unknown): string | undefined {
  if (typeof start !== 'string' || Number.isNaN(Date.parse(start))) return undefined;
  try {
    return formatEventWhen(start, typeof end === 'string' && !Number.isNaN(Date.parse(end)) ? end : undefined);
  } catch {
    return start;
  }
}

export function EventPreview({ entry, widgetFor, fieldsMetaData }: PreviewProps) {
  const d = dataOf(entry);
  const loc = (d.location ?? {}) as { online?: boolean; name?: string; address?: string; city?: string; url?: string };
  const reg = d.registration as { url?: string; email?: string } | undefined;
  const kind = d.kind ? labelOf(eventKinds, d.kind) : undefined;
  const communities = list<string>(d.communities);
  const regions = list<string>(d.regions);
  const themes = list<string>(d.themes);
  const place = Boolean(loc.name || loc.city);
  return (
    <Preview>
      <PageIntro eyebrow={kind} title={d.title} lead={d.summary} />
      <dl className="facts key-facts">
        <Fact label="Wanneer">{when(d.start, d.end)}</Fact>
        <Fact label="Waar">
          {loc.online || place ? (
            <>
              {loc.online && <p className="fact-line">Online{loc.url && <>: <a href={loc.url}>link naar de online bijeenkomst</a></>}</p>}
              {place && (
                <p className="fact-line">
                  {loc.name && <>{loc.name}<br /></>}
                  {loc.address && <>{loc.address}<br /></>}
                  {loc.city}
                </p>
              )}
            </>
          ) : undefined}
        </Fact>
        <Fact label="Soort">{kind}</Fact>
        <Fact label="Organisator">{d.organiser}</Fact>
        <Fact label="Aanmelden">
          {reg && (reg.url || reg.email) ? (
            <>
              {reg.url && <p className="fact-line"><a href={reg.url}>Meld je aan via de website</a></p>}
              {reg.email && <p className="fact-line">Of stuur een e-mail naar <a href={`mailto:${reg.email}`}>{reg.email}</a></p>}
            </>
          ) : undefined}
        </Fact>
      </dl>
      <div className="prose">{widgetFor('body')}</div>
      {(communities.length > 0 || regions.length > 0 || themes.length > 0) && (
        <section className="section">
          <h2>Deze bijeenkomst hoort bij</h2>
          {communities.length > 0 && (<><h3>Communities</h3><ul>{communities.map((c) => <li key={c}>{titleOf('communities', c, fieldsMetaData)}</li>)}</ul></>)}
          {regions.length > 0 && (<><h3>Inspiratieregio's</h3><ul>{regions.map((r) => <li key={r}>{titleOf('regions', r, fieldsMetaData)}</li>)}</ul></>)}
          {themes.length > 0 && (<><h3>Thema's</h3><ul>{themes.map((t) => <li key={t}>{titleOf('themes', t, fieldsMetaData)}</li>)}</ul></>)}
        </section>
      )}
    </Preview>
  );
}
