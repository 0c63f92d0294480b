package demo

import (
	"github.com/inmail/inmail/internal/outreach"
)

// BatchSize is how many messages Run hands to write at a time when
// Options.Batch is 0. Each store.BulkSend call ends with an fsync, so
// larger batches write a million messages faster (measured: 59 s with
// 50,000, 73 s with 20,000); two batches are in memory at once.
const BatchSize = 50_000

// Run makes the whole history and hands it to write a batch at a time, in
// send order. The next batch is generated while write stores the one
// before, so generating and storing share two cores; memory holds two
// batches. It stops at the first error write returns.
func (g *Generator) Run(write func(msgs []outreach.Message, events [][]outreach.Event) error) error {
	type batch struct {
		msgs   []outreach.Message
		events [][]outreach.Event
		n      int
	}
	free := make(chan *batch, 2)
	full := make(chan *batch, 1)
	size := g.o.Batch
	if size <= 0 {
		size = BatchSize
	}
	for range 2 {
		free <- &batch{msgs: make([]outreach.Message, size), events: make([][]outreach.Event, size)}
	}
	stop := make(chan struct{})
	go func() {
		defer close(full)
		for {
			var b *batch
			select {
			case b = <-free:
			case <-stop:
				return
			}
			b.n = g.Next(b.msgs, b.events)
			if b.n == 0 {
				return
			}
			full <- b
		}
	}()
	var err error
	for b := range full {
		if err == nil {
			err = write(b.msgs[:b.n], b.events[:b.n])
			if err != nil {
				close(stop)
			}
		}
		free <- b
	}
	return err
}
