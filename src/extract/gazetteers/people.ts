// General knowledge about people in the news: titles and roles, common given names, prominent figures.
import type { RelationType } from '../../model/vocabulary.ts';
import { nameList, wordList } from './lists.ts';

/** Role nouns and the relation they state between a person and the organization they are given for. */
export const ROLE_RELATIONS = new Map<string, RelationType>();
// Written as compact text: entries by ";" (a role may have several words, "chief executive").
const roles: [RelationType, string][] = [
  [
    'LEADS',
    `commander; leader; head; chief; founder; co-founder; chairman; chairwoman; chair; director; president; ceo;
    boss; chief executive; commander-in-chief; commander - in - chief; secretary-general; secretary - general;
    secretary general; prime minister; ruler; chairperson; administrator; governor; gov.; mayor;
    chief executive officer; chief sheikh; premier; co-president; co-chairman; co-chairwoman; co-chair; co-head;
    co-leader`,
  ],
  [
    'SPOKESPERSON_FOR',
    `spokesman; spokeswoman; spokesperson; press secretary; spokespeople; representative; mouthpiece; press officer;
    press attaché; press attache; communications director; director of communications`,
  ],
  // Owning a company is controlling it (FORMAT.md has no OWNS): "the owner of Example FC Ivan Dorn".
  ['CONTROLS', 'owner; co-owner; majority owner; owners'],
  ['MEMBER_OF', 'member; fighter; soldier; militant; volunteer; officer; recruit; activist; deputy; lawmaker'],
  [
    'WORKS_FOR',
    `professor; visiting professor; analyst; researcher; fellow; senior fellow; official; minister; adviser;
    advisor; correspondent; reporter; editor; journalist; employee; economist; lecturer; expert; diplomat; ambassador;
    envoy; secretary; aide; lawyer; prosecutor; judge; investigator; executive; negotiator; strategist; scientist;
    engineer; manager; partner; attorney; counsel; consultant; treasurer; sergeant; corporal; constable; detective;
    inspector; superintendent; agent`,
  ],
];
for (const [relation, words] of roles) for (const word of nameList(words).flat()) ROLE_RELATIONS.set(word, relation);

/** Titles of the bench: "Justice Ivan Dorn of the High Court" works for the court, not a member of it. */
export const BENCH_TITLES = new Set(wordList(`Justice Judge Magistrate`).map((t) => t.toLowerCase()));

/** Titles written before a name; they are not part of it. */
export const PERSON_TITLES = new Set(
  wordList(`
  President Prime Minister Chancellor General Gen. Gen Colonel Col. Lieutenant Lt. Lt Major Maj. Maj Captain Capt.
  Sergeant Sgt. Commander Admiral Marshal Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof. Professor Sen. Senator Rep. Governor Gov.
  Mayor Ambassador Judge Justice Secretary Spokesman Spokeswoman Spokesperson Deputy Pope King Queen Prince Princess
  Sheikh Patriarch Chief Director Lord Lady Sir Dame Foreign Defense Defence Executive Officer Brig. Brigadier Chair
  Chairman Chairwoman Vice CEO Interior Finance Economy Acting Former Outgoing Incoming Field Supreme Leader Commissioner Speaker Premier
  Emir Crown Interim Rev. Father Imam Rabbi Bishop Senior Attorney District Assistant Rear Under Inspector Sheriff Councillor
  Councilor Minister-President Secretary-General Administrator Magistrate Corporal Cpl. Constable Superintendent
  Detective Det. Inspector-General Chairperson Counsellor MP MEP Honorary Honourary Emeritus Vice-Admiral Rear-Admiral
  Lieutenant-General Major-General Lieutenant-Colonel Vice-President Vice-Chairman Billionaire Tycoon PM Capt Sgt Col
  Cpl Insp Supt Rev Messrs`),
);

/** Titles that are given names too ("Emir Jaha, 27,"): a name after them with an age is the person's whole name. */
export const GIVEN_NAME_TITLES = new Set(wordList(`Emir Amir Sultan Malik Prince`));

