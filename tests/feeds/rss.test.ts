/** The RSS builders, rendered by @astrojs/rss and read back with fast-xml-parser. */
import { describe, expect, test } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { FEEDS, dayToDate, newsFeed, practicesFeed } from '../../src/feeds/rss.ts';

const SITE = 'https://www.example.nl';
const themes = new Map([['preventie', 'Preventie']]);
const parser = new XMLParser({ ignoreAttributes: false });

describe('RSS', () => {
  test('news: newest first, absolute links, Dutch channel, categories, self link', async () => {
    const news = [
      { id: 'oud', data: { title: 'Oud', summary: 'Ouder bericht', date: '2026-01-02', regions: [], practices: [], themes: ['preventie', 'onbekend'] } },
      { id: 'nieuw', data: { title: 'Nieuw & beter', summary: 'Nieuwer <bericht>', date: '2026-03-04', regions: [], practices: [], themes: [] } },
    ];
    const xml = parser.parse(await getRssString(newsFeed(news, themes, SITE)));
    const channel = xml.rss.channel;
    expect(channel.title).toBe(FEEDS.nieuws.title);
    expect(channel.link).toBe('https://www.example.nl/nieuws/');
    expect(channel.language).toBe('nl-nl');
    expect(channel['atom:link']['@_href']).toBe('https://www.example.nl/rss/nieuws.xml');
    const items = channel.item;
    expect(items.map((i: any) => i.link)).toEqual(['https://www.example.nl/nieuws/nieuw/', 'https://www.example.nl/nieuws/oud/']);
    expect(items[0].title).toBe('Nieuw & beter');
    // RSS descriptions are HTML: the plain-text summary arrives escaped, so a reader shows it as text.
    expect(items[0].description).toBe('Nieuwer &lt;bericht&gt;');
    expect(items[1].category).toBe('Preventie');
    expect(new Date(items[1].pubDate).toISOString()).toBe('2026-01-02T12:00:00.000Z');
  });

  test('news whose day no source gives stays out of the feed: a reader would show it as new', async () => {
    const news = [
      { id: 'gedateerd', data: { title: 'Gedateerd', summary: 's', date: '2026-01-02', regions: [], practices: [], themes: [] } },
      { id: 'zonder-datum', data: { title: 'Zonder datum', summary: 's', regions: [], practices: [], themes: [] } },
    ];
    const xml = parser.parse(await getRssString(newsFeed(news, themes, SITE)));
    expect([xml.rss.channel.item].flat().map((i: any) => i.title)).toEqual(['Gedateerd']);
  });

  test('practices: ordered by publication date', async () => {
    const p = (id: string, published: string) => ({ id, data: { title: id, summary: 's', place: 'Ede', published, themes: [] } });
    const xml = parser.parse(await getRssString(practicesFeed([p('a', '2025-01-01'), p('b', '2026-01-01')] as never, themes, SITE)));
    expect(xml.rss.channel.item.map((i: any) => i.title)).toEqual(['b', 'a']);
  });

  test('a calendar date is the same day in every European time zone', () => {
    expect(dayToDate('2026-03-29').toISOString()).toBe('2026-03-29T12:00:00.000Z');
  });
});
