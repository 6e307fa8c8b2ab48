import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// The side panels are an on-demand chunk: its first import in jsdom compiles several
// components, which can take longer than the default 1 s of findBy*/waitFor.
configure({ asyncUtilTimeout: 5000 });
