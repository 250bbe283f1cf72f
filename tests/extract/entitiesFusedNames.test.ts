// Names that run into each other are split (an organization and its officer, two organizations joined by "and",
// a nickname between given name and surname); equipment models are no entities.
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

const labels = (text: string) =>
  extractText(text)
    .entities.map((e) => `${e.type}:${e.label}`)
    .sort();

describe('fused names', () => {
  it.each([
    [
      'He met the commander of the Azov Brigade Ivan Petrov on Friday.',
      ['Organization:Azov Brigade', 'Person:Ivan Petrov'],
    ],
    [
      'The Arakan Army and Chin Brotherhood signed a truce.',
      ['Organization:Arakan Army', 'Organization:Chin Brotherhood'],
    ],
    ['The Competition and Markets Authority blocked the deal.', ['Organization:Competition and Markets Authority']],
    ['Police arrested Ivan “The Bear” Petrov in Odesa.', ['Location:Odesa', 'Person:Ivan Petrov']],
    ['Sergei ‘Gorynych’ Ivanov leads the unit.', ['Person:Sergei Ivanov']],
    ['Hamas said “Israel” had lied.', ['Location:Israel', 'Organization:Hamas']],
  ])('%s -> %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe('an organization, a title and a person in one run of capitals', () => {
  it.each([
    [
      'Liberal Democratic Party President Taro Kono said the vote would go ahead.',
      ['Organization:Liberal Democratic Party', 'Person:Taro Kono'],
    ],
    ['The Freedom Union Chairman Petra Novak resigned.', ['Organization:Freedom Union', 'Person:Petra Novak']],
    ['Supreme Court Justice Maria Lopez dissented.', ['Organization:Supreme Court', 'Person:Maria Lopez']],
    ['Bank of Examplia Governor Andrew Bailey spoke.', ['Organization:Bank of Examplia', 'Person:Andrew Bailey']],
    ['Sinaloa Cartel Member Jose Lopez was held.', ['Organization:Sinaloa Cartel', 'Person:Jose Lopez']],
    ['Northland State Governor Charles Obi spoke.', ['Location:Northland State', 'Person:Charles Obi']],
    [
      'Eastland State Police Commissioner Jane Okafor replied.',
      ['Organization:Eastland State Police', 'Person:Jane Okafor'],
    ],
    [
      'European Commission President Ursula von der Leyen visited Kyiv.',
      ['Location:Kyiv', 'Organization:European Commission', 'Person:Ursula von der Leyen'],
    ],
    ['Deputy Pentagon Press Secretary Sabrina Singh spoke.', ['Organization:Pentagon', 'Person:Sabrina Singh']],
    // Look-alikes: a title inside an organization's name, a job with no name after it.
    ['The Office of Foreign Assets Control acted.', ['Organization:Office of Foreign Assets Control']],
    ['General Motors said sales fell.', ['Organization:General Motors']],
    ['The EFCC Director of Legal and Prosecution will lead the team.', ['Organization:EFCC']],
    ['Turkish Foreign Minister Hakan Fidan arrived.', ['Person:Hakan Fidan']],
  ])('%s -> %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe('party names', () => {
  it.each([
    [
      'The Social Democratic Party won. The Social Democrats said they would govern. A Social Democrat lawmaker spoke.',
      ['Organization:Social Democratic Party'],
    ],
    ['She met Sweden Democrats leader Anna Akers.', ['Organization:Sweden Democrats', 'Person:Anna Akers']],
    ['The Labour Party and its rivals clashed. Labour would raise taxes.', ['Organization:Labour Party']],
    ['The Workers’ Party candidate won.', ['Organization:Workers’ Party']],
    // A person's name may end in a party word; a lone party word is no name.
    ['Mark Green said he would run.', ['Person:Mark Green']],
    ['The Democrats won the vote.', []],
  ])('%s -> %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe('equipment', () => {
  it.each([
    ['A Russian Su-34 bomber was shot down near Kursk.', ['Location:Kursk']],
    ['An FPV drone hit a truck in Kherson.', ['Location:Kherson']],
    ['Ukraine used a Magura V5 sea drone and Bayraktar TB2 drones.', ['Location:Ukraine']],
  ])('%s -> %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});
