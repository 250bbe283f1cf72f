// Names for the benchmark corpus: the names the seed articles use, the lists new names are built from, how a name
// is built from its rank (deterministically for a seed) and how an article casts them.

/** What a seed name stands for; organizations are split by role so that "told Reuters" still names an outlet. */
export type SeedKind = 'person' | 'armed' | 'media' | 'state' | 'academic' | 'place';
/** How the seed writes a name: a person's full name or surname; an organization's full name, kind noun or acronym. */
export type SeedForm = 'full' | 'surname' | 'short' | 'acronym';

export interface SeedName {
  /** Shared by every spelling of one entity, so "Mark Galeotti" and "Galeotti" get the same substitute. */
  id: string;
  kind: SeedKind;
  form: SeedForm;
}

/** A seed sentence: its text, with each known name replaced by what it stands for. */
export type Template = (string | SeedName)[];

const seed = (id: string, kind: SeedKind, form: SeedForm = 'full'): SeedName => ({ id, kind, form });

/** The names in graph-data/documents; any other capitalized word is kept as written. */
export const SEED_NAMES: Record<string, SeedName> = {
  Putin: seed('putin', 'person', 'surname'),
  'Mark Galeotti': seed('galeotti', 'person'),
  Galeotti: seed('galeotti', 'person', 'surname'),
  Kapustin: seed('kapustin', 'person', 'surname'),
  'Alexei Baranovsky': seed('baranovsky', 'person'),
  Baranovsky: seed('baranovsky', 'person', 'surname'),
  'Michael Clarke': seed('clarke', 'person'),
  Clarke: seed('clarke', 'person', 'surname'),
  'Dmitry Peskov': seed('peskov', 'person'),
  'Andriy Yusov': seed('yusov', 'person'),
  'Andriy Yosov': seed('yusov', 'person'),
  'Maximillian Andronnikov': seed('andronnikov', 'person'),
  'Freedom of Russia Legion': seed('legion', 'armed'),
  'Freedom Legion of Russia': seed('legion', 'armed'),
  Legion: seed('legion', 'armed', 'short'),
  'Russian Volunteer Corps': seed('rvc', 'armed'),
  RVC: seed('rvc', 'armed', 'acronym'),
  'International Brigade': seed('brigade', 'armed'),
  'Armed Forces of Ukraine': seed('afu', 'armed'),
  'NBC News': seed('nbc', 'media'),
  Reuters: seed('reuters', 'media'),
  Tass: seed('tass', 'media'),
  'Mayak Intelligence': seed('mayak', 'academic'),
  'King’s College London': seed('kings', 'academic'),
  'Supreme Court of Russia': seed('court', 'state'),
  'Supreme Court': seed('court', 'state'),
  Kremlin: seed('kremlin', 'state'),
  GUR: seed('gur', 'state', 'acronym'),
  'Ukrainian Defense Ministry': seed('defence', 'state'),
  Russia: seed('russia', 'place'),
  'Russian Federation': seed('russia', 'place'),
  Ukraine: seed('ukraine', 'place'),
  Belgorod: seed('belgorod', 'place'),
  Bryansk: seed('bryansk', 'place'),
  Kursk: seed('kursk', 'place'),
  Voronezh: seed('voronezh', 'place'),
  Rostov: seed('rostov', 'place'),
  Moscow: seed('moscow', 'place'),
  Kyiv: seed('kyiv', 'place'),
  Kiev: seed('kyiv', 'place'),
  Washington: seed('washington', 'place'),
  Bakhmut: seed('bakhmut', 'place'),
};

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Given names and surnames by language, so that most people get a name that belongs together. */
export const PEOPLE_BY_LANGUAGE: { first: string[]; last: string[] }[] = [
  {
    first: words(`Alexei Andrei Anton Boris Dmitry Denis Egor Fyodor Gleb Igor Ilya Ivan Kirill Konstantin Lev
      Maxim Mikhail Nikita Oleg Pavel Roman Ruslan Sergei Stanislav Timur Vadim Viktor Vladimir Yaroslav Yuri
      Anna Daria Elena Irina Ksenia Marina Natalia Olga Polina Svetlana Tatiana Vera Yulia Zoya`),
    last: words(`Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov
      Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov
      Zaitsev Soloviev Borisov Yakovlev Grigoriev Romanov Vorobiev Sergeev Kuzmin Frolov Belov Tarasov Gusev
      Titov Kiselev Kapustin Baranovsky Andronnikov Peskov Shoigu Gerasimov Medvedev Lavrov Surovikin Prigozhin`),
  },
  {
    first: words(`Andriy Bohdan Dmytro Ihor Mykola Mykhailo Oleh Oleksandr Oleksiy Petro Serhiy Taras Vasyl
      Volodymyr Yevhen Yurii Hanna Iryna Kateryna Khrystyna Liudmyla Nataliia Oksana Olena Solomiia Svitlana
      Viktoriia Yaryna Zoriana`),
    last: words(`Shevchenko Bondarenko Kovalenko Boyko Tkachenko Kravchenko Kovalchuk Oliynyk Shevchuk Polishchuk
      Lysenko Marchenko Savchenko Rudenko Moroz Melnyk Kravets Hrytsenko Yusov Budanov Zaluzhnyi Syrskyi Klymenko
      Honcharenko Tymchenko Pavlenko Lytvyn Kuleba Reznikov Danylov Yermak Zhuk Sydorenko Ostapenko`),
  },
  {
    first: words(`Piotr Pawel Tomasz Krzysztof Marek Jakub Lukasz Michal Wojciech Agnieszka Katarzyna Magdalena
      Joanna Ewa Jan Milos Nikola Stefan Dusan Goran Dragan Jelena Milica Petr Tomas Jiri Lucie Ondrej Vaclav`),
    last: words(`Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak
      Dabrowski Jankowski Mazur Krawczyk Jovanovic Petrovic Nikolic Markovic Djordjevic Stojanovic Ilic Novotny
      Dvorak Cerny Prochazka Horak Nemec Kral Ruzicka Hajek`),
  },
  {
    first: words(`James John Robert Michael William David Richard Thomas Mark Daniel Paul Steven Andrew Kevin
      Brian George Edward Peter Simon Oliver Harry Jack Emily Sarah Jessica Laura Rachel Hannah Charlotte Sophie
      Emma Lucy Claire Helen Rebecca Victoria Kate Alice`),
    last: words(`Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin
      Jackson Thompson White Harris Clarke Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams
      Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris
      Murphy Cook Rogers Morgan Cooper Hughes Bennett Gray Galeotti Fletcher Shaw Hunt Palmer Holmes Ward Watson`),
  },
  {
    first: words(`Mohammed Ahmed Ali Omar Youssef Khaled Hassan Hussein Ibrahim Mahmoud Mustafa Tariq Karim Samir
      Walid Nabil Faisal Rashid Hamza Bilal Fatima Aisha Mariam Layla Noor Huda Salma Rania Yasmin Zainab Amira
      Leila`),
    last: words(`Haddad Khalil Nasser Hamdan Mansour Saleh Qasim Aziz Rahman Farouk Darwish Sabbagh Bakr Jaber
      Hijazi Shami Masri Tamimi Najjar Abbas Issa Suleiman Othman Yassin Awad Zayed Karam Barakat Hadid Khoury
      Salem Ghanem`),
  },
  {
    first: words(`Jose Juan Carlos Luis Miguel Javier Alejandro Diego Fernando Pablo Sergio Andres Rafael Manuel
      Jorge Ricardo Maria Carmen Lucia Sofia Elena Isabel Paula Marta Laura Ana Valentina Camila Daniela Gabriela
      Ines Pilar`),
    last: words(`Garcia Rodriguez Gonzalez Fernandez Lopez Martinez Sanchez Perez Gomez Martin Jimenez Ruiz
      Hernandez Diaz Moreno Alvarez Romero Alonso Gutierrez Navarro Torres Dominguez Vazquez Ramos Gil Ramirez
      Serrano Blanco Molina Morales Suarez Ortega Delgado Castro Ortiz Rubio Marin Sanz Iglesias Medina`),
  },
  {
    first: words(`Thomas Michael Andreas Stefan Christian Markus Matthias Tobias Jens Lars Klaus Jurgen Wolfgang
      Uwe Felix Lukas Jonas Anna Julia Katharina Sabine Ursula Petra Claudia Annalena Greta Lena Marie Jean
      Pierre Louis Antoine Nicolas Julien Mathieu Camille Chloe Manon Juliette Amelie`),
    last: words(`Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schafer Koch Bauer
      Richter Klein Wolf Schroder Neumann Schwarz Zimmermann Braun Kruger Hartmann Lange Werner Martin Bernard
      Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garnier Fontaine
      Rousseau Vincent Mercier`),
  },
  {
    first: words(`Mehmet Mustafa Ahmet Ali Huseyin Hasan Ibrahim Ismail Osman Yusuf Murat Emre Burak Can Kerem
      Ayse Fatma Emine Zeynep Elif Merve Ozlem Aram Armen Davit Giorgi Levan Nino Tamar Rustam Farid Elvin Nigar
      Aigerim Nursultan Askar`),
    last: words(`Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan
      Cetin Kara Koc Kurt Ozkan Simsek Grigoryan Harutyunyan Sargsyan Beridze Kapanadze Gelashvili Aliyev
      Mammadov Hasanov Nazarbayev Tokayev Sadykov Umarov Karimov Rakhimov`),
  },
  {
    first: words(`Giuseppe Giovanni Antonio Marco Luca Francesco Alessandro Matteo Lorenzo Andrea Paolo Giulia
      Chiara Francesca Sara Martina Lars Erik Anders Johan Mikael Nils Henrik Ingrid Astrid Sigrid Freya Ville
      Mikko Aino`),
    last: words(`Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
      Giordano Rinaldi Lombardi Moretti Barbieri Fontana Santoro Johansson Andersson Karlsson Nilsson Eriksson
      Larsson Olsen Hansen Pedersen Lindqvist Virtanen Korhonen Nieminen Makinen Halvorsen`),
  },
  {
    first: words(`Wei Jun Li Hao Ming Lei Yan Xin Hiroshi Takeshi Kenji Yuki Haruto Aiko Sakura Min-jun Ji-ho
      Seo-yeon Raj Arjun Vikram Rahul Sanjay Priya Ananya Deepa Chinedu Kwame Kofi Amara Oluwaseun Tunde Ngozi
      Wanjiru Abebe`),
    last: words(`Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sato Suzuki Takahashi Tanaka Watanabe Ito Kim Lee
      Park Choi Jung Kang Sharma Patel Singh Gupta Kumar Reddy Iyer Okafor Mensah Adeyemi Okonkwo Kamau Otieno
      Tesfaye Diallo Traore Ndiaye`),
  },
];

