// Names that run into each other are split (an organization and its officer, two organizations joined by "and",
// a nickname between given name and surname); equipment models are no entities.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument.ts';

const labels = (text: string) =>
  extractDocument({ id: 't.txt', title: '', source: null, published: null, words: 0, sha256: '', text })
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

describe('equipment', () => {
  it.each([
    ['A Russian Su-34 bomber was shot down near Kursk.', ['Location:Kursk']],
    ['An FPV drone hit a truck in Kherson.', ['Location:Kherson']],
    ['Ukraine used a Magura V5 sea drone and Bayraktar TB2 drones.', ['Location:Ukraine']],
  ])('%s -> %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});
