import { createInterface } from "node:readline";

/**
 * The password for a new user: typed at a hidden prompt when stdin is a terminal, else
 * read from stdin (so `echo "$PW" | npm run cli -- user:create …` works in scripts).
 */
export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += String(chunk);
    return input.replace(/\r?\n$/, "");
  }
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    let muted = false;
    output._writeToOutput = (text: string) => {
      // Echo the prompt, hide what is typed.
      if (!muted) process.stdout.write(text);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}
