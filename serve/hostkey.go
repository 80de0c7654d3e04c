package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// hostKeyFile is the default host key's file name inside the config dir.
const hostKeyFile = "ssh_host_ed25519_key"

// DefaultHostKeyPath is where the host key lives when --host-key is not
// given: $XDG_CONFIG_HOME/factpane/ssh_host_ed25519_key (on Linux usually
// ~/.config/factpane/, on macOS ~/Library/Application Support/factpane/).
func DefaultHostKeyPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no config directory for the host key (%v); pass --host-key PATH", err)
	}
	return filepath.Join(dir, "factpane", hostKeyFile), nil
}

// ensureHostKey returns the host key at path, generating an ed25519 key
// there (0600, with a .pub beside it) on first start so clients see the
// same key after every restart.
//
// wish.WithHostKeyPath would generate one too, but its keygen chmods an
// existing parent directory to 0700: pointed at ./key it would lock down
// the operator's working directory. Here only a missing directory is
// created, and an existing key is never overwritten.
func ensureHostKey(path string) (signer gossh.Signer, created bool, err error) {
	if err := checkHostKeyFile(path); err != nil {
		return nil, false, err
	}
	pemBytes, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if pemBytes, err = generateHostKey(path); err != nil {
			return nil, false, fmt.Errorf("host key %s: %w", path, err)
		}
		created = true
	} else if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	signer, err = gossh.ParsePrivateKey(pemBytes)
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	return signer, created, nil
}

// checkHostKeyFile refuses a host key others may read, as OpenSSH's sshd
// does: whoever can read it can pose as this server. It also explains a
// symbolic link to nothing, which would otherwise fail as "file exists"
// when the key is generated. A missing key is fine (it is generated).
func checkHostKeyFile(path string) error {
	lst, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("host key %s: %w", path, err)
	}
	st, err := os.Stat(path)
	if lst.Mode()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
		target, _ := os.Readlink(path)
		return fmt.Errorf("host key %s is a symbolic link to %s, which does not exist: "+
			"remove the link to have a new key made there, or point --host-key at the key", path, target)
	}
	if err != nil {
		return fmt.Errorf("host key %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("host key %s is not a regular file (%v)", path, st.Mode().Type())
	}
	if exposed(st) {
		return fmt.Errorf("host key %s can be read by others (mode %04o): anyone who reads it can pose as this server. "+
			"Make it private (chmod 600 %s), and make a new key if it may have been copied", path, st.Mode().Perm(), path)
	}
	return nil
}

func generateHostKey(path string) ([]byte, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "factpane host key")
	if err != nil {
		return nil, err
	}
	pemBytes := pem.EncodeToMemory(block)
	// O_EXCL: two servers started at once must not both write a key.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(pemBytes); err != nil {
		f.Close()
		os.Remove(path)
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	sshPub, err := gossh.NewPublicKey(pub)
	if err == nil {
		// The .pub lets the operator publish the fingerprint; losing it is harmless.
		_ = os.WriteFile(path+".pub", gossh.MarshalAuthorizedKey(sshPub), 0o644)
	}
	return pemBytes, nil
}
