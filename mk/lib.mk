# mk/lib.mk -- the shared library, its pkg-config file and `make install`.
#
#   build/libtacitus.so.X.Y.Z   soname libtacitus.so.X (X = major of TC_VERSION_STRING
#                               in include/tacitus.h, the one place the version is
#                               written); build/libtacitus.so.X and build/libtacitus.so
#                               are symlinks.  Only the tc_ API is exported (hidden
#                               visibility plus a version script).
#   make install PREFIX=DIR     (default /usr/local; DESTDIR is honoured) installs
#       DIR/bin/tacitus
#       DIR/lib/libtacitus.so.X.Y.Z, libtacitus.so.X, libtacitus.so, libtacitus.a
#       DIR/lib/pkgconfig/tacitus.pc
#       DIR/include/tacitus.h
#       DIR/share/tacitus/models/   en-ud.tcm, phoenix.tcd, gazetteer.tcg
#       DIR/share/tacitus/data/     a copy of the repository's data/ tree
#   make uninstall PREFIX=DIR   removes those files again.
#
# Every library object is compiled position-independent (-fPIC), once, for
# both libtacitus.a and the shared library.  The executable is PIE already
# (Debian's default), so this costs the CLI nothing: the static link turns
# the GOT and PLT references back into direct ones.
TC_VERSION := $(shell sed -n 's/^\#define TC_VERSION_STRING "\(.*\)"/\1/p' include/tacitus.h)
TC_MAJOR := $(firstword $(subst ., ,$(TC_VERSION)))
SONAME := libtacitus.so.$(TC_MAJOR)
SHLIB_REAL := $(BUILD)/libtacitus.so.$(TC_VERSION)
SHLIB := $(BUILD)/libtacitus.so
PREFIX ?= /usr/local

CFLAGS += -fPIC -fno-semantic-interposition

# A build folder made before this rule has objects without -fPIC: the stamp
# (new there) makes them rebuild once.
PIC_STAMP := $(BUILD)/obj/.fpic
$(PIC_STAMP):
	@mkdir -p $(dir $@)
	@touch $@
$(LIB_OBJ): $(PIC_STAMP)

.PHONY: shlib install uninstall
shlib: $(SHLIB)
all: shlib
check-plain: shlib

$(BUILD)/tacitus.map: mk/lib.mk
	@mkdir -p $(dir $@)
	printf 'TACITUS_%s {\n  global: tc_*;\n  local: *;\n};\n' '$(TC_MAJOR)' > $@

# made from the static library whole, so that it holds exactly what
# libtacitus.a holds (other fragments add objects to it, e.g. mk/report.mk)
$(SHLIB_REAL): $(LIB) $(BUILD)/tacitus.map
	$(CC) -shared $(LDFLAGS) -Wl,-soname,$(SONAME) -Wl,--version-script=$(BUILD)/tacitus.map -Wl,-z,defs \
	    -o $@ -Wl,--whole-archive $(LIB) -Wl,--no-whole-archive $(LDLIBS)

$(BUILD)/$(SONAME): $(SHLIB_REAL)
	ln -sf $(notdir $<) $@

$(SHLIB): $(BUILD)/$(SONAME)
	ln -sf $(SONAME) $@

IDIR = $(DESTDIR)$(PREFIX)
install: cli shlib models
	install -d $(IDIR)/bin $(IDIR)/lib/pkgconfig $(IDIR)/include $(IDIR)/share/tacitus/models \
	    $(IDIR)/share/tacitus/data
	install -m 755 $(CLI) $(IDIR)/bin/tacitus
	install -m 755 $(SHLIB_REAL) $(IDIR)/lib/
	ln -sf libtacitus.so.$(TC_VERSION) $(IDIR)/lib/$(SONAME)
	ln -sf $(SONAME) $(IDIR)/lib/libtacitus.so
	install -m 644 $(LIB) $(IDIR)/lib/libtacitus.a
	install -m 644 include/tacitus.h $(IDIR)/include/tacitus.h
	install -m 644 $(MODELS)/en-ud.tcm $(MODELS)/phoenix.tcd $(MODELS)/gazetteer.tcg $(IDIR)/share/tacitus/models/
	cp -R data/. $(IDIR)/share/tacitus/data/
	printf '%s\n' 'prefix=$(PREFIX)' 'exec_prefix=$${prefix}' 'libdir=$${exec_prefix}/lib' \
	    'includedir=$${prefix}/include' 'modeldir=$${prefix}/share/tacitus/models' \
	    'datadir=$${prefix}/share/tacitus/data' '' 'Name: tacitus' \
	    'Description: event data from news stories (CAMEO/PLOVER event records)' \
	    'Version: $(TC_VERSION)' 'Libs: -L$${libdir} -ltacitus' \
	    'Libs.private: $(LDLIBS)' 'Cflags: -I$${includedir}' > $(IDIR)/lib/pkgconfig/tacitus.pc

uninstall:
	rm -f $(IDIR)/bin/tacitus $(IDIR)/lib/libtacitus.so.$(TC_VERSION) $(IDIR)/lib/$(SONAME) \
	    $(IDIR)/lib/libtacitus.so $(IDIR)/lib/libtacitus.a $(IDIR)/include/tacitus.h \
	    $(IDIR)/lib/pkgconfig/tacitus.pc
	rm -rf $(IDIR)/share/tacitus
