/**
 * A feed reader's view of a feed: the XML must be well formed and its namespaces declared
 * (saxes, the strict XML parser jsdom uses; feed readers are lenient), then @rowanmanning/feed-parser, a tested parser of
 * real-world RSS and Atom, reads it as a reader would. Every channel and every item must
 * carry what a reader needs to list and sort it: a title, a link to the published site, an
 * id, and a date. Returns the problems found; an empty list is a pass.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { SaxesParser } from 'saxes';

export interface FeedExpectations {
  /** The site's published address with its base path: every link is under it. */
  published: string;
  /** The home page of the feed's language, the channel's link. */
  home: string;
  /** The feed's own published address. */
  self: string;
  lang: string;
}

const dated = (d: Date | null | undefined) => d instanceof Date && !Number.isNaN(d.getTime());

export function feedProblems(xml: string, expect: FeedExpectations): string[] {
  try {
    new SaxesParser({ xmlns: true }).write(xml).close();
  } catch (e) {
    return [`not well-formed XML: ${(e as Error).message}`];
  }
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    return [`the feed parser refuses it: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  if (!feed.title) problems.push('the channel has no title');
  if (!feed.description) problems.push('the channel has no description');
  if (feed.url !== expect.home) problems.push(`the channel links to ${feed.url}, not ${expect.home}`);
  if (feed.self !== expect.self) problems.push(`the feed names itself ${feed.self}, not ${expect.self}`);
  if (feed.language !== expect.lang) problems.push(`the channel's language is ${feed.language}, not ${expect.lang}`);
  if (!dated(feed.published) && !dated(feed.updated)) problems.push('the channel carries no date (pubDate or lastBuildDate)');
  if (feed.items.length === 0) problems.push('the feed has no item');
  for (const [i, item] of feed.items.entries()) {
    const name = `item ${i + 1} (${item.title ?? 'no title'})`;
    if (!item.title) problems.push(`${name}: no title`);
    if (!item.url?.startsWith(expect.published)) problems.push(`${name}: its link ${item.url} is not on the published site`);
    if (!item.id) problems.push(`${name}: no guid`);
    if (!dated(item.published)) problems.push(`${name}: no date a reader can sort by (pubDate)`);
    if (!item.description) problems.push(`${name}: no description`);
  }
  const newest = Math.max(...feed.items.map((i) => i.published?.getTime() ?? 0));
  if (dated(feed.updated) && feed.updated!.getTime() < newest) problems.push('the channel is dated before its newest item');
  return problems;
}
