/* test_time.c -- temporal expressions: phrases x story dates x expected
   TIMEX3 values (worked out by hand with a calendar), tense from a parse,
   and event dating on hand-written CoNLL-U trees. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/conllu.h"
#include "time/time.h"

struct row {
    const char *dct;
    const char *text;
    const char *expr;  /* the expected expression text */
    const char *type;
    const char *value;
    const char *mod;   /* "" for none */
};

/* 2021-11-07 is a Sunday; 2022-01-02 a Sunday in ISO week 2021-W52;
   2020 is a leap year, 2021 is not. */
static const struct row rows[] = {
    /* the four of the example story */
    {"2021-11-07", "a drone attack on his residence early Sunday as political tensions mounted",
     "early Sunday", "DATE", "2021-11-07", "START"},
    {"2021-11-07", "who will run the next government after elections last month.", "last month", "DATE",
     "2021-10", ""},
    {"2021-11-07", "Kadhimi, who has been in power since May 2020, and came", "May 2020", "DATE", "2020-05", ""},
    {"2021-11-07", "On October 31, three rockets fell in Mansour.", "October 31", "DATE", "2021-10-31", ""},
    /* weekdays by tense: a Sunday story dated Sunday */
    {"2021-11-07", "The talks will resume on Sunday.", "Sunday", "DATE", "2021-11-14", ""},
    {"2021-11-07", "Police arrested him on Friday.", "Friday", "DATE", "2021-11-05", ""},
    {"2021-11-07", "The vote will take place on Tuesday.", "Tuesday", "DATE", "2021-11-09", ""},
    {"2021-11-07", "He met the envoy last Sunday.", "last Sunday", "DATE", "2021-10-31", ""},
    {"2021-11-07", "Protesters gathered Saturday night.", "Saturday night", "TIME", "2021-11-06TNI", ""},
    /* absolute forms */
    {"2021-11-07", "It ended on 31 Oct. 2021 in Basra.", "31 Oct. 2021", "DATE", "2021-10-31", ""},
    {"2021-11-07", "Three rockets fell on Oct 31st near the base.", "Oct 31st", "DATE", "2021-10-31", ""},
    {"2021-11-07", "The order dated 10/31/2021 was signed.", "10/31/2021", "DATE", "2021-10-31", ""},
    {"2021-11-07", "The order dated 2021-10-31 was signed.", "2021-10-31", "DATE", "2021-10-31", ""},
    {"2021-11-07", "He was born in 1990 in Mosul.", "1990", "DATE", "1990", ""},
    {"2021-11-07", "Violence grew in the 1990s after the war.", "the 1990s", "DATE", "199", ""},
    {"2021-11-07", "Growth slowed in mid-2019 as trade fell.", "mid-2019", "DATE", "2019", "MID"},
    {"2021-11-07", "The budget for fiscal 2020 was cut.", "fiscal 2020", "DATE", "FY2020", ""},
    {"2021-11-07", "Sales rose in the first quarter.", "the first quarter", "DATE", "2021-Q1", ""},
    {"2021-11-07", "Prices rose in the third quarter of 2019.", "the third quarter of 2019", "DATE", "2019-Q3", ""},
    {"2021-11-07", "He visited Baghdad last summer.", "last summer", "DATE", "2021-SU", ""},
    {"2021-11-07", "He will return in the spring of 2022.", "spring of 2022", "DATE", "2022-SP", ""},
    /* relative days and units */
    {"2021-11-07", "Officials said yesterday that the toll rose.", "yesterday", "DATE", "2021-11-06", ""},
    {"2021-11-07", "The minister speaks tonight in Erbil.", "tonight", "TIME", "2021-11-07TNI", ""},
    {"2021-11-07", "The group was founded two days ago by exiles.", "two days ago", "DATE", "2021-11-05", ""},
    {"2021-11-07", "The law was passed a decade ago.", "a decade ago", "DATE", "201", ""},
    {"2021-11-07", "He resigned earlier this month.", "earlier this month", "DATE", "2021-11", ""},
    {"2021-11-07", "Talks resume next week.", "next week", "DATE", "2021-W45", ""},
    {"2021-11-07", "The plan takes effect next year.", "next year", "DATE", "2022", ""},
    {"2021-11-07", "Elections are due by the end of the year.", "the end of the year", "DATE", "2021", "END"},
    /* New Year */
    {"2022-01-02", "The attack happened on December 30.", "December 30", "DATE", "2021-12-30", ""},
    {"2022-01-02", "Gunmen killed four people on Thursday.", "Thursday", "DATE", "2021-12-30", ""},
    {"2022-01-02", "Prices rose sharply last month.", "last month", "DATE", "2021-12", ""},
    {"2022-01-02", "Prices rose sharply last year.", "last year", "DATE", "2021", ""},
    {"2022-01-02", "Fighting eased last week.", "last week", "DATE", "2021-W51", ""},
    {"2022-01-02", "Fighting eased this week.", "this week", "DATE", "2021-W52", ""},
    {"2021-12-15", "The summit will be held in January.", "January", "DATE", "2022-01", ""},
    {"2021-12-15", "The summit opens next month.", "next month", "DATE", "2022-01", ""},
    /* leap days */
    {"2020-03-01", "Rebels seized the town yesterday.", "yesterday", "DATE", "2020-02-29", ""},
    {"2021-03-01", "Rebels seized the town yesterday.", "yesterday", "DATE", "2021-02-28", ""},
    {"2021-03-01", "Rebels seized the town two days ago.", "two days ago", "DATE", "2021-02-27", ""},
    {"2020-03-05", "The deal was signed on February 29, 2020.", "February 29, 2020", "DATE", "2020-02-29", ""},
    {"2020-02-29", "The ceasefire began a year ago.", "a year ago", "DATE", "2019", ""},
    /* durations, sets, clock times, references */
    {"2021-11-07", "The war lasted three years.", "three years", "DURATION", "P3Y", ""},
    {"2021-11-07", "Under the 30-year rule the files open.", "30-year", "DURATION", "P30Y", ""},
    {"2021-11-07", "He served for two years in Basra.", "two years", "DURATION", "P2Y", ""},
    {"2021-11-07", "The siege lasted at least three weeks.", "at least three weeks", "DURATION", "P3W", "EQUAL_OR_MORE"},
    {"2021-11-07", "The trial took about two hours.", "about two hours", "DURATION", "PT2H", "APPROX"},
    {"2021-11-07", "They met every Monday in secret.", "every Monday", "SET", "XXXX-WXX-1", ""},
    {"2021-11-07", "The council meets weekly.", "weekly", "SET", "P1W", ""},
    {"2021-11-07", "Inspectors visit twice a year.", "twice a year", "SET", "P1Y", ""},
    /* a rate after a quantity is a set, not a duration */
    {"2021-11-07", "He earns $5 million a year.", "a year", "SET", "P1Y", ""},
    {"2021-11-07", "The plant makes 200 cars per day.", "per day", "SET", "P1D", ""},
    {"2021-11-07", "He left the city a year ago.", "a year ago", "DATE", "2020", ""},
    {"2021-11-07", "The blast came at 3:00 pm (0600 GMT) on the bridge.", "3:00 pm", "TIME", "2021-11-07T15:00", ""},
    {"2021-11-07", "The blast came at 3:00 pm (0600 GMT) on the bridge.", "0600 GMT", "TIME", "2021-11-07T06:00", ""},
    {"2019-10-22", "Phivolcs recorded 611 aftershocks as of Saturday 8:00 p.m. local time.", "Saturday 8:00 p.m.",
     "TIME", "2019-10-19T20:00", ""},
    {"2019-10-22", "Fighting raged over the weekend.", "the weekend", "DATE", "2019-W42-WE", ""},
    {"2019-10-22", "Talks continue in the coming days.", "the coming days", "DURATION", "PXD", ""},
    {"2019-10-22", "The senate announced it would meet on Monday.", "Monday", "DATE", "2019-10-21", ""},
    {"2021-11-07", "Prices fell over the past decade.", "the past decade", "DURATION", "P1DE", ""},
    {"2021-11-07", "Aid arrived the next day.", "the next day", "DATE", "2021-11-08", ""},
    {"2021-11-07", "The city is now calm.", "now", "DATE", "PRESENT_REF", ""},
    {"2021-11-07", "He recently visited Iran.", "recently", "DATE", "PAST_REF", ""},
    {"2021-11-07", "The former minister fled.", "former", "DATE", "PAST_REF", ""},
    /* the story's own timeline: anaphoric expressions count from the most
       recent date of the text (2021-03-01 is the Monday of ISO week 9) */
    {"2021-11-07", "Rebels took the town on October 30. The same day, the army withdrew.", "The same day", "DATE",
     "2021-10-30", ""},
    {"2021-11-07", "Rebels took the town on October 30. That night, rockets fell.", "That night", "TIME",
     "2021-10-30TNI", ""},
    {"2021-11-07", "Rebels took the town on October 30. The next morning, they left.", "The next morning", "TIME",
     "2021-10-31TMO", ""},
    {"2021-11-07", "Rebels took the town on October 30. The next day, they left.", "The next day", "DATE",
     "2021-10-31", ""},
    {"2021-11-07", "He was elected in 2015. The following year he resigned.", "The following year", "DATE", "2016", ""},
    {"2021-11-07", "The strike began on March 3. The previous week, talks failed.", "The previous week", "DATE",
     "2021-W08", ""},
    {"2021-11-07", "Talks began on Monday, November 1. The following week, they failed.", "The following week", "DATE",
     "2021-W45", ""},
    {"2021-11-07", "The flood hit on December 30, 2020. Later that day, the dam broke.", "Later that day", "DATE",
     "2020-12-30", ""},
    {"2021-11-07", "Talks opened on 5 May 2019. Earlier that month, a bomb exploded.", "Earlier that month", "DATE",
     "2019-05", ""},
    {"2021-11-07", "It fell on December 31, 2020. The day before, it rained.", "The day before", "DATE", "2020-12-30", ""},
    {"2021-11-07", "He was born on February 28, 2020. The day after, it snowed.", "The day after", "DATE",
     "2020-02-29", ""},
    {"2021-11-07", "He was born in 1990. That year the war began.", "That year", "DATE", "1990", ""},
    /* no date before: the story date; a year is no anchor for a day */
    {"2021-11-07", "The previous day, police said, a bomb exploded.", "The previous day", "DATE", "2021-11-06", ""},
    {"2021-11-07", "He was born in 1990. The next day he cried.", "The next day", "DATE", "2021-11-08", ""},
    /* in a future clause "the next year" is the story's next year */
    {"2021-11-07", "He was elected in 2015. A new vote will be held the next year.", "the next year", "DATE", "2022", ""},
    /* "N units later": TimeML marks the duration, "later" is a signal */
    {"2021-11-07", "Rebels took the town on October 30. Two days later, police came.", "Two days", "DURATION", "P2D", ""},
    /* a stretch of time after over/during/within */
    {"2021-11-07", "Over the next week, talks continue.", "the next week", "DURATION", "P1W", ""},
    {"2021-11-07", "Prices rose during the following year.", "the following year", "DURATION", "P1Y", ""},
    {"2021-11-07", "Rebels took the town on October 30. They declared a curfew for the following day.",
     "the following day", "DATE", "2021-10-31", ""},
    /* a part of a named day */
    {"2021-11-07", "On the morning of November 5, a bomb exploded.", "the morning of November 5", "TIME",
     "2021-11-05TMO", ""},
    {"2021-11-07", "Talks opened on Tuesday, November 2. The following Friday, they collapsed.",
     "The following Friday", "DATE", "2021-11-05", ""},
    /* halves */
    {"2021-11-07", "The war lasted a year and a half.", "a year and a half", "DURATION", "P1.5Y", ""},
    {"2021-11-07", "It took two and a half years.", "two and a half years", "DURATION", "P2.5Y", ""},
    {"2021-11-07", "It lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2.5Y", ""},
    {"2021-11-07", "He waited half an hour.", "half an hour", "DURATION", "PT30M", ""},
    {"2021-11-07", "The truce held for half a year.", "half a year", "DURATION", "P6M", ""},
    /* a clock time on a named day: one TIME */
    {"2021-11-07", "The blast came at 10 p.m. Friday.", "10 p.m. Friday", "TIME", "2021-11-05T22:00", ""},
    {"2021-11-07", "Talks resume at 9 a.m. tomorrow.", "9 a.m. tomorrow", "TIME", "2021-11-08T09:00", ""},
    {"2021-11-07", "The mine closed some years ago.", "some years ago", "DATE", "PAST_REF", ""},
    /* decades ago at decade granularity, as "the 1990s" */
    {"2021-11-07", "The city fell two decades ago.", "two decades ago", "DATE", "200", ""},
    /* holidays: Easter 2021 was April 4; Thanksgiving 2021 the fourth
       Thursday of November (November 1 was a Monday) */
    {"2021-11-07", "The bomb exploded on Christmas Eve.", "Christmas Eve", "DATE", "2020-12-24", ""},
    {"2021-11-07", "Markets close on New Year's Day.", "New Year's Day", "DATE", "2022-01-01", ""},
    {"2021-11-07", "Pilgrims gathered on Easter Sunday.", "Easter Sunday", "DATE", "2021-04-04", ""},
    {"2021-11-07", "He was arrested on Good Friday.", "Good Friday", "DATE", "2021-04-02", ""},
    {"2021-11-07", "Families will travel at Thanksgiving.", "Thanksgiving", "DATE", "2021-11-25", ""},
    {"2021-11-07", "The riots began at Christmas 2019.", "Christmas 2019", "DATE", "2019-12-25", ""},
};

