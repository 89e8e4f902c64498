// Warnings `web-ext lint` reports on dist/firefox that we have looked at and accept. Each is explained in
// docs/permissions.md ("web-ext lint warnings"); a warning that matches no entry here fails the lint.
// Entries match by code and file (line numbers move with every build); an entry with `context` also
// requires the source lines just before the reported line to match, so it accepts exactly that code.

export interface AllowedWarning {
  code: string;
  file: RegExp;
  /** Must match the reported line together with the few lines before it. */
  context?: RegExp;
  why: string;
}

export const ALLOWED_WARNINGS: readonly AllowedWarning[] = [
  {
    code: 'DANGEROUS_EVAL',
    // Any bundle that includes zod (every entry point that validates messages or storage).
    file: /\.js$/,
    // Readable build, then the minified one (EXPOSURE_CHECK_READABLE unset): `if(x.jitless…)return!1;try{return Function(``)`.
    context:
      /if \(globalConfig\.jitless\) return false;[\s\S]*new Function\(""\);\s*$|\.jitless\b[^;]*\)return!1;try\{return Function\(``\),!0\}/,
    why: "zod's one-time `new Function('')` probe; unreachable because src/core/zod.ts sets jitless",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Whichever chunk holds Preact's DOM diff (the pages share one since the popup and options landed).
    file: /\.js$/,
    context:
      /"dangerouslySetInnerHTML" == s \? h = k[\s\S]*t\.innerHTML = h\.__html|==`dangerouslySetInnerHTML`\?\w=\w:[\s\S]*\.__html==\w\.innerHTML\)\|\|\(\w\.innerHTML=\w\.__html\)/,
    why: "Preact's dangerouslySetInnerHTML support; no code of ours uses that prop",
  },
];