/** Words inside long titles: "Secretary of State", "for African Affairs", "Minister of Foreign Affairs". */
export const TITLE_OBJECTS = new Set(
  wordList(`State Affairs Foreign Defence Defense Justice Commerce Trade Health Education Finance Treasury Energy Interior
  Homeland Security Agriculture Labor Labour Transport Development Relations Staff Parliament Congress Intelligence
  Operations Policy General District Court Circuit Appeals Press Public Prosecutions`),
);

/** Words that, before a quoted or capitalized name, say it names a person ("a man named “Caesar”"). */
export const NAMING_WORDS = new Set(wordList(`named nicknamed called dubbed alias codenamed call-sign callsign`));

/** Common given names across the languages that world news covers; a name that starts with one is a person. */
export const GIVEN_NAMES = new Set(
  `Abdoulaye Abiy Abubakar Alain Alberto Alejandro Amadou Amit Andrea Andreas Andrzej Angelina Antonia Ashraf Bashar Bola
  Boris Cristina Dan Daniela David Diane Dina Dmitri Edmundo Eddy Elvis Emma Enrique Eric Ernesto Fatima Felipe Francisco
  Friedrich Gabriel Geir Getnet Giorgi Giorgia Greg Guy Hakan Hamid Hans Hassan Heather Hussein Ibrahim Irakli Isaac Jacob
  Jake Jamal Janet Javier Jean-Pierre Jerome Jens Jorge Jose José Juan Karim Kaja Kamala Khaled Kholood Kristalina Lars
  Leila Levan Lina Lloyd Luis Luiz Mahmoud Mamuka Marco Margrethe Maria María Mario Marta Matthew Merrick Michel Mikheil
  Miguel Min Mohamed Mohammad Molly Mustafa Naftali Najib Nancy Nicolas Nicolás Nikol Noura Olaf Omar Oliver Pablo Pedro
  Phil Pierre Rafael Rami Ramzi Recep Rishi Robert Roberto Salome Sarah Sergio Shalva Simon Sophia Stefan Sundar
  Sylvia Tamar Tatiana Tedros Thomas Ulf Ursula Valentin Vivek Walid Xavier Yahya Yoav Youssef Yusuf Zaw Zelensky
  Aaron Abdul Abdullah Adam Adrian Ahmed Ahmad Aleksandr Aleksandra Aleksei Aleksey Alexander Alexandr Alexandra Alexei
  Alexey Ali Alice Alina Alla Amir Amy Ana Anastasia Anatoly Andrei Andrey Andrew Andriy Andrii Angela Ann Anna Anne Anton
  Antony Anthony Antonio Arkady Arseniy Artem Artyom Barack Benjamin Bernard Bill Bob Bogdan Bohdan Boris Brian Carl Carlos
  Catherine Charles Chris Christian Christopher Claire Daniel Daria Darya David Denis Dennis Denys Dmitri Dmitriy Dmitry
  Dmytro Donald Edward Elena Elizabeth Emily Emmanuel Eric Evgeny Evgeniy Fedor Fyodor Francois Frank Gary George Georgy
  Gennady Grigory Hassan Heinrich Helen Henry Hunter Hussein Igor Ihor Ilya Ivan Jack Jake James Jan Jane Jean Jeffrey
  Jennifer Jens Jessica Jim Joe John Jonathan Joseph Josep Juan Julia Karen Kate Kateryna Katherine Kevin Kim Kirill
  Konstantin Kostiantyn Larisa Laura Lev Linda Lisa Lloyd Ludmila Lyudmila Maria Mariya Mark Marina Martin Mary Matthew Max
  Maxim Maksim Maximilian Maximillian Mehmet Michael Mikhail Mykhailo Mykola Mohammed Muhammad Nadia Natalia Nataliya Natalya
  Nicholas Nick Nikita Nikolai Nikolay Oleg Oleh Oleksandr Oleksiy Oleksii Olena Olga Olha Pavel Pavlo Paul Peter Petro
  Petr Philip Pyotr Ramzan Richard Robert Roman Rishi Ruslan Sarah Sam Samuel Scott Sergei Sergey Serhiy Serhii Sophie
  Stanislav Stephen Steven Susan Svetlana Taras Thomas Tim Timothy Tom Tony Valery Valeriy Vadim Vadym Valentina Vasily
  Viktor Victor Vitali Vitaly Vitalii Vladimir Volodymyr Vladislav Vyacheslav William Yana Yaroslav Yevgeny Yevgeniy Yulia
  Yuri Yuriy Yury Zelensky`
    .split(/\s+/)
    .filter((name) => name && name !== 'Zelensky'),
);

