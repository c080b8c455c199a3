import { at, type Rule } from "../rule.js";

const PROMISED = /\b(?:written\s+(?:response|answer|reply)|respond\s+in\s+writing|reply\s+in\s+writing|answer(?:ed)?\s+in\s+writing)\b/i;

/** MIN015: a question has its answer, and a written answer promised is recorded. */
export const questionNoResponse: Rule = {
  id: "MIN015",
  alias: "question-no-response",
  description: "Every question has a response; a written response promised is recorded",
  severity: "warning",
  fixable: false,
  check(ctx) {
    for (const q of ctx.document.questions) {
      const who = q.ref ?? (q.questioner ? `from ${q.questioner}` : "");
      if (q.question && !q.response && !q.writtenResponse) {
        ctx.report(at(q.question.position ?? q.position, `question ${who} has no response recorded`.replace(/\s+/g, " ")));
        continue;
      }
      for (const part of [q.response, q.supplementaryResponse]) {
        if (part && PROMISED.test(part.text) && !q.writtenResponse && part.text.length < 400) {
          ctx.report(at(part.position ?? q.position, `question ${who}: a written response is promised but not recorded`.replace(/\s+/g, " ")));
        }
      }
    }
  },
};