static void test_table(void **st) {
    (void)st;
    tc_timerec *r = NULL;
    assert_int_equal(tc_timerec_open(&r, NULL), TC_OK);
    int bad = 0;
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        const struct row *w = &rows[k];
        tc_timex tx[16];
        size_t n = 0;
        assert_int_equal(tc_time_find(r, w->text, strlen(w->text), w->dct, tx, 16, &n), TC_OK);
        const tc_timex *hit = NULL;
        size_t elen = strlen(w->expr);
        for (size_t i = 0; i < n && i < 16; i++)
            if (tx[i].end - tx[i].beg == elen && !memcmp(w->text + tx[i].beg, w->expr, elen)) hit = &tx[i];
        if (!hit || strcmp(tc_timex_type_name(hit->type), w->type) || strcmp(hit->value, w->value) ||
            strcmp(tc_timex_mod_name(hit->mod), w->mod)) {
            bad++;
            fprintf(stderr, "row %zu [%s] '%s': want '%s' %s %s %s; got", k, w->dct, w->text, w->expr, w->type,
                    w->value, w->mod);
            for (size_t i = 0; i < n && i < 16; i++)
                fprintf(stderr, " '%.*s' %s %s %s;", (int)(tx[i].end - tx[i].beg), w->text + tx[i].beg,
                        tc_timex_type_name(tx[i].type), tx[i].value, tc_timex_mod_name(tx[i].mod));
            fprintf(stderr, "\n");
        }
    }
    tc_timerec_close(r);
    assert_int_equal(bad, 0);
}

