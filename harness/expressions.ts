// The runner evaluates `${{ … }}` in an action's input defaults (ActionManifestManager
// EvaluateDefaultInput) with the job's contexts: github, strategy, matrix, job, runner, env. The local
// runner does the same with GitHub's own expression engine (@actions/expressions), so a default such
// as `${{ toJSON(matrix) }}` reaches the action as it would on GitHub.
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

export type ExpressionContexts = Record<string, unknown>;

/** Evaluates one expression (without `${{ }}`) to a string, as the runner turns an input's value into one. */
export function evaluateExpression(expression: string, contexts: ExpressionContexts): string {
  const lexed = new Lexer(expression).lex();
  const expr = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  const values = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(expr, values).evaluate().coerceString();
}

/** Replaces each `${{ … }}` of a default with its value; text around it stays. */
export function evaluateTemplate(text: string, contexts: ExpressionContexts): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => evaluateExpression(expression.trim(), contexts));
}

/** The contexts a job's input defaults see, from the job's environment (what this harness models of them). */
export function jobContexts(env: Record<string, string>, matrix?: Record<string, string | number | boolean>): ExpressionContexts {
  return {
    github: {
      job: env.GITHUB_JOB,
      run_id: env.GITHUB_RUN_ID,
      run_attempt: env.GITHUB_RUN_ATTEMPT,
      workspace: env.GITHUB_WORKSPACE,
      repository: env.GITHUB_REPOSITORY,
    },
    env,
    matrix: matrix ?? null,
    strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1 },
    job: { status: 'success' },
    runner: { os: env.RUNNER_OS, temp: env.RUNNER_TEMP },
  };
}
