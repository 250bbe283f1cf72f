// The words news sites use for the furniture around an article, as regex alternatives for the boilerplate rules.

export const PAGE_CONTROLS =
  'back to top(?: button)?|scroll to top|skip to (?:main )?content|toggle navigation|menu|search|close|home|' +
  'loading|print|open in app|(?:show|load|see) more|(?:view |go to )?comments|leave a (?:comment|reply)|' +
  'report an error';

export const MORE_STORIES_HEADINGS =
  'more (?:stories|news|articles|videos)|more from [\\p{L}\\p{N} .&]{1,30}|' +
  'related(?: stories| articles| posts| news| content| coverage| topics)?|you (?:may|might) also like|' +
  'recommended(?: for you| stories| articles)?|(?:read|up|watch) next|most (?:read|popular|viewed|shared)|' +
  'trending(?: now| stories)?|top stories|latest (?:news|stories)|editor.?s.? picks|don.?t miss|' +
  '(?:also|further) read(?:ing)?|read (?:more|also)|see also';

export const ADVERTISING_LABELS =
  'advertisement|advertising|ad|sponsored(?: content)?|paid (?:content|post)|promoted(?: content)?|' +
  '(?:article|story) continues (?:below|after (?:the )?(?:advertisement|ad))(?: advertisement)?|' +
  'continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: with content)?|remove ads';

export const COOKIE_BUTTONS =
  'accept(?: all)?(?: cookies)?|reject all|allow (?:all )?cookies|manage (?:cookies|preferences|consent)|' +
  'cookie (?:policy|settings|preferences|notice)|got it|i agree';

export const SOCIAL_BUTTONS =
  'share|tweet|e-?mail|print|copy link|save|on|via|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|' +
  'pinterest|messenger|flipboard|threads|bluesky';

export const SOCIAL_NETWORKS =
  'twitter|facebook|instagram|x|linkedin|telegram|google news|youtube|tiktok|threads|whatsapp|bluesky|flipboard';

export const SECTION_NAMES =
  'world|politics|business|economy|markets|tech(?:nology)?|science|health|sports?|entertainment|culture|' +
  'opinion|lifestyle|travel|europe|asia|africa|americas|middle east|u\\.?s\\.?|u\\.?k\\.?|local|national|' +
  'international|home|news|latest|breaking|analysis|live|exclusive|explainer|video|world news|top news';

export const PHOTO_AGENCIES =
  'getty images|shutterstock|alamy|ap photo|afp|epa(?:-efe)?|reuters|anadolu(?: agency)?|sipa|zuma(?: press)?|' +
  'bloomberg';
