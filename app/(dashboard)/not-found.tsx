export { OfficialNotFound as default } from "@/components/layout/localized-not-found";
