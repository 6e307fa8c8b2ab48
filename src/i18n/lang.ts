/** UI language. */
export type Lang = 'ja' | 'en';
