# Shortcuts for the scripts in scripts/ (the README gives the scripts themselves).
.PHONY: run test bench
run:
	scripts/run
test:
	scripts/test
bench:
	scripts/bench
