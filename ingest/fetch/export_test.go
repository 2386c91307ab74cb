package fetch

// IsPublic is isPublic, for the tests.
var IsPublic = isPublic
