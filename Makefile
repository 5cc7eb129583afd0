# The two commands of the README. Each does its own setup (scripts/setup.sh skips what is present).
#   make serve   build the explorer and serve it on http://127.0.0.1:8080/ (PORT=… to change)
#   make test    run every check and test; leaves a release build in dist/
#   make bench   run the benchmarks and write BENCHMARKS.md
.PHONY: serve test setup bench

serve: setup
	@scripts/serve.sh

test: setup
	@scripts/test.sh

setup:
	@scripts/setup.sh

bench:
	@scripts/setup.sh bench
	@scripts/bench.sh
