// Package apidocs holds the OpenAPI description of the HTTP/JSON API,
// generated from the protos by `make proto`.
package apidocs

import _ "embed"

// OpenAPI is the OpenAPI (Swagger 2.0) document, JSON.
//
//go:embed quotetracker.swagger.json
var OpenAPI []byte
