import { ARTICLE_SOURCE } from '../../../shared/catalogue/articleCatalogue';

/** The article's date as the reader's locale writes it. */
export const publishedOn = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(
  new Date(`${ARTICLE_SOURCE.date}T00:00:00Z`),
);

/** Every place that shows the article's defaults names the article as their source. */
export function ArticleSourceNote() {
  return (
    <p className="source-note">
      Default owners are drawn from <cite>“{ARTICLE_SOURCE.title}”</cite>, {ARTICLE_SOURCE.publisher}, {publishedOn},
      in this app’s own words.
    </p>
  );
}
