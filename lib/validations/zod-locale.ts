import { z } from "zod";

// zod's built-in messages in Bahasa Indonesia (the officials' language) for every
// schema; imported for its effect by each schema module.
z.config(z.locales.id());
