// A Teams-like host config for the official Adaptive Cards renderer: Segoe UI / system fonts, Teams' font sizes
// and spacing. Colours are the --ac-* variables of chat.css, so the page's theme (light, dark, contrast) colours
// the cards and a theme change needs no re-render. Compact (a narrow panel) pads less and keeps fact titles narrower.

const color = name => ({ default: `var(--ac-${name})`, subtle: `var(--ac-${name}-subtle)` });

const foregroundColors = {
  default: { default: 'var(--ac-fg)', subtle: 'var(--ac-fg-subtle)' },
  dark: { default: 'var(--ac-fg-dark)', subtle: 'var(--ac-fg-dark-subtle)' },
  light: { default: 'var(--ac-fg-light)', subtle: 'var(--ac-fg-light-subtle)' },
  accent: color('accent'),
  good: { default: 'var(--ac-good)', subtle: 'var(--ac-good)' },
  warning: { default: 'var(--ac-warning)', subtle: 'var(--ac-warning)' },
  attention: color('attention'),
};

const container = background => ({ backgroundColor: `var(--ac-${background})`, foregroundColors });

export function hostConfig({ compact = false } = {}) {
  return {
    fontFamily: "'Segoe UI', system-ui, -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: compact ? 12 : 16 },
    separator: { lineThickness: 1, lineColor: 'var(--ac-separator)' },
    fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    lineHeights: { small: 16, default: 20, medium: 22, large: 24, extraLarge: 32 },
    containerStyles: {
      default: container('bg'),
      emphasis: container('bg-emphasis'),
      accent: container('bg-accent'),
      good: container('bg-good'),
      attention: container('bg-attention'),
      warning: container('bg-warning'),
    },
    imageSizes: { small: 32, medium: 52, large: 100 },
    actions: {
      maxActions: 5,
      spacing: 'default',
      // No spacer elements: chat.css spaces the buttons with a gap and lets them wrap onto a new line.
      buttonSpacing: 0,
      showCard: { actionMode: 'inline', inlineTopMargin: 12, style: 'emphasis' },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      iconPlacement: 'leftOfTitle',
      iconSize: 16,
      allowTitleToWrap: true,
    },
    adaptiveCard: { allowCustomStyle: true },
    textBlock: { headingLevel: 2 },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: compact ? 110 : 150 },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: compact ? 8 : 12,
    },
    inputs: {
      label: {
        inputSpacing: 'small',
        requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
        optionalInputs: { weight: 'bolder' },
      },
      errorMessage: { size: 'default', color: 'attention' },
    },
  };
}
