// A Teams-like light host config for the official Adaptive Cards renderer: Segoe UI / system fonts,
// Teams' font sizes and spacing, its neutral and brand colours. Colours keep a contrast of at least 4.5:1
// on their background.
'use strict';

(() => {
  const colors = {
    default: { default: '#242424', subtle: '#616161' },
    dark: { default: '#242424', subtle: '#424242' },
    light: { default: '#FFFFFF', subtle: '#F5F5F5' },
    accent: { default: '#4F52B2', subtle: '#444791' },
    good: { default: '#0E700E', subtle: '#0E700E' },
    warning: { default: '#835B00', subtle: '#835B00' },
    attention: { default: '#C4314B', subtle: '#A4262C' },
  };

  window.guidebotHostConfig = {
    fontFamily: "'Segoe UI', system-ui, -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#E0E0E0' },
    fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    lineHeights: { small: 16, default: 20, medium: 22, large: 24, extraLarge: 32 },
    containerStyles: {
      default: { backgroundColor: '#FFFFFF', foregroundColors: colors },
      emphasis: { backgroundColor: '#F5F5F5', foregroundColors: colors },
      accent: { backgroundColor: '#E8EBFA', foregroundColors: colors },
      good: { backgroundColor: '#E7F2DA', foregroundColors: colors },
      attention: { backgroundColor: '#FDF3F4', foregroundColors: colors },
      warning: { backgroundColor: '#FBF6D9', foregroundColors: colors },
    },
    imageSizes: { small: 32, medium: 52, large: 100 },
    actions: {
      maxActions: 5,
      spacing: 'default',
      buttonSpacing: 8,
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
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 12,
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
})();
