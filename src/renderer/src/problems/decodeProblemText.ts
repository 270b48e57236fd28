// Decoding's warnings and refusal in the archivist's language: positions as line:column and
// encodings by the names archivists know, which plain interpolation cannot do.

import type { TFunction } from 'i18next';
import { ENCODING_LABEL } from '../../../core/decode/labels';
import type { DecodeProblem, Problem, TextPosition } from '../../../core/problems';

export function isDecodeProblem(problem: Problem): problem is DecodeProblem {
  return problem.code.startsWith('decode.');
}

function positions(t: TFunction, count: number, at: readonly TextPosition[]): string {
  const list = at.map((p) => `${p.line}:${p.column}`).join(', ');
  return count > at.length ? t('problem.decode.more', { positions: list, count: count - at.length }) : list;
}

export function decodeProblemText(t: TFunction, problem: DecodeProblem): string {
  switch (problem.code) {
    case 'decode.replacement-characters':
      return t('problem.decode.replacementCharacters', {
        count: problem.count,
        positions: positions(t, problem.count, problem.at),
      });
    case 'decode.lone-surrogates':
      return t('problem.decode.loneSurrogates', {
        count: problem.count,
        positions: positions(t, problem.count, problem.at),
      });
    case 'decode.encoding-guessed':
      return t('problem.decode.encodingGuessed', { encoding: ENCODING_LABEL[problem.encoding] });
    case 'decode.mostly-undecodable':
      return t('problem.decode.mostlyUndecodable', {
        replaced: problem.replaced,
        characters: problem.characters,
        encoding: ENCODING_LABEL[problem.encoding],
      });
  }
}
