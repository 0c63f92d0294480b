// Package app is inmail's application layer: the use cases the CLI's
// commands, the composer screens and (with team mode) SSH command mode all
// call, one file each: compose and send, candidates and their intake
// (profile files read, an import planned), the personalization check, log
// queries, outcomes, imports, credits, reports and export, templates, and
// the demo history.
//
// A use case gets everything from outside as values in a Session: who acts
// (a Person: the name the log records, their seat and how they sign), the
// clock, the log (a Store, opened per call by the CLI and held by the
// composer or a server), the template library and the word lists. It
// reads no config file, environment or terminal and keeps no globals, so
// two sessions in one process can act as different people. It returns
// results; the caller prints them.
//
// Errors are *outreach.Error values (or wrap them), and ExitOf maps them,
// with ExitError, onto the one table of exit statuses.
package app
