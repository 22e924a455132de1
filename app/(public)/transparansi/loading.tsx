// Only on pages that never answer 404/403 from inside: a loading boundary starts the
// response (status 200) before the page could call notFound() or forbidden().
import { PageLoading } from "@/components/layout/page-loading";

export default PageLoading;
