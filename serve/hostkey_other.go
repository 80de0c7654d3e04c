//go:build !unix

package serve

import "io/fs"

// exposed is false where file modes do not say who may read a file
// (Windows' are made up from the read-only flag).
func exposed(fs.FileInfo) bool { return false }