/** Words that open organization names ("Free", "Baltic"). */
export const ORG_ADJECTIVES = words(`Free Northern Southern Eastern Western Central National Volunteer United
  Independent Patriotic Baltic Siberian Carpathian Caspian Danube Ural Arctic Royal Democratic Popular Civic
  Liberal Sovereign Republican Federal Atlantic Pacific Continental Greater New Grand Iron Golden Silver Red
  White Black Green Blue Crimson Azure Holy First Third Special Joint Allied Coastal Highland Steppe Eurasian
  Nordic Slavic Latin Global International`);

/** Nouns in the middle of organization names ("Falcon", "Liberty"). */
export const ORG_NOUNS = words(`Falcon Wolf Bear Eagle Lion Raven Hawk Dawn Liberty Freedom Frontier Resistance
  Shield Sword Star Storm Thunder Harbor River Mountain Forest Unity Justice Victory Horizon Compass Anchor
  Beacon Pioneer Sentinel Vanguard Heritage Progress Renewal Summit Meridian Crescent Phoenix Spark Flame Cedar
  Oak Granite Bridge Gate Tower Security Defence Policy Strategy Conflict Democracy`);

/** The word that says what kind of organization it is, by role ("Legion", "Herald", "Ministry", "Institute"). */
export const ORG_KINDS: Record<Exclude<SeedKind, 'person' | 'place'>, string[]> = {
  armed: words(`Corps Legion Brigade Battalion Regiment Division Front Guard Militia Squadron Detachment Army`),
  media: words(`News Agency Times Herald Post Radio Press Gazette Telegraph Tribune Review Observer Courier
    Chronicle Monitor`),
  state: words(`Ministry Court Council Directorate Committee Service Assembly Commission Office Bureau Chamber
    Administration`),
  academic: words(`Institute University College Academy Centre Foundation Forum Intelligence Analytics
    Observatory Society`),
};

