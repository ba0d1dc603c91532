import { expect, it } from 'vitest';
import { countryName } from './countries';

it('countryName names ISO codes', () => {
  expect(countryName('JP')).toBe('Japan');
  expect(countryName('KR')).toBe('South Korea');
  expect(countryName('EU')).toBe('European Union');
});

it('countryName falls back to the text name, then the code', () => {
  expect(countryName('not a code', 'Atlantis')).toBe('Atlantis');
  expect(countryName('not a code')).toBe('not a code');
});
