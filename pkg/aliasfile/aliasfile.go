// Package aliasfile loads the speaker alias table: the built-in one, plus an
// operator's file when one is configured.
package aliasfile

import (
	"fmt"
	"os"

	"github.com/quotetracker/quotetracker/pkg/extract"
)

// Load returns the built-in alias table merged with the file at path (if
// path is not empty).
func Load(path string) (*extract.Aliases, error) {
	aliases := extract.DefaultAliases()
	if path == "" {
		return aliases, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open alias file: %w", err)
	}
	defer f.Close()
	extra, err := extract.ParseAliases(f)
	if err != nil {
		return nil, fmt.Errorf("alias file %s: %w", path, err)
	}
	return aliases.Merge(extra), nil
}
