import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-users";
import { passwordWeakness } from "./password-policy";

describe("passwordWeakness", () => {
  it.each([
    "aaaaaaaaaa",
    "1234567890",
    "aaaaaaaaaaaaaaa",
    "123456789012",
    "abcdefghijklm",
    "Password2021!",
    "  qwertyuiop12",
    "bekasi123456",
    "Bismillah1234",
  ])("refuses %j", (password) => expect(passwordWeakness(password)).not.toBeNull());
  it("refuses a password built from the account's own email or name", () => {
    expect(passwordWeakness("ani.wijaya2021!", ["ani.wijaya@bekasikota.go.id", "Ani Wijaya"])).toMatch(
      /nama atau alamat email/,
    );
  });
  it.each(["kopi tubruk di stasiun", "Hj7#kq92!mZp", "tiga-kucing-oranye", DEMO_PASSWORD])("accepts %j", (password) =>
    expect(passwordWeakness(password)).toBeNull(),
  );
});
