// The shell's commands in the palette: opening pages, the review, the tools drawer (on each
// of its tabs), the panes, the theme and the language (export, back up and restore come from
// ProjectTools; the team, same error elsewhere, suggestions and the review's own steps from
// the parts that show them).

import { useDeskCommands, type DeskCommand } from '../common/commands';
import type { ToolsTab } from '../cleanup/ToolsDrawer';
import type { Language } from '../i18n';
import type { ThemeChoice } from '../theme/theme';
import type { PaneId } from './panes';

interface ShellActions {
  openFiles: () => void;
  openFolder: () => void;
  toggleReview: () => void;
  toggleTools: () => void;
  openTools: (tab: ToolsTab) => void;
  togglePane: (pane: PaneId) => void;
  setTheme: (theme: ThemeChoice) => void;
  setLanguage: (language: Language) => void;
  openDemo: () => void;
}

export function useShellCommands(a: ShellActions): void {
  useDeskCommands((): DeskCommand[] => [
    { id: 'open-files', label: 'palette.command.open-files', run: a.openFiles },
    { id: 'open-folder', label: 'palette.command.open-folder', run: a.openFolder },
    { id: 'review', label: 'palette.command.review', run: a.toggleReview },
    { id: 'tools', label: 'palette.command.tools', run: a.toggleTools },
    { id: 'tools-clean', label: 'palette.command.tools-clean', run: () => a.openTools('clean') },
    { id: 'tools-find', label: 'palette.command.tools-find', run: () => a.openTools('find') },
    { id: 'tools-rules', label: 'palette.command.tools-rules', run: () => a.openTools('rules') },
    { id: 'toggle-list', label: 'palette.command.toggle-list', run: () => a.togglePane('list') },
    { id: 'toggle-raw', label: 'palette.command.toggle-raw', run: () => a.togglePane('raw') },
    { id: 'toggle-articles', label: 'palette.command.toggle-articles', run: () => a.togglePane('articles') },
    { id: 'theme-system', label: 'palette.command.theme-system', run: () => a.setTheme(null) },
    { id: 'theme-light', label: 'palette.command.theme-light', run: () => a.setTheme('light') },
    { id: 'theme-dark', label: 'palette.command.theme-dark', run: () => a.setTheme('dark') },
    { id: 'language-en', label: 'palette.command.language-en', run: () => a.setLanguage('en') },
    { id: 'language-zh', label: 'palette.command.language-zh', run: () => a.setLanguage('zh') },
    { id: 'demo', label: 'palette.command.demo', run: a.openDemo },
  ]);
}
