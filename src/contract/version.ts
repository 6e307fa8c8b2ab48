/** Version of the parse output's shape (ParseOutput.schemaVersion); bump when it changes. */
export const SCHEMA_VERSION = 2;
