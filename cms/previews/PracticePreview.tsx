/** Preview of a practice: the same fields in the same order as its page (PracticeFacts.astro, then the body). */
import { ageGroups, evidenceExplanations, evidenceLevels, labelOf, phases, provinces, sectors } from '../../src/model/enums.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { dataOf, DraftNote, Fact, labels, list, PageIntro, Preview, titleOf, type PreviewProps } from './shared.tsx';
import { costAmountText, isSectionEmpty, notDescribedText, WORKSHEET_SECTIONS, WORKSHEET_TITLE, type WorksheetData } from '../../src/practices/worksheet.ts';
import { reviewByOf } from '../../src/practices/review.ts';

export function PracticePreview({ entry, widgetFor, getAsset, fieldsMetaData }: PreviewProps) {
  const d = dataOf(entry);
  const themes = list<string>(d.themes);
  const organisations = list<string>(d.organisations);
  const advice = list<{ advice?: string; note?: string }>(d.advice).filter((a) => a.advice);
  const interventions = list<{ name?: string; url?: string }>(d.recognisedInterventions);
  const results = list<{ indicator?: string; value?: string; source?: string }>(d.results);
  const links = list<{ label?: string; url?: string }>(d.links);
  const contact = (d.contact ?? {}) as { name?: string; organisation?: string; email?: string; phone?: string };
  const step = d.evidence ? evidenceLevels.ids.indexOf(d.evidence) + 1 : 0;
  const image = d.image?.src ? d.image : undefined;
  const phase = d.phase ? labelOf(phases, d.phase) + (d.started ? `, gestart in ${d.started}` : '') : '';

  return (
    <Preview>
      {d.draft && <DraftNote text="Concept: dit voorbeeld staat nergens op de site." />}
      <PageIntro eyebrow="Praktijkvoorbeeld" title={d.title} lead={d.summary} />
      {image && (
        <figure className="preview-figure">
          <img src={String(getAsset(image.src) ?? image.src)} alt={image.alt ?? ''} />
          {image.credit && <figcaption>{image.credit}</figcaption>}
        </figure>
      )}
      <section className="facts">
        <h2 className="facts__title">In het kort</h2>
        <div className="facts__top">
          <dl className="factlist">
            <Fact label="Waar">{[d.place, d.province ? labelOf(provinces, d.province) : ''].filter(Boolean).join(', ')}</Fact>
            <Fact label="Inspiratieregio">{d.region ? titleOf('regions', d.region, fieldsMetaData) : undefined}</Fact>
            <Fact label={themes.length === 1 ? 'Thema' : "Thema's"}>{themes.length ? themes.map((t) => titleOf('themes', t, fieldsMetaData)).join(', ') : undefined}</Fact>
            <Fact label={list(d.sectors).length === 1 ? 'Sector' : 'Sectoren'}>{labels(sectors, d.sectors)}</Fact>
            <Fact label="Leeftijd">{labels(ageGroups, d.ageGroups)}</Fact>
            <Fact label="Fase">{phase}</Fact>
            <Fact label={organisations.length === 1 ? 'Organisatie' : 'Organisaties'}>
              {organisations.length ? organisations.map((o) => titleOf('organisations', o, fieldsMetaData)).join(', ') : undefined}
            </Fact>
          </dl>
          {contact.name && (
            <div className="contact">
              <h3 className="contact__title">Contact</h3>
              <p className="contact__lead">Vragen over dit voorbeeld? Neem contact op met:</p>
              <address>
                <strong>{contact.name}</strong>
                {contact.organisation && <><br />{contact.organisation}</>}
                {contact.email && <><br /><a href={`mailto:${contact.email}`}>{contact.email}</a></>}
                {contact.phone && <><br />{contact.phone}</>}
              </address>
            </div>
          )}
        </div>
        <div className="facts__more">
          <div className="facts__block">
            <h3>{advice.length === 1 ? 'Advies' : 'Adviezen'}</h3>
            <ul className="facts__advice">
              {advice.map((a, i) => (
                <li key={i}>
                  <a href="#">{titleOf('advice', a.advice!, fieldsMetaData)}</a>
                  {a.note && <p className="facts__note">{a.note}</p>}
                </li>
              ))}
            </ul>
          </div>
          <div className="facts__block">
            <h3>Onderbouwing</h3>
            {step > 0 && (
              <p>
                <strong>
                  Stap {step} van {evidenceLevels.ids.length}: {labelOf(evidenceLevels, d.evidence)}.
                </strong>{' '}
                {evidenceExplanations[d.evidence as keyof typeof evidenceExplanations]}
              </p>
            )}
            {interventions.length > 0 && (
              <>
                <p className="facts__sublabel">{interventions.length === 1 ? 'Erkende interventie' : 'Erkende interventies'}:</p>
                <ul>{interventions.map((x, i) => <li key={i}><a href={x.url}>{x.name}</a></li>)}</ul>
              </>
            )}
          </div>
          {results.length > 0 && (
            <div className="facts__block">
              <h3>Resultaten</h3>
              <table>
                <thead>
                  <tr><th scope="col">Wat is gemeten</th><th scope="col">Uitkomst</th>{results.some((r) => r.source) && <th scope="col">Bron</th>}</tr>
                </thead>
                <tbody>
                  {results.map((r, i) => (
                    <tr key={i}><th scope="row">{r.indicator}</th><td className="facts__value">{r.value}</td>{results.some((x) => x.source) && <td>{r.source ?? '–'}</td>}</tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {links.length > 0 && (
            <div className="facts__block">
              <h3>Meer lezen</h3>
              <ul>{links.map((l, i) => <li key={i}><a href={l.url}>{l.label}</a></li>)}</ul>
            </div>
          )}
        </div>
        {d.published && (
          <p className="facts__dates">
            Gepubliceerd op {safeDate(d.published)}
            {d.updated && d.updated !== d.published ? `. Bijgewerkt op ${safeDate(d.updated)}` : ''}.
          </p>
        )}
      </section>
      <div className="prose">{widgetFor('body')}</div>
      <Worksheet d={d} regionName={d.region ? titleOf('regions', d.region, fieldsMetaData) : undefined} />
      {d.published && /^\d{4}-\d{2}-\d{2}$/.test(d.published) && (
        <p className="facts__dates">Opnieuw bekijken voor {safeDate(reviewByOf({ published: d.published, updated: d.updated || undefined, reviewBy: d.reviewBy || undefined }))}.</p>
      )}
    </Preview>
  );
}

export function safeDate(day: unknown): string {
  try {
    return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(day) : String(day ?? '');
  } catch {
    return String(day);
  }
}

/** "Zo kun je het overnemen", as on the page (src/components/practice/Worksheet.astro): every section, an empty one says so. */
function Worksheet({ d, regionName }: { d: Record<string, any>; regionName?: string }) {
  const w: Partial<WorksheetData> = {
    targetGroup: d.targetGroup,
    goal: d.goal,
    workingElements: list<string>(d.workingElements),
    conditions: list<{ what: string; explanation?: string }>(d.conditions).filter((c) => c.what),
    costs: d.costs?.text ? d.costs : undefined,
    lessons: d.lessons,
  };
  const amount = costAmountText(w.costs);
  return (
    <section className="worksheet">
      <h2>{WORKSHEET_TITLE}</h2>
      {WORKSHEET_SECTIONS.map((s) => (
        <div key={s.key} className="worksheet__section">
          <h3>{s.heading}</h3>
          {isSectionEmpty(w, s.key) ? (
            <p className="worksheet__missing">{notDescribedText(regionName)}</p>
          ) : s.key === 'workingElements' ? (
            <ul>{w.workingElements!.map((x, i) => <li key={i}>{x}</li>)}</ul>
          ) : s.key === 'conditions' ? (
            <ul>{w.conditions!.map((c, i) => <li key={i}><strong>{c.what}</strong>{c.explanation ? `: ${c.explanation}` : ''}</li>)}</ul>
          ) : s.key === 'costs' ? (
            <>
              <p>{w.costs!.text}</p>
              {amount && <p><strong>Bedrag: {amount}</strong></p>}
            </>
          ) : (
            <p>{String(w[s.key as 'targetGroup' | 'goal' | 'lessons'])}</p>
          )}
        </div>
      ))}
    </section>
  );
}
