import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/sign-in";
import { actorOfSession, openSession } from "@/lib/auth/sessions";
import { prisma } from "@/lib/db";
import { deliverDue } from "@/lib/mail/outbox";
import { smtpTransport } from "@/lib/mail/transport";
import { demoActor, uniqueSuffix } from "@/test/actors";
import { recipientsOf, startSmtpSink, type SmtpSink } from "@/test/smtp-sink";
import {
  requestPasswordReset,
  resendInvitation,
  revokeInvitation,
  sendPasswordReset,
  setPasswordWithLink,
} from "./account-links";
import { inviteUser } from "./users";

// Accounts by mail, against a real SMTP server: what arrives is what an official gets.

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

const send = () => deliverDue(prisma, smtpTransport(sink.url, "SIGAP <sigap@bekasikota.go.id>"));
const headers = new Headers({ "x-forwarded-for": "203.0.113.9" });
const newEmail = (what: string) => `${what}-${uniqueSuffix()}@bekasikota.go.id`.toLowerCase();

/** The one-time link's token in a received message (text and HTML carry the same). */
function tokenIn(text: string): string {
  const match = /\/set-password\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[1];
}

async function mailTo(email: string, subject: RegExp) {
  await send();
  return sink.waitFor((m) => recipientsOf(m).includes(email) && subject.test(m.subject ?? ""));
}

