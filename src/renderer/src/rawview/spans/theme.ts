// How spans look: the article's hue as background, the field kind as the line style,
// furniture dimmed, the current article brighter and the focused field outlined.

import { EditorView } from '@codemirror/view';

export const spanTheme = EditorView.baseTheme({
  '.cm-span': {
    backgroundColor: 'hsl(var(--span-hue) 80% 55% / 0.16)',
    borderRadius: '2px',
    cursor: 'pointer',
  },
  '.cm-span-current': { backgroundColor: 'hsl(var(--span-hue) 85% 55% / 0.32)' },
  '.cm-span-focus': { outline: '2px solid hsl(var(--span-hue) 80% 40%)', outlineOffset: '0px' },
  '.cm-span-title': { fontWeight: '700', textDecoration: 'underline double hsl(var(--span-hue) 70% 35%)' },
  '.cm-span-subtitle': { fontWeight: '600', textDecoration: 'underline dashed hsl(var(--span-hue) 70% 35%)' },
  '.cm-span-kicker': { textDecoration: 'underline dotted hsl(var(--span-hue) 70% 35%)' },
  '.cm-span-section': { textDecoration: 'overline hsl(var(--span-hue) 70% 35%)' },
  '.cm-span-dateline': { fontStyle: 'italic' },
  '.cm-span-byline': { textDecoration: 'underline wavy hsl(var(--span-hue) 70% 35%)' },
  '.cm-span-caption': { borderBottom: '1px dashed hsl(var(--span-hue) 70% 35%)' },
  '.cm-span-note': { fontStyle: 'italic', borderBottom: '1px dotted hsl(var(--span-hue) 70% 35%)' },
  '.cm-span-furniture': { opacity: '0.45', textDecoration: 'line-through 1px' },
  '&dark .cm-span': { backgroundColor: 'hsl(var(--span-hue) 70% 45% / 0.3)' },
});
