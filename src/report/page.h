/*
 * page.h -- the page's source files (src/report/page/report.html, .css,
 * .js) as byte arrays, generated at build time by mk/report.mk into
 * $(BUILD)/gen/report_page.c.  The HTML is the template: page.c fills its
 * <!--TC:NAME--> markers.
 *
 * Not API.
 */
#ifndef TC_REPORT_PAGE_H
#define TC_REPORT_PAGE_H

#include <stddef.h>

extern const unsigned char tc_report_page_html[];
extern const size_t tc_report_page_html_len;
extern const unsigned char tc_report_page_css[];
extern const size_t tc_report_page_css_len;
extern const unsigned char tc_report_page_js[];
extern const size_t tc_report_page_js_len;

#endif
