/**
 * English month names and the short forms used in datelines ("Feb 7", "Sept. 11",
 * "7 February"); regex alternatives, longest first so that "June" wins over "Jun".
 */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Sept', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
  'Nov', 'Dec',
];

/** Weekdays, which some datelines give instead of a date ("KYIV, Tuesday (Reuters) -"). */
export const WEEKDAY_NAMES: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];
