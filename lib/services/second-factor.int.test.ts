import { generateSync } from "otplib";
import { describe, expect, it, vi } from "vitest";
import { resetSecondFactorAction, startSecondFactorAction } from "@/lib/actions/second-factor";
import { setUserActiveAction } from "@/lib/actions/users";
import { authorizeCredentials, CODE_FAILURES, SIGN_IN_ERRORS } from "@/lib/auth/sign-in";
import { openSession, actorOfSession } from "@/lib/auth/sessions";
import { prisma } from "@/lib/db";
import { createUser } from "@/lib/services/users";
import { demoActor, uniqueSuffix } from "@/test/actors";
import { signInAs } from "@/test/signed-in";
import {
  confirmSecondFactorEnrolment,
  resetSecondFactor,
  startSecondFactorEnrolment,
  turnOffSecondFactor,
} from "./second-factor";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("@/test/signed-in")).currentSession(),
}));

const PASSWORD = "tiga-kucing-oranye";
let nextAddress = 1;
const from = () => new Headers({ "x-forwarded-for": `198.51.100.${nextAddress++}` });
const code = (secret: string, ahead = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + ahead });

/** A new official of `role` with a second factor turned on: their email, secret and recovery codes. */
async function enrolled(role: "HUMAS" | "ADMIN" = "HUMAS") {
  const email = `dua-langkah-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase();
  const user = await createUser(prisma, { label: "test" }, { email, name: "Petugas Uji", role, password: PASSWORD });
  const actor = { id: user.id, role: user.role, agencyId: null, name: user.name, email };
  const { secret } = await startSecondFactorEnrolment(prisma, actor);
  const enrolledAt = Math.floor(Date.now() / 1000);
  const first = generateSync({ secret, epoch: enrolledAt });
  const { recoveryCodes } = await confirmSecondFactorEnrolment(prisma, actor, { secret, code: first });
  return { email, actor, secret, recoveryCodes, first };
}

describe("second factor at sign-in", () => {
  it("asks for the code after a right password, refuses a wrong or replayed one, takes the next", async () => {
    const { email, secret, first } = await enrolled();
    const credentials = (c?: string) => ({ email, password: PASSWORD, ...(c ? { code: c } : {}) });
    await expect(authorizeCredentials(credentials(), from())).rejects.toThrow(SIGN_IN_ERRORS.codeNeeded);
    // A wrong password never reaches the code question.
    expect(await authorizeCredentials({ email, password: "salah-sekali-ini", code: "000000" }, from())).toBeNull();
    await expect(authorizeCredentials(credentials("000000"), from())).rejects.toThrow(SIGN_IN_ERRORS.codeInvalid);
    // Enrolment's code is never accepted again (whatever step it is now); a later step's is.
    await expect(authorizeCredentials(credentials(first), from())).rejects.toThrow(SIGN_IN_ERRORS.codeInvalid);
    expect(await authorizeCredentials(credentials(code(secret, 30)), from())).toMatchObject({ email });
  });

  it("does not count a used code sent again as a guess (two sign-ins of one official)", async () => {
    const { email, secret } = await enrolled();
    const credentials = (c: string) => ({ email, password: PASSWORD, code: c });
    const used = code(secret, 30);
    expect(await authorizeCredentials(credentials(used), from())).toMatchObject({ email });
    for (let i = 0; i < CODE_FAILURES + 3; i++)
      await expect(authorizeCredentials(credentials(used), from())).rejects.toThrow(SIGN_IN_ERRORS.codeInvalid);
    // Not locked out: the account has had no wrong code. (The next step's code is valid a step ahead.)
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 100));
    expect(await authorizeCredentials(credentials(code(secret, 30)), from())).toMatchObject({ email });
  });

  it("takes each recovery code once", async () => {
    const { email, recoveryCodes } = await enrolled();
    const signIn = () => authorizeCredentials({ email, password: PASSWORD, code: recoveryCodes[3] }, from());
    expect(await signIn()).toMatchObject({ email });
    await expect(signIn()).rejects.toThrow(SIGN_IN_ERRORS.codeInvalid);
  });

  it(`checks at most ${CODE_FAILURES} codes of an account when 30 arrive at once`, async () => {
    const { email, actor } = await enrolled();
    const guesses = Array.from({ length: 30 }, (_, i) => String(100000 + i * 7));
    await Promise.allSettled(
      guesses.map((guess) => authorizeCredentials({ email, password: PASSWORD, code: guess }, from())),
    );
    const checked = await prisma.auditLog.count({ where: { action: "auth.secondFactorFailed", entityId: actor.id } });
    expect(checked).toBeLessThanOrEqual(CODE_FAILURES);
  });

  it("can be turned off with a code by roles that may, never by an admin", async () => {
    const humas = await enrolled("HUMAS");
    await expect(turnOffSecondFactor(prisma, humas.actor, "000000")).rejects.toMatchObject({ code: "INVALID" });
    await turnOffSecondFactor(prisma, humas.actor, code(humas.secret, 30));
    expect(await authorizeCredentials({ email: humas.email, password: PASSWORD }, from())).toMatchObject({
      email: humas.email,
    });
    const admin = await enrolled("ADMIN");
    await expect(turnOffSecondFactor(prisma, admin.actor, code(admin.secret, 30))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("is reset by an admin: every session ends, the account signs in with its password and enrols again", async () => {
    const { email, actor } = await enrolled();
    const session = await openSession(actor, 12);
    await resetSecondFactor(prisma, await demoActor("ADMIN"), actor.id);
    expect(await actorOfSession(session, actor.id)).toBeNull();
    expect(await authorizeCredentials({ email, password: PASSWORD }, from())).toMatchObject({ email });
    const audited = await prisma.auditLog.findMany({
      where: { entityId: actor.id, action: { startsWith: "user.secondFactor" } },
    });
    expect(audited.map((a) => a.action).sort()).toEqual(["user.secondFactorOn", "user.secondFactorReset"]);
    expect(JSON.stringify(audited.map((a) => [a.before, a.after]))).not.toMatch(/\d{6}|[A-Z2-7]{32}/);
  });
});

describe("an admin without a second factor", () => {
  it("may do nothing on the server but enrol it", async () => {
    const admin = await demoActor("ADMIN");
    const saved = await prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    await prisma.user.update({ where: { id: admin.id }, data: { totpEnabledAt: null } });
    try {
      await signInAs("ADMIN");
      const refused = await setUserActiveAction((await demoActor("HUMAS")).id, true);
      expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("verifikasi dua langkah") });
      expect(await resetSecondFactorAction(admin.id)).toMatchObject({ ok: false });
      expect(await startSecondFactorAction()).toMatchObject({
        ok: true,
        data: { uri: expect.stringMatching(/^otpauth:/) },
      });
    } finally {
      await prisma.user.update({
        where: { id: admin.id },
        data: { totpEnabledAt: saved.totpEnabledAt, totpSecret: saved.totpSecret },
      });
      await signInAs(null);
    }
  });
});
