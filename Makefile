# Quotetracker. `make run` starts the whole system locally; `make test` runs
# every check CI runs. Tools install themselves through the Go module proxy
# into bin/tools; nothing needs to be installed by hand but Go.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

GO        ?= go
BIN       := $(CURDIR)/bin
TOOLS     := $(BIN)/tools
MODULES   := pkg services/ingest services/quote services/gateway cmd/quotectl e2e
DATA_DIR  ?= .data
SHARED    ?= $(abspath $(CURDIR)/../shared)

BUF_VERSION                ?= v1.75.0
PROTOC_GEN_GO_VERSION      ?= v1.36.12
PROTOC_GEN_GO_GRPC_VERSION ?= v1.6.2
GRPCURL_VERSION            ?= v1.9.4
GRPC_GATEWAY_VERSION       ?= v2.33.0
PROTOVALIDATE_VERSION      ?= v1.2.2
PROTO_PLUGINS := $(TOOLS)/buf $(TOOLS)/protoc-gen-go $(TOOLS)/protoc-gen-go-grpc $(TOOLS)/protoc-gen-grpc-gateway $(TOOLS)/protoc-gen-openapiv2 proto/third_party/buf/validate/validate.proto

.PHONY: all build run test test-unit test-e2e test-faults load check vet fmt-check proto proto-check k8s-check eval bench tools clean

all: build

## build: put quotectl, ingest, quote and gateway into ./bin
build:
	$(GO) build -o $(BIN)/ ./cmd/quotectl ./services/ingest ./services/quote ./services/gateway

## run: the whole system on embedded NATS and FerretDB (Ctrl-C stops it)
run: build
	$(BIN)/quotectl dev --data-dir $(DATA_DIR)

## test: static checks, unit and integration tests, end-to-end tests, fault suite
test: check test-unit test-e2e test-faults

test-unit:
	$(GO) test -count=1 -timeout 15m $(addprefix ./,$(addsuffix /...,$(filter-out e2e,$(MODULES))))

test-e2e:
	$(GO) test -count=1 -timeout 15m -v ./e2e/... 2>&1 | grep -Ev '^=== (RUN|PAUSE|CONT)'

## test-faults: kill, restart and cut off real processes while ingesting;
## the stored statements must equal a clean run's exactly
test-faults:
	QUOTETRACKER_FAULTS=1 $(GO) test -count=1 -timeout 20m -run TestFaults -v ./e2e/ 2>&1 | grep -Ev '^=== (RUN|PAUSE|CONT)'

check: fmt-check vet proto-check k8s-check
	cd scripts/k8scheck && GOWORK=off $(GO) vet ./... && GOWORK=off $(GO) test -count=1 ./...

vet:
	$(GO) vet $(addprefix ./,$(addsuffix /...,$(MODULES)))

fmt-check:
	@out=$$(gofmt -l $(MODULES) | grep -v '\.pb\.go$$' || true); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

## proto: regenerate pkg/gen from proto/ (generated code is committed)
proto: $(PROTO_PLUGINS)
	cd proto && $(TOOLS)/buf lint
	rm -rf pkg/gen/quotetracker pkg/apidocs/*.swagger.json
	cd proto && $(TOOLS)/buf generate --path quotetracker

## proto-check: fail when the committed generated code is stale
proto-check: $(PROTO_PLUGINS)
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; \
	cp -r pkg/gen $$tmp/gen; cp pkg/apidocs/quotetracker.swagger.json $$tmp/; \
	$(MAKE) --no-print-directory proto >/dev/null; \
	if ! diff -r $$tmp/gen pkg/gen || ! diff $$tmp/quotetracker.swagger.json pkg/apidocs/; then \
		echo "generated code was stale: run 'make proto' and commit the result"; exit 1; fi; \
	echo "generated code is up to date"

## k8s-check: render every kustomize overlay and decode it strictly
k8s-check:
	bash scripts/k8s-check.sh

## eval: extraction quality on the annotated dev split
eval:
	cd pkg && $(GO) run ./cmd/quoteeval -gold $(SHARED)/eval/polnear/dev.jsonl

## bench: extractor and index benchmarks
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./pkg/extract/... ./pkg/statements/... ./services/gateway/...

## load: gRPC load test of the gateway on loopback (ghz; bounded)
load:
	bash scripts/load.sh

tools: $(PROTO_PLUGINS) $(TOOLS)/grpcurl

# protovalidate's rule definitions, from its Go module (read-only in the
# module cache, so copied).
proto/third_party/buf/validate/validate.proto:
	dir=$$(GOWORK=off $(GO) mod download -json github.com/bufbuild/protovalidate@$(PROTOVALIDATE_VERSION) | sed -n 's/.*"Dir": "\(.*\)",/\1/p'); \
	mkdir -p proto/third_party/buf/validate; \
	install -m 0644 $$dir/proto/protovalidate/buf/validate/validate.proto $@

$(TOOLS)/buf:
	GOBIN=$(TOOLS) GOWORK=off $(GO) install github.com/bufbuild/buf/cmd/buf@$(BUF_VERSION)
$(TOOLS)/protoc-gen-go:
	GOBIN=$(TOOLS) GOWORK=off $(GO) install google.golang.org/protobuf/cmd/protoc-gen-go@$(PROTOC_GEN_GO_VERSION)
$(TOOLS)/protoc-gen-go-grpc:
	GOBIN=$(TOOLS) GOWORK=off $(GO) install google.golang.org/grpc/cmd/protoc-gen-go-grpc@$(PROTOC_GEN_GO_GRPC_VERSION)
$(TOOLS)/protoc-gen-grpc-gateway:
	GOBIN=$(TOOLS) GOWORK=off $(GO) install github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-grpc-gateway@$(GRPC_GATEWAY_VERSION)
$(TOOLS)/protoc-gen-openapiv2:
	GOBIN=$(TOOLS) GOWORK=off $(GO) install github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-openapiv2@$(GRPC_GATEWAY_VERSION)
$(TOOLS)/grpcurl:
	GOBIN=$(TOOLS) GOWORK=off $(GO) install github.com/fullstorydev/grpcurl/cmd/grpcurl@$(GRPCURL_VERSION)

clean:
	rm -rf $(BIN)
