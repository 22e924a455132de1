import { core } from "./id/core";
import { publicPages } from "./id/public-pages";
import { work } from "./id/work";
import { rules } from "./id/rules";
import { offices } from "./id/offices";
import { traffic } from "./id/traffic";
import { mail } from "./id/mail";

// Bahasa Indonesia: the first language of SIGAP, by area of the interface (lib/i18n/id/).
export const id = { ...core, ...publicPages, ...work, ...rules, ...offices, ...traffic, ...mail };

/** The shape every language's text has: Indonesian's (lib/i18n/en.ts must match it). */
export type Dictionary = typeof id;
