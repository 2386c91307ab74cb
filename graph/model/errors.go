package model

// ClientError is an error whose message is written for the API's client.
// The error presenter shows Message with the code of Kind (kg.ErrInvalid,
// kg.ErrNotFound, ...); an error of those kinds that is not a ClientError
// (a store's, say, which names the backend) gets a fixed message per kind,
// and its own words go to the log. Err, if set, is the cause, for the log.
type ClientError struct {
	Kind    error
	Message string
	Err     error
}

func (e *ClientError) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *ClientError) Unwrap() []error { return []error{e.Kind, e.Err} }
