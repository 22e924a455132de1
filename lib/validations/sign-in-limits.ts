// The sign-in fields' limits, shared by the schema the server applies (./auth.ts) and the
// sign-in form, which checks them with the browser's own constraint validation (maxLength,
// required, type=email) so that the first page a visitor loads carries no validation library.

export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MAX_LENGTH = 200;
export const CODE_MAX_LENGTH = 40;
