/** Preview of a newsletter: number, title, date, intro, then each block with its items (as NewsletterItem.astro). */
import { NEWSLETTER_ITEM_TARGETS } from '../../src/model/collections/newsletters.ts';
import { dataOf, DraftNote, list, PageIntro, Preview, titleOf, type PreviewProps } from './shared.tsx';
import { safeDate } from './PracticePreview.tsx';

const KIND: Record<string, string> = { practice: 'Praktijkvoorbeeld', news: 'Nieuws', event: 'Agenda', region: 'Inspiratieregio' };

type Item = { type?: string; [key: string]: unknown };

export function NewsletterPreview({ entry, widgetFor, fieldsMetaData }: PreviewProps) {
  const d = dataOf(entry);
  const sections = list<{ heading?: string; items?: Item[] }>(d.sections);
  return (
    <Preview>
      {d.status !== 'verzonden' && <DraftNote text="Concept: deze nieuwsbrief staat nergens op de site." />}
      <PageIntro eyebrow={d.number ? `Nieuwsbrief ${d.number}` : 'Nieuwsbrief'} title={d.title}>
        {d.date && <p className="muted">{safeDate(d.date)}</p>}
      </PageIntro>
      <div className="prose">{widgetFor('intro')}</div>
      {sections.map((s, i) => (
        <section key={i} className="section">
          <h2>{s.heading}</h2>
          {list<Item>(s.items).map((item, j) => {
            const type = String(item.type ?? '');
            const target = NEWSLETTER_ITEM_TARGETS[type as keyof typeof NEWSLETTER_ITEM_TARGETS];
            const id = target ? String(item[type] ?? '') : '';
            return (
              <article key={j} className="nl-item">
                {target && <p className="nl-item__kind">{KIND[type]}</p>}
                <h3 className="nl-item__title">
                  <a href={target ? '#' : String(item.url ?? '#')}>{target ? (id ? titleOf(target, id, fieldsMetaData) : 'Nog niets gekozen') : String(item.title ?? '')}</a>
                </h3>
                {!target && item.text ? <p className="nl-item__text">{String(item.text)}</p> : null}
                {!target && item.url ? <p className="nl-item__url">{String(item.url).replace(/^https?:\/\//, '').replace(/\/$/, '')}</p> : null}
              </article>
            );
          })}
        </section>
      ))}
    </Preview>
  );
}