/** Real cities, so that part of the corpus names places a gazetteer may know. */
export const CITIES = words(`Kharkiv Lviv Odesa Dnipro Zaporizhzhia Mariupol Kherson Mykolaiv Poltava Chernihiv
  Sumy Donetsk Luhansk Kramatorsk Sloviansk Avdiivka Pokrovsk Izium Kupiansk Kazan Samara Omsk Novosibirsk
  Yekaterinburg Tver Smolensk Pskov Kaliningrad Murmansk Krasnodar Sochi Volgograd Saratov Perm Ufa Tula Oryol
  Lipetsk Tambov Penza Warsaw Krakow Gdansk Lublin Vilnius Riga Tallinn Minsk Chisinau Bucharest Sofia Belgrade
  Zagreb Budapest Prague Bratislava Vienna Berlin Munich Hamburg Paris Lyon Marseille Madrid Barcelona Seville
  Lisbon Rome Milan Naples Athens Istanbul Ankara Izmir Tbilisi Yerevan Baku Tehran Baghdad Damascus Beirut Amman
  Cairo Alexandria Tunis Algiers Casablanca Riyadh Doha Dubai Kabul Islamabad Karachi Delhi Mumbai Dhaka Beijing
  Shanghai Tokyo Seoul Manila Jakarta Hanoi Bangkok Nairobi Lagos Accra Dakar Khartoum Johannesburg Ottawa
  Toronto Chicago Boston Houston Seattle Denver Atlanta Bogota Lima Santiago Caracas Havana Stockholm Oslo
  Helsinki Copenhagen Amsterdam Brussels Geneva Dublin Edinburgh Manchester Glasgow Gomel Grodno Vitebsk Mogilev`);

