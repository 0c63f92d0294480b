package serve

import (
	"errors"
	"strings"
	"sync"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/team"
)

// Authentication is by public key only. The public-key handler runs for
// every key a client offers, before the client proves it holds the
// private key, so it only answers whether a key is a member's and
// records nothing about who is signing in (soft-serve's
// GHSA-pchf-49fh-w34r: an identity recorded there can be the offered key's,
// not the signing one's). identify takes the person from the key the
// session actually authenticated with (ssh.Session.PublicKey, which the
// SSH library takes from the successful authentication) and looks them up
// again.

// The context keys.
var (
	// personKey holds the app.Person identify found for the session.
	personKey = &struct{ name string }{"inmail-person"}
	// preAuthKey holds the connection's gossh.ServerPreAuthConn, to send a
	// banner before authentication fails.
	preAuthKey = &struct{ name string }{"inmail-preauth"}
	// offeredKey holds the unknown keys a client offered (*offered).
	offeredKey = &struct{ name string }{"inmail-offered"}
)

// offered are the fingerprints of the unknown keys a connection offered.
type offered struct {
	mu   sync.Mutex
	keys []gossh.PublicKey
}

// knownKey is the public-key handler: true for a member's key. An unknown
// key is remembered, to be named when authentication fails.
func (s *Server) knownKey(ctx ssh.Context, key ssh.PublicKey) bool {
	_, err := s.member(key)
	if err == nil {
		return true
	}
	if errors.Is(err, team.ErrUnknownKey) {
		o, _ := ctx.Value(offeredKey).(*offered)
		if o == nil {
			o = &offered{}
			ctx.SetValue(offeredKey, o)
		}
		o.mu.Lock()
		if len(o.keys) < 8 {
			o.keys = append(o.keys, key)
		}
		o.mu.Unlock()
	} else {
		s.cfg.Log.Error("key lookup failed", "err", err)
	}
	return false
}

// refuseUnknown runs when every key was refused (a client tries
// keyboard-interactive last): it never lets anyone in, and sends the
// client one line per unknown key with its SHA256 fingerprint, so the
// person can ask an admin to add it. No password or answer is asked.
func (s *Server) refuseUnknown(ctx ssh.Context, _ gossh.KeyboardInteractiveChallenge) bool {
	pre, _ := ctx.Value(preAuthKey).(gossh.ServerPreAuthConn)
	o, _ := ctx.Value(offeredKey).(*offered)
	if pre == nil {
		return false
	}
	var lines []string
	if o != nil {
		o.mu.Lock()
		for _, k := range o.keys {
			lines = append(lines, team.UnknownKey(k))
		}
		o.mu.Unlock()
	}
	if len(lines) == 0 {
		lines = []string{"inmail: sign in with a public key that is on the team (ssh -i KEY); no other way in"}
	}
	s.cfg.Log.Info("refused", "remote", ctx.RemoteAddr().String(), "user", ctx.User(), "why", strings.Join(lines, "; "))
	_ = pre.SendAuthBanner(strings.Join(lines, "\r\n") + "\r\n")
	return false
}

// withPreAuthConn keeps each connection's pre-authentication handle in its
// context, for refuseUnknown's banner.
func withPreAuthConn() ssh.Option {
	return func(srv *ssh.Server) error {
		srv.ServerConfigCallback = func(ctx ssh.Context) *gossh.ServerConfig {
			return &gossh.ServerConfig{
				PreAuthConnCallback: func(c gossh.ServerPreAuthConn) { ctx.SetValue(preAuthKey, c) },
			}
		}
		return nil
	}
}

// member looks the key's owner up in the log.
func (s *Server) member(key ssh.PublicKey) (team.Member, error) {
	var sess app.Session
	sess.Store = s.held
	return sess.MemberByKey(key)
}

// identify is the middleware every session passes first: the person is
// the owner of the key the session authenticated with, looked up again
// now (they may have been removed since), never anything the client
// sent in its environment.
func (s *Server) identify(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		key := sess.PublicKey()
		if key == nil {
			refuse(sess, "inmail: sign in with a public key", app.ExitRefused)
			return
		}
		m, err := s.member(key)
		if errors.Is(err, team.ErrUnknownKey) {
			refuse(sess, team.UnknownKey(key), app.ExitRefused)
			return
		}
		if err != nil {
			s.cfg.Log.Error("key lookup failed", "err", err)
			refuse(sess, "inmail: "+err.Error(), app.ExitFailed)
			return
		}
		p, err := app.PersonOf(m, s.cfg.Now().Location())
		if err != nil {
			refuse(sess, "inmail: "+m.Name+"'s record: "+err.Error()+"; ask an admin to fix it with inmail team add", app.ExitBadInput)
			return
		}
		sess.Context().SetValue(personKey, p)
		next(sess)
	}
}

// personOf is the person identify found.
func personOf(sess ssh.Session) (app.Person, bool) {
	p, ok := sess.Context().Value(personKey).(app.Person)
	return p, ok
}

// refuse ends a session with one line on its standard error.
func refuse(sess ssh.Session, line string, code int) {
	_, _ = sess.Stderr().Write([]byte(line + "\n"))
	_ = sess.Exit(code)
}
