// Every key of the resources, as the compiler knows them (see i18next.d.ts): the type of a
// `Record<Code, Key>` that words a set of codes, so no key is built from strings at run time.
import type { ParseKeys } from 'i18next';

export type Key = ParseKeys;
