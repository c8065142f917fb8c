/**
 * html-validate configuration for the built pages: the recommended preset, relaxed only where the
 * site's output is legitimately so. Every relaxation says why.
 */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A title is "<entry title> | Met Andere Ogen", and the content model allows entry titles of up
    // to 120 characters (practices) — the "70 characters" advice is about search snippets, not validity
    // or accessibility.
    'long-title': 'off',
    // Filter forms use groups of checkboxes that share one name (?thema=a&thema=b), as HTML intends;
    // html-validate shares names only between radio buttons and buttons unless told.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
