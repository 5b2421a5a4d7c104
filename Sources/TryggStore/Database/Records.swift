// Fluent models are classes with property wrappers that the compiler cannot check for Sendable;
// every record type in TryggStore is `@unchecked Sendable` for that reason and none leaves this module.