describe("an invitation", () => {
  it("arrives with a one-time link that sets the invitee's own password, then refuses", async () => {
    const admin = await demoActor("ADMIN");
    const email = newEmail("undangan");
    const { user, expiresAt } = await inviteUser(prisma, admin, {
      email,
      name: "Petugas Diundang",
      role: "AGENCY_ADMIN",
      agencyCode: "SAMSAT",
    });
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(71.9 * 3_600_000);
    // No password exists until the invitee sets one: nothing to show an administrator.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();

    const message = await mailTo(email, /Undangan/);
    expect(message.text).toContain("Yth. Petugas Diundang");
    expect(message.text).toMatch(/berlaku sampai \d+ \w+ \d{4}, \d{2}\.\d{2} WIB dan/);
    expect(message.text).toContain("SIGAP — Satgas Covid-19 Kota Bekasi");
    expect(message.html).toContain("<a href=");
    expect(message.html).not.toMatch(/<img|track|pixel/i);
    const token = tokenIn(message.text!);
    expect(message.html).toContain(token);
    // Stored hashed only: the token is nowhere in the database but the outbox's own message.
    const links = await prisma.accountLink.findMany({ where: { userId: user.id } });
    expect(JSON.stringify(links)).not.toContain(token);
    const audit = await prisma.auditLog.findMany({
      where: { entityId: user.id },
      select: { before: true, after: true },
    });
    expect(JSON.stringify(audit)).not.toContain(token);

    // A weak password is refused and does not spend the link.
    await expect(
      setPasswordWithLink({ token, password: "password", confirm: "password" }, "203.0.113.9"),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { password: expect.any(Array) } });
    await expect(
      setPasswordWithLink({ token, password: "kuda-laut-berenang-7", confirm: "kuda-laut" }, "203.0.113.9"),
    ).rejects.toMatchObject({ fieldErrors: { confirm: expect.any(Array) } });
    expect(await authorizeCredentials({ email, password: "kuda-laut-berenang-7" }, headers)).toBeNull();

    const done = await setPasswordWithLink(
      { token, password: "kuda-laut-berenang-7", confirm: "kuda-laut-berenang-7" },
      "203.0.113.9",
    );
    expect(done.kind).toBe("INVITATION");
    expect(await authorizeCredentials({ email, password: "kuda-laut-berenang-7" }, headers)).toMatchObject({ email });
    await expect(
      setPasswordWithLink({ token, password: "lain-lagi-sandinya-9", confirm: "lain-lagi-sandinya-9" }, "203.0.113.9"),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const accepted = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: user.id, action: "user.invitationAccepted" },
    });
    expect(accepted.actorLabel).toBe("ip:203.0.113.9");
  });

  it("is used once even when two tabs post the same link at the same moment", async () => {
    const admin = await demoActor("ADMIN");
    const email = newEmail("dua-tab");
    await inviteUser(prisma, admin, { email, name: "Petugas Dua Tab", role: "HUMAS" });
    const token = tokenIn((await mailTo(email, /Undangan/)).text!);
    const results = await Promise.allSettled(
      ["sandi-tab-pertama-11", "sandi-tab-kedua-22"].map((password) =>
        setPasswordWithLink({ token, password, confirm: password }, "203.0.113.9"),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("resent, makes the older link refuse; revoked, refuses; expired, refuses", async () => {
    const admin = await demoActor("ADMIN");
    const email = newEmail("ulang");
    const { user } = await inviteUser(prisma, admin, { email, name: "Petugas Ulang", role: "HUMAS" });
    const first = tokenIn((await mailTo(email, /Undangan/)).text!);
    await resendInvitation(prisma, admin, user.id);
    await send();
    const second = await sink.waitFor((m) => recipientsOf(m).includes(email) && !m.text!.includes(first));
    const secondToken = tokenIn(second.text!);
    const set = (token: string) =>
      setPasswordWithLink({ token, password: "kuda-laut-berenang-7", confirm: "kuda-laut-berenang-7" }, "-");
    await expect(set(first)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/dibatalkan/) });

    await revokeInvitation(prisma, admin, user.id);
    await expect(set(secondToken)).rejects.toMatchObject({ message: expect.stringMatching(/dibatalkan/) });
    await expect(revokeInvitation(prisma, admin, user.id)).rejects.toMatchObject({ code: "CONFLICT" });

    await resendInvitation(prisma, admin, user.id);
    await prisma.accountLink.updateMany({
      where: { userId: user.id, usedAt: null, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const third = tokenIn(
      (
        await (async () => {
          await send();
          return sink.waitFor(
            (m) => recipientsOf(m).includes(email) && !m.text!.includes(first) && !m.text!.includes(secondToken),
          );
        })()
      ).text!,
    );
    await expect(set(third)).rejects.toMatchObject({ message: expect.stringMatching(/kedaluwarsa/) });
  });
});

describe("a password reset", () => {
  it("mails a link for an account and nothing for an unknown address, answering the same", async () => {
    const admin = await demoActor("ADMIN");
    const email = newEmail("lupa");
    const { user } = await inviteUser(prisma, admin, { email, name: "Petugas Lupa", role: "TASKFORCE" });
    const invitation = tokenIn((await mailTo(email, /Undangan/)).text!);
    await setPasswordWithLink(
      { token: invitation, password: "sandi-lama-panjang-1", confirm: "sandi-lama-panjang-1" },
      "-",
    );
    const session = await openSession({ ...(await demoActor("TASKFORCE")), id: user.id }, 8);

    const unknown = newEmail("tidak-ada");
    expect(await requestPasswordReset({ email: unknown }, "198.51.100.7")).toBeUndefined();
    expect(await requestPasswordReset({ email: email.toUpperCase() }, "198.51.100.7")).toBeUndefined();
    const message = await mailTo(email, /Atur ulang/);
    expect(message.text).toMatch(/berlaku sampai \d+ \w+ \d{4}, \d{2}\.\d{2} WIB dan/);
    expect(await prisma.mailMessage.count({ where: { to: unknown } })).toBe(0);

    const token = tokenIn(message.text!);
    const link = await prisma.accountLink.findFirstOrThrow({ where: { userId: user.id, kind: "PASSWORD_RESET" } });
    expect(Math.abs(link.expiresAt.getTime() - link.createdAt.getTime() - 30 * 60_000)).toBeLessThan(5_000);
    await setPasswordWithLink(
      { token, password: "sandi-baru-panjang-2", confirm: "sandi-baru-panjang-2" },
      "198.51.100.7",
    );
    // The reset ends every other session; the old password no longer signs in, the new one does.
    expect(await actorOfSession(session, user.id)).toBeNull();
    expect(await authorizeCredentials({ email, password: "sandi-lama-panjang-1" }, headers)).toBeNull();
    expect(await authorizeCredentials({ email, password: "sandi-baru-panjang-2" }, headers)).toMatchObject({ email });
    const actions = (await prisma.auditLog.findMany({ where: { entityId: user.id } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.passwordResetRequested", "user.passwordResetByLink"]));
  });

  it("sends one account at most three links an hour, whoever asks", async () => {
    const admin = await demoActor("ADMIN");
    const email = newEmail("banjir");
    const { user } = await inviteUser(prisma, admin, { email, name: "Petugas Banjir", role: "HUMAS" });
    for (let i = 0; i < 6; i++) await requestPasswordReset({ email }, `192.0.2.${i}`);
    expect(await prisma.mailMessage.count({ where: { userId: user.id, kind: "PASSWORD_RESET" } })).toBe(3);
  });

  it("sent by an admin, is a link mailed to the account, never a password shown", async () => {
    const admin = await demoActor("ADMIN");
    const humas = await demoActor("HUMAS");
    const result = await sendPasswordReset(prisma, admin, humas.id);
    expect(Object.keys(result).sort()).toEqual(["email", "expiresAt"]);
    const message = await mailTo(humas.email, /Atur ulang/);
    expect(tokenIn(message.text!)).toHaveLength(43);
  });
});
