module github.com/quotetracker/quotetracker/e2e

go 1.26.0

require github.com/quotetracker/quotetracker/pkg v0.0.0

require (
	golang.org/x/net v0.60.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/text v0.44.0 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260817212433-ac3dfec99bb1 // indirect
	google.golang.org/grpc v1.85.0 // indirect
	google.golang.org/protobuf v1.36.12 // indirect
)

replace github.com/quotetracker/quotetracker/pkg => ../pkg