static void test_negative(void **st) {
    (void)st;
    tc_timerec *r = NULL;
    assert_int_equal(tc_timerec_open(&r, NULL), TC_OK);
    static const char *const none[] = {
        "You may go now if you wish to leave quietly.", /* "now" is found, "may" is not a month */
        "Troops march on the capital.",
        "He paid $2000 for 1500 rifles.",
        "The Arab Spring changed the region.",
        "Aid reached Christmas Island by ship.",
        "Crowds marked the Chinese New Year in Hong Kong.",
        "Following the attack, police closed the road.",
        "About a quarter of the voters and three quarters of the seats.",
        "Two days after the vote, police closed the road.", /* only the duration */
    };
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        tc_timex tx[8];
        size_t n = 0;
        assert_int_equal(tc_time_find(r, none[k], strlen(none[k]), "2021-11-07", tx, 8, &n), TC_OK);
        for (size_t i = 0; i < n; i++) {
            if (!strcmp(tx[i].value, "PRESENT_REF") || !strcmp(tx[i].value, "P2D")) continue;
            fail_msg("'%s': unexpected '%.*s' %s", none[k], (int)(tx[i].end - tx[i].beg), none[k] + tx[i].beg,
                     tx[i].value);
        }
    }
    /* February 29 of a common year is not a day */
    const char *s = "The deal was signed on February 29, 2021.";
    tc_timex tx[8];
    size_t n = 0;
    tc_time_find(r, s, strlen(s), "2021-03-05", tx, 8, &n);
    for (size_t i = 0; i < n; i++) assert_string_not_equal(tx[i].value, "2021-02-29");
    /* misuse and capacity */
    assert_int_equal(tc_time_find(r, s, strlen(s), "2021-02-30", tx, 8, &n), TC_MISUSE);
    assert_int_equal(tc_time_find(r, "on Sunday and Monday", 20, "2021-11-07", tx, 1, &n), TC_OK);
    assert_int_equal(n, 2);
    tc_timerec_close(r);
    tc_timerec_close(NULL);
}