/** Syllables that invented town names are made of: an opening, an optional joint and a regional ending. */
export const TOWN_SYLLABLES = {
  openings: words(`Bel Zlat Kras Nov Star Vol Dob Gor Mir Pol Ros Sel Tor Ver Yas Khar Lub Os Pet Rad Sos Tam Ust
    Zar Ash Bran Cal Dun Elm Fal Glen Hal Kel Mar Nor Ral Sal Tal Wes Al Ben Dar Fer Jal Kar Lan Mor Qas Sab Tar
    Vel Brod Chern Hlib`),
  joints: ['', '', 'o', 'a', 'e', 'i', 'an', 'en', 'or', 'ov', 'ol', 'ar', 'in', 'ur', 'el'],
  endings: words(`grad ivka ovo sk burg ton abad ville pol ino ets ka ford mouth heim dorf stad ia pur iye es ara
    ovsk ye ichi yan ach borough`),
};

/** A small, fast PRNG (mulberry32): the same seed always gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random element of `list`. */
export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** A name as an article uses it. */
export interface Entity {
  full: string;
  /** A person's surname, an organization's kind noun ("the Legion"). */
  short: string;
  acronym: string;
}

const KIND_SALT: Record<SeedKind, number> = { person: 1, armed: 2, media: 3, state: 4, academic: 5, place: 6 };

