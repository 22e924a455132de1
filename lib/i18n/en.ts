import type { Dictionary } from "./id";
import { core } from "./en/core";
import { publicPages } from "./en/public-pages";
import { work } from "./en/work";
import { rules } from "./en/rules";
import { offices } from "./en/offices";
import { traffic } from "./en/traffic";
import { mail } from "./en/mail";

// English, behind the language switch, by area (lib/i18n/en/); each area is typed against
// the Indonesian one, so no key is missing.
export const en: Dictionary = { ...core, ...publicPages, ...work, ...rules, ...offices, ...traffic, ...mail };
