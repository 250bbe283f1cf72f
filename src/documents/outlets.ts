// News outlets and wire services, known by their names, abbreviations and web domains: general knowledge that lets
// the metadata rules tell "Source: AA" or a bare "bbc.co.uk" line from any other short line.

/** `Canonical name | other name … @ domain …`, entries separated by ";". */
const OUTLETS = `
  Reuters | Thomson Reuters @ reuters.com; Associated Press | The Associated Press | AP @ apnews.com ap.org;
  Agence France-Presse | AFP @ afp.com; United Press International | UPI @ upi.com; Bloomberg | Bloomberg News @ bloomberg.com;
  Anadolu Agency | Anadolu | AA @ aa.com.tr; Xinhua | Xinhua News Agency @ xinhuanet.com news.cn; TASS | Tass @ tass.com tass.ru;
  RIA Novosti | RIA @ ria.ru; Interfax @ interfax.com interfax.ru; Vietnam News Agency | VNA @ vnanet.vn;
  Press Trust of India | PTI @ ptinews.com; Asian News International | ANI @ aninews.in; Kyodo News | Kyodo @ kyodonews.net;
  Yonhap | Yonhap News Agency @ yna.co.kr; Bernama @ bernama.com; Deutsche Presse-Agentur | dpa @ dpa.com; EFE @ efe.com;
  ANSA @ ansa.it; WAFA @ wafa.ps; IRNA @ irna.ir; KCNA; Ukrinform @ ukrinform.net; Jiji Press | Jiji @ jiji.com;
  BBC News | BBC @ bbc.com bbc.co.uk; CNN @ cnn.com edition.cnn.com; NBC News @ nbcnews.com; CBS News @ cbsnews.com;
  ABC News @ abcnews.go.com abc.net.au; Fox News @ foxnews.com; NPR @ npr.org; PBS NewsHour @ pbs.org; CNBC @ cnbc.com;
  The New York Times | New York Times @ nytimes.com; The Washington Post | Washington Post @ washingtonpost.com;
  The Wall Street Journal | Wall Street Journal | WSJ @ wsj.com; USA Today @ usatoday.com; Los Angeles Times @ latimes.com;
  The Hill @ thehill.com; Politico @ politico.com politico.eu; Axios @ axios.com; Newsweek @ newsweek.com;
  Voice of America | VOA | VOA News @ voanews.com; Radio Free Europe/Radio Liberty | RFE/RL @ rferl.org; Radio Free Asia | RFA @ rfa.org;
  USNI News @ news.usni.org; Defense News @ defensenews.com; Breaking Defense @ breakingdefense.com;
  The Guardian @ theguardian.com guardian.co.uk; Financial Times | FT @ ft.com; The Times @ thetimes.co.uk;
  The Telegraph @ telegraph.co.uk; The Independent @ independent.co.uk; The Economist @ economist.com; Sky News @ news.sky.com;
  Deutsche Welle | DW @ dw.com; France 24 @ france24.com; Euronews @ euronews.com; Le Monde @ lemonde.fr; Der Spiegel @ spiegel.de;
  Al Jazeera @ aljazeera.com aljazeera.net; Al Arabiya @ alarabiya.net; TRT World @ trtworld.com; Middle East Eye @ middleeasteye.net;
  The Times of Israel @ timesofisrael.com; Haaretz @ haaretz.com; The Jerusalem Post @ jpost.com; Arab News @ arabnews.com;
  The Kyiv Independent @ kyivindependent.com; Ukrainska Pravda @ pravda.com.ua; The Moscow Times @ themoscowtimes.com;
  Meduza @ meduza.io; Novaya Gazeta @ novayagazeta.ru; RT @ rt.com; Sputnik @ sputniknews.com;
  CGTN @ cgtn.com; China Daily @ chinadaily.com.cn; Global Times @ globaltimes.cn; South China Morning Post | SCMP @ scmp.com;
  The Japan Times @ japantimes.co.jp; NHK @ nhk.or.jp; The Straits Times @ straitstimes.com; CNA | Channel NewsAsia @ channelnewsasia.com;
  The Irrawaddy @ irrawaddy.com; The Hindu @ thehindu.com; The Times of India @ timesofindia.indiatimes.com;
  Hindustan Times @ hindustantimes.com; Business Standard @ business-standard.com; Geo News @ geo.tv;
  The Sydney Morning Herald @ smh.com.au; The Age @ theage.com.au; The Globe and Mail @ theglobeandmail.com; CBC News @ cbc.ca;
  The Canadian Press @ thecanadianpress.com; Daily Maverick @ dailymaverick.co.za; News24 @ news24.com; Premium Times @ premiumtimesng.com;
  The East African @ theeastafrican.co.ke; Africanews @ africanews.com; Yahoo News @ news.yahoo.com; Forbes @ forbes.com;
  Business Insider @ businessinsider.com; Vox @ vox.com; The Atlantic @ theatlantic.com; Foreign Policy @ foreignpolicy.com;
  Australian Associated Press | AAP @ aap.com.au; Indo-Asian News Service | IANS @ ians.in; PA Media @ pamediagroup.com;
  Belga @ belganewsagency.eu; Lusa @ lusa.pt; Europa Press @ europapress.es; Agerpres @ agerpres.ro; Ritzau @ ritzau.dk;
  Philippine News Agency @ pna.gov.ph; Antara @ antaranews.com; Saudi Press Agency @ spa.gov.sa;
  Emirates News Agency | WAM @ wam.ae; Qatar News Agency | QNA @ qna.org.qa; Kuwait News Agency | KUNA @ kuna.net.kw;
  Islamic Republic News Agency @ irna.ir; Fars News Agency @ farsnews.ir; Tasnim News Agency @ tasnimnews.com;
  Mehr News Agency @ mehrnews.com; Trend News Agency @ trend.az; Azertac @ azertag.az; UNIAN @ unian.info unian.net;
  Interfax-Ukraine @ interfax.com.ua; BelTA @ belta.by; Kazinform @ inform.kz; Prensa Latina @ prensa-latina.cu;
  Télam @ telam.com.ar; Agência Brasil @ agenciabrasil.ebc.com.br; News Agency of Nigeria @ nannews.ng;
  RFI | Radio France Internationale @ rfi.fr; ITV News @ itv.com; Channel 4 News @ channel4.com; RTÉ | RTÉ News @ rte.ie;
  The Irish Times @ irishtimes.com; Irish Examiner @ irishexaminer.com; The Scotsman @ scotsman.com;
  Daily Mail @ dailymail.co.uk; Evening Standard @ standard.co.uk; The Australian @ theaustralian.com.au;
  The New Zealand Herald | NZ Herald @ nzherald.co.nz; Nikkei Asia @ asia.nikkei.com; The Korea Herald @ koreaherald.com;
  The Jakarta Post @ thejakartapost.com; Bangkok Post @ bangkokpost.com; Viet Nam News @ vietnamnews.vn;
  The Express Tribune @ tribune.com.pk; The Kathmandu Post @ kathmandupost.com; Taipei Times @ taipeitimes.com;
  Focus Taiwan @ focustaiwan.tw; The Diplomat @ thediplomat.com; Caixin @ caixinglobal.com; Asahi Shimbun @ asahi.com;
  Mainichi @ mainichi.jp; Yomiuri Shimbun @ yomiuri.co.jp; Philippine Daily Inquirer @ inquirer.net; Rappler @ rappler.com;
  Malay Mail @ malaymail.com; Sahara Reporters @ saharareporters.com; Daily Nation @ nation.africa;
  Mail & Guardian @ mg.co.za; Belfast Telegraph @ belfasttelegraph.co.uk; Al-Monitor @ al-monitor.com; Gulf News @ gulfnews.com; Khaleej Times @ khaleejtimes.com;
  Asharq Al-Awsat @ aawsat.com; Ahram Online @ english.ahram.org.eg; Kyiv Post @ kyivpost.com; Kommersant @ kommersant.ru;
  Le Figaro @ lefigaro.fr; El País @ elpais.com; Corriere della Sera @ corriere.it; La Repubblica @ repubblica.it;
  Die Zeit @ zeit.de; Frankfurter Allgemeine Zeitung | FAZ @ faz.net; Süddeutsche Zeitung @ sueddeutsche.de;
  Neue Zürcher Zeitung | NZZ @ nzz.ch; Clarín @ clarin.com; Folha de S.Paulo @ folha.uol.com.br; El Universal @ eluniversal.com.mx;
  MSNBC @ msnbc.com; MarketWatch @ marketwatch.com; ProPublica @ propublica.org; The Intercept @ theintercept.com;
  HuffPost @ huffpost.com; InSight Crime @ insightcrime.org; OCCRP @ occrp.org; Balkan Insight @ balkaninsight.com
`;