/** The entity at `rank` among names of `kind`: computed from the rank, so no list of a million names is kept. */
export function entityAt(kind: SeedKind, rank: number, seed: number): Entity {
  const random = mulberry32(
    Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(KIND_SALT[kind], 0x85ebca6b) ^ Math.imul(rank + 1, 0xc2b2ae35),
  );
  if (kind === 'person') {
    const language = pick(random, PEOPLE_BY_LANGUAGE);
    const first = pick(random, language.first);
    // Some people carry a surname from another language, as in any mixed newsroom's coverage.
    const last = pick(random, random() < 0.2 ? pick(random, PEOPLE_BY_LANGUAGE).last : language.last);
    return { full: `${first} ${last}`, short: last, acronym: last };
  }
  if (kind === 'place') {
    const place = placeName(random);
    return { full: place, short: place, acronym: place };
  }
  const noun = pick(random, ORG_KINDS[kind]);
  const full = organizationName(kind, noun, random);
  const acronym = full
    .split(' ')
    .filter((word) => word !== 'of')
    .map((word) => word[0])
    .join('');
  return { full, short: noun, acronym };
}

function organizationName(kind: SeedKind, noun: string, random: () => number): string {
  const adjective = pick(random, ORG_ADJECTIVES);
  const middle = pick(random, ORG_NOUNS);
  const byPlace = random() < 0.5;
  if (kind === 'media') return byPlace ? `${placeName(random)} ${noun}` : `${adjective} ${middle} ${noun}`;
  if (kind === 'state') {
    return byPlace ? `${adjective} ${noun} of ${placeName(random)}` : `${placeName(random)} ${middle} ${noun}`;
  }
  if (kind === 'academic') {
    return byPlace ? `${noun} of ${placeName(random)}` : `${placeName(random)} ${middle} ${noun}`;
  }
  return `${adjective} ${middle} ${noun}`;
}

/** A real city now and then, otherwise an invented town ("Zlatograd", "Kelorivka"). */
function placeName(random: () => number): string {
  if (random() < 0.3) return pick(random, CITIES);
  const { openings, joints, endings } = TOWN_SYLLABLES;
  return pick(random, openings) + pick(random, joints) + pick(random, endings);
}

/**
 * Names are ranked and drawn as rank = RANKS * u^SKEW: a few hundred names recur across many articles (as the
 * main players of a story do) while most appear once or twice, so distinct names keep growing with the corpus.
 */
const RANKS = 1 << 20;
const SKEW = 3;

/** One article's cast: each seed name stands for the same new name throughout the article. */
export class Cast {
  private readonly roles = new Map<string, Entity>();
  private readonly taken = new Set<string>();
  private readonly mentioned = new Set<string>();

  constructor(
    private readonly random: () => number,
    private readonly seed: number,
    /** Every full name cast so far, in any article: the corpus summary counts them. */
    private readonly names: Set<string>,
  ) {}

  /** A headline calls people by surname and does not count as their first mention. */
  render(template: Template, headline = false): string {
    let text = '';
    for (const piece of template) text += typeof piece === 'string' ? piece : this.nameFor(piece, headline);
    return text;
  }

  private nameFor(name: SeedName, headline: boolean): string {
    const entity = this.roles.get(name.id) ?? this.castRole(name);
    if (headline) return name.kind === 'person' ? entity.short : entity.full;
    // Full name on first mention, then as the seed wrote it: "Mark Galeotti ... Galeotti said".
    if (!this.mentioned.has(name.id)) {
      this.mentioned.add(name.id);
      return entity.full;
    }
    return name.form === 'full' ? entity.full : name.form === 'acronym' ? entity.acronym : entity.short;
  }

  private castRole(name: SeedName): Entity {
    let entity = entityAt(name.kind, this.drawRank(), this.seed);
    // Two roles in one article should not share a name; with a million ranks a redraw almost always finds a free one.
    for (let attempt = 0; attempt < 8 && this.taken.has(entity.full); attempt++) {
      entity = entityAt(name.kind, this.drawRank(), this.seed);
    }
    this.roles.set(name.id, entity);
    this.taken.add(entity.full);
    this.names.add(entity.full);
    return entity;
  }

  private drawRank(): number {
    return Math.floor(RANKS * this.random() ** SKEW);
  }
}
