// Light, dark, or the system's choice. The colours are CSS custom properties written as
// light-dark() pairs (ui/styles.css), so a theme is only <html>'s colour scheme: no
// second stylesheet, and the system's change reaches an open window at once.

export type ThemeChoice = 'light' | 'dark' | null;

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeOption = (typeof THEMES)[number];

export const optionOf = (choice: ThemeChoice): ThemeOption => choice ?? 'system';
export const choiceOf = (option: ThemeOption): ThemeChoice => (option === 'system' ? null : option);

export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice) root.dataset.theme = choice;
  else delete root.dataset.theme;
}
