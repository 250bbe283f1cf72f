// The kinds of line that news scrapes carry besides the article: site chrome, calls to subscribe or share, credits.
// Patterns are general (never words of one article); a rule matches a whole line, and only a short one.
import * as phrases from './boilerplatePhrases.ts';

export interface BoilerplateRule {
  id: string;
  description: string;
  /** `top`/`bottom`: only in the run of lines before the article starts or after it ends. */
  where: 'anywhere' | 'top' | 'bottom';
  pattern: RegExp;
  /** Boilerplate is short: a longer line is article text even when it matches. */
  maxWords: number;
  /** A heading after which, when only headlines and boilerplate follow, the rest is links to other stories. */
  endsArticle?: boolean;
}

/** A line that is one of the `alternatives`, give or take trailing punctuation and arrows. */
function only(alternatives: string): RegExp {
  return new RegExp(`^(?:${alternatives})[\\s.!:…»›>|→↑▲-]*$`, 'iu');
}

/** A line matching any of `patterns`, case aside: long alternations stay readable one branch per line. */
function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => pattern.source).join('|'), 'iu');
}

export const boilerplateRules: BoilerplateRule[] = [
  {
    id: 'theme-licence',
    description: 'CMS theme or plugin licence nag ("Jannah Theme License is not validated…")',
    where: 'anywhere',
    maxWords: 40,
    pattern: /\b(?:theme|plugin) licen[cs]e is not (?:validated|activated)\b/i,
  },
  {
    id: 'page-controls',
    description: 'buttons and links of the page around the article ("Back to top button")',
    where: 'anywhere',
    maxWords: 20,
    pattern: anyOf(
      only(phrases.PAGE_CONTROLS),
      /^your email address will not be published\b|^required fields are marked\b/,
    ),
  },
  {
    id: 'more-stories',
    description: 'heading of a list of other stories ("More Stories")',
    where: 'anywhere',
    maxWords: 6,
    endsArticle: true,
    pattern: only(phrases.MORE_STORIES_HEADINGS),
  },
  {
    id: 'link-line',
    description: 'link to another story ("Read more: …", "Related: …", "Click here …")',
    where: 'anywhere',
    maxWords: 25,
    pattern: anyOf(
      /^(?:read more|read also|also read|read|see also|related|more|watch|listen|read next)\s*:\s*\S/,
      /^click here\b/,
    ),
  },
  {
    id: 'share',
    description: 'share buttons and prompts ("Share this article", "Facebook | Twitter | Email")',
    where: 'anywhere',
    maxWords: 16,
    pattern: anyOf(
      new RegExp(`^(?:(?:${phrases.SOCIAL_BUTTONS})\\s*[|·•,/]?\\s*)+$`),
      /^share (?:this|the) (?:article|story|post|page|video)\b/,
    ),
  },
  {
    id: 'newsletter',
    description: 'newsletter sign-up ("Sign up for our newsletter")',
    where: 'anywhere',
    maxWords: 25,
    pattern: /^(?=.*\bnewsletters?\b)(?=.*\b(?:sign(?:ing)? up|subscribe|join|get|delivered|inbox)\b)/i,
  },
  {
    id: 'subscribe',
    description: 'subscribe and log-in prompts and appeals ("Subscribe now", "Stay informed by joining …")',
    where: 'anywhere',
    maxWords: 12,
    pattern: anyOf(
      /^(?:subscribe(?: (?:now|today|here)\b| to\b|$)|become a (?:member|subscriber))/,
      /^(?:already (?:a subscriber|have an account))/,
      /^(?:(?:log|sign) in\b|register(?: now)?$|create (?:a |your )?(?:free )?account)/,
      /^(?:stay (?:informed|up to date|in the know|updated|connected)\b|join (?:us|our community)\b)/,
      /^(?:get (?:the latest|breaking news|our app)\b|download (?:our|the) app|support (?:our|independent) journalism)/,
      /^donate(?: now)?$/,
    ),
  },
  {
    id: 'subscription-pitch',
    description: 'what a subscription offers ("24/7 coverage …", "You can cancel anytime")',
    where: 'anywhere',
    maxWords: 30,
    pattern: anyOf(
      /\bsubscriber[- ](?:only|exclusive)\b|\bexclusive (?:to|for) subscribers\b|\bunlimited (?:digital )?access\b/,
      /\bfree trial\b|^\d{1,2}\/7 coverage\b|^(?:you can )?cancel (?:at )?any ?time\b/,
    ),
  },
  {
    id: 'advertisement',
    description: 'advertising labels ("Advertisement", "Story continues below advertisement")',
    where: 'anywhere',
    maxWords: 8,
    pattern: only(phrases.ADVERTISING_LABELS),
  },
  {
    id: 'cookie-notice',
    description: 'cookie consent text and buttons',
    where: 'anywhere',
    maxWords: 60,
    pattern: anyOf(
      /\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b/,
      /\bour cookie (?:policy|settings|preferences|notice)\b/,
      only(phrases.COOKIE_BUTTONS),
    ),
  },
  {
    id: 'copyright',
    description: 'copyright notices ("© 2023 …", "All rights reserved")',
    where: 'anywhere',
    maxWords: 30,
    pattern: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i,
  },
  {
    id: 'follow-us',
    description: '"Follow us on Twitter" and the like',
    where: 'anywhere',
    maxWords: 20,
    pattern: new RegExp(`^(?:follow|like|join|find) (?:us|\\S+) on (?:${phrases.SOCIAL_NETWORKS})\\b`, 'i'),
  },
  {
    id: 'photo-credit',
    description: 'photo captions and credits ("Photo: …/Getty Images", "(AP Photo/…)")',
    where: 'anywhere',
    maxWords: 40,
    pattern: anyOf(
      /^(?:(?:file )?photo(?:graph)?|image|picture|video|illustration|photo credit|credit|caption)s?\s*(?:[:|]|by\b)/,
      /^\(?ap photo\//,
      // "Camera IconNew sanctions follow …": a gallery's icon label run into the caption it opens.
      /^camera icon/,
      // "(Sergei Supinsky/AFP via Getty Images)" at the end of a caption.
      new RegExp(`[/|]\\s*(?:[\\p{L}.-]+\\s){0,3}?(?:${phrases.PHOTO_AGENCIES})(?: via getty images)?\\)?\\.?$`),
    ),
  },
  {
    id: 'relative-time',
    description: 'relative times and reading times ("Updated 3 hours ago", "5 min read")',
    where: 'anywhere',
    maxWords: 8,
    pattern: anyOf(
      /^(?:(?:last )?updated|published|posted)?\s*:?\s*(?:\d+|an?|one|a few) (?:sec|min|h|day|week|month)\w* ago\.?$/,
      /^\d+[\s-]*min(?:ute)?s?\.? read$/,
    ),
  },
  {
    id: 'tags',
    description: 'tag and category lists ("Tags: …")',
    where: 'anywhere',
    maxWords: 30,
    pattern: /^(?:tags?|topics?|filed under|categories|category)\s*:/i,
  },
  {
    id: 'site-notice',
    description: 'site notices about machine translation or the views expressed ("Not all news on the site …")',
    where: 'anywhere',
    maxWords: 60,
    pattern: anyOf(
      // Translation notices speak of the site or its news, which keeps an article about machine translation.
      // Anchored lookaheads, each one scan of the line, in either order: an unanchored lookahead is retried at every
      // position (cubic on a long line), and ".*translat.*machine" backtracks over every line that names its site.
      /^(?=.*\btranslat)(?=.*\b(?:automatic|programmatic|machine))(?=.*\b(?:site|website|article|news|content|page)\b)/,
      /\bpoint of view of (?:the|this) (?:site|website|publication|newspaper)\b/,
      /\b(?:views|opinions) expressed\b.*\b(?:authors?|writers?|not necessarily)\b/,
    ),
  },
  {
    id: 'section-label',
    description: 'site section label above the headline ("Usa News", "Politics")',
    where: 'top',
    maxWords: 3,
    pattern: new RegExp(`^(?:[\\p{L}.]+\\s){0,2}news$|${only(phrases.SECTION_NAMES).source}`, 'iu'),
  },
  {
    id: 'breadcrumbs',
    description: 'breadcrumb trail above the headline ("Home > World > Europe")',
    where: 'top',
    maxWords: 12,
    pattern: /^[\p{L}&' ]{1,30}(?:\s*[>›»|/]\s*[\p{L}&' ]{1,30}){1,5}$/u,
  },
  {
    id: 'outlet-trailer',
    description: 'lone lowercase outlet token after the article ("nbcnews Gt", "reuters.com")',
    where: 'bottom',
    maxWords: 2,
    pattern: /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*(?:\s+[A-Za-z]{1,3})?$/,
  },
];
