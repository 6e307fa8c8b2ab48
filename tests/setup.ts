import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// The side panels are an on-demand chunk: its first import in jsdom compiles several
// components, which can take longer than the default 1 s of findBy*/waitFor.
configure({ asyncUtilTimeout: 5000 });

// The app loads its English strings on demand (src/i18n/english.svelte.ts); tests render either language at once.
import { useEnglish } from '../src/i18n/english.svelte.ts';
import { englishDicts } from '../src/i18n/english.ts';
useEnglish(englishDicts);