/** Prominent figures often named by surname alone. */
/**
 * Korean and Chinese family names (Korean, pinyin, Cantonese and Wade-Giles spellings), before a given name of two
 * syllables written with a hyphen: "Kim Jong-su", "Park Geun-hye", "Wong Siu-ming", "Chang Hsiao-wen".
 */
export const EAST_ASIAN_FAMILY_NAMES = new Set(
  wordList(`Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Shin Seo Kwon
  Hwang Ahn An Song Yoo Ryu Hong Jeon Ko Moon Mun Yang Son Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Koo Min Ri
  Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Tang Feng Deng Cao
  Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Fang Cui Qiu Dai
  Xia Qian Yan Tan Meng Jia Shi Xue Hou Lei Duan Hao Kong Shao Mao Wan Gu Lai Wen Qin Chan Wong Cheung Leung Lau Ng
  Ho Lam Tse Kwok Yip Chow Tsang Fung Yeung Mak Siu Tam Kwan Chu Poon Choi Tsui Lo Hui Au Lui Tong Tung Chiu Mok Kan
  Suen Ngai Sze Tsoi Yuen Chui Kwong Ting Hsu Tsai Kuo Hsieh Tseng Chou Chien Chiang Yeh Lien Hsiao`),
);

export const WELL_KNOWN_PEOPLE: string[][] = [
  ['Vladimir Putin', 'Putin'],
  ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Zelenskiy'],
  ['Joe Biden', 'Biden'],
  ['Donald Trump', 'Trump'],
  ['Xi Jinping', 'Xi'],
  ['Emmanuel Macron', 'Macron'],
  ['Olaf Scholz', 'Scholz'],
  ['Alexander Lukashenko', 'Lukashenko'],
  ['Sergei Lavrov', 'Lavrov'],
  ['Sergei Shoigu', 'Shoigu'],
  ['Yevgeny Prigozhin', 'Prigozhin'],
  ['Dmitry Medvedev', 'Medvedev'],
  ['Ramzan Kadyrov', 'Kadyrov'],
  ['Alexei Navalny', 'Navalny'],
  ['Recep Tayyip Erdogan', 'Erdogan'],
  ['Rishi Sunak', 'Sunak'],
  ['Boris Johnson'],
  ['Jens Stoltenberg', 'Stoltenberg'],
  ['Antony Blinken', 'Blinken'],
  ['Adolf Hitler', 'Hitler'],
  ['Josef Stalin', 'Stalin'],
];

/**
 * Offices of a state, and what they make their holder of the state named before them ("US President X",
 * "Colombia’s President X", "Turkish Foreign Minister X"): heads lead it, ministers and envoys work for it.
 */
export const STATE_OFFICES: ReadonlyMap<string, RelationType> = new Map([
  ...wordList(`president premier chancellor king queen emir sultan monarch ruler`).map((w): [string, RelationType] => [
    w,
    'LEADS',
  ]),
  ...nameList(`prime minister; head of state; head of government`).map(([w]): [string, RelationType] => [w, 'LEADS']),
  ...wordList(
    `minister secretary ambassador envoy representative attorney-general prosecutor-general adviser advisor
    prosecutor diplomat official`,
  ).map((w): [string, RelationType] => [w, 'WORKS_FOR']),
  ...nameList(`attorney general; special representative; foreign secretary; secretary of state`).map(
    ([w]): [string, RelationType] => [w, 'WORKS_FOR'],
  ),
]);

/** Offices of a province, a state of a federation or a city: "Ohio Gov. X", "Lorton mayor X" lead the place named. */
export const LOCAL_OFFICES = new Set(wordList(`governor gov. mayor premier`));

/** A body before a leading role that rules its state: "Myanmar’s junta chief X" leads the state. */
export const RULING_BODY_WORDS = new Set(wordList(`junta regime`));
