import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { RoleCode } from "@/lib/vocabulary";
import { openSession, revokeSession } from "./sessions";
import { authorizeCredentials } from "./sign-in";

const SESSION_HOURS = 12;

/**
 * next-auth v4 configuration: credentials against hashed passwords (lib/auth/sign-in.ts),
 * JWT sessions that name a UserSession row, so that signing out ends the session on the
 * server too, not only in the browser that held the cookie.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Kata sandi", type: "password" },
        code: { label: "Kode verifikasi", type: "text" },
      },
      async authorize(credentials, request) {
        const user = await authorizeCredentials(
          credentials,
          new Headers(request?.headers as Record<string, string> | undefined),
        );
        return user && { ...user, role: user.role as RoleCode };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const actor = {
          id: user.id,
          email: user.email ?? "",
          name: user.name ?? "",
          role: user.role,
          agencyId: user.agencyId,
        };
        token.sid = await openSession(actor, SESSION_HOURS);
        token.uid = user.id;
        token.role = user.role;
        token.agencyId = user.agencyId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role && token.sid) {
        session.user = {
          id: token.uid,
          name: token.name ?? "",
          email: token.email ?? "",
          role: token.role,
          agencyId: token.agencyId ?? null,
        };
        session.sid = token.sid;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(token.sid);
    },
  },
};
