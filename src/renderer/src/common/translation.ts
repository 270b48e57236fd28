// The shape a feature's strings take in every other language: English's keys, each a string.

export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
