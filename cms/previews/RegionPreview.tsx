/** Preview of a region's profile, in the order of the model (the seven questions of the application). */
import { adviceStatuses, labelOf, provinces, regionKinds } from '../../src/model/enums.ts';
import { dataOf, Fact, formatNumber, labels, list, PageIntro, Preview, titleOf, type PreviewProps } from './shared.tsx';
import { safeDate } from './PracticePreview.tsx';

type Figure = { label?: string; value?: number; valueMax?: number; unit?: string; year?: number; source?: string };

function withUnit(text: string, unit?: string) {
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

export function formatFigure(f: Figure): string {
  const value = withUnit(formatNumber(f.value), f.unit);
  return f.valueMax === undefined || f.valueMax === null ? value : `${value} tot ${withUnit(formatNumber(f.valueMax), f.unit)}`;
}

export function RegionPreview({ entry, widgetFor, fieldsMetaData }: PreviewProps) {
  const d = dataOf(entry);
  const partners = list<string>(d.partners);
  const goals = list<{ text?: string; measure?: string }>(d.goals);
  const risks = list<string>(d.risks);
  const advice = list<{ advice?: string; status?: string; note?: string }>(d.advice).filter((a) => a.advice);
  const figures = list<Figure>(d.keyFigures);
  const connectors = list<{ name?: string; role?: string; organisation?: string; email?: string; phone?: string }>(d.connectors);
  const cc = d.coalitionConnector as { name?: string; organisation?: string; email?: string } | undefined;
  const hasBody = Boolean(String(entry?.getIn?.(['data', 'body']) ?? '').trim());

  return (
    <Preview>
      <PageIntro eyebrow={d.kind ? `Inspiratieregio · ${labelOf(regionKinds, d.kind)}` : 'Inspiratieregio'} title={d.name} lead={d.developmentQuestion} />
      <dl className="facts key-facts">
        <Fact label={list(d.provinces).length === 1 ? 'Provincie' : 'Provincies'}>{labels(provinces, d.provinces)}</Fact>
        <Fact label="Groep">{d.tranche ? `Groep ${d.tranche}` : undefined}</Fact>
        <Fact label="Doet mee sinds">{d.joined ? safeDate(d.joined) : undefined}</Fact>
        <Fact label="Gemeenten">{list(d.municipalities).join(', ')}</Fact>
        <Fact label="Partners">{partners.map((p) => titleOf('organisations', p, fieldsMetaData)).join(', ')}</Fact>
      </dl>
      {d.parentInvolvement && (<><h2>Betrokkenheid van ouders</h2><p>{d.parentInvolvement}</p></>)}
      {hasBody && <div className="prose">{widgetFor('body')}</div>}
      {goals.length > 0 && (
        <><h2>Doelen</h2><ul>{goals.map((g, i) => <li key={i}>{g.text}{g.measure && <><br /><span className="muted">Zo meten we het: {g.measure}</span></>}</li>)}</ul></>
      )}
      {risks.length > 0 && (<><h2>Valkuilen en risico's</h2><ul>{risks.map((r, i) => <li key={i}>{r}</li>)}</ul></>)}
      {d.supportNeeded && (<><h2>Wat de regio nodig heeft</h2><p>{d.supportNeeded}</p></>)}
      {advice.length > 0 && (
        <>
          <h2>Adviezen</h2>
          <ul>
            {advice.map((a, i) => (
              <li key={i}>
                <strong>{titleOf('advice', a.advice!, fieldsMetaData)}</strong>
                {a.status && <> — {labelOf(adviceStatuses, a.status)}</>}
                {a.note && <><br />{a.note}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      {figures.length > 0 && (
        <>
          <h2>Kerncijfers</h2>
          <table>
            <thead><tr><th scope="col">Wat</th><th scope="col">Cijfer</th><th scope="col">Jaar</th><th scope="col">Bron</th></tr></thead>
            <tbody>
              {figures.map((f, i) => (
                <tr key={i}><th scope="row">{f.label}</th><td>{formatFigure(f)}</td><td>{f.year}</td><td>{f.source}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {(connectors.length > 0 || cc?.name) && (
        <>
          <h2>Contact</h2>
          {connectors.map((c, i) => (
            <p key={i}>
              <strong>{c.name}</strong>{c.role && `, ${c.role}`}{c.organisation && <><br />{c.organisation}</>}
              {c.email && <><br />{c.email}</>}{c.phone && <><br />{c.phone}</>}
            </p>
          ))}
          {cc?.name && (
            <p>
              Coalitieverbinder: <strong>{cc.name}</strong>{cc.organisation && `, ${cc.organisation}`}
              {cc.email && <><br />{cc.email}</>}
            </p>
          )}
        </>
      )}
      {d.updated && <p className="muted">Laatst bijgewerkt op {safeDate(d.updated)}.</p>}
    </Preview>
  );
}