/* Offsets on the story's timeline: the duration carries the date it
   reaches, and that date anchors what follows; the anchor also carries
   across calls (one sentence at a time). */
static void test_timeline(void **st) {
    (void)st;
    tc_timerec *r = NULL;
    assert_int_equal(tc_timerec_open(&r, NULL), TC_OK);
    const char *text = "The town fell on October 30. Two days later, police arrested a man. "
                       "The same day, the army left. A week later, talks began. "
                       "He was elected in 2015. Three years earlier, he had been jailed. "
                       "Two days after the vote, police left.";
    tc_timex tx[16];
    size_t n = 0;
    assert_int_equal(tc_time_find(r, text, strlen(text), "2021-11-07", tx, 16, &n), TC_OK);
    assert_int_equal(n, 7);
    /* "Two days" later: 2021-11-01 */
    assert_int_equal(tx[1].type, TC_TIMEX_DURATION);
    assert_string_equal(tx[1].value, "P2D");
    assert_true(tx[1].flags & TC_TIMEX_OFFSET);
    assert_int_equal(tx[1].precision, TC_TPREC_DAY);
    assert_int_equal(tx[1].year, 2021);
    assert_int_equal(tx[1].month, 11);
    assert_int_equal(tx[1].day, 1);
    assert_string_equal(tx[2].value, "2021-11-01"); /* the same day */
    /* "A week" later: the week after that of 2021-11-01, from its Monday */
    assert_int_equal(tx[3].precision, TC_TPREC_WEEK);
    assert_int_equal(tx[3].month, 11);
    assert_int_equal(tx[3].day, 8);
    assert_string_equal(tx[4].value, "2015");
    assert_int_equal(tx[5].precision, TC_TPREC_YEAR); /* "Three years" earlier */
    assert_int_equal(tx[5].year, 2012);
    assert_string_equal(tx[5].value, "P3Y");
    /* a duration before a noun phrase places nothing */
    assert_string_equal(tx[6].value, "P2D");
    assert_false(tx[6].flags & TC_TIMEX_OFFSET);
    assert_int_equal(tx[6].precision, TC_TPREC_NONE);
    /* nothing to count from: a plain duration */
    const char *alone = "Two days later, police came.";
    assert_int_equal(tc_time_find(r, alone, strlen(alone), "2021-11-07", tx, 16, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_string_equal(tx[0].value, "P2D");
    assert_false(tx[0].flags & TC_TIMEX_OFFSET);
    assert_int_equal(tx[0].precision, TC_TPREC_NONE);
    /* one sentence at a time, the anchor carried by the caller */
    tc_time_anchor an;
    memset(&an, 0, sizeof an);
    tc_date dct = {2021, 11, 7};
    const char *s1 = "The town fell on October 30.", *s2 = "The next day, police came.";
    assert_int_equal(tc_time_find_anchored(r, s1, strlen(s1), dct, NULL, &an, tx, 16, &n), TC_OK);
    assert_int_equal(tc_time_find_anchored(r, s2, strlen(s2), dct, NULL, &an, tx, 16, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_string_equal(tx[0].value, "2021-10-31");
    assert_int_equal(tc_time_find_ex(r, s2, strlen(s2), dct, NULL, tx, 16, &n), TC_OK);
    assert_string_equal(tx[0].value, "2021-11-08"); /* no anchor: the story date */
    tc_timerec_close(r);
}

/* The parse decides where the lexical cues would mislead: "said" is the
   nearest cue to "Sunday", but "Sunday" hangs from "meet" (will). */
static const char future_tree[] =
    "# text = On Sunday, officials who said nothing will meet.\n"
    "1\tOn\ton\tADP\tIN\t_\t2\tcase\t_\t_\n"
    "2\tSunday\tSunday\tPROPN\tNNP\t_\t9\tobl\t_\tSpaceAfter=No\n"
    "3\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
    "4\tofficials\tofficial\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
    "5\twho\twho\tPRON\tWP\t_\t6\tnsubj\t_\t_\n"
    "6\tsaid\tsay\tVERB\tVBD\t_\t4\tacl:relcl\t_\t_\n"
    "7\tnothing\tnothing\tPRON\tNN\t_\t6\tobj\t_\t_\n"
    "8\twill\twill\tAUX\tMD\t_\t9\taux\t_\t_\n"
    "9\tmeet\tmeet\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "10\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n";

static void test_tense_from_parse(void **st) {
    (void)st;
    tc_timerec *r = NULL;
    assert_int_equal(tc_timerec_open(&r, NULL), TC_OK);
    tc_arena a;
    tc_arena_init(&a, NULL, 0);
    tc_sent s;
    size_t used;
    char err[128];
    assert_int_equal(tc_conllu_parse(&a, future_tree, strlen(future_tree), &s, &used, err, sizeof err), TC_OK);
    tc_date dct = {2021, 11, 7};
    tc_timex tx[4];
    size_t n = 0;
    assert_int_equal(tc_time_find_ex(r, s.text, strlen(s.text), dct, &s, tx, 4, &n), TC_OK);
    assert_int_equal(n, 1);
    assert_string_equal(tx[0].value, "2021-11-14"); /* future: the next Sunday */
    assert_int_equal(tc_time_clause_tense(&s, 2), TC_TENSE_FUTURE);
    assert_int_equal(tc_time_clause_tense(&s, 6), TC_TENSE_PAST);
    /* without the parse the nearest cue, "said", wins */
    assert_int_equal(tc_time_find_ex(r, s.text, strlen(s.text), dct, NULL, tx, 4, &n), TC_OK);
    assert_string_equal(tx[0].value, "2021-11-07");
    tc_arena_free(&a);
    tc_timerec_close(r);
}

static const char tree_main[] =
    "# text = Militants attacked the base on Friday, police said.\n"
    "1\tMilitants\tmilitant\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tbase\tbase\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tFriday\tFriday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "7\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
    "8\tpolice\tpolice\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
    "9\tsaid\tsay\tVERB\tVBD\t_\t2\tparataxis\t_\tSpaceAfter=No\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char tree_sub[] =
    "# text = Police said the man who was arrested on Friday confessed.\n"
    "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tman\tman\tNOUN\tNN\t_\t10\tnsubj\t_\t_\n"
    "5\twho\twho\tPRON\tWP\t_\t7\tnsubj:pass\t_\t_\n"
    "6\twas\tbe\tAUX\tVBD\t_\t7\taux:pass\t_\t_\n"
    "7\tarrested\tarrest\tVERB\tVBN\t_\t4\tacl:relcl\t_\t_\n"
    "8\ton\ton\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tFriday\tFriday\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
    "10\tconfessed\tconfess\tVERB\tVBD\t_\t2\tccomp\t_\tSpaceAfter=No\n"
    "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char tree_future[] =
    "# text = Militants attacked the base on November 20, 2021.\n"
    "1\tMilitants\tmilitant\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tbase\tbase\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tNovember\tNovember\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "7\t20\t20\tNUM\tCD\t_\t6\tnummod\t_\tSpaceAfter=No\n"
    "8\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
    "9\t2021\t2021\tNUM\tCD\t_\t6\tnmod:tmod\t_\tSpaceAfter=No\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char tree_later[] =
    "# text = Police arrested him two days later.\n"
    "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\thim\the\tPRON\tPRP\t_\t2\tobj\t_\t_\n"
    "4\ttwo\ttwo\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
    "5\tdays\tday\tNOUN\tNNS\t_\t6\tobl:npmod\t_\t_\n"
    "6\tlater\tlate\tADV\tRBR\t_\t2\tadvmod\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* the parse made the date the root, the act a relative clause under it */
static const char tree_rootdate[] =
    "# text = On Wednesday, the president pledged aid.\n"
    "1\tOn\ton\tADP\tIN\t_\t2\tcase\t_\t_\n"
    "2\tWednesday\tWednesday\tPROPN\tNNP\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tpresident\tpresident\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
    "6\tpledged\tpledge\tVERB\tVBD\t_\t2\tacl:relcl\t_\t_\n"
    "7\taid\taid\tNOUN\tNN\t_\t6\tobj\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "This comes a week after he attended a summit." */
static const char tree_after[] =
    "# text = This comes a week after he attended a summit.\n"
    "1\tThis\tthis\tPRON\tDT\t_\t2\tnsubj\t_\t_\n"
    "2\tcomes\tcome\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tweek\tweek\tNOUN\tNN\t_\t2\tobl:npmod\t_\t_\n"
    "5\tafter\tafter\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "6\the\the\tPRON\tPRP\t_\t7\tnsubj\t_\t_\n"
    "7\tattended\tattend\tVERB\tVBD\t_\t2\tadvcl\t_\t_\n"
    "8\ta\ta\tDET\tDT\t_\t9\tdet\t_\t_\n"
    "9\tsummit\tsummit\tNOUN\tNN\t_\t7\tobj\t_\tSpaceAfter=No\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "the last time X happened was ... in 1972": the predicate dates the subject's event */
static const char tree_lasttime[] =
    "# text = The last time the government closed the network was during the emergency declared in 1972.\n"
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tlast\tlast\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\ttime\ttime\tNOUN\tNN\t_\t6\tobl:unmarked\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tgovernment\tgovernment\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
    "6\tclosed\tclose\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\tnetwork\tnetwork\tNOUN\tNN\t_\t12\tnsubj\t_\t_\n"
    "9\twas\tbe\tAUX\tVBD\t_\t12\tcop\t_\t_\n"
    "10\tduring\tduring\tADP\tIN\t_\t12\tcase\t_\t_\n"
    "11\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\t_\n"
    "12\temergency\temergency\tNOUN\tNN\t_\t6\tobl\t_\t_\n"
    "13\tdeclared\tdeclare\tVERB\tVBD\t_\t12\tacl\t_\t_\n"
    "14\tin\tin\tADP\tIN\t_\t15\tcase\t_\t_\n"
    "15\t1972\t1972\tNUM\tCD\t_\t13\tobl\t_\tSpaceAfter=No\n"
    "16\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

/* "For the first time, X did Y": no such subject */
static const char tree_firsttimefor[] =
    "# text = For the first time, police arrested the editor in 1972.\n"
    "1\tFor\tfor\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "2\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "3\tfirst\tfirst\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\ttime\ttime\tNOUN\tNN\t_\t7\tobl\t_\tSpaceAfter=No\n"
    "5\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "6\tpolice\tpolice\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
    "7\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
    "9\teditor\teditor\tNOUN\tNN\t_\t7\tobj\t_\t_\n"
    "10\tin\tin\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "11\t1972\t1972\tNUM\tCD\t_\t7\tobl\t_\tSpaceAfter=No\n"
    "12\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";

/* "in 2014" parsed as a modifier of "Thursday": a date of another year
   belongs to the verb before it */
static const char tree_otheryear[] =
    "# text = Two police officers were found guilty on Thursday of raping a Canadian tourist in 2014.\n"
    "1\tTwo\ttwo\tNUM\tCD\t_\t2\tnummod\t_\t_\n"
    "2\tpolice\tpolice\tNOUN\tNNS\t_\t3\tcompound\t_\t_\n"
    "3\tofficers\tofficer\tNOUN\tNNS\t_\t5\tnsubj:pass\t_\t_\n"
    "4\twere\tbe\tAUX\tVBD\t_\t5\taux:pass\t_\t_\n"
    "5\tfound\tfind\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "6\tguilty\tguilty\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
    "7\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tThursday\tThursday\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
    "9\tof\tof\tSCONJ\tIN\t_\t10\tmark\t_\t_\n"
    "10\traping\trape\tVERB\tVBG\t_\t8\tacl\t_\t_\n"
    "11\ta\ta\tDET\tDT\t_\t13\tdet\t_\t_\n"
    "12\tCanadian\tCanadian\tADJ\tJJ\t_\t13\tamod\t_\t_\n"
    "13\ttourist\ttourist\tNOUN\tNN\t_\t10\tobj\t_\t_\n"
    "14\tin\tin\tADP\tIN\t_\t15\tcase\t_\t_\n"
    "15\t2014\t2014\tNUM\tCD\t_\t8\tnmod\t_\tSpaceAfter=No\n"
    "16\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

static void parse_find(tc_arena *a, const tc_timerec *r, const char *block, tc_date dct, tc_sent *s,
                       tc_timex *tx, size_t cap, size_t *n) {
    size_t used;
    char err[128];
    assert_int_equal(tc_conllu_parse(a, block, strlen(block), s, &used, err, sizeof err), TC_OK);
    assert_int_equal(tc_time_find_ex(r, s->text, strlen(s->text), dct, s, tx, cap, n), TC_OK);
}

static void test_event_dates(void **st) {
    (void)st;
    tc_timerec *r = NULL;
    assert_int_equal(tc_timerec_open(&r, NULL), TC_OK);
    tc_arena a;
    tc_arena_init(&a, NULL, 0);
    tc_date dct = {2021, 11, 7};
    tc_sent s;
    tc_timex tx[4];
    size_t n;
    tc_event_date ev;

    parse_find(&a, r, tree_main, dct, &s, tx, 4, &n);
    assert_int_equal(n, 1);
    assert_int_equal(tc_time_event_date(&s, tx, n, 2, dct, &ev), TC_OK); /* attacked */
    assert_int_equal(ev.source, TC_EVDATE_TIMEX);
    assert_string_equal(ev.iso, "2021-11-05");
    assert_int_equal(ev.precision, TC_TPREC_DAY);
    assert_ptr_equal(ev.tx, &tx[0]);
    assert_int_equal(tc_time_event_date(&s, tx, n, 9, dct, &ev), TC_OK); /* said: another clause */
    assert_int_equal(ev.source, TC_EVDATE_STORY);
    assert_string_equal(ev.iso, "2021-11-07");

    parse_find(&a, r, tree_sub, dct, &s, tx, 4, &n);
    assert_int_equal(n, 1);
    assert_int_equal(tc_time_event_date(&s, tx, n, 7, dct, &ev), TC_OK); /* arrested */
    assert_string_equal(ev.iso, "2021-11-05");
    assert_int_equal(tc_time_event_date(&s, tx, n, 10, dct, &ev), TC_OK); /* confessed */
    assert_int_equal(ev.source, TC_EVDATE_STORY);
    assert_int_equal(tc_time_event_date(&s, tx, n, 2, dct, &ev), TC_OK); /* said */
    assert_int_equal(ev.source, TC_EVDATE_STORY);

    parse_find(&a, r, tree_future, dct, &s, tx, 4, &n);
    assert_int_equal(n, 1);
    assert_string_equal(tx[0].value, "2021-11-20");
    assert_int_equal(tc_time_event_date(&s, tx, n, 2, dct, &ev), TC_OK);
    assert_int_equal(ev.source, TC_EVDATE_FUTURE_IN_PAST);
    assert_string_equal(ev.iso, "2021-11-07");
    assert_non_null(ev.tx);

    /* "two days later" on a story whose last date was October 30 (the
       anchor carried from an earlier sentence): the event is on November 1 */
    {
        size_t used;
        char err[128];
        assert_int_equal(tc_conllu_parse(&a, tree_later, strlen(tree_later), &s, &used, err, sizeof err), TC_OK);
        tc_time_anchor an;
        memset(&an, 0, sizeof an);
        const char *prev = "Rebels took the town on October 30.";
        assert_int_equal(tc_time_find_anchored(r, prev, strlen(prev), dct, NULL, &an, tx, 4, &n), TC_OK);
        assert_int_equal(tc_time_find_anchored(r, s.text, strlen(s.text), dct, &s, &an, tx, 4, &n), TC_OK);
        assert_int_equal(n, 1);
        assert_true(tx[0].flags & TC_TIMEX_OFFSET);
        assert_int_equal(tc_time_event_date(&s, tx, n, 2, dct, &ev), TC_OK);
        assert_int_equal(ev.source, TC_EVDATE_TIMEX);
        assert_string_equal(ev.iso, "2021-11-01");
        assert_int_equal(ev.precision, TC_TPREC_DAY);
        /* without the earlier date: a plain duration, the story date */
        assert_int_equal(tc_time_find_ex(r, s.text, strlen(s.text), dct, &s, tx, 4, &n), TC_OK);
        assert_int_equal(tc_time_event_date(&s, tx, n, 2, dct, &ev), TC_OK);
        assert_int_equal(ev.source, TC_EVDATE_STORY);
    }
    /* a date parsed as the sentence's root dates the clause under it */
    parse_find(&a, r, tree_rootdate, dct, &s, tx, 4, &n);
    assert_int_equal(n, 1);
    assert_int_equal(tc_time_event_date(&s, tx, n, 6, dct, &ev), TC_OK); /* pledged */
    assert_int_equal(ev.source, TC_EVDATE_TIMEX);
    assert_string_equal(ev.iso, "2021-11-03");

    /* "a week after he attended": a week before the base date */
    parse_find(&a, r, tree_after, dct, &s, tx, 4, &n);
    assert_int_equal(n, 1);
    {
        tc_date back;
        int prec = 0;
        assert_true(tc_time_after_offset(&s, tx, n, 7, dct, &back, &prec)); /* attended */
        assert_int_equal(back.y, 2021);
        assert_int_equal(back.m, 10);
        assert_int_equal(back.d, 31);
        assert_int_equal(prec, TC_TPREC_DAY);
        assert_false(tc_time_after_offset(&s, tx, n, 2, dct, &back, &prec)); /* comes */
    }

    /* "found guilty on Thursday of raping a tourist in 2014": 2014 dates
       the raping, Thursday the finding */
    parse_find(&a, r, tree_otheryear, (tc_date){2019, 2, 2}, &s, tx, 4, &n);
    assert_int_equal(n, 2);
    assert_int_equal(tc_time_event_date(&s, tx, n, 10, (tc_date){2019, 2, 2}, &ev), TC_OK); /* raping */
    assert_int_equal(ev.source, TC_EVDATE_TIMEX);
    assert_int_equal(ev.date.y, 2014);
    assert_int_equal(ev.precision, TC_TPREC_YEAR);
    assert_int_equal(tc_time_event_date(&s, tx, n, 5, (tc_date){2019, 2, 2}, &ev), TC_OK); /* found */
    assert_string_equal(ev.iso, "2019-01-31");

    /* "The last time X closed the network was ... in 1972" */
    parse_find(&a, r, tree_lasttime, dct, &s, tx, 4, &n);
    assert_int_equal(n, 1);
    assert_int_equal(tc_time_nth_time(&s, tx, n, 6), 0);  /* closed */
    assert_int_equal(tx[0].year, 1972);
    assert_int_equal(tc_time_nth_time(&s, tx, n, 13), -1); /* declared: not the first verb after "time" */
    parse_find(&a, r, tree_firsttimefor, dct, &s, tx, 4, &n);
    assert_int_equal(tc_time_nth_time(&s, tx, n, 7), -1);  /* "For the first time, ...": no subject */

    parse_find(&a, r, tree_future, dct, &s, tx, 4, &n);
    assert_int_equal(tc_time_event_date(&s, tx, n, 0, dct, &ev), TC_MISUSE);
    assert_int_equal(tc_time_event_date(&s, tx, n, 11, dct, &ev), TC_MISUSE);
    tc_arena_free(&a);
    tc_timerec_close(r);
}

/* ---- robustness: random bytes, truncated UTF-8, failing allocations ---- */

/* the output contract on any input: ordered, in bounds, named, terminated */
static void check_out(const char *text, size_t n, const tc_timex *tx, size_t got) {
    (void)text;
    uint32_t prev = 0;
    for (size_t i = 0; i < got; i++) {
        assert_true(tx[i].beg < tx[i].end);
        assert_true(tx[i].end <= n);
        assert_true(tx[i].beg >= prev);
        prev = tx[i].end;
        assert_true(tx[i].type >= TC_TIMEX_DATE && tx[i].type <= TC_TIMEX_SET);
        assert_true(memchr(tx[i].value, 0, sizeof tx[i].value) != NULL);
        assert_true(tx[i].value[0] != 0);
        assert_true(tc_timex_mod_name(tx[i].mod) != NULL);
    }
}

/* scans a heap copy of exactly n bytes (no terminator), so that a read past
   the end is an ASan error, with room for every record and with too little */
static void scan_exact(const tc_timerec *r, const char *src, size_t n, const char *dct) {
    char *buf = malloc(n ? n : 1);
    assert_non_null(buf);
    memcpy(buf, src, n);
    tc_timex tx[64];
    size_t got = 0, got2 = 0;
    assert_int_equal(tc_time_find(r, buf, n, dct, tx, 64, &got), TC_OK);
    check_out(buf, n, tx, got < 64 ? got : 64);
    assert_int_equal(tc_time_find(r, buf, n, dct, tx, 2, &got2), TC_OK);
    assert_int_equal(got2, got);
    assert_int_equal(tc_time_find(r, buf, n, dct, NULL, 0, &got2), TC_OK);
    assert_int_equal(got2, got);
    free(buf);
}

static uint64_t rng_next(uint64_t *s) { /* xorshift64*, fixed seed: reproducible */
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

static void test_fuzz(void **st) {
    (void)st;
    tc_timerec *r = NULL;
    assert_int_equal(tc_timerec_open(&r, NULL), TC_OK);
    /* pieces that drive the grammar deep, mixed with arbitrary bytes */
    static const char *const piece[] = {
        "the ", "same ", "day", "next ", "following ", "week", "later", "earlier ", "that ", "night", " ago",
        "two ", "3", "-", "/", ":", ".", ",", "'", "s", "st", "2021", "1990s", "Oct", "October ", "31",
        "Sunday", "Mondays", "every ", "a.m.", "p.m", "GMT", "of ", "early ", "mid-", "the end of ", "at least ",
        "Christmas", "Easter ", "New Year", "'s ", "Eve", "Good Friday", "fiscal ", "Q", "quarter", "half",
        "morning", "\xe2\x80\x94", "\xe2\x80", "\xc2\xa0", "\xc3", "\xff", "\n\n", " ", "  ", "99999999999",
        "0600 ", "noon", "o'clock", "twenty-", "hundred", "decades", "century", "some ", "years", "before",
    };
    static const char *const dcts[] = {"2021-11-07", "2020-02-29", "1900-01-01", "2099-12-31", "0001-01-01",
                                       "9999-12-31"};
    uint64_t seed = 0x7ac175ull;
    char text[4096];
    for (int it = 0; it < 3000; it++) {
        size_t n = 0, want = rng_next(&seed) % 1200;
        while (n < want) {
            uint64_t x = rng_next(&seed);
            if (x % 4 == 0) {
                text[n++] = (char)(x >> 8);
            } else {
                const char *p = piece[(x >> 8) % (sizeof piece / sizeof piece[0])];
                size_t l = strlen(p);
                if (n + l > sizeof text) break;
                memcpy(text + n, p, l);
                n += l;
            }
        }
        scan_exact(r, text, n, dcts[it % (sizeof dcts / sizeof dcts[0])]);
    }
    /* a sentence far longer than one chunk, and every truncation of a
       UTF-8 story (cuts inside multi-byte characters included) */
    char *big = malloc(200000);
    assert_non_null(big);
    for (size_t k = 0; k < 200000; k++) big[k] = "Sunday 5 May 2019 the next day, "[k % 32];
    scan_exact(r, big, 200000, "2021-11-07");
    free(big);
    const char *story = "Le 5 mai \xe2\x80\x94 on \xe2\x80\x9cSunday\xe2\x80\x9d, 31\xc2\xa0Oct. 2021, "
                        "na\xc3\xafve r\xc3\xa9sum\xc3\xa9s \xf0\x9f\x93\x85 two days later; "
                        "the same day at 3:00 p.m. (0600 GMT) \xe2\x80\x98" "90s \xe6\x97\xa5\xe6\x9c\xac";
    size_t sl = strlen(story);
    for (size_t k = 0; k <= sl; k++) scan_exact(r, story, k, "2021-11-07");
    tc_timerec_close(r);
}

/* allocation N fails, for N = 0, 1, 2, ... until a run meets no failure */
struct inj { long countdown; bool hit; long live; };
static void *i_malloc(void *ud, size_t n) {
    struct inj *f = ud;
    if (f->countdown-- == 0) { f->hit = true; return NULL; }
    void *p = malloc(n);
    if (p) f->live++;
    return p;
}
static void *i_realloc(void *ud, void *p, size_t n) {
    struct inj *f = ud;
    if (f->countdown-- == 0) { f->hit = true; return NULL; }
    void *q = realloc(p, n);
    if (q && !p) f->live++;
    return q;
}
static void i_free(void *ud, void *p) {
    struct inj *f = ud;
    if (p) f->live--;
    free(p);
}

static void test_open_faults(void **st) {
    (void)st;
    long n;
    for (n = 0; n < 100; n++) {
        struct inj f = {n, false, 0};
        tc_alloc A = {i_malloc, i_realloc, i_free, &f};
        tc_timerec *r = (tc_timerec *)&f; /* must be reset to NULL on failure */
        int rc = tc_timerec_open(&r, &A);
        if (!f.hit) {
            assert_int_equal(rc, TC_OK);
            assert_non_null(r);
            tc_timerec_close(r);
            assert_int_equal(f.live, 0);
            break;
        }
        assert_int_equal(rc, TC_NOMEM);
        assert_null(r);
        assert_int_equal(f.live, 0);
    }
    assert_true(n >= 1 && n < 100); /* at least one failing run was met */
}

static void write_file(const char *path, const char *s) {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    assert_int_equal(fputs(s, f) >= 0, 1);
    assert_int_equal(fclose(f), 0);
}

/* the scorer reads TimeML through the recogniser's allocator: every
   failure ends in TC_NOMEM with nothing left allocated */
static void test_eval_faults(void **st) {
    (void)st;
    char dir[] = "/tmp/tc_time_fault_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p1[128], p2[128];
    snprintf(p1, sizeof p1, "%s/a.tml", dir);
    snprintf(p2, sizeof p2, "%s/b.tml", dir);
    write_file(p1, "<?xml version=\"1.0\"?>\n<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-11-07\" "
                   "functionInDocument=\"CREATION_TIME\">2021-11-07</TIMEX3></DCT>\n<TEXT>Rebels took the town "
                   "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-11-06\">yesterday</TIMEX3>. "
                   "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2021-11-06\">The same day</TIMEX3> the army left "
                   "for <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3>.</TEXT></TimeML>\n");
    write_file(p2, "<TimeML><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2020-02-29\" "
                   "functionInDocument=\"CREATION_TIME\">Feb 29</TIMEX3><TEXT>It rained "
                   "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-02-28\">on Friday</TIMEX3> and "
                   "every Monday.</TEXT></TimeML>\n");
    tc_timerec *r0 = NULL;
    assert_int_equal(tc_timerec_open(&r0, NULL), TC_OK);
    tc_time_scores want, got;
    char err[256];
    assert_int_equal(tc_time_eval_dir(r0, dir, NULL, &want, err, sizeof err), TC_OK);
    tc_timerec_close(r0);
    assert_int_equal(want.docs, 2);
    assert_int_equal(want.gold, 4);
    long n, failed = 0;
    for (n = 0; n < 10000; n++) {
        struct inj f = {n, false, 0};
        tc_alloc A = {i_malloc, i_realloc, i_free, &f};
        tc_timerec *r = NULL;
        int rc = tc_timerec_open(&r, &A);
        if (rc == TC_OK) {
            rc = tc_time_eval_dir(r, dir, NULL, &got, err, sizeof err);
            tc_timerec_close(r);
        }
        assert_int_equal(f.live, 0); /* no leak on any path */
        if (!f.hit) {
            assert_int_equal(rc, TC_OK);
            assert_int_equal(got.gold, want.gold);
            assert_int_equal(got.sys, want.sys);
            assert_true(got.value_f1 == want.value_f1);
            break;
        }
        assert_int_equal(rc, TC_NOMEM);
        failed++;
    }
    assert_true(failed >= 5 && n < 10000);
    unlink(p1);
    unlink(p2);
    rmdir(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_table), cmocka_unit_test(test_negative),
                                       cmocka_unit_test(test_timeline), cmocka_unit_test(test_fuzz),
                                       cmocka_unit_test(test_open_faults), cmocka_unit_test(test_eval_faults),
                                       cmocka_unit_test(test_tense_from_parse),
                                       cmocka_unit_test(test_event_dates)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
