import type { GuidanceRule } from '../types.ts';
import { AT_RULES } from './at.ts';
import { BE_RULES } from './be.ts';
import { CZ_RULES } from './cz.ts';
import { DE_RULES } from './de.ts';
import { DK_RULES } from './dk.ts';
import { EE_RULES } from './ee.ts';
import { ES_RULES } from './es.ts';
import { FI_RULES } from './fi.ts';
import { FR_RULES } from './fr.ts';
import { GB_RULES } from './gb.ts';
import { GENERIC_RULES } from './generic.ts';
import { IE_RULES } from './ie.ts';
import { IT_RULES } from './it.ts';
import { NL_RULES } from './nl.ts';
import { NO_RULES } from './no.ts';
import { PL_RULES } from './pl.ts';
import { SE_RULES } from './se.ts';
import { US_RULES } from './us.ts';

/** Every rule, country files first; order inside a file is its priority order. */
export const GUIDANCE_RULES: readonly GuidanceRule[] = [
  ...PL_RULES,
  ...DK_RULES,
  ...NL_RULES,
  ...FR_RULES,
  ...GB_RULES,
  ...US_RULES,
  ...SE_RULES,
  ...NO_RULES,
  ...FI_RULES,
  ...BE_RULES,
  ...ES_RULES,
  ...IT_RULES,
  ...EE_RULES,
  ...CZ_RULES,
  ...IE_RULES,
  ...AT_RULES,
  ...DE_RULES,
  ...GENERIC_RULES,
];
