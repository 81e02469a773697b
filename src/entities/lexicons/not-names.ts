/**
 * Capitalised words that never start a name on their own: sentence openers, section labels,
 * pronouns, and calendar words (kept apart so DATE can use them). Hand-compiled; the English
 * lexicon (`english.ts`) catches the ordinary words this list does not.
 */
export const NOT_NAMES: readonly string[] = [
  'The', 'A', 'An', 'I', 'He', 'She', 'It', 'They', 'We', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My',
  'This', 'That', 'These', 'Those', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'As', 'At', 'In', 'On', 'Of', 'For',
  'To', 'By', 'From', 'With', 'After', 'Before', 'While', 'When', 'Where', 'Why', 'How', 'What', 'Who', 'Which',
  'However', 'Meanwhile', 'According', 'Details', 'Reminder', 'Read', 'More', 'Also', 'Still', 'Some', 'Many',
  'Most', 'Both', 'Each', 'All', 'Although', 'Though', 'Despite', 'Yes', 'No', 'Not', 'Perhaps', 'Now', 'Then',
  'There', 'Here', 'Earlier', 'Later', 'Previously', 'Separately', 'Instead', 'Asked', 'Speaking', 'Under',
  'Over', 'Since', 'Until', 'During', 'Amid', 'Among', 'Against', 'About', 'Without', 'Update', 'Updated',
  'Photo', 'Video', 'Watch', 'Editing', 'Reporting', 'Writing', 'Additional', 'Sources', 'Source', 'Note',
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'OK', 'TV', 'CEO', 'GDP', 'AI', 'COVID', 'Covid', 'PM',
  'GMT', 'EST', 'EDT', 'BST', 'CET', 'UTC', 'AM', 'FM', 'CD', 'DVD', 'DJ', 'MP', 'MPs', 'VIP', 'NB',
  /** Common-noun initialisms, never an organisation's name. */
  'IPO', 'IPOs', 'VAT', 'DNA', 'HIV', 'AIDS', 'SUV', 'SUVs', 'ATM', 'GPS', 'PC', 'CPU', 'USB', 'MVP', 'KO', 'EP',
  'LP', 'RPM', 'ERA', 'CEOs', 'CFO', 'COO', 'CTO', 'CPI', 'PMI', 'LNG', 'EV', 'EVs', 'ETF', 'ETFs', 'M&A',
];

export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan.',
  'Feb.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.',
];
