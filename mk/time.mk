# time stage: the throughput benchmark (not part of `make all`).
$(BUILD)/bench/bench_time: bench/bench_time.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)
