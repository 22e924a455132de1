import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { signInSchema } from "@/lib/validations/auth";
import { verifyPassword } from "./password";

const SESSION_HOURS = 12;

/** next-auth v4 configuration: credentials against hashed passwords, JWT sessions. */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Kata sandi", type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
        if (!user || !user.active || !(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
        await prisma.$transaction(async (tx) => {
          await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
          await writeAudit(
            tx,
            { id: user.id, email: user.email, name: user.name, role: user.role, agencyId: user.agencyId },
            {
              action: "auth.signIn",
              entity: "User",
              entityId: user.id,
            },
          );
        });
        return { id: user.id, name: user.name, email: user.email, role: user.role, agencyId: user.agencyId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.agencyId = user.agencyId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { id: token.uid, name: token.name ?? "", email: token.email ?? "", role: token.role, agencyId: token.agencyId ?? null };
      }
      return session;
    },
  },
};
