/*
 * lex.h -- the word table of the temporal recogniser.  Every word the
 * grammar looks at has an id (W_*), a class (L_*) and a small value (month
 * number, weekday, unit, mod ...).  The table is written for this project;
 * X-macro order defines the ids.
 */
#ifndef TC_TIME_LEX_H
#define TC_TIME_LEX_H

#include <stdint.h>

enum lex_class {
    L_NONE = 0, L_MONTH, L_WDAY, L_WDAYS, L_SEASON, L_UNIT, L_NUMW, L_ORDW, L_RELDAY,
    L_DEICT, L_AGO, L_MOD, L_POD, L_REF, L_SETADV, L_EVERY, L_ZONE, L_AMPM, L_FISCAL,
    L_QUARTER, L_HALF, L_THE, L_A, L_OF, L_AND, L_PREP, L_TENSE, L_CLOCK, L_FREQ,
    L_FEW, L_RECENT, L_ABBR, L_HOLIDAY, L_MISC
};

/* holidays (L_HOLIDAY value) */
enum { H_CHRISTMAS = 1, H_EASTER, H_HALLOWEEN, H_THANKSGIVING };

/* units (L_UNIT value) */
enum { U_NONE = 0, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_FORTNIGHT, U_MONTH,
       U_QUARTER, U_YEAR, U_DECADE, U_CENTURY };
/* deictic words (L_DEICT value) */
enum { D_LAST = 1, D_THIS, D_NEXT, D_PAST, D_COMING, D_THESE };
/* tense cues (L_TENSE value) */
enum { T_PAST = 1, T_PRES, T_FUT, T_PERF };
/* parts of day (L_POD value) */
enum { POD_MO = 1, POD_AF, POD_EV, POD_NI };
/* references (L_REF value) */
enum { R_PRESENT = 1, R_PAST, R_FUTURE };

