/*
 * sqlite_rows.h -- the one number a query returns ("SELECT count(*) ..."),
 * read from a database file, for the unit tests that check what a run
 * wrote into SQLite.  Include after cmocka.h and sqlite3.h.
 */
#ifndef TC_TEST_SQLITE_ROWS_H
#define TC_TEST_SQLITE_ROWS_H

static inline int db_count(const char *db, const char *sql) {
    sqlite3 *h;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &s, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    int n = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(h);
    return n;
}

#endif
