/*
 * gaz_format.h -- constants of the compiled gazetteer file shared by the
 * writer (gazetteer_build.c) and the reader (gazetteer.c); the layout is
 * described at the top of gazetteer.c.
 */
#ifndef TC_GAZ_FORMAT_H
#define TC_GAZ_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#define GZ_MAGIC "TCGAZETR"
#define GZ_HEADER 80
#define GZ_NSECT 6
enum { GZ_STR = 0, GZ_PLACE = 1, GZ_HASH = 2, GZ_POST = 3, GZ_GID = 4, GZ_META = 5 };

/* Place record: 0 geonameid, 4 name, 8 lat*1e5 (i32), 12 lon*1e5 (i32),
   16 population, 20 admin1 name, 24 admin1 code, 28 feature code,
   32 country code, 36 kind (u8), 37..39 zero, 40 admin2 name, 44 ISO
   3166-1 alpha-3 of the country ("" when unknown); all strings are STR
   offsets.  Format 3 added admin2 and the alpha-3 codes (so that nothing
   reads countryInfo.txt at run time); format 4 extended the checksum over
   the header. */
#define GZ_PLACE_SIZE 48

/* The file checksum: CRC-32 of p[0..n) with bytes 24-27 (the checksum
   itself) read as zero; n >= GZ_HEADER. */
uint32_t gz_crc(const unsigned char *p, size_t n);

#endif