/* id, text, class, value, aux (abbreviation / weak / plural flag) */
#define TC_TIME_LEXICON(X) \
    X(JANUARY, "january", L_MONTH, 1, 0) X(JAN, "jan", L_MONTH, 1, 1) \
    X(FEBRUARY, "february", L_MONTH, 2, 0) X(FEB, "feb", L_MONTH, 2, 1) \
    X(MARCH, "march", L_MONTH, 3, 0) X(MAR, "mar", L_MONTH, 3, 1) \
    X(APRIL, "april", L_MONTH, 4, 0) X(APR, "apr", L_MONTH, 4, 1) \
    X(MAY, "may", L_MONTH, 5, 0) X(JUNE, "june", L_MONTH, 6, 0) X(JUN, "jun", L_MONTH, 6, 1) \
    X(JULY, "july", L_MONTH, 7, 0) X(JUL, "jul", L_MONTH, 7, 1) \
    X(AUGUST, "august", L_MONTH, 8, 0) X(AUG, "aug", L_MONTH, 8, 1) \
    X(SEPTEMBER, "september", L_MONTH, 9, 0) X(SEP, "sep", L_MONTH, 9, 1) X(SEPT, "sept", L_MONTH, 9, 1) \
    X(OCTOBER, "october", L_MONTH, 10, 0) X(OCT, "oct", L_MONTH, 10, 1) \
    X(NOVEMBER, "november", L_MONTH, 11, 0) X(NOV, "nov", L_MONTH, 11, 1) \
    X(DECEMBER, "december", L_MONTH, 12, 0) X(DEC, "dec", L_MONTH, 12, 1) \
    X(MONDAY, "monday", L_WDAY, 0, 0) X(TUESDAY, "tuesday", L_WDAY, 1, 0) X(TUES, "tues", L_WDAY, 1, 1) \
    X(WEDNESDAY, "wednesday", L_WDAY, 2, 0) X(THURSDAY, "thursday", L_WDAY, 3, 0) \
    X(THURS, "thurs", L_WDAY, 3, 1) X(FRIDAY, "friday", L_WDAY, 4, 0) \
    X(SATURDAY, "saturday", L_WDAY, 5, 0) X(SUNDAY, "sunday", L_WDAY, 6, 0) \
    X(MONDAYS, "mondays", L_WDAYS, 0, 0) X(TUESDAYS, "tuesdays", L_WDAYS, 1, 0) \
    X(WEDNESDAYS, "wednesdays", L_WDAYS, 2, 0) X(THURSDAYS, "thursdays", L_WDAYS, 3, 0) \
    X(FRIDAYS, "fridays", L_WDAYS, 4, 0) X(SATURDAYS, "saturdays", L_WDAYS, 5, 0) \
    X(SUNDAYS, "sundays", L_WDAYS, 6, 0) \
    X(SPRING, "spring", L_SEASON, 0, 0) X(SUMMER, "summer", L_SEASON, 1, 0) \
    X(AUTUMN, "autumn", L_SEASON, 2, 0) X(FALL, "fall", L_SEASON, 2, 1) X(WINTER, "winter", L_SEASON, 3, 0) \
    X(SECONDS, "seconds", L_UNIT, U_SEC, 1) X(MINUTE, "minute", L_UNIT, U_MIN, 0) \
    X(MINUTES, "minutes", L_UNIT, U_MIN, 1) X(HOUR, "hour", L_UNIT, U_HOUR, 0) \
    X(HOURS, "hours", L_UNIT, U_HOUR, 1) X(DAY, "day", L_UNIT, U_DAY, 0) X(DAYS, "days", L_UNIT, U_DAY, 1) \
    X(WEEK, "week", L_UNIT, U_WEEK, 0) X(WEEKS, "weeks", L_UNIT, U_WEEK, 1) \
    X(WEEKEND, "weekend", L_UNIT, U_WEEKEND, 0) X(WEEKENDS, "weekends", L_UNIT, U_WEEKEND, 1) \
    X(FORTNIGHT, "fortnight", L_UNIT, U_FORTNIGHT, 0) \
    X(MONTH, "month", L_UNIT, U_MONTH, 0) X(MONTHS, "months", L_UNIT, U_MONTH, 1) \
    X(QUARTER, "quarter", L_QUARTER, U_QUARTER, 0) X(QUARTERS, "quarters", L_QUARTER, U_QUARTER, 1) \
    X(YEAR, "year", L_UNIT, U_YEAR, 0) X(YEARS, "years", L_UNIT, U_YEAR, 1) \
    X(DECADE, "decade", L_UNIT, U_DECADE, 0) X(DECADES, "decades", L_UNIT, U_DECADE, 1) \
    X(CENTURY, "century", L_UNIT, U_CENTURY, 0) X(CENTURIES, "centuries", L_UNIT, U_CENTURY, 1) \
    X(ONE, "one", L_NUMW, 1, 0) X(TWO, "two", L_NUMW, 2, 0) X(THREE, "three", L_NUMW, 3, 0) \
    X(FOUR, "four", L_NUMW, 4, 0) X(FIVE, "five", L_NUMW, 5, 0) X(SIX, "six", L_NUMW, 6, 0) \
    X(SEVEN, "seven", L_NUMW, 7, 0) X(EIGHT, "eight", L_NUMW, 8, 0) X(NINE, "nine", L_NUMW, 9, 0) \
    X(TEN, "ten", L_NUMW, 10, 0) X(ELEVEN, "eleven", L_NUMW, 11, 0) X(TWELVE, "twelve", L_NUMW, 12, 0) \
    X(THIRTEEN, "thirteen", L_NUMW, 13, 0) X(FOURTEEN, "fourteen", L_NUMW, 14, 0) \
    X(FIFTEEN, "fifteen", L_NUMW, 15, 0) X(SIXTEEN, "sixteen", L_NUMW, 16, 0) \
    X(SEVENTEEN, "seventeen", L_NUMW, 17, 0) X(EIGHTEEN, "eighteen", L_NUMW, 18, 0) \
    X(NINETEEN, "nineteen", L_NUMW, 19, 0) X(TWENTY, "twenty", L_NUMW, 20, 1) \
    X(THIRTY, "thirty", L_NUMW, 30, 1) X(FORTY, "forty", L_NUMW, 40, 1) X(FIFTY, "fifty", L_NUMW, 50, 1) \
    X(SIXTY, "sixty", L_NUMW, 60, 1) X(SEVENTY, "seventy", L_NUMW, 70, 1) \
    X(EIGHTY, "eighty", L_NUMW, 80, 1) X(NINETY, "ninety", L_NUMW, 90, 1) \
    X(HUNDRED, "hundred", L_NUMW, 100, 2) X(DOZEN, "dozen", L_NUMW, 12, 2) \
    X(FIRST, "first", L_ORDW, 1, 0) X(SECOND, "second", L_ORDW, 2, 0) X(THIRD, "third", L_ORDW, 3, 0) \
    X(FOURTH, "fourth", L_ORDW, 4, 0) X(FIFTH, "fifth", L_ORDW, 5, 0) X(SIXTH, "sixth", L_ORDW, 6, 0) \
    X(SEVENTH, "seventh", L_ORDW, 7, 0) X(EIGHTH, "eighth", L_ORDW, 8, 0) X(NINTH, "ninth", L_ORDW, 9, 0) \
    X(TENTH, "tenth", L_ORDW, 10, 0) X(ELEVENTH, "eleventh", L_ORDW, 11, 0) \
    X(TWELFTH, "twelfth", L_ORDW, 12, 0) X(TWENTIETH, "twentieth", L_ORDW, 20, 0) \
    X(TWENTYFIRST, "twenty-first", L_ORDW, 21, 0) \
    X(YESTERDAY, "yesterday", L_RELDAY, -1, 0) X(TODAY, "today", L_RELDAY, 0, 0) \
    X(TOMORROW, "tomorrow", L_RELDAY, 1, 0) X(TONIGHT, "tonight", L_RELDAY, 0, 1) \
    X(LAST, "last", L_DEICT, D_LAST, 0) X(THIS, "this", L_DEICT, D_THIS, 0) \
    X(NEXT, "next", L_DEICT, D_NEXT, 0) X(PAST, "past", L_DEICT, D_PAST, 0) \
    X(PREVIOUS, "previous", L_DEICT, D_PAST, 0) X(PRECEDING, "preceding", L_DEICT, D_PAST, 0) \
    X(COMING, "coming", L_DEICT, D_COMING, 0) X(UPCOMING, "upcoming", L_DEICT, D_COMING, 0) \
    X(CURRENT, "current", L_DEICT, D_THIS, 0) X(THESE, "these", L_DEICT, D_THESE, 0) \
    X(FOLLOWING, "following", L_DEICT, D_NEXT, 1) \
    X(AGO, "ago", L_AGO, -1, 0) X(HENCE, "hence", L_AGO, 1, 0) \
    X(EARLY, "early", L_MOD, TC_TMOD_START, 0) X(LATE, "late", L_MOD, TC_TMOD_END, 0) \
    X(MID, "mid", L_MOD, TC_TMOD_MID, 0) X(MIDDLE, "middle", L_MOD, TC_TMOD_MID, 1) \
    X(END, "end", L_MOD, TC_TMOD_END, 1) X(BEGINNING, "beginning", L_MOD, TC_TMOD_START, 1) \
    X(START, "start", L_MOD, TC_TMOD_START, 1) X(TURN, "turn", L_MOD, TC_TMOD_MID, 1) \
    X(EARLIER, "earlier", L_MOD, TC_TMOD_NONE, 2) X(LATER, "later", L_MOD, TC_TMOD_NONE, 2) \
    X(ABOUT, "about", L_MOD, TC_TMOD_APPROX, 3) X(AROUND, "around", L_MOD, TC_TMOD_APPROX, 3) \
    X(APPROXIMATELY, "approximately", L_MOD, TC_TMOD_APPROX, 3) \
    X(ROUGHLY, "roughly", L_MOD, TC_TMOD_APPROX, 3) X(NEARLY, "nearly", L_MOD, TC_TMOD_LESS_THAN, 3) \
    X(ALMOST, "almost", L_MOD, TC_TMOD_LESS_THAN, 3) X(OVER, "over", L_MOD, TC_TMOD_MORE_THAN, 3) \
    X(MORE, "more", L_MISC, 0, 0) X(LESS, "less", L_MISC, 0, 0) X(FEWER, "fewer", L_MISC, 0, 0) \
    X(THAN, "than", L_MISC, 0, 0) X(LEAST, "least", L_MISC, 0, 0) X(UP, "up", L_MISC, 0, 0) \
    X(NO, "no", L_ABBR, 0, 0) X(MORNING, "morning", L_POD, POD_MO, 0) \
    X(AFTERNOON, "afternoon", L_POD, POD_AF, 0) X(EVENING, "evening", L_POD, POD_EV, 0) \
    X(NIGHT, "night", L_POD, POD_NI, 0) \
    X(NOW, "now", L_REF, R_PRESENT, 0) X(CURRENTLY, "currently", L_REF, R_PRESENT, 0) \
    X(NOWADAYS, "nowadays", L_REF, R_PRESENT, 0) X(RECENTLY, "recently", L_REF, R_PAST, 0) \
    X(FORMERLY, "formerly", L_REF, R_PAST, 0) X(FORMER, "former", L_REF, R_PAST, 1) \
    X(PRESENT, "present", L_MISC, 0, 0) X(FUTURE, "future", L_MISC, 0, 0) \
    X(DAILY, "daily", L_SETADV, U_DAY, 0) X(WEEKLY, "weekly", L_SETADV, U_WEEK, 0) \
    X(MONTHLY, "monthly", L_SETADV, U_MONTH, 0) X(YEARLY, "yearly", L_SETADV, U_YEAR, 0) \
    X(ANNUALLY, "annually", L_SETADV, U_YEAR, 0) X(HOURLY, "hourly", L_SETADV, U_HOUR, 0) \
    X(QUARTERLY, "quarterly", L_SETADV, U_QUARTER, 0) \
    X(EVERY, "every", L_EVERY, 0, 0) X(EACH, "each", L_EVERY, 0, 0) X(PER, "per", L_EVERY, 1, 0) \
    X(GMT, "gmt", L_ZONE, 0, 0) X(UTC, "utc", L_ZONE, 0, 0) X(EST, "est", L_ZONE, -5, 0) \
    X(EDT, "edt", L_ZONE, -4, 0) X(CST, "cst", L_ZONE, -6, 0) X(CDT, "cdt", L_ZONE, -5, 0) \
    X(PST, "pst", L_ZONE, -8, 0) X(PDT, "pdt", L_ZONE, -7, 0) X(ET, "et", L_ZONE, -5, 0) \
    X(BST, "bst", L_ZONE, 1, 0) X(CET, "cet", L_ZONE, 1, 0) \
    X(AM, "am", L_AMPM, 0, 0) X(PM, "pm", L_AMPM, 12, 0) X(AMD, "a.m.", L_AMPM, 0, 0) \
    X(PMD, "p.m.", L_AMPM, 12, 0) X(AMD2, "a.m", L_AMPM, 0, 0) X(PMD2, "p.m", L_AMPM, 12, 0) \
    X(FISCAL, "fiscal", L_FISCAL, 0, 0) X(FY, "fy", L_FISCAL, 1, 0) \
    X(HALF, "half", L_HALF, 0, 0) X(THE, "the", L_THE, 0, 0) X(A, "a", L_A, 1, 0) X(AN, "an", L_A, 1, 0) \
    X(OF, "of", L_OF, 0, 0) X(AND, "and", L_AND, 0, 0) \
    X(IN, "in", L_PREP, 0, 0) X(ON, "on", L_PREP, 0, 0) X(SINCE, "since", L_PREP, 0, 0) \
    X(UNTIL, "until", L_PREP, 0, 0) X(TILL, "till", L_PREP, 0, 0) X(BY, "by", L_PREP, 0, 0) \
    X(FROM, "from", L_PREP, 0, 0) X(TO, "to", L_PREP, 0, 0) X(THROUGH, "through", L_PREP, 0, 0) \
    X(DURING, "during", L_PREP, 0, 0) X(AT, "at", L_PREP, 0, 0) X(FOR, "for", L_PREP, 0, 0) \
    X(WITHIN, "within", L_PREP, 0, 0) X(BEFORE, "before", L_PREP, 0, 0) \
    X(AFTER, "after", L_PREP, 0, 0) X(BETWEEN, "between", L_PREP, 0, 0) \
    X(THROUGHOUT, "throughout", L_PREP, 0, 0) X(INTO, "into", L_PREP, 0, 0) \
    X(SAID, "said", L_TENSE, T_PAST, 0) X(WAS, "was", L_TENSE, T_PAST, 0) \
    X(WERE, "were", L_TENSE, T_PAST, 0) X(HAD, "had", L_TENSE, T_PAST, 0) \
    X(DID, "did", L_TENSE, T_PAST, 0) X(TOLD, "told", L_TENSE, T_PAST, 0) \
    X(CAME, "came", L_TENSE, T_PAST, 0) X(WENT, "went", L_TENSE, T_PAST, 0) \
    X(TOOK, "took", L_TENSE, T_PAST, 0) X(MADE, "made", L_TENSE, T_PAST, 0) \
    X(GAVE, "gave", L_TENSE, T_PAST, 0) X(BEGAN, "began", L_TENSE, T_PAST, 0) \
    X(WON, "won", L_TENSE, T_PAST, 0) X(LOST, "lost", L_TENSE, T_PAST, 0) \
    X(MET, "met", L_TENSE, T_PAST, 0) X(LEFT, "left", L_TENSE, T_PAST, 0) \
    X(HELD, "held", L_TENSE, T_PAST, 0) X(SAW, "saw", L_TENSE, T_PAST, 0) \
    X(FELL, "fell", L_TENSE, T_PAST, 0) X(ROSE, "rose", L_TENSE, T_PAST, 0) \
    X(KEPT, "kept", L_TENSE, T_PAST, 0) X(SENT, "sent", L_TENSE, T_PAST, 0) \
    X(SHOT, "shot", L_TENSE, T_PAST, 0) X(FOUND, "found", L_TENSE, T_PAST, 0) \
    X(BROKE, "broke", L_TENSE, T_PAST, 0) X(SPOKE, "spoke", L_TENSE, T_PAST, 0) \
    X(STRUCK, "struck", L_TENSE, T_PAST, 0) X(FLED, "fled", L_TENSE, T_PAST, 0) \
    X(BEEN, "been", L_TENSE, T_PERF, 0) X(HAS, "has", L_TENSE, T_PERF, 0) \
    X(HAVE, "have", L_TENSE, T_PERF, 0) \
    X(IS, "is", L_TENSE, T_PRES, 0) X(ARE, "are", L_TENSE, T_PRES, 0) \
    X(SAYS, "says", L_TENSE, T_PRES, 0) \
    X(WILL, "will", L_TENSE, T_FUT, 0) X(LL, "ll", L_TENSE, T_FUT, 0) X(SHALL, "shall", L_TENSE, T_FUT, 0) \
    X(WOULD, "would", L_TENSE, T_PRES, 0) X(EXPECTED, "expected", L_TENSE, T_FUT, 0) \
    X(SCHEDULED, "scheduled", L_TENSE, T_FUT, 0) X(PLANS, "plans", L_TENSE, T_FUT, 0) \
    X(PLANNED, "planned", L_TENSE, T_FUT, 0) X(DUE, "due", L_TENSE, T_FUT, 0) \
    X(GOING, "going", L_TENSE, T_FUT, 0) X(SET, "set", L_TENSE, T_FUT, 0) \
    X(NEED, "need", L_MISC, 0, 0) X(NEEDED, "needed", L_MISC, 0, 0) X(RED, "red", L_MISC, 0, 0) \
    X(NOON, "noon", L_CLOCK, 12, 0) X(MIDNIGHT, "midnight", L_CLOCK, 24, 0) \
    X(MIDDAY, "midday", L_CLOCK, 12, 0) X(CLOCK, "clock", L_MISC, 0, 0) X(O, "o", L_MISC, 0, 0) \
    X(ONCE, "once", L_FREQ, 1, 0) X(TWICE, "twice", L_FREQ, 2, 0) X(TIMES, "times", L_FREQ, 0, 1) \
    X(FEW, "few", L_FEW, 0, 0) X(SEVERAL, "several", L_FEW, 0, 0) X(COUPLE, "couple", L_FEW, 0, 0) \
    X(MANY, "many", L_FEW, 0, 0) X(SOME, "some", L_FEW, 0, 1) X(RECENT, "recent", L_RECENT, 0, 0) \
    X(OLD, "old", L_MISC, 0, 0) X(LONG, "long", L_MISC, 0, 0) X(SAME, "same", L_MISC, 0, 0) \
    X(OTHER, "other", L_MISC, 0, 0) X(S, "s", L_MISC, 0, 0) \
    X(THAT, "that", L_MISC, 0, 0) X(PRIOR, "prior", L_MISC, 0, 0) \
    X(THOUSAND, "thousand", L_MISC, 0, 0) X(MILLION, "million", L_MISC, 0, 0) \
    X(BILLION, "billion", L_MISC, 0, 0) X(PERCENT, "percent", L_MISC, 0, 0) \
    X(CHRISTMAS, "christmas", L_HOLIDAY, H_CHRISTMAS, 0) X(EASTER, "easter", L_HOLIDAY, H_EASTER, 0) \
    X(HALLOWEEN, "halloween", L_HOLIDAY, H_HALLOWEEN, 0) \
    X(THANKSGIVING, "thanksgiving", L_HOLIDAY, H_THANKSGIVING, 0) \
    X(NEW, "new", L_MISC, 0, 0) X(EVE, "eve", L_MISC, 0, 0) X(GOOD, "good", L_MISC, 0, 0) \
    X(BOXING, "boxing", L_MISC, 0, 0) X(VALENTINE, "valentine", L_MISC, 0, 0) \
    X(MR, "mr", L_ABBR, 0, 0) X(MRS, "mrs", L_ABBR, 0, 0) X(MS, "ms", L_ABBR, 0, 0) \
    X(DR, "dr", L_ABBR, 0, 0) X(ST, "st", L_ABBR, 0, 0) X(GEN, "gen", L_ABBR, 0, 0) \
    X(SEN, "sen", L_ABBR, 0, 0) X(REP, "rep", L_ABBR, 0, 0) X(GOV, "gov", L_ABBR, 0, 0) \
    X(LT, "lt", L_ABBR, 0, 0) X(COL, "col", L_ABBR, 0, 0) X(SGT, "sgt", L_ABBR, 0, 0) \
    X(CAPT, "capt", L_ABBR, 0, 0) X(VS, "vs", L_ABBR, 0, 0) X(INC, "inc", L_ABBR, 0, 0) \
    X(CORP, "corp", L_ABBR, 0, 0) X(CO, "co", L_ABBR, 0, 0) X(JR, "jr", L_ABBR, 0, 0) \
    X(PROF, "prof", L_ABBR, 0, 0)

#define TC_TIME_LEX_ENUM(id, text, cls, val, aux) W_##id,
enum lex_word { W_NONE = 0, TC_TIME_LEXICON(TC_TIME_LEX_ENUM) W_COUNT };
#undef TC_TIME_LEX_ENUM

typedef struct lex_entry {
    const char *text;
    uint8_t cls;
    int8_t val;   /* value fits: months, units, mods, tense, zones */
    uint8_t aux;
    uint8_t len;
} lex_entry;

#endif
