package linkedin

import (
	"errors"
	"io"
	"strings"
	"time"
)

// Message is one row of messages.csv.
type Message struct {
	// Line is where the row starts in the file.
	Line           int
	ConversationID string
	From           string
	// SenderURL is the author's profile URL as exported.
	SenderURL string
	// To is the recipients' names as exported.
	To string
	// RecipientURLs are the recipients' profile URLs as exported.
	RecipientURLs []string
	Date          time.Time
	Subject       string
	Content       string
	Folder        string
	// Draft is true for messages LinkedIn marks as drafts (never sent).
	Draft bool
}

// ReadMessages parses messages.csv. It reads the whole file before returning
// so that an import of a damaged file writes nothing: the first bad row is an
// error naming the file, line and column.
func ReadMessages(file string, r io.Reader) ([]Message, error) {
	t, err := openTable(file, r, "CONVERSATION ID", "FROM", "DATE", "CONTENT")
	if err != nil {
		return nil, err
	}
	var out []Message
	for {
		rw, err := t.next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		m := Message{
			Line:           rw.line,
			ConversationID: rw.get("CONVERSATION ID"),
			From:           rw.get("FROM"),
			SenderURL:      rw.get("SENDER PROFILE URL"),
			To:             rw.get("TO"),
			RecipientURLs:  splitList(rw.get("RECIPIENT PROFILE URLS"), ";"),
			Subject:        rw.get("SUBJECT"),
			Content:        rw.get("CONTENT"),
			Folder:         rw.get("FOLDER"),
			Draft:          isYes(rw.get("IS MESSAGE DRAFT")) || isYes(rw.get("IS CONVERSATION DRAFT")),
		}
		if m.ConversationID == "" {
			return nil, rw.fail("CONVERSATION ID", "is empty; every exported message belongs to a conversation")
		}
		raw := rw.get("DATE")
		m.Date, err = parseDate(raw)
		if err != nil {
			return nil, rw.fail("DATE", "%s", err)
		}
		out = append(out, m)
	}
}

func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func isYes(s string) bool {
	switch strings.ToLower(s) {
	case "yes", "true", "1":
		return true
	}
	return false
}
