//go:build !unix

package feed

import "os"

// lockFile does nothing where flock is not available: read marks are
// still appended whole, but a compaction can race another process's mark.
func lockFile(*os.File, bool) (func(), error) { return func() {}, nil }