interface Outlet {
  name: string;
  names: string[];
  domains: string[];
}

const ENTRIES: Outlet[] = OUTLETS.split(';').map((entry) => {
  const [names = '', domains = ''] = entry.split('@');
  const all = names.split('|').map((name) => name.trim().replace(/\s+/g, ' '));
  return { name: all[0]!, names: all, domains: domains.split(/\s+/).filter(Boolean) };
});
const BY_NAME = new Map(ENTRIES.flatMap((outlet) => outlet.names.map((name) => [name.toLowerCase(), outlet.name])));
const BY_DOMAIN = new Map(ENTRIES.flatMap((outlet) => outlet.domains.map((domain) => [domain, outlet.name])));

/** The canonical name of a known outlet written `name` in any case ("AP", "REUTERS"), or null. */
export function knownOutlet(name: string): string | null {
  return BY_NAME.get(name.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}

// The agencies whose copy other outlets run under their own names: where a page's only sign of its origin is that a
// source "told AFP", the story is the agency's. State agencies (TASS, Xinhua, IRNA …) are left out: other outlets
// quote their interviews as often as they run their copy.
const WIRE_SERVICES = new Set([
  'Reuters',
  'Associated Press',
  'Agence France-Presse',
  'United Press International',
  'Bloomberg',
  'Deutsche Presse-Agentur',
  'EFE',
  'ANSA',
  'Kyodo News',
  'Jiji Press',
  'Yonhap',
  'Press Trust of India',
  'Asian News International',
  'Indo-Asian News Service',
  'Australian Associated Press',
  'The Canadian Press',
  'PA Media',
  'Belga',
  'Lusa',
  'Europa Press',
  'Ritzau',
]);

/** Is the known outlet of this canonical name a wire service? */
export function isWireService(canonical: string): boolean {
  return WIRE_SERVICES.has(canonical);
}

// "Al Jazeera and agencies": the outlet's own story with wire copy in it; the outlet is the one named.
const WITH_AGENCIES = /\s+(?:and|with|&)\s+(?:news\s+)?(?:agencies|wires)$/i;

/** A stated outlet under its canonical name when it is a known one, so that one outlet is one filter value. */
export function outletName(stated: string): string {
  const name = stated.trim().replace(WITH_AGENCIES, '');
  return knownOutlet(name) ?? name;
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// As the gazetteer writes them ("AP", not "ap"; "FT", not "ft" for feet), longest first so that "BBC News" is found
// whole rather than as "BBC".
const NAMES_BY_LENGTH = ENTRIES.flatMap((outlet) => outlet.names).sort((a, b) => b.length - a.length);
const ANY_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAMES_BY_LENGTH.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** The canonical name of the first known outlet named in `text` as whole words, or null. */
export function knownOutletIn(text: string): string | null {
  const match = ANY_NAME.exec(text);
  return match ? knownOutlet(match[0]) : null;
}

const NAME_AT = new RegExp(ANY_NAME.source, 'uy');

/** The canonical name of the known outlet named at `index` of `text` ("told The Associated Press that …"), or null. */
export function knownOutletAt(text: string, index: number): string | null {
  NAME_AT.lastIndex = index;
  const match = NAME_AT.exec(text);
  return match ? knownOutlet(match[0]) : null;
}

/** The outlet whose site `host` is (subdomains included: "media.guardian.co.uk"), or null. */
export function outletOfHost(host: string): string | null {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const outlet = BY_DOMAIN.get(labels.slice(i).join('.'));
    if (outlet) return outlet;
  }
  return null;
}

const URL_LINE = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/\S*)?$/i;

/** The outlet a line names when the line is only a known outlet's domain or the address of one of its pages. */
export function outletOfDomainLine(line: string): string | null {
  const match = URL_LINE.exec(line.trim());
  return match ? outletOfHost(match[1]!) : null;
}
