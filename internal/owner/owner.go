//go:build unix

package owner

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"syscall"
	"time"
)

// maxRequest bounds the request header.
const maxRequest = 1 << 20

// Listener serves the owner socket.
type Listener struct {
	l    *net.UnixListener
	path string
	wg   sync.WaitGroup
}

// ErrOwned: another process answers on the socket already.
var ErrOwned = errors.New("another inmail owns this database")

// Listen opens the owner socket at path and serves each connection with h
// until Close. A socket left by an owner that died is replaced; one that
// answers is ErrOwned. The socket is made 0600, and a peer whose uid is
// not this process's is refused.
func Listen(path string, h Handler) (*Listener, error) {
	if c, err := net.DialTimeout("unix", path, 200*time.Millisecond); err == nil {
		c.Close()
		return nil, fmt.Errorf("%s: %w", path, ErrOwned)
	}
	_ = os.Remove(path)
	old := syscall.Umask(0o177)
	l, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	syscall.Umask(old)
	if err != nil {
		return nil, fmt.Errorf("owner socket %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		l.Close()
		return nil, fmt.Errorf("owner socket %s: %w", path, err)
	}
	l.SetUnlinkOnClose(true)
	o := &Listener{l: l, path: path}
	o.wg.Add(1)
	go func() {
		defer o.wg.Done()
		for {
			c, err := l.AcceptUnix()
			if err != nil {
				return
			}
			o.wg.Add(1)
			go func() {
				defer o.wg.Done()
				serveConn(c, h)
			}()
		}
	}()
	return o, nil
}

// Close stops accepting, waits for the commands in flight and removes the
// socket.
func (o *Listener) Close() error {
	err := o.l.Close()
	o.wg.Wait()
	return err
}

// serveConn reads one request and its descriptors, runs it and answers.
func serveConn(c *net.UnixConn, h Handler) {
	defer c.Close()
	if err := checkPeer(c); err != nil {
		_ = writeStatus(c, -1)
		return
	}
	req, files, err := readRequest(c)
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	if err != nil || len(files) != 3 {
		_ = writeStatus(c, -1)
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		// The client sends nothing more: a read that ends means it left.
		_, _ = io.Copy(io.Discard, c)
		cancel()
	}()
	_ = writeStatus(c, h(ctx, req, files[0], files[1], files[2]))
}

// readRequest reads the length-prefixed JSON request with the client's
// three descriptors attached.
func readRequest(c *net.UnixConn) (Request, []*os.File, error) {
	var req Request
	buf := make([]byte, 4+maxRequest)
	oob := make([]byte, syscall.CmsgSpace(3*4))
	n, oobn, _, _, err := c.ReadMsgUnix(buf[:4], oob)
	if err != nil || n != 4 {
		return req, nil, fmt.Errorf("owner: read request: %v", err)
	}
	files, err := parseRights(oob[:oobn])
	if err != nil {
		return req, files, err
	}
	size := binary.BigEndian.Uint32(buf[:4])
	if size > maxRequest {
		return req, files, errors.New("owner: request too large")
	}
	if _, err := io.ReadFull(c, buf[:size]); err != nil {
		return req, files, fmt.Errorf("owner: read request: %w", err)
	}
	return req, files, json.Unmarshal(buf[:size], &req)
}

func parseRights(oob []byte) ([]*os.File, error) {
	msgs, err := syscall.ParseSocketControlMessage(oob)
	if err != nil {
		return nil, err
	}
	var files []*os.File
	for _, m := range msgs {
		fds, err := syscall.ParseUnixRights(&m)
		if err != nil {
			continue
		}
		for i, fd := range fds {
			files = append(files, os.NewFile(uintptr(fd), fmt.Sprintf("client-fd-%d", i)))
		}
	}
	return files, nil
}

func writeStatus(c *net.UnixConn, code int) error {
	return binary.Write(c, binary.BigEndian, int32(code))
}

// Run hands req to the owner listening at path, with this process's
// standard streams, and returns the command's exit status. ok is false
// when no owner answers (no socket, or a socket nothing listens on), so
// the caller runs the command itself.
func Run(ctx context.Context, path string, req Request, stdin, stdout, stderr *os.File) (code int, ok bool, err error) {
	if _, err := os.Stat(path); err != nil {
		return 0, false, nil
	}
	d := net.Dialer{Timeout: time.Second}
	nc, err := d.DialContext(ctx, "unix", path)
	if err != nil {
		return 0, false, nil
	}
	c := nc.(*net.UnixConn)
	defer c.Close()
	// The descriptors and the environment go only to a process of this
	// user: a socket another user left beside a database in a shared
	// folder gets nothing.
	if err := checkPeer(c); err != nil {
		return 0, true, fmt.Errorf("%s is not this user's inmail (%v); nothing was sent to it", path, err)
	}
	body, err := json.Marshal(req)
	if err != nil {
		return 0, false, err
	}
	head := binary.BigEndian.AppendUint32(nil, uint32(len(body)))
	rights := syscall.UnixRights(int(stdin.Fd()), int(stdout.Fd()), int(stderr.Fd()))
	if _, _, err := c.WriteMsgUnix(head, rights, nil); err != nil {
		return 0, false, nil
	}
	if _, err := c.Write(body); err != nil {
		return 0, true, fmt.Errorf("owner %s: %w", path, err)
	}
	var status int32
	done := make(chan error, 1)
	go func() { done <- binary.Read(c, binary.BigEndian, &status) }()
	select {
	case <-ctx.Done():
		return 0, true, ctx.Err()
	case err := <-done:
		if err != nil {
			return 0, true, fmt.Errorf("the inmail that holds the database stopped before answering (%w)", err)
		}
	}
	if status < 0 {
		return 0, true, errors.New("the inmail that holds the database refused the command (another user's?)")
	}
	return int(status), true, nil
}
