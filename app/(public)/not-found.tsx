export { LocalizedNotFound as default } from "@/components/layout/localized-not-found";
